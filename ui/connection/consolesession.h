#pragma once

#include "core/domain/databaseaddress.h"
#include "core/domain/error.h"
#include "core/services/actingoperator.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

class QWidget;

namespace bc {

class MainWindow;
class Database;
class SecretStore;
class Workspace;
struct WorkspaceServices;
class Settings;

// One run of the console: the open database, its services and the MainWindow on them. Once a
// database with operators opened, an operator signs in (SignInFlow); Cancel closes it. File →
// Sign out closes the window (which saves its layout) and opens the same database again for a
// new sign-in. File →
// Connect to database… builds a new set on the chosen database and, once it opened, closes the
// old window (which saves its layout) and drops the old set; a failed connect keeps the old one.
// Passwords of servers come from BACKUP_CONSOLE_DATABASE_PASSWORD, the keychain, or the user;
// an older schema is migrated only after the user agreed (MigrationQuestion).
class ConsoleSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleSession)

public:
    // What a database that cannot be opened at start leads to.
    enum class Origin
    {
        CommandLine, // --database or BACKUP_CONSOLE_DATABASE: the error, then exit
        Saved, // the last connection or the default file: the error, then the connection dialog
    };

    // Exit codes shared with the CLI.
    static constexpr int exitDatabaseProblem = 3;

    ConsoleSession(Settings &settings, SecretStore &secrets, QObject *parent = nullptr);
    ~ConsoleSession() override;

    // Fill an empty first database with demo groups and accounts (--demo).
    void setFillDemo(bool fill) { m_fillDemo = fill; }
    // The login the sign-in starts with (--operator, BACKUP_CONSOLE_OPERATOR).
    void setOperatorLogin(const QString &login) { m_operatorLogin = login; }
    // Opens `address` once the event loop runs and shows the window; finished() when it cannot.
    void start(const DatabaseAddress &address, Origin origin);
    // Opens `address` and, when that worked, shows it instead of the current database. Errors are
    // shown to the user; `done(false)` when the current database stays.
    void switchTo(const DatabaseAddress &address, const QString &password, std::function<void(bool)> done = {});
    // File → Connect to database….
    void showConnectionDialog();
    // File → Sign out.
    void signOut();

    MainWindow *window() const;

Q_SIGNALS:
    // Nothing is left to show (the window was closed, or no database could be opened at start).
    void finished(int exitCode);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Session;
    struct Opened
    {
        std::unique_ptr<Session> workspace;
        std::optional<Error> error; // set when it failed; empty and no workspace: the user said no
    };
    using PasswordDone = std::function<void(std::optional<QString> password, bool remember)>;
    using OpenDone = std::function<void(Opened opened)>;

    void obtainPassword(const DatabaseAddress &address, const QString &problem, PasswordDone done);
    void openAtStart(const DatabaseAddress &address, Origin origin, const QString &problem);
    // Connects and migrates on a new Workspace's thread, with "Connecting…" and Cancel over
    // `parent` meanwhile, then builds the session: `done` on the GUI thread.
    void open(const DatabaseAddress &address, const QString &password, QWidget *parent, OpenDone done);
    // open() of an address on which an operator signs in as its own database role
    // (DatabaseAddress::operatorSignIn): the sign-in comes first, and the server checks it.
    struct OperatorAttempt;
    void openAsOperator(const DatabaseAddress &address, QWidget *parent, OpenDone done);
    // Connects as the operator (again when the login or password changed), signs in on the worker
    // and prepares the session; `answered` on the GUI thread, the refusal in the sign-in's words.
    using OperatorAnswer = std::function<void(const Result<void> &signedIn)>;
    void tryOperator(const std::shared_ptr<OperatorAttempt> &attempt, const QString &login, const QString &password,
                     const QString &code, QObject *receiver, OperatorAnswer answered);
    void finishOperator(const std::shared_ptr<OperatorAttempt> &attempt, QWidget *parent, const OpenDone &done);
    // The session on a database the worker opened: the GUI thread's services, demo data, the root.
    Opened build(const DatabaseAddress &address, std::unique_ptr<Workspace> worker, QWidget *parent, bool newFile,
                 bool hasRoot);
    // What the worker finds and does right after opening.
    struct Prepared
    {
        bool hasRoot = false;
        bool signInNeeded = false; // the database has operators
        std::optional<Error> demoError; // the demo data was asked for and not written
    };
    static Result<Prepared> prepare(WorkspaceServices &services, bool fillDemo);
    // Who works on the opened database: `done` with the session once someone signed in (or nobody
    // needed to), empty when the user canceled.
    void signIn(std::unique_ptr<Session> session, bool needed, QWidget *parent, OpenDone done);
    // The welcome dialog of an empty database: the name of the top group, created on the worker.
    static bool askForRootGroup(Workspace &worker, QWidget *parent);
    // Closes a database this start created and the user left empty, and removes its file.
    void removeUnusedFile(std::unique_ptr<Session> workspace);
    static void removeDatabaseFiles(const QString &file);
    // finished(), once no file is still being removed.
    void finish(int exitCode);
    void replaceWorkspace(std::unique_ptr<Session> next);
    void startFailed(Origin origin, int exitCode);
    void showOpenError(QWidget *parent, const Error &error);

    Settings &m_settings;
    SecretStore &m_secrets;
    std::unique_ptr<Session> m_workspace;
    std::unique_ptr<Workspace> m_opening; // the database being opened, until it answers
    bool m_fillDemo = false;
    QString m_operatorLogin;
    bool m_signedInOnce = false; // the environment's operator password is tried at the first sign-in only
    bool m_replacing = false; // the old window closes because another replaces it
    int m_exitCodeWithoutWindow = 0;
    int m_cleanups = 0; // unused files being removed
    std::optional<int> m_pendingExitCode; // finished() waits for them
};

} // namespace bc
