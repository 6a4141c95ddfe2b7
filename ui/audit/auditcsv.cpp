#include "ui/audit/auditcsv.h"

#include "core/domain/csv.h"
#include "core/services/actingoperator.h"
#include "core/services/auditlog.h"
#include "core/services/groupservice.h"
#include "core/services/workspace.h"

#include <QHash>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace bc {

namespace {

QString jsonText(const QJsonObject &object)
{
    return object.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

CsvFileExport::Writer auditCsvWriter(const AuditQuery &asked)
{
    return [asked](WorkspaceServices &services, JobProgress &progress, QSaveFile &file, qint64 &written) -> QString {
        // Only what the acting operator may read: its own group and below.
        auto scoped = services.acting.auditScope(asked);
        if (!scoped)
            return scoped.error().message;
        const AuditQuery &query = *scoped;
        // The columns of `audit list --csv`, so that a spreadsheet made from either reads the same.
        file.write(Csv::row({u"id"_s, u"at"_s, u"actor"_s, u"action"_s, u"objectType"_s, u"objectId"_s, u"groupId"_s,
                             u"group"_s, u"summary"_s, u"before"_s, u"after"_s, u"origin"_s})
                       .toUtf8());
        QHash<qint64, QString> paths;
        AuditAnchor after;
        while (!progress.isCanceled()) {
            auto page = services.audit.page(query, after, AuditLog::maxPageSize);
            if (!page)
                return page.error().message;
            QList<qint64> unknown;
            for (const AuditEntry &entry : std::as_const(*page)) {
                if (entry.groupId != 0 && !paths.contains(entry.groupId) && !unknown.contains(entry.groupId))
                    unknown.append(entry.groupId);
            }
            if (!unknown.isEmpty()) {
                auto found = services.groups.paths(unknown);
                if (!found)
                    return found.error().message;
                paths.insert(*found);
            }
            QString rows;
            for (const AuditEntry &entry : std::as_const(*page)) {
                rows += Csv::row(
                    {QString::number(entry.id), entry.at.toUTC().toString(Qt::ISODateWithMs), entry.actor, entry.action,
                     entry.objectType, entry.objectId == 0 ? QString() : QString::number(entry.objectId),
                     entry.groupId == 0 ? QString() : QString::number(entry.groupId), paths.value(entry.groupId),
                     entry.summary, jsonText(entry.before), jsonText(entry.after), entry.origin});
            }
            if (file.write(rows.toUtf8()) < 0)
                return CsvFileExport::writeProblem(file);
            written += page->size();
            // No total: counting the entries first would cost a read of its own.
            progress.report(static_cast<int>(std::min<qint64>(written, INT_MAX)), 0);
            if (page->size() < AuditLog::maxPageSize)
                break;
            after = AuditLog::anchorOf(page->constLast());
        }
        return {};
    };
}

} // namespace bc
