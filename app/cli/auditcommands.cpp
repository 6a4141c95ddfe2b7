#include "app/cli/auditcommands.h"

#include "app/cli/commandcatalog.h"
#include "app/cli/optionreader.h"
#include "app/cli/output.h"
#include "app/cli/texttable.h"

#include "core/domain/csv.h"
#include "core/domain/json.h"
#include "core/services/auditlog.h"
#include "core/services/groupservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bc::cli {

namespace {

QString jsonText(const QJsonObject &object)
{
    return object.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

AuditCommands::AuditCommands(AuditLog &audit, GroupService &groups, Authority &authority, Output &output)
    : m_audit(audit)
    , m_groups(groups)
    , m_authority(authority)
    , m_output(output)
{
}

QString AuditCommands::groupOf(const AuditEntry &entry) const
{
    if (entry.groupId == 0)
        return QString();
    return m_paths.value(entry.groupId, QString::number(entry.groupId));
}

ExitCode AuditCommands::list(const Invocation &invocation)
{
    AuditQuery query;
    QList<Error> errors;
    if (invocation.isSet(u"group"_s)) {
        auto group = m_groups.resolve(invocation.value(u"group"_s));
        if (!group)
            return m_output.error(group.error());
        query.groupId = group->id;
        query.includeSubgroups = invocation.isSet(u"include-subgroups"_s);
    } else if (invocation.isSet(u"include-subgroups"_s)) {
        return m_output.usageError(tr("--include-subgroups needs --group."),
                                   CommandCatalog::usageHint(u"audit list"_s));
    }
    auto scoped = m_authority.auditScope(query);
    if (!scoped)
        return m_output.refused(scoped.error());
    query = *scoped;
    query.since = OptionReader::time(invocation, u"since"_s, errors).value_or(QDateTime());
    query.until = OptionReader::time(invocation, u"until"_s, errors).value_or(QDateTime());
    query.actor = invocation.value(u"actor"_s).trimmed();
    query.action = invocation.value(u"action"_s).trimmed();
    query.objectType = invocation.value(u"object-type"_s).trimmed().toLower();
    if (invocation.isSet(u"object-type"_s) && !AuditLog::objectTypes().contains(query.objectType))
        errors.append({Error::Code::Invalid, u"object-type"_s,
                       tr("\"%1\" is not an object type; use one of %2.")
                           .arg(invocation.value(u"object-type"_s), AuditLog::objectTypes().join(u", "_s))});
    query.search = invocation.value(u"search"_s);
    const int limit = OptionReader::number(invocation, u"limit"_s, 0, errors).value_or(-1);
    if (!errors.isEmpty())
        return m_output.errors(errors);

    const Format format = invocation.isSet(u"json"_s) ? Format::Json
        : invocation.isSet(u"csv"_s)                  ? Format::Csv
                                                      : Format::Table;
    // CSV's header goes out with the first page, so that a filter the log refuses prints nothing.
    QString rows = format != Format::Csv
        ? QString()
        : Csv::row({u"id"_s, u"at"_s, u"actor"_s, u"action"_s, u"objectType"_s, u"objectId"_s, u"groupId"_s, u"group"_s,
                    u"summary"_s, u"before"_s, u"after"_s, u"origin"_s});
    QJsonArray array;
    TextTable table({tr("Time"), tr("Operator"), tr("Action"), tr("Type"), tr("Object"), tr("Group")});
    qsizetype shown = 0;
    AuditAnchor after;
    // Page after page from the last entry shown; CSV goes out as it is read, so that an export of
    // a million entries never holds them all.
    while (limit < 0 || shown < limit) {
        const int wanted = limit < 0 ? AuditLog::maxPageSize
                                     : static_cast<int>(std::min<qsizetype>(limit - shown, AuditLog::maxPageSize));
        auto page = m_audit.page(query, after, wanted);
        if (!page)
            return m_output.error(page.error());
        QList<qint64> unknown;
        for (const AuditEntry &entry : std::as_const(*page)) {
            if (entry.groupId != 0 && !m_paths.contains(entry.groupId) && !unknown.contains(entry.groupId))
                unknown.append(entry.groupId);
        }
        if (!unknown.isEmpty()) {
            auto paths = m_groups.paths(unknown);
            if (!paths)
                return m_output.error(paths.error());
            m_paths.insert(*paths);
        }
        for (const AuditEntry &entry : std::as_const(*page)) {
            if (format == Format::Json) {
                array.append(Json::fromAuditEntry(entry, m_paths.value(entry.groupId)));
            } else if (format == Format::Csv) {
                rows += Csv::row(
                    {QString::number(entry.id), entry.at.toUTC().toString(Qt::ISODateWithMs), entry.actor, entry.action,
                     entry.objectType, entry.objectId == 0 ? QString() : QString::number(entry.objectId),
                     entry.groupId == 0 ? QString() : QString::number(entry.groupId), m_paths.value(entry.groupId),
                     entry.summary, jsonText(entry.before), jsonText(entry.after), entry.origin});
            } else {
                table.addRow({QLocale().toString(entry.at.toLocalTime(), u"yyyy-MM-dd HH:mm:ss"_s), entry.actor,
                              entry.action, entry.objectType, entry.summary, groupOf(entry)});
            }
        }
        if (!rows.isEmpty())
            m_output.data(rows);
        rows.clear();
        shown += page->size();
        if (page->size() < wanted)
            break;
        after = AuditLog::anchorOf(page->constLast());
    }

    if (!rows.isEmpty())
        m_output.data(rows);
    if (format == Format::Json) {
        m_output.json(QJsonObject {{u"entries"_s, array}});
    } else if (format == Format::Table) {
        if (shown > 0)
            m_output.data(table.toString());
        m_output.message(tr("Entries shown: %1.").arg(shown));
    }
    return ExitCode::Success;
}

} // namespace bc::cli
