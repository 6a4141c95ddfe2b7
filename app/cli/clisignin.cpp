#include "app/cli/clisignin.h"

#include "app/cli/accountdraftreader.h"

#include "core/domain/fields.h"
#include "core/platform/environment.h"
#include "core/services/operatorsignin.h"

using namespace Qt::StringLiterals;

namespace bc::cli {

namespace {

QString optionOrEnvironment(const Invocation &invocation, const QString &option, QLatin1StringView variable)
{
    return (invocation.isSet(option) ? invocation.value(option) : qEnvironmentVariable(variable.data())).trimmed();
}

} // namespace

Result<CliSignIn::Credentials> CliSignIn::credentials(const Invocation &invocation)
{
    Credentials given;
    given.login = optionOrEnvironment(invocation, u"operator"_s, Environment::operatorLogin);
    if (given.login.isEmpty())
        return given;
    const Environment::OperatorSecrets fromEnvironment = Environment::operatorSecrets();
    if (invocation.isSet(u"operator-password-stdin"_s)) {
        auto read = AccountDraftReader::passwordFromStandardInput();
        if (!read)
            return fail(Error::Code::NotAllowed, u"operator-password-stdin"_s, read.error().message);
        given.password = *read;
    } else {
        given.password = fromEnvironment.password;
    }
    if (given.password.isEmpty())
        return fail(Error::Code::NotAllowed, u"operator"_s,
                    tr("No password for the operator \"%1\": set $%2 or use --operator-password-stdin.")
                        .arg(given.login, Environment::operatorPassword));
    given.code = invocation.isSet(u"otp"_s) ? invocation.value(u"otp"_s).trimmed() : fromEnvironment.code;
    return given;
}

Result<Authority> CliSignIn::signIn(const Credentials &credentials, Database &database)
{
    const QString &login = credentials.login;
    if (login.isEmpty()) {
        auto anybody = Authority::withoutSignIn(database);
        if (!anybody && !anybody.error().isDatabaseProblem())
            return fail(Error::Code::NotAllowed, u"operator"_s,
                        tr("This database has operators: sign in with --operator LOGIN (or $%1) and the password "
                           "from $%2 or --operator-password-stdin.")
                            .arg(Environment::operatorLogin, Environment::operatorPassword));
        return anybody;
    }

    const QString &code = credentials.code;
    auto signedIn = OperatorSignIn(database).signIn(login, credentials.password, code);
    if (!signedIn) {
        Error error = signedIn.error();
        if (error.isDatabaseProblem())
            return fail(error);
        // A code is missing (Invalid); one that cannot help, MFA required and not enrolled, says so as it is.
        if (error.field == Field::otp && error.code == Error::Code::Invalid && code.isEmpty())
            return fail(Error::Code::NotAllowed, u"otp"_s,
                        tr("The operator \"%1\" needs a code: give --otp CODE (or $%2) from its authenticator app, "
                           "or a recovery code.")
                            .arg(login, Environment::otp));
        error.code = Error::Code::NotAllowed;
        error.field = error.field == Field::otp ? u"otp"_s : u"operator"_s;
        return fail(error);
    }
    return Authority::of(database, *signedIn);
}

} // namespace bc::cli
