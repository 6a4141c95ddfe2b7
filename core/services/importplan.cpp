#include "core/services/importplan.h"

#include "core/domain/timestamps.h"

#include <QCryptographicHash>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace bc {

namespace {

const QString kind = u"backup-console-import-plan"_s;
constexpr int version = 1;

Error notAPlan()
{
    return {Error::Code::Invalid, u"plan"_s,
            ImportPlan::tr("This is not a plan that \"account import --dry-run --plan\" wrote. Run the dry run "
                           "again to write one.")};
}

} // namespace

QByteArray ImportPlan::checksumOf(QIODevice &file)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    file.seek(0);
    return hash.result();
}

QByteArray ImportPlan::toJson() const
{
    QJsonObject chosen;
    for (auto column = columns.cbegin(); column != columns.cend(); ++column)
        chosen.insert(column.key(), QJsonArray::fromStringList(column.value()));
    QJsonArray seen;
    for (auto record = records.cbegin(); record != records.cend(); ++record) {
        seen.append(QJsonArray {record.key(), toKey(record->outcome),
                                record->seen.isValid() ? QJsonValue(Timestamps::toStorage(record->seen))
                                                       : QJsonValue(QJsonValue::Null)});
    }
    return QJsonDocument(QJsonObject {{u"kind"_s, kind},
                                      {u"version"_s, version},
                                      {u"sha256"_s, QString::fromLatin1(checksum.toHex())},
                                      {u"group"_s, groupId},
                                      {u"columns"_s, chosen},
                                      {u"records"_s, seen}})
        .toJson(QJsonDocument::Compact);
}

Result<ImportPlan> ImportPlan::fromJson(const QByteArray &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    const QJsonObject object = document.object();
    if (object.value(u"kind"_s).toString() != kind)
        return fail(notAPlan());
    if (object.value(u"version"_s).toInt() != version)
        return fail(Error::Code::Invalid, u"plan"_s,
                    tr("This plan was written by another version of the console. Run the dry run again to write "
                       "one."));
    ImportPlan plan;
    const QByteArray hex = object.value(u"sha256"_s).toString().toLatin1();
    plan.checksum = QByteArray::fromHex(hex);
    plan.groupId = object.value(u"group"_s).toInteger();
    if (plan.checksum.size() != 32 || plan.checksum.toHex() != hex || plan.groupId <= 0)
        return fail(notAPlan());
    const QJsonObject chosen = object.value(u"columns"_s).toObject();
    for (auto column = chosen.constBegin(); column != chosen.constEnd(); ++column) {
        QStringList fields;
        for (const QJsonValue &field : column.value().toArray())
            fields.append(field.toString());
        plan.columns.insert(column.key(), fields);
    }
    const QJsonArray seen = object.value(u"records"_s).toArray();
    plan.records.reserve(seen.size());
    for (const QJsonValue &value : seen) {
        const QJsonArray record = value.toArray();
        const auto outcome = fromKey<ImportOutcome>(record.at(1).toString());
        if (record.size() != 3 || record.at(0).toInteger() <= 0 || !outcome)
            return fail(notAPlan());
        const QJsonValue when = record.at(2);
        plan.records.insert(record.at(0).toInteger(),
                            {*outcome, when.isNull() ? QDateTime() : Timestamps::fromStorage(when.toString())});
    }
    return plan;
}

Result<void> ImportPlan::matches(QIODevice &file, qint64 importGroupId) const
{
    if (checksumOf(file) != checksum)
        return fail(Error::Code::Invalid, u"plan"_s,
                    tr("The file changed since the dry run that wrote this plan, so nothing was imported. Run the "
                       "dry run again."));
    if (importGroupId != groupId)
        return fail(Error::Code::Invalid, u"group"_s,
                    tr("The plan was checked for another group. Import into that group, or run the dry run again."));
    return {};
}

} // namespace bc
