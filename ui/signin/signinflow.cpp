#include "ui/signin/signinflow.h"

#include "core/platform/environment.h"
#include "core/services/workspace.h"
#include "ui/signin/signindialog.h"

namespace bc {

void SignInFlow::run(Workspace &workspace, bool needed, const QString &databaseName, const QString &login,
                     bool fromEnvironment, QWidget *parent, Done done)
{
    if (!needed) {
        done(ActingOperatorView {});
        return;
    }
    // Scripts and tests sign in without the dialog; a refusal shows in it.
    const auto [password, code] = fromEnvironment ? Environment::operatorSecrets() : Environment::OperatorSecrets();
    if (login.isEmpty() || password.isEmpty()) {
        ask(workspace, databaseName, login, std::nullopt, parent, done);
        return;
    }
    auto *context = new QObject;
    workspace.call(
        context,
        [login, password, code](WorkspaceServices &services) { return services.acting.signIn(login, password, code); },
        [&workspace, context, databaseName, login, parent, done](const Result<ActingOperatorView> &signedIn) {
            context->deleteLater();
            if (signedIn)
                done(*signedIn);
            else
                ask(workspace, databaseName, login, signedIn.error(), parent, done);
        });
}

void SignInFlow::ask(Workspace &workspace, const QString &databaseName, const QString &login,
                     const std::optional<Error> &refusal, QWidget *parent, const Done &done)
{
    std::optional<ActingOperatorView> acting;
    bool accepted = false;
    {
        // Gone before `done` runs: that may replace the window the dialog belongs to (a switch to
        // another database, or to the same one as another operator), which would delete it.
        SignInDialog *shown = nullptr;
        SignInDialog dialog(
            databaseName,
            [&workspace, &shown, &acting](const QString &who, const QString &password, const QString &code) {
                workspace.call(
                    shown,
                    [who, password, code](WorkspaceServices &services) {
                        return services.acting.signIn(who, password, code);
                    },
                    [&shown, &acting](const Result<ActingOperatorView> &signedIn) {
                        if (signedIn)
                            acting = *signedIn;
                        shown->answer(signedIn ? Result<void>() : fail(signedIn.error()));
                    });
            },
            parent);
        shown = &dialog;
        dialog.setLogin(login);
        if (refusal)
            dialog.showRefusal(*refusal);
        accepted = dialog.exec() == QDialog::Accepted;
    }
    done(accepted ? acting : std::nullopt);
}

} // namespace bc
