#pragma once

#include "core/domain/quota.h"

#include <QDateTime>
#include <QString>

namespace bc {

// A node of the group tree: the MSP at the root, customer organizations, their units.
struct Group
{
    qint64 id = 0;
    qint64 parentId = 0; // 0 for the root
    QString name;
    Quotas limits; // caps for the accounts of this group and of the groups below
    QDateTime createdAt;
    int accountCount = 0; // accounts directly in this group
    int childCount = 0; // groups directly below
    bool mfaRequired = false; // its own switch: its operators and those below need MFA to sign in

    [[nodiscard]] bool isRoot() const { return parentId == 0; }
};

// What the checklist of a new database asks (the main window's "Getting started"): is there a top
// group, a customer below it, any account, a storage and a profile of the top group's own, and can
// activation emails go out.
struct FirstSteps
{
    bool hasRoot = false;
    bool customers = false;
    bool accounts = false;
    bool storages = false;
    bool profiles = false;
    bool email = false;
};

// A group found by its path (GroupStore::findByPath).
struct GroupMatch
{
    qint64 id = 0;
    QString name;
    QString path; // "Acme MSP/Contoso/Sales": the names from the root, joined by "/"

    friend bool operator==(const GroupMatch &, const GroupMatch &) = default;
};

} // namespace bc
