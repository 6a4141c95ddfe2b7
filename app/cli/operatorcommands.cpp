#include "app/cli/operatorcommands.h"

#include "app/cli/accountdetails.h"
#include "app/cli/output.h"
#include "app/cli/texttable.h"

#include "core/domain/json.h"

#include "core/services/authority.h"
#include "core/services/operatorsignin.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace bc::cli {

OperatorCommands::OperatorCommands(OperatorSignIn &operators, Authority &authority, Output &output)
    : m_operators(operators)
    , m_authority(authority)
    , m_output(output)
{
}

QString OperatorCommands::roleText(const OperatorSummary &summary)
{
    return summary.databaseRole.value_or(QString()).isEmpty()
        ? tr("none yet (made when its password is set, or when it signs in with the owner's address)")
        : *summary.databaseRole;
}

ExitCode OperatorCommands::list(const Invocation &invocation)
{
    auto operators = m_authority.operators();
    if (!operators)
        return m_output.error(operators.error());
    if (invocation.isSet(u"json"_s)) {
        QJsonArray array;
        for (const OperatorSummary &summary : std::as_const(*operators))
            array.append(Json::fromOperator(summary));
        m_output.json(array);
        return ExitCode::Success;
    }
    // PostgreSQL: each operator's own database role.
    const bool roles = !operators->isEmpty() && operators->constFirst().databaseRole.has_value();
    QStringList headers {tr("Login"),           tr("Scope"), tr("Administrator"),
                         tr("Security groups"), tr("MFA"),   tr("MFA required")};
    if (roles)
        headers.append(tr("Database role"));
    TextTable table(headers);
    for (const OperatorSummary &summary : std::as_const(*operators)) {
        QStringList row {summary.login,
                         summary.groupPath,
                         AccountDetails::yesNo(summary.administrator),
                         summary.securityGroups.join(u", "_s),
                         AccountDetails::yesNo(summary.mfaEnrolled),
                         AccountDetails::yesNo(summary.mfaRequired)};
        if (roles)
            row.append(roleText(summary));
        table.addRow(row);
    }
    if (!operators->isEmpty())
        m_output.data(table.toString());
    m_output.message(tr("Operators shown: %n.", nullptr, static_cast<int>(operators->size())));
    return ExitCode::Success;
}

ExitCode OperatorCommands::show(const Invocation &invocation)
{
    auto summary = m_authority.operatorNamed(invocation.argument(0));
    if (!summary) {
        const Error &error = summary.error();
        return error.code == Error::Code::NotAllowed ? m_output.refused(error) : m_output.error(error);
    }
    if (invocation.isSet(u"json"_s)) {
        m_output.json(Json::fromOperator(*summary));
        return ExitCode::Success;
    }
    QStringList lines {
        tr("Login: %1").arg(summary->login),
        tr("Scope: %1 and the groups below it").arg(summary->groupPath),
        tr("Administrator: %1").arg(AccountDetails::yesNo(summary->administrator)),
        tr("Security groups: %1").arg(summary->securityGroups.join(u", "_s)),
        tr("Permissions: %1").arg(CatalogText::labels(summary->permissions)),
        tr("Multi-factor authentication: %1").arg(summary->mfaEnrolled ? tr("enrolled") : tr("not enrolled")),
        tr("Multi-factor authentication required: %1").arg(AccountDetails::yesNo(summary->mfaRequired)),
    };
    if (summary->databaseRole)
        lines.append(tr("Database role: %1").arg(roleText(*summary)));
    m_output.data(lines.join(u'\n'));
    if (summary->disabled)
        m_output.message(tr("The account is disabled: it cannot sign in."));
    return ExitCode::Success;
}

ExitCode OperatorCommands::enroll(const Invocation &invocation)
{
    const QString login = invocation.argument(0);
    if (auto allowed = m_authority.mayEnroll(login); !allowed)
        return m_output.refused(allowed.error());
    auto enrollment = m_operators.enroll(login);
    if (!enrollment)
        return m_output.error(enrollment.error());
    if (invocation.isSet(u"json"_s)) {
        m_output.json(QJsonObject {{u"login"_s, login},
                                   {u"secret"_s, enrollment->secret},
                                   {u"uri"_s, enrollment->uri},
                                   {u"recoveryCodes"_s, QJsonArray::fromStringList(enrollment->recoveryCodes)}});
        return ExitCode::Success;
    }
    QStringList lines {enrollment->uri, QString()};
    lines += enrollment->recoveryCodes;
    m_output.data(lines.join(u'\n'));
    m_output.message(tr("Add the URI to an authenticator app and keep the recovery codes somewhere safe: each "
                        "signs in once, and nothing shows them again."));
    return ExitCode::Success;
}

ExitCode OperatorCommands::reset(const Invocation &invocation)
{
    const QString login = invocation.argument(0);
    if (auto allowed = m_authority.mayReset(login); !allowed)
        return m_output.refused(allowed.error());
    if (auto reset = m_operators.reset(login); !reset)
        return m_output.error(reset.error());
    m_output.message(
        tr("\"%1\" signs in with its password alone until it enrols again (\"operator mfa enroll %1\").").arg(login));
    return ExitCode::Success;
}

} // namespace bc::cli
