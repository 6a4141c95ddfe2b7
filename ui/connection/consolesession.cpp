#include "ui/connection/consolesession.h"

#include "core/platform/environment.h"
#include "core/platform/logging.h"
#include "core/platform/secretstore.h"
#include "ui/connection/connectiondialog.h"
#include "ui/connection/migrationquestion.h"
#include "ui/connection/passworddialog.h"
#include "ui/groups/groupnamedialog.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/signin/signindialog.h"
#include "ui/signin/signinflow.h"

#include "core/platform/settings.h"
#include "core/rules/accountrules.h"
#include "core/services/accountservice.h"
#include "core/services/catalogservice.h"
#include "core/services/demodata.h"
#include "core/services/groupservice.h"
#include "core/services/operatorsignin.h"
#include "core/services/workspace.h"
#include "core/storage/database.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFile>
#include <QFileInfo>
#include <QGridLayout>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QTimer>

#include <atomic>

using namespace Qt::StringLiterals;

namespace bc {

// Declared in the order they are built; destroyed in reverse, the database last.
struct ConsoleSession::Session
{
    DatabaseAddress address;
    QString password; // of the database server, to open it again after Sign out
    ActingOperatorView acting;
    // The worker on which the window's jobs run, with the connection; it also watches for changes
    // committed elsewhere.
    std::unique_ptr<Workspace> worker;
    std::unique_ptr<MainWindow> window;
};

ConsoleSession::ConsoleSession(Settings &settings, SecretStore &secrets, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_secrets(secrets)
{
    // Dialogs come and go before and between main windows; the session says when to quit.
    QApplication::setQuitOnLastWindowClosed(false);
}

ConsoleSession::~ConsoleSession() = default;

MainWindow *ConsoleSession::window() const
{
    return m_workspace ? m_workspace->window.get() : nullptr;
}

void ConsoleSession::start(const DatabaseAddress &address, Origin origin)
{
    // From the event loop: the keychain answers there, and finished() can end it.
    QTimer::singleShot(0, this, [this, address, origin] { openAtStart(address, origin, QString()); });
}

void ConsoleSession::openAtStart(const DatabaseAddress &address, Origin origin, const QString &problem)
{
    obtainPassword(address, problem, [this, address, origin](std::optional<QString> password, bool remember) {
        if (!password) {
            startFailed(origin, 0);
            return;
        }
        open(address, *password, nullptr, [this, address, origin, password, remember](Opened opened) {
            if (opened.workspace) {
                if (remember) {
                    m_secrets.write(address.secretKey(), *password, this, [](const QString &error) {
                        if (!error.isEmpty())
                            qCWarning(lcUi) << "database password not remembered:" << error;
                    });
                }
                replaceWorkspace(std::move(opened.workspace));
                return;
            }
            if (!opened.error) {
                startFailed(origin, 0);
                return;
            }
            // A wrong password is asked for again rather than ending the run.
            if (address.isServer() && opened.error->field == "password"_L1
                && !qEnvironmentVariableIsSet(Environment::databasePassword.data())) {
                openAtStart(address, origin, opened.error->message);
                return;
            }
            showOpenError(nullptr, *opened.error);
            startFailed(origin, exitDatabaseProblem);
        });
    });
}

void ConsoleSession::startFailed(Origin origin, int exitCode)
{
    m_exitCodeWithoutWindow = exitCode;
    if (origin == Origin::CommandLine)
        finish(exitCode);
    else
        showConnectionDialog();
}

void ConsoleSession::obtainPassword(const DatabaseAddress &address, const QString &problem, PasswordDone done)
{
    // An operator's own role has the operator's password, which the sign-in asks for.
    if (!address.isServer() || address.operatorSignIn) {
        done(QString(), false);
        return;
    }
    if (qEnvironmentVariableIsSet(Environment::databasePassword.data())) {
        done(qEnvironmentVariable(Environment::databasePassword.data()), false);
        return;
    }
    const auto ask = [this, address, problem, done] {
        PasswordDialog dialog(address, window());
        dialog.setProblem(problem);
        if (dialog.exec() != QDialog::Accepted)
            done(std::nullopt, false);
        else
            done(dialog.password(), dialog.remember());
    };
    if (!problem.isEmpty()) {
        ask();
        return;
    }
    m_secrets.read(address.secretKey(), this, [ask, done](const QString &secret, const QString &error) {
        if (!error.isEmpty())
            qCWarning(lcUi) << "keychain:" << error;
        if (secret.isEmpty())
            ask();
        else
            done(secret, false);
    });
}

void ConsoleSession::open(const DatabaseAddress &address, const QString &password, QWidget *parent, OpenDone done)
{
    if (address.operatorSignIn) {
        openAsOperator(address, parent, std::move(done));
        return;
    }
    Database::OpenOptions options;
    options.password = password;
    // A file this start creates is removed again when the user cancels the welcome dialog.
    const bool newFile = !address.isServer() && !QFileInfo::exists(address.file);

    // A server that does not answer takes its connect timeout; meanwhile the user can cancel.
    auto *progress =
        new QProgressDialog(tr("Connecting to %1…").arg(address.displayName()), tr("Cancel"), 0, 0, parent);
    progress->setObjectName(u"connectingProgress"_s);
    progress->setWindowTitle(tr("Opening Database"));
    // Wide enough for its title, to which the window manager adds the program's name.
    progress->setMinimumWidth(progress->fontMetrics().horizontalAdvance(progress->windowTitle()) + 320);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(500);
    progress->setAutoReset(false);
    progress->setAutoClose(false);
    progress->setValue(0); // starts the minimum duration's clock
    // Asked on the worker, which waits for the answer while the GUI thread shows the question. The
    // progress steps aside meanwhile (its own timer would show it over the question, and take the
    // keyboard from it), and comes back for the update itself.
    auto declined = std::make_shared<std::atomic<bool>>(false);
    options.confirmMigration = [declined, parent = QPointer<QWidget>(parent), name = address.displayName(),
                                shown = QPointer<QProgressDialog>(progress)](int from, int to) {
        bool agreed = false;
        QMetaObject::invokeMethod(
            qApp,
            [&] {
                if (shown) {
                    shown->reset();
                    shown->hide();
                }
                agreed = MigrationQuestion::ask(parent, name, from, to);
                if (shown && agreed) {
                    shown->setLabelText(tr("Updating %1…").arg(name));
                    shown->setValue(0); // shows itself again if the update takes a while
                }
            },
            Qt::BlockingQueuedConnection);
        *declined = !agreed;
        return agreed;
    };
    m_opening = std::make_unique<Workspace>(address, options);
    // The list's connection opens beside the workspace's, not after the window appeared.
    m_opening->prepareAccountPages(password);
    connect(progress, &QProgressDialog::canceled, this, [this, progress, done] {
        progress->deleteLater();
        m_opening.reset(); // returns at once; the answer, when it comes, goes nowhere
        done({});
    });
    // On the worker, once open: the demo data when asked for, and whether there is a top group yet.
    m_opening->call(
        progress,
        [fillDemo = std::exchange(m_fillDemo, false)](WorkspaceServices &services) {
            return prepare(services, fillDemo);
        },
        [this, address, password, parent, newFile, declined, progress, done](const Result<Prepared> &opened) {
            // Hidden now, its timer to show itself stopped (reset()): the sign-in or the welcome dialog
            // runs an event loop of its own, in which the deletion does not happen.
            progress->reset();
            progress->hide();
            progress->deleteLater();
            std::unique_ptr<Workspace> worker = std::move(m_opening);
            if (!opened) {
                if (*declined)
                    done({});
                else
                    done({nullptr, opened.error()});
                return;
            }
            if (opened->demoError)
                QMessageBox::critical(parent, tr("The demo data was not written"), opened->demoError->message);
            Opened built = build(address, std::move(worker), parent, newFile, opened->hasRoot);
            if (!built.workspace) {
                done(std::move(built));
                return;
            }
            built.workspace->password = password;
            signIn(std::move(built.workspace), opened->signInNeeded, parent, done);
        });
}

struct ConsoleSession::OperatorAttempt
{
    DatabaseAddress address;
    QString login; // what `worker` connected with
    QString password;
    std::unique_ptr<Workspace> worker;
    ActingOperatorView acting;
    bool hasRoot = false;
};

void ConsoleSession::openAsOperator(const DatabaseAddress &address, QWidget *parent, OpenDone done)
{
    auto attempt = std::make_shared<OperatorAttempt>();
    attempt->address = address;
    const auto ask = [this, attempt, parent, done](const std::optional<Error> &refusal) {
        bool accepted = false;
        {
            // Gone before finishOperator(): a switch then replaces the window the dialog belongs
            // to, which would delete it.
            SignInDialog *shown = nullptr;
            SignInDialog dialog(
                attempt->address.displayName(),
                [this, attempt, &shown](const QString &login, const QString &password, const QString &code) {
                    tryOperator(attempt, login, password, code, shown,
                                [&shown](const Result<void> &signedIn) { shown->answer(signedIn); });
                },
                parent);
            shown = &dialog;
            dialog.setLogin(m_operatorLogin);
            if (refusal)
                dialog.showRefusal(*refusal);
            accepted = dialog.exec() == QDialog::Accepted;
        }
        if (!accepted) {
            done({}); // the connection, if any, closes with the attempt
            return;
        }
        finishOperator(attempt, parent, done);
    };
    // Scripts and tests sign in without the dialog, once; a refusal shows in it.
    const bool fromEnvironment = !std::exchange(m_signedInOnce, true);
    const auto [password, code] = fromEnvironment ? Environment::operatorSecrets() : Environment::OperatorSecrets();
    if (m_operatorLogin.isEmpty() || password.isEmpty()) {
        ask(std::nullopt);
        return;
    }
    tryOperator(attempt, m_operatorLogin, password, code, this,
                [this, attempt, parent, done, ask](const Result<void> &signedIn) {
                    if (signedIn)
                        finishOperator(attempt, parent, done);
                    else
                        ask(signedIn.error());
                });
}

void ConsoleSession::tryOperator(const std::shared_ptr<OperatorAttempt> &attempt, const QString &login,
                                 const QString &password, const QString &code, QObject *receiver,
                                 OperatorAnswer answered)
{
    // Another login or password is another database role: a new connection. A wrong code keeps it.
    if (!attempt->worker || attempt->login != login || attempt->password != password) {
        Database::OpenOptions options;
        options.operatorLogin = login;
        options.operatorPassword = password;
        attempt->worker = std::make_unique<Workspace>(attempt->address, options);
        attempt->login = login;
        attempt->password = password;
    }
    struct SignedIn
    {
        ActingOperatorView acting;
        bool hasRoot = false;
    };
    attempt->worker->call(
        receiver,
        [login, password, code](WorkspaceServices &services) -> Result<SignedIn> {
            auto acting = services.acting.signIn(login, password, code);
            if (!acting)
                return fail(acting.error());
            auto prepared = prepare(services, false);
            if (!prepared)
                return fail(prepared.error());
            return SignedIn {*acting, prepared->hasRoot};
        },
        [attempt, worker = attempt->worker.get(), answered](const Result<SignedIn> &signedIn) {
            if (signedIn) {
                attempt->acting = signedIn->acting;
                attempt->hasRoot = signedIn->hasRoot;
                answered({});
                return;
            }
            // The connection itself failed: the next attempt connects again. The server refusing
            // the role reads as any wrong login or password (it tells neither apart either).
            Error error = signedIn.error();
            const bool connected = error.code != Error::Code::AccessDenied && error.code != Error::Code::ConnectionLost
                && error.code != Error::Code::CannotOpen;
            if (!connected && attempt->worker.get() == worker)
                attempt->worker.reset();
            if (error.code == Error::Code::AccessDenied)
                error = OperatorSignIn::wrongCredentials();
            answered(fail(error));
        });
}

void ConsoleSession::finishOperator(const std::shared_ptr<OperatorAttempt> &attempt, QWidget *parent,
                                    const OpenDone &done)
{
    // The list's connection opens now, as this operator, verified with the session's key.
    attempt->worker->prepareAccountPages(QString());
    Opened built = build(attempt->address, std::move(attempt->worker), parent, false, attempt->hasRoot);
    if (built.workspace)
        built.workspace->acting = attempt->acting;
    done(std::move(built));
}

void ConsoleSession::signIn(std::unique_ptr<Session> session, bool needed, QWidget *parent, OpenDone done)
{
    auto held = std::make_shared<std::unique_ptr<Session>>(std::move(session));
    const bool fromEnvironment = !std::exchange(m_signedInOnce, true);
    SignInFlow::run(*(*held)->worker, needed, (*held)->address.displayName(), m_operatorLogin, fromEnvironment, parent,
                    [held, done](std::optional<ActingOperatorView> acting) {
                        if (!acting) {
                            done({});
                            return;
                        }
                        (*held)->acting = *acting;
                        done({std::move(*held), std::nullopt});
                    });
}

ConsoleSession::Opened ConsoleSession::build(const DatabaseAddress &address, std::unique_ptr<Workspace> worker,
                                             QWidget *parent, bool newFile, bool hasRoot)
{
    auto workspace = std::make_unique<Session>();
    workspace->address = address;
    workspace->worker = std::move(worker);
    if (!hasRoot && !askForRootGroup(*workspace->worker, parent)) {
        if (newFile)
            removeUnusedFile(std::move(workspace));
        return {};
    }
    return {std::move(workspace), std::nullopt};
}

Result<ConsoleSession::Prepared> ConsoleSession::prepare(WorkspaceServices &services, bool fillDemo)
{
    // Whether a sign-in is needed and the top of the tree, in one round trip; the window's tree
    // takes the groups it read.
    auto opening = services.acting.opening();
    if (!opening)
        return fail(opening.error());
    Prepared prepared;
    prepared.hasRoot = opening->tree.top.has_value();
    prepared.signInNeeded = prepared.hasRoot && opening->signInNeeded;
    if (fillDemo && !prepared.hasRoot) {
        auto filled = DemoData::fill(services.groups, services.accounts, QString(), 300, &services.catalog);
        if (filled)
            prepared.hasRoot = true;
        else
            prepared.demoError = filled.error();
    }
    return prepared;
}

bool ConsoleSession::askForRootGroup(Workspace &worker, QWidget *parent)
{
    GroupNameDialog dialog(tr("Welcome to the Backup Account Console"),
                           tr("This database is empty. Enter the &name of your organization (the managed-service "
                              "provider); customer organizations go below it."),
                           QString(), GroupNameDialog::SubmitLater(), parent);
    dialog.setSubmit([&worker, &dialog](const QString &name, GroupNameDialog::Answer answer) {
        worker.call(
            &dialog, [name](WorkspaceServices &services) { return services.groups.createRoot(name); },
            [answer](const Result<Group> &created) { answer(created ? Result<void>() : fail(created.error())); });
    });
    dialog.setObjectName(u"welcomeDialog"_s);
    dialog.setHeading(dialog.windowTitle());
    return dialog.exec() == QDialog::Accepted;
}

void ConsoleSession::removeUnusedFile(std::unique_ptr<Session> workspace)
{
    // Only while it is still empty: another console may have started on the same new file. The
    // answer comes from the worker; the file goes once the session and its connections are closed.
    const QString file = workspace->address.file;
    Workspace &worker = *workspace->worker;
    std::shared_ptr<Session> closing(std::move(workspace));
    worker.call(
        this, [](WorkspaceServices &services) { return services.groups.root(); },
        [this, closing, file](const Result<std::optional<Group>> &root) mutable {
            closing.reset();
            if (root && !*root)
                removeDatabaseFiles(file);
            if (--m_cleanups == 0 && m_pendingExitCode)
                Q_EMIT finished(*std::exchange(m_pendingExitCode, std::nullopt));
        });
    ++m_cleanups;
}

void ConsoleSession::finish(int exitCode)
{
    // A file being removed is gone before the run ends.
    if (m_cleanups > 0)
        m_pendingExitCode = exitCode;
    else
        Q_EMIT finished(exitCode);
}

void ConsoleSession::removeDatabaseFiles(const QString &file)
{
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
        if (QFile::exists(file + suffix) && !QFile::remove(file + suffix))
            qCWarning(lcUi) << "could not remove the unused database file" << file + suffix;
    }
}

void ConsoleSession::showOpenError(QWidget *parent, const Error &error)
{
    QMessageBox box(QMessageBox::Critical, tr("The database could not be opened"), error.message, QMessageBox::Ok,
                    parent);
    box.setObjectName(u"openError"_s);
    box.setTextInteractionFlags(Qt::TextSelectableByMouse); // the command to copy
    // Wide enough for its title (the window manager adds the program's name) and for a command
    // line with a file path, which a narrow box breaks in the middle.
    if (auto *grid = qobject_cast<QGridLayout *>(box.layout())) {
        const int width = qBound(560, box.fontMetrics().horizontalAdvance(box.windowTitle()) + 320, 800);
        grid->addItem(new QSpacerItem(width, 0, QSizePolicy::Minimum, QSizePolicy::Expanding), grid->rowCount(), 0, 1,
                      grid->columnCount());
    }
    box.exec();
}

void ConsoleSession::switchTo(const DatabaseAddress &address, const QString &password, std::function<void(bool)> done)
{
    open(address, password, window(), [this, done](Opened opened) {
        const bool switched = opened.workspace != nullptr;
        if (switched)
            replaceWorkspace(std::move(opened.workspace));
        else if (opened.error)
            showOpenError(window(), *opened.error);
        if (done)
            done(switched);
    });
}

void ConsoleSession::showConnectionDialog()
{
    ConnectionProfile chosen;
    QString password;
    {
        // Gone before a new window replaces its parent.
        ConnectionDialog dialog(m_settings, m_secrets, window());
        if (m_workspace)
            dialog.setCurrentAddress(m_workspace->address);
        if (dialog.exec() != QDialog::Accepted) {
            if (!m_workspace)
                finish(m_exitCodeWithoutWindow);
            return;
        }
        chosen = dialog.profile();
        password = dialog.password();
    }
    switchTo(chosen.address, password, [this](bool switched) {
        if (switched || m_workspace)
            return;
        // Nothing open yet: let the user choose again.
        QTimer::singleShot(0, this, &ConsoleSession::showConnectionDialog);
    });
}

void ConsoleSession::replaceWorkspace(std::unique_ptr<Session> next)
{
    if (m_workspace) {
        // An operator's sign-in on the database left behind ends with its window: a connection
        // there needs the code again, as after Sign out. So does it when another operator signs in
        // on the same database; that one's sign-in stays.
        const DatabaseAddress left = m_workspace->address;
        const bool sameDatabase = left.secretKey() == next->address.secretKey();
        const bool sameOperator =
            AccountRules::loginKey(m_workspace->acting.login) == AccountRules::loginKey(next->acting.login);
        if (left.operatorSignIn && (!sameDatabase || !sameOperator))
            m_workspace->worker->endSignIn(
                Database::forgetVerification(left, m_workspace->acting.login, /*keyOnly=*/sameDatabase));
        // Closing saves the old window's layout; the new window reads it.
        const bool replacing = std::exchange(m_replacing, true);
        m_workspace->window->close();
        m_replacing = replacing;
        m_workspace.reset();
    }
    m_workspace = std::move(next);
    Session &workspace = *m_workspace;
    workspace.window = std::make_unique<MainWindow>(*workspace.worker, m_settings, workspace.address.displayName());
    // Another console, the CLI or the activation server changed something: show it.
    connect(workspace.worker.get(), &Workspace::changedElsewhere, workspace.window.get(),
            &MainWindow::showChangesMadeElsewhere);
    // Queued: the dialog and the switch run from the event loop, not inside the old window's action.
    connect(workspace.window.get(), &MainWindow::connectToDatabaseRequested, this,
            &ConsoleSession::showConnectionDialog, Qt::QueuedConnection);
    workspace.window->setActingOperator(workspace.acting);
    connect(workspace.window.get(), &MainWindow::signOutRequested, this, &ConsoleSession::signOut,
            Qt::QueuedConnection);
    workspace.window->installEventFilter(this);
    workspace.window->show();
    // Deleted accounts kept past the database's retention period go, once per opening, on the
    // worker when nothing the user waits for is queued (it only removes what nobody may restore any
    // more); a failure only waits for the next opening.
    workspace.worker->call(
        this, [](WorkspaceServices &services) { return services.accounts.purgeExpired(); },
        [](const Result<int> &purged) {
            if (!purged)
                qCWarning(lcUi) << "expired deleted accounts were not purged:" << purged.error().message;
            else if (*purged > 0)
                qCInfo(lcUi) << "purged" << *purged << "deleted accounts past their retention period";
        },
        Workspace::Priority::Background);
}

void ConsoleSession::signOut()
{
    if (!m_workspace)
        return;
    const DatabaseAddress address = m_workspace->address;
    const QString password = m_workspace->password;
    if (m_workspace->acting.signedIn())
        m_operatorLogin = m_workspace->acting.login;
    // The next connection as this operator needs its code again, here and on the server.
    if (address.operatorSignIn)
        m_workspace->worker->endSignIn(Database::forgetVerification(address, m_operatorLogin));
    // Closing saves the window's layout; the next window reads it.
    const bool replacing = std::exchange(m_replacing, true);
    m_workspace->window->close();
    m_replacing = replacing;
    m_workspace.reset();
    open(address, password, nullptr, [this](Opened opened) {
        if (opened.workspace) {
            replaceWorkspace(std::move(opened.workspace));
            return;
        }
        // Canceled (or the database went away): another database, or the end.
        if (opened.error)
            showOpenError(nullptr, *opened.error);
        showConnectionDialog();
    });
}

bool ConsoleSession::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Close && !m_replacing && m_workspace && watched == m_workspace->window.get())
        Q_EMIT finished(0);
    return QObject::eventFilter(watched, event);
}

} // namespace bc
