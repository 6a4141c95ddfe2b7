#include "core/storage/auditstore.h"

#include "core/domain/timestamps.h"
#include "core/platform/systemaccount.h"
#include "core/storage/databasestatements.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace bc {

namespace {

QVariant jsonText(const QJsonObject &object)
{
    if (object.isEmpty())
        return QVariant();
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QList<AuditEntry> readEntries(QSqlQuery &query)
{
    QList<AuditEntry> entries;
    while (query.next()) {
        AuditEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.at = Timestamps::fromStorage(query.value(1).toString());
        entry.actor = query.value(2).toString();
        entry.action = query.value(3).toString();
        entry.objectType = query.value(4).toString();
        entry.objectId = query.value(5).toLongLong();
        entry.summary = query.value(6).toString();
        entry.before = QJsonDocument::fromJson(query.value(7).toString().toUtf8()).object();
        entry.after = QJsonDocument::fromJson(query.value(8).toString().toUtf8()).object();
        entries.append(entry);
    }
    return entries;
}

const auto selectEntries =
    u"SELECT id, at, actor, action, object_type, object_id, summary, before_state, after_state FROM audit_log "_s;

} // namespace

Result<void> AuditStore::append(const AuditEntry &entry)
{
    return appendAll({entry});
}

Result<void> AuditStore::appendAll(const QList<AuditEntry> &entries)
{
    const QDateTime now = Timestamps::now();
    QList<QVariantList> rows;
    rows.reserve(entries.size());
    for (const AuditEntry &entry : entries) {
        const QDateTime at = entry.at.isValid() ? entry.at : now;
        const QString actor = entry.actor.isEmpty() ? SystemAccount::name() : entry.actor;
        rows.append({Timestamps::toStorage(at), actor, entry.action, entry.objectType, entry.objectId, entry.summary,
                     jsonText(entry.before), jsonText(entry.after)});
    }
    return insertRows(
        u"INSERT INTO audit_log (at, actor, action, object_type, object_id, summary, before_state, after_state) "
        "VALUES "_s,
        rows, [this](const QString &sql, const QVariantList &values) { return m_db.runLater(sql, values); });
}

Result<QList<AuditEntry>> AuditStore::entriesFor(const QString &objectType, qint64 objectId)
{
    QList<AuditEntry> entries;
    if (auto read = m_db.readTogether({entriesForRead(objectType, objectId, &entries)}); !read)
        return fail(read.error());
    return entries;
}

Database::Read AuditStore::entriesForRead(const QString &objectType, qint64 objectId, QList<AuditEntry> *into)
{
    into->clear();
    return {selectEntries + u"WHERE object_type = ? AND object_id = ? ORDER BY id"_s,
            {objectType, objectId},
            [into](QSqlQuery &rows) -> Result<void> {
                *into = readEntries(rows);
                return {};
            }};
}

Result<QList<AuditEntry>> AuditStore::latest(int limit)
{
    auto query = m_db.run(selectEntries + u"ORDER BY id DESC LIMIT ?"_s, {limit});
    if (!query)
        return fail(query.error());
    return readEntries(*query);
}

} // namespace bc
