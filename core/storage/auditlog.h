#pragma once

#include "core/domain/error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace bc {

class Database;

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at {};
    QString actor {};
    QString action {}; // "account.created", "group.renamed", ...
    QString objectType {}; // "account" or "group"
    qint64 objectId = 0;
    QString summary {}; // the login or group name, for reading the log without joins
    QJsonObject before {};
    QJsonObject after {};
};

// The append-only audit log. Entries are written inside the transaction of the change they record.
class AuditLog
{
public:
    explicit AuditLog(Database &database)
        : m_db(database)
    {
    }

    Result<void> append(const AuditEntry &entry);
    Result<QList<AuditEntry>> entriesFor(const QString &objectType, qint64 objectId);
    Result<QList<AuditEntry>> latest(int limit);

    // Who is acting: the operating-system account of this process (getpwuid(geteuid()), never the
    // environment), until operators sign in.
    static QString currentActor();

private:
    Database &m_db;
};

} // namespace bc
