#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace bc {

struct Account;

// One entry of the audit log: who changed what, when, and the object before and after.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at {};
    QString actor {}; // the operator's login; without operators the system user; "activation page"
    QString origin {}; // the system user and host the change came from: "alice@desk-7"
    QString action {}; // "account.created", "group.renamed", ...
    QString objectType {}; // "account", "group", or a catalog kind ("profile", ...)
    qint64 objectId = 0;
    // The group the log files the entry under (the group filter, a scope): an account's or a
    // catalog item's group, a group itself; a deleted group's entry names the group above it.
    // Every writer sets it; 0 only for entries the migration found no group for.
    qint64 groupId = 0;
    QString summary {}; // the login or group name, for reading the log without joins
    QJsonObject before {};
    QJsonObject after {};

    // An entry about an account: `before` and `after` as their JSON form, each optional (a new
    // account has no before, a deleted one no after); the summary is the account's login.
    static AuditEntry forAccount(const QString &action, const Account *before, const Account *after);
};

} // namespace bc
