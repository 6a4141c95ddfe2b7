#pragma once

#include "core/domain/auditentry.h"
#include "core/domain/catalog.h"
#include "core/domain/error.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace bc {

class ActivationService;
class CatalogService;
class Database;
class GroupService;

// Edit → Undo of what a change did besides accounts (AccountService::lastChange() plans it,
// AccountService::undo() runs it): a group renamed, made, deleted, given other settings, another
// activation link lifetime or email, or its MFA switch turned; a profile, storage, subscription or
// security group made, changed or deleted. Each is taken back through the service that made it,
// with its rules and an audit entry of its own: a group gets its name, settings, activation or
// switch back, is deleted again, or is made again; an item gets its before back, is deleted again,
// or is added again. What is made again was in use by nothing (a deleted group was empty, a deleted
// item used by no account or group) and comes back as it was, as a new row (its id may differ).
class ChangeUndo final
{
    Q_DECLARE_TR_FUNCTIONS(bc::ChangeUndo)

public:
    ChangeUndo() = delete;

    // Why `entry` cannot be taken back, with %1 for its summary (the group's or item's name); empty
    // when it can: it is as the change left it. `latest`: the change's last entry about that group
    // or item, whose after the database must still hold (an earlier one's after is what the next
    // one changed, and is taken back before it).
    static Result<QString> refusal(Database &database, const AuditEntry &entry, bool latest = true);
    // What whoever takes it back must be allowed in the entry's group.
    static Permission permissionFor(const AuditEntry &entry);
    // Whether whoever takes it back may turn that group's MFA switch so
    // (ActingOperator::maySetMfaRequired: requiring MFA, it must have enrolled itself).
    using MfaGate = std::function<Result<void>(qint64 groupId, bool required)>;
    // The services that take a change back, each what it made.
    struct Services
    {
        GroupService &groups;
        CatalogService &catalog;
        ActivationService &activation;
        MfaGate mayRequireMfa = {};
    };
    // Takes it back.
    static Result<void> undo(const Services &services, const AuditEntry &entry);
};

} // namespace bc
