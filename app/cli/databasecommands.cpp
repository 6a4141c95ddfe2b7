#include "app/cli/databasecommands.h"

#include "app/cli/output.h"

#include "core/domain/databaseaddress.h"
#include "core/storage/database.h"
#include "core/storage/integritycheck.h"
#include "core/storage/serversetup.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace bc::cli {

DatabaseCommands::DatabaseCommands(Output &output)
    : m_output(output)
{
}

ExitCode DatabaseCommands::check(const Invocation &invocation, const QString &location)
{
    auto address = DatabaseAddress::parse(location);
    if (!address)
        return m_output.error(address.error());
    const QString file = QFileInfo(address->file).absoluteFilePath();
    if (!QFileInfo(file).isFile())
        return m_output.error({Error::Code::CannotOpen, QString(),
                               tr("There is no database file \"%1\".").arg(QDir::toNativeSeparators(file))});
    const bool full = invocation.isSet(u"full"_s);
    const auto depth = full ? IntegrityCheck::Depth::Full : IntegrityCheck::Depth::Quick;
    auto outcome = IntegrityCheck::checkFile(file, depth, std::chrono::milliseconds(0));
    if (!outcome)
        return m_output.error(outcome.error());
    if (invocation.isSet(u"json"_s)) {
        m_output.json(QJsonObject {
            {u"file"_s, file},
            {u"check"_s, full ? u"full"_s : u"quick"_s},
            {u"intact"_s, !outcome->damaged},
            {u"sqlite"_s, !outcome->notADatabase},
            {u"findings"_s, QJsonArray::fromStringList(outcome->findings)},
        });
    }
    if (outcome->notADatabase)
        return m_output.error({Error::Code::CannotOpen, QString(),
                               tr("\"%1\" is not a SQLite database file.").arg(QDir::toNativeSeparators(file))});
    if (outcome->damaged) {
        // SQLite's own findings go to the log (--verbose); the message says what to do.
        return m_output.error(IntegrityCheck::damaged(file));
    }
    if (!invocation.isSet(u"json"_s)) {
        m_output.data(full ? tr("The database file \"%1\" is intact (full check).").arg(QDir::toNativeSeparators(file))
                           : tr("The database file \"%1\" is intact (quick check; --full also compares every "
                                "index with its table).")
                                 .arg(QDir::toNativeSeparators(file)));
    }
    return ExitCode::Success;
}

ExitCode DatabaseCommands::checkServer(const Invocation &invocation, Database &database)
{
    auto report = ServerSetup::check(database);
    if (!report)
        return m_output.error(report.error());
    if (invocation.isSet(u"json"_s)) {
        QJsonArray findings;
        for (const ServerSetup::Finding &finding : std::as_const(report->findings))
            findings.append(QJsonObject {{u"key"_s, finding.key}, {u"message"_s, finding.message}});
        m_output.json(QJsonObject {
            {u"server"_s, database.displayName()},
            {u"checked"_s, report->checked},
            {u"wrongPasswordDelayMilliseconds"_s, report->wrongPasswordDelayMilliseconds},
            {u"findings"_s, findings},
        });
    }
    if (!report->findings.isEmpty()) {
        for (const ServerSetup::Finding &finding : std::as_const(report->findings))
            m_output.message(finding.message);
        return ExitCode::DatabaseProblem;
    }
    if (!invocation.isSet(u"json"_s)) {
        m_output.data(report->checked
                          ? tr("%1 keeps operators to their groups: row security is installed and forced, no "
                               "operator's role passes it, and a wrong password for an operator's role waits %2 ms.")
                                .arg(database.displayName())
                                .arg(report->wrongPasswordDelayMilliseconds)
                          : tr("%1 has no row security to check: the console keeps operators to their groups "
                               "there.")
                                .arg(database.displayName()));
    }
    return ExitCode::Success;
}

} // namespace bc::cli
