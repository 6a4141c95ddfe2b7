#include "core/storage/serversetup.h"

#include "core/storage/database.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace bc {

Result<ServerSetup::Report> ServerSetup::check(Database &database)
{
    Report report;
    if (database.backend() != DatabaseAddress::Backend::PostgreSql)
        return report;
    report.checked = true;
    // One round trip: the delay (NULL when auth_delay is not loaded), whether row security is
    // installed, the tables with policies that their owner passes, and operator roles above them.
    auto answer = database.run(uR"(SELECT (SELECT setting FROM pg_settings WHERE name = 'auth_delay.milliseconds'),
                   EXISTS (SELECT 1 FROM database_roles),
                   (SELECT string_agg(c.relname, ', ' ORDER BY c.relname) FROM pg_class c
                     WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r'
                       AND EXISTS (SELECT 1 FROM pg_policy p WHERE p.polrelid = c.oid)
                       AND NOT (c.relrowsecurity AND c.relforcerowsecurity)),
                   (SELECT string_agg(r.rolname, ', ' ORDER BY r.rolname) FROM pg_roles r
                      JOIN pg_auth_members m ON m.member = r.oid
                      JOIN pg_roles g ON g.oid = m.roleid
                     WHERE g.rolname = (SELECT operator_role FROM database_roles)
                       AND (r.rolsuper OR r.rolbypassrls)))"_s);
    if (!answer)
        return fail(answer.error());
    if (!answer->next())
        return fail(Error::Code::Internal, QString(), tr("The server did not answer what it is set up to do."));
    report.wrongPasswordDelayMilliseconds = answer->value(0).isNull() ? 0 : answer->value(0).toInt();
    const bool installed = answer->value(1).toBool();
    const QString unforced = answer->value(2).toString();
    const QString bypassing = answer->value(3).toString();
    if (report.wrongPasswordDelayMilliseconds <= 0) {
        report.findings.append(
            {u"wrong-password-delay"_s,
             tr("The server answers a wrong password for an operator's role at once, so whoever has its address "
                "can try passwords as fast as it answers. Load its auth_delay module: in postgresql.conf, "
                "shared_preload_libraries = 'auth_delay' and auth_delay.milliseconds = 1000, then restart it.")});
    }
    if (!installed) {
        report.findings.append(
            {u"row-security"_s,
             tr("Row security is not installed: operators' scopes are kept by the console only, and anyone with the "
                "owner's credentials sees everything. A user that may create roles installs it: "
                "CALL bc_row_security_install();")});
    } else if (!unforced.isEmpty()) {
        report.findings.append(
            {u"row-security"_s,
             tr("These tables do not force row security, so their owner passes it: %1. Install it again: "
                "CALL bc_row_security_install();")
                 .arg(unforced)});
    }
    if (!bypassing.isEmpty()) {
        report.findings.append({u"operator-bypasses-row-security"_s,
                                tr("These operators' roles pass row security (superuser or BYPASSRLS), so they see "
                                   "every customer: %1. Take it away: ALTER ROLE … NOSUPERUSER NOBYPASSRLS.")
                                    .arg(bypassing)});
    }
    return report;
}

} // namespace bc
