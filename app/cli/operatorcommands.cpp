#include "app/cli/operatorcommands.h"

#include "app/cli/output.h"

#include "core/services/operatorsignin.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace bc::cli {

OperatorCommands::OperatorCommands(OperatorSignIn &operators, Output &output)
    : m_operators(operators)
    , m_output(output)
{
}

ExitCode OperatorCommands::enroll(const Invocation &invocation)
{
    const QString login = invocation.argument(0);
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
    if (auto reset = m_operators.reset(login); !reset)
        return m_output.error(reset.error());
    m_output.message(
        tr("\"%1\" signs in with its password alone until it enrols again (\"operator mfa enroll %1\").").arg(login));
    return ExitCode::Success;
}

} // namespace bc::cli
