#include "core/platform/memorysecretstore.h"
#include "tests/common/fixture.h"
#include "tests/ui/modalhelper.h"
#include "ui/connection/consolesession.h"
#include "ui/connection/migrationquestion.h"
#include "ui/connection/passworddialog.h"
#include "ui/groups/groupnamedialog.h"
#include "ui/mainwindow/mainwindow.h"

#include "core/domain/timestamps.h"
#include "core/platform/settings.h"
#include "core/services/accountservice.h"
#include "core/services/groupservice.h"
#include "core/storage/database.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;
using namespace bc;

// The console's run: a window on the database it was started with, a switch to another one
// (File → Connect to database…) that keeps the old one when the new one fails, the password of
// a server asked for when the keychain has none, and the question before a migration.
namespace {

// Switches and waits for the answer: the database opens on a worker.
bool switchTo(bc::ConsoleSession &session, const bc::DatabaseAddress &address, const QString &password)
{
    auto switched = std::make_shared<std::optional<bool>>();
    session.switchTo(address, password, [switched](bool done) { *switched = done; });
    return QTest::qWaitFor([&] { return switched->has_value(); }, 30000) && switched->value_or(false);
}

} // namespace

class TestConsoleSession final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void shouldNameTheDatabaseInTheWindowTitle();
    void shouldSwitchToAnotherDatabase();
    void shouldKeepTheDatabaseWhenAnotherCannotBeOpened();
    void shouldOfferConnectToDatabaseInTheFileMenu();
    void shouldExitWhenTheCommandLineDatabaseCannotBeOpened();
    void shouldAskForAServerPasswordTheKeychainLacks();
    void shouldNotAskWhenThePasswordIsInTheEnvironment();
    void shouldFinishWhenTheWindowCloses();
    void shouldNotMigrateUnlessTheUserAgrees();
    void shouldKeepTheProgressOutOfTheMigrationQuestionsWay();
    void shouldLeaveNoFileWhenTheWelcomeIsCancelled();
    void shouldKeepAnEmptyFileThatWasThereWhenTheWelcomeIsCancelled();
    void shouldShowTheWholeWelcomeTitle();
    void shouldRefuseADamagedFileWithAPlainMessage();
    void shouldRememberTheLastGroupOfEachDatabase();
    void shouldConnectOnAWorkerAndLetTheUserCancel();
    void shouldPurgeTheDeletedAccountsPastTheirPeriodOnceOpened();

private:
    DatabaseAddress makeDatabase(const QString &fileName, const QString &rootName) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<ConsoleSession> m_session;
};

void TestConsoleSession::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<Settings>(m_dir->filePath(u"console.conf"_s));
    m_secrets = std::make_unique<MemorySecretStore>();
    m_session = std::make_unique<ConsoleSession>(*m_settings, *m_secrets);
    qunsetenv("BACKUP_CONSOLE_DATABASE_PASSWORD");
}

void TestConsoleSession::cleanup()
{
    m_session.reset();
    m_secrets.reset();
    m_settings.reset();
    m_dir.reset();
    qunsetenv("BACKUP_CONSOLE_DATABASE_PASSWORD");
}

DatabaseAddress TestConsoleSession::makeDatabase(const QString &fileName, const QString &rootName) const
{
    const QString path = m_dir->filePath(fileName);
    {
        auto database = bc::test::openFixture(path);
        if (!database)
            qWarning() << database.error().message;
        else if (!GroupService(**database).createRoot(rootName))
            qWarning("no root group");
    }
    return *DatabaseAddress::parse(path);
}

void TestConsoleSession::shouldNameTheDatabaseInTheWindowTitle()
{
    const DatabaseAddress address = makeDatabase(u"desk.sqlite"_s, u"Acme MSP"_s);
    m_session->start(address, ConsoleSession::Origin::CommandLine);
    QTRY_VERIFY(m_session->window());
    QVERIFY(m_session->window()->isVisible());
    QVERIFY2(m_session->window()->windowTitle().contains(address.displayName()),
             qPrintable(m_session->window()->windowTitle()));
}

void TestConsoleSession::shouldSwitchToAnotherDatabase()
{
    const DatabaseAddress first = makeDatabase(u"first.sqlite"_s, u"First MSP"_s);
    const DatabaseAddress second = makeDatabase(u"second.sqlite"_s, u"Second MSP"_s);
    QSignalSpy finished(m_session.get(), &ConsoleSession::finished);
    m_session->start(first, ConsoleSession::Origin::CommandLine);
    QTRY_VERIFY(m_session->window());
    QPointer<MainWindow> old = m_session->window();

    QVERIFY(switchTo(*m_session, second, QString()));
    QVERIFY2(!old, "the old window is still there");
    QVERIFY(m_session->window());
    QVERIFY(m_session->window()->isVisible());
    QVERIFY2(m_session->window()->windowTitle().contains(second.displayName()),
             qPrintable(m_session->window()->windowTitle()));
    QCOMPARE(finished.count(), 0);
    // The old window's layout was saved when it closed.
    QVERIFY(!m_settings->windowGeometry().isEmpty());
}

void TestConsoleSession::shouldKeepTheDatabaseWhenAnotherCannotBeOpened()
{
    const DatabaseAddress first = makeDatabase(u"first.sqlite"_s, u"First MSP"_s);
    m_session->start(first, ConsoleSession::Origin::CommandLine);
    QTRY_VERIFY(m_session->window());
    QPointer<MainWindow> window = m_session->window();

    QString shown;
    whenModalOpens<QMessageBox>(this, [&shown](QMessageBox *box) {
        shown = box->text();
        box->accept();
    });
    const DatabaseAddress server = *DatabaseAddress::parse(u"postgresql://desk@127.0.0.1:1/backup"_s);
    QVERIFY(!switchTo(*m_session, server, u"pw"_s));
    QVERIFY2(!shown.isEmpty(), "the error was not shown");
    for (const char *driverText : {"QPSQL", "FATAL", "libpq"})
        QVERIFY2(!shown.contains(QLatin1String(driverText)), qPrintable(shown));
    QCOMPARE(m_session->window(), window.data());
    QVERIFY(window->isVisible());
}

void TestConsoleSession::shouldOfferConnectToDatabaseInTheFileMenu()
{
    m_session->start(makeDatabase(u"desk.sqlite"_s, u"Acme MSP"_s), ConsoleSession::Origin::CommandLine);
    QTRY_VERIFY(m_session->window());
    auto *action = m_session->window()->findChild<QAction *>(u"connectToDatabaseAction"_s);
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    // The dialog opens from the event loop, not inside the action; Cancel keeps the window.
    QPointer<MainWindow> window = m_session->window();
    bool opened = false;
    whenModalOpens<QDialog>(this, [&opened](QDialog *dialog) {
        opened = dialog->objectName() == "connectionDialog"_L1;
        dialog->done(QDialog::Rejected); // closes without the discard question
    });
    action->trigger();
    QTRY_VERIFY(opened);
    QCOMPARE(m_session->window(), window.data());
}

void TestConsoleSession::shouldExitWhenTheCommandLineDatabaseCannotBeOpened()
{
    qputenv("BACKUP_CONSOLE_DATABASE_PASSWORD", "from-the-environment");
    QSignalSpy finished(m_session.get(), &ConsoleSession::finished);
    bool shown = false;
    whenModalOpens<QMessageBox>(this, [&shown](QMessageBox *box) {
        shown = box->objectName() == "openError"_L1;
        box->accept();
    });
    m_session->start(*DatabaseAddress::parse(u"postgresql://desk@127.0.0.1:1/backup"_s),
                     ConsoleSession::Origin::CommandLine);
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(shown);
    QCOMPARE(finished.first().first().toInt(), ConsoleSession::exitDatabaseProblem);
    QVERIFY(!m_session->window());
}

void TestConsoleSession::shouldAskForAServerPasswordTheKeychainLacks()
{
    QSignalSpy finished(m_session.get(), &ConsoleSession::finished);
    QString prompt;
    whenModalOpens<PasswordDialog>(this, [this, &prompt](PasswordDialog *dialog) {
        prompt = dialog->findChild<QLabel *>(u"prompt"_s)->text();
        QVERIFY(dialog->findChild<QCheckBox *>(u"remember"_s));
        auto *password = dialog->findChild<QLineEdit *>(u"password"_s);
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        QTest::keyClicks(password, u"typed"_s);
        // Then the error of the server that does not answer.
        whenModalOpens<QMessageBox>(this, [](QMessageBox *box) { box->accept(); });
        dialog->accept();
    });
    const DatabaseAddress server = *DatabaseAddress::parse(u"postgresql://desk@127.0.0.1:1/backup"_s);
    m_session->start(server, ConsoleSession::Origin::CommandLine);
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY2(prompt.contains(u"desk"_s) && prompt.contains(u"127.0.0.1"_s), qPrintable(prompt));
    // Remembered only once the database opened.
    QCOMPARE(m_secrets->secret(server.secretKey()), QString());
}

void TestConsoleSession::shouldNotAskWhenThePasswordIsInTheEnvironment()
{
    qputenv("BACKUP_CONSOLE_DATABASE_PASSWORD", "from-the-environment");
    QSignalSpy finished(m_session.get(), &ConsoleSession::finished);
    bool asked = false;
    whenModalOpens<QDialog>(this, [&asked](QDialog *dialog) {
        asked = qobject_cast<PasswordDialog *>(dialog) != nullptr;
        dialog->accept();
    });
    m_session->start(*DatabaseAddress::parse(u"mariadb://desk@127.0.0.1:1/backup"_s),
                     ConsoleSession::Origin::CommandLine);
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY2(!asked, "the password was asked for");
}

void TestConsoleSession::shouldFinishWhenTheWindowCloses()
{
    QSignalSpy finished(m_session.get(), &ConsoleSession::finished);
    m_session->start(makeDatabase(u"desk.sqlite"_s, u"Acme MSP"_s), ConsoleSession::Origin::CommandLine);
    QTRY_VERIFY(m_session->window());
    QCOMPARE(finished.count(), 0);
    m_session->window()->close();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().toInt(), 0);
}

void TestConsoleSession::shouldNotMigrateUnlessTheUserAgrees()
{
    QString text;
    QString informative;
    // Enter takes the default answer: do not update.
    whenModalOpens<QMessageBox>(this, [&text, &informative](QMessageBox *box) {
        text = box->text();
        informative = box->informativeText();
        QCOMPARE(box->defaultButton()->objectName(), u"doNotUpdate"_s);
        QCOMPARE(box->escapeButton()->objectName(), u"doNotUpdate"_s);
        QTest::keyClick(box, Qt::Key_Return);
    });
    QVERIFY(!MigrationQuestion::ask(nullptr, u"/data/desk.sqlite"_s, 3, 4));
    QVERIFY2(text.contains(u"/data/desk.sqlite"_s), qPrintable(text));
    QVERIFY2(informative.contains(u"other console"_s), qPrintable(informative));
    QVERIFY2(informative.contains(u"nothing in the database changes"_s), qPrintable(informative));

    whenModalOpens<QMessageBox>(this,
                                [](QMessageBox *box) { box->findChild<QPushButton *>(u"updateDatabase"_s)->click(); });
    QVERIFY(MigrationQuestion::ask(nullptr, u"/data/desk.sqlite"_s, 3, 4));
}

void TestConsoleSession::shouldKeepTheProgressOutOfTheMigrationQuestionsWay()
{
    // A database one version behind: the console asks before it updates it.
    const QString path = m_dir->filePath(u"older.sqlite"_s);
    {
        Database::OpenOptions options;
        options.testFixture = true;
        options.stopAtSchema = Database::schemaVersion() - 1;
        auto database = Database::open(path, options);
        QVERIFY2(database, qPrintable(database ? QString() : database.error().message));
        QVERIFY(GroupService(**database).createRoot(u"Acme MSP"_s));
    }
    const auto progressShown = [] {
        const QWidgetList widgets = QApplication::topLevelWidgets();
        return std::ranges::any_of(widgets, [](const QWidget *widget) {
            return widget->objectName() == u"connectingProgress"_s && widget->isVisible();
        });
    };
    QSignalSpy finished(m_session.get(), &ConsoleSession::finished);
    bool shownOverTheQuestion = true;
    bool questionHadTheKeyboard = false;
    whenModalOpens<QMessageBox>(this, [&](QMessageBox *box) {
        QCOMPARE(box->objectName(), u"migrationQuestion"_s);
        QTest::qWait(900); // past the progress's own 500 ms before it shows itself
        shownOverTheQuestion = progressShown();
        questionHadTheKeyboard = QApplication::activeModalWidget() == box;
        QTest::keyClick(box, Qt::Key_Return); // the default: do not update
    });
    m_session->start(*DatabaseAddress::parse(path), ConsoleSession::Origin::CommandLine);
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY2(!shownOverTheQuestion, "the progress showed itself over the question");
    QVERIFY(questionHadTheKeyboard);
    QVERIFY(!m_session->window());
}

void TestConsoleSession::shouldLeaveNoFileWhenTheWelcomeIsCancelled()
{
    const QString path = m_dir->filePath(u"first-start/accounts.sqlite"_s);
    QSignalSpy finished(m_session.get(), &ConsoleSession::finished);
    bool welcomed = false;
    whenModalOpens<GroupNameDialog>(this, [&welcomed](GroupNameDialog *dialog) {
        welcomed = dialog->objectName() == "welcomeDialog"_L1;
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    m_session->start(*DatabaseAddress::parse(path), ConsoleSession::Origin::CommandLine);
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(welcomed);
    QCOMPARE(finished.first().first().toInt(), 0);
    QVERIFY(!m_session->window());
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s})
        QVERIFY2(!QFile::exists(path + suffix), qPrintable(path + suffix + u" was left behind"_s));
}

void TestConsoleSession::shouldKeepAnEmptyFileThatWasThereWhenTheWelcomeIsCancelled()
{
    const QString path = m_dir->filePath(u"empty.sqlite"_s);
    QVERIFY(bc::test::openFixture(path));
    QVERIFY(QFile::exists(path));
    QSignalSpy finished(m_session.get(), &ConsoleSession::finished);
    whenModalOpens<GroupNameDialog>(this, [](GroupNameDialog *dialog) { dialog->reject(); });
    m_session->start(*DatabaseAddress::parse(path), ConsoleSession::Origin::CommandLine);
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY2(QFile::exists(path), "a file that was there before this start was removed");
}

void TestConsoleSession::shouldShowTheWholeWelcomeTitle()
{
    const QString path = m_dir->filePath(u"welcome.sqlite"_s);
    QString heading;
    QString title;
    int width = 0;
    int titleWidth = 0;
    whenModalOpens<GroupNameDialog>(this, [&](GroupNameDialog *dialog) {
        auto *label = dialog->findChild<QLabel *>(u"groupNameHeading"_s);
        heading = label && label->isVisible() ? label->text() : QString();
        title = dialog->windowTitle();
        width = dialog->width();
        titleWidth = label ? label->fontMetrics().horizontalAdvance(title) : 0;
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"groupName"_s), u"Acme MSP"_s);
        QTest::keyClick(dialog, Qt::Key_Return);
    });
    m_session->start(*DatabaseAddress::parse(path), ConsoleSession::Origin::CommandLine);
    QTRY_VERIFY(m_session->window());
    QVERIFY(!title.isEmpty());
    QCOMPARE(heading, title);
    QVERIFY2(width > titleWidth, qPrintable(u"%1 px for a title of %2 px"_s.arg(width).arg(titleWidth)));
    QVERIFY(QFile::exists(path));
}

void TestConsoleSession::shouldRefuseADamagedFileWithAPlainMessage()
{
    const QString path = m_dir->filePath(u"damaged.sqlite"_s);
    {
        auto database = bc::test::openFixture(path);
        QVERIFY(database);
        GroupService groups(**database);
        auto root = groups.createRoot(u"Acme MSP"_s);
        QVERIFY(root);
        for (int i = 0; i < 400; ++i)
            QVERIFY(groups.create(root->id, u"Customer %1 with a name long enough to fill pages"_s.arg(i)));
    }
    {
        constexpr qint64 pageSize = 4096;
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 pages = file.size() / pageSize;
        QVERIFY(pages > 8);
        QVERIFY(file.seek(pages / 2 * pageSize));
        QVERIFY(file.write(QByteArray(2 * pageSize, '\x5a')) == 2 * pageSize);
    }
    const auto read = [&path] {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    const QByteArray before = read();
    QSignalSpy finished(m_session.get(), &ConsoleSession::finished);
    QString shown;
    whenModalOpens<QMessageBox>(this, [&shown](QMessageBox *box) {
        shown = box->text();
        box->accept();
    });
    m_session->start(*DatabaseAddress::parse(path), ConsoleSession::Origin::CommandLine);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().toInt(), ConsoleSession::exitDatabaseProblem);
    QVERIFY(!m_session->window());
    for (const QString &plain : {u"damaged"_s, path, u"backup"_s, u".recover"_s})
        QVERIFY2(shown.contains(plain), qPrintable(shown));
    QVERIFY2(read() == before, "the damaged file was written");
}

void TestConsoleSession::shouldRememberTheLastGroupOfEachDatabase()
{
    const DatabaseAddress first = makeDatabase(u"first.sqlite"_s, u"First MSP"_s);
    const DatabaseAddress second = makeDatabase(u"second.sqlite"_s, u"Second MSP"_s);
    // The same ids in both files: remembering one id for every database picks the wrong group.
    const auto addCustomers = [](const DatabaseAddress &address, const QStringList &names) {
        QList<qint64> ids;
        auto database = bc::test::openFixture(address);
        if (!database)
            return ids;
        GroupService groups(**database);
        auto root = groups.root();
        const qint64 rootId = root && *root ? (*root)->id : 0;
        for (const QString &name : names) {
            if (auto group = groups.create(rootId, name))
                ids.append(group->id);
        }
        return ids;
    };
    const QList<qint64> firstIds = addCustomers(first, {u"Contoso"_s});
    const QList<qint64> secondIds = addCustomers(second, {u"Fabrikam"_s, u"Northwind"_s});
    QCOMPARE(firstIds.size(), 1);
    QCOMPARE(secondIds.size(), 2);

    m_session->start(first, ConsoleSession::Origin::CommandLine);
    QTRY_VERIFY(m_session->window());
    // The tree loads on the worker: each selection shows a moment later.
    m_session->window()->selectGroup(firstIds.at(0));
    QTRY_COMPARE(m_session->window()->currentGroupId(), firstIds.at(0));
    QVERIFY(switchTo(*m_session, second, QString()));
    m_session->window()->selectGroup(secondIds.at(1));
    QTRY_COMPARE(m_session->window()->currentGroupId(), secondIds.at(1));
    QVERIFY(switchTo(*m_session, first, QString()));
    QTRY_COMPARE(m_session->window()->currentGroupId(), firstIds.at(0));
    QVERIFY(switchTo(*m_session, second, QString()));
    QTRY_COMPARE(m_session->window()->currentGroupId(), secondIds.at(1));
}

void TestConsoleSession::shouldConnectOnAWorkerAndLetTheUserCancel()
{
    // A server that accepts the connection and then never answers: the client waits for its
    // connect timeout. The GUI thread must not.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    QList<QTcpSocket *> held;
    connect(&silent, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *socket = silent.nextPendingConnection())
            held.append(socket);
    });
    qputenv("BACKUP_CONSOLE_DATABASE_PASSWORD", "from-the-environment");
    QSignalSpy finished(m_session.get(), &ConsoleSession::finished);
    QElapsedTimer beat;
    qint64 longestGap = 0;
    QTimer heartbeat;
    heartbeat.setInterval(5);
    connect(&heartbeat, &QTimer::timeout, this, [&] { longestGap = qMax(longestGap, beat.restart()); });
    m_session->start(*DatabaseAddress::parse(u"postgresql://desk@127.0.0.1:%1/backup"_s.arg(silent.serverPort())),
                     ConsoleSession::Origin::CommandLine);
    beat.start();
    heartbeat.start();
    QProgressDialog *progress = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((progress = qobject_cast<QProgressDialog *>(QApplication::activeModalWidget())), 3000);
    QCOMPARE(progress->objectName(), u"connectingProgress"_s);
    QVERIFY2(progress->labelText().contains(u"127.0.0.1"_s), qPrintable(progress->labelText()));
    QVERIFY(!held.isEmpty()); // the worker is connecting
    QElapsedTimer cancel;
    cancel.start();
    auto *cancelButton = progress->findChild<QPushButton *>();
    QVERIFY(cancelButton);
    QTest::mouseClick(cancelButton, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 1000);
    QVERIFY2(cancel.elapsed() < 500, qPrintable(u"cancel took %1 ms"_s.arg(cancel.elapsed())));
    QCOMPARE(finished.first().first().toInt(), 0);
    QVERIFY(!m_session->window());
    heartbeat.stop();
    QVERIFY2(longestGap < 200, qPrintable(u"the GUI thread stood still for %1 ms"_s.arg(longestGap)));
    qDeleteAll(held);
}

void TestConsoleSession::shouldPurgeTheDeletedAccountsPastTheirPeriodOnceOpened()
{
    const DatabaseAddress address = makeDatabase(u"bin.sqlite"_s, u"Acme MSP"_s);
    QList<qint64> ids;
    {
        auto database = bc::test::openFixture(address);
        QVERIFY(database);
        AccountService accounts(**database);
        auto root = GroupService(**database).root();
        QVERIFY(root && *root);
        const qint64 rootId = (*root)->id;
        for (const QString &login : {u"expired"_s, u"kept"_s}) {
            auto made = accounts.create(rootId, bc::test::personDraft(login));
            QVERIFY2(made, qPrintable(made ? QString() : made.error().message));
            ids.append(made->id);
        }
        QVERIFY(accounts.removeAll(ids).isComplete());
        // Deleted 31 days ago, past the 30 the database keeps them; the other one today.
        QVERIFY((*database)->run(u"UPDATE recycle_bin SET deleted_at = ? WHERE account_id = ?"_s,
                                 {Timestamps::toStorage(Timestamps::now().addDays(-31)), ids.first()}));
        QCOMPARE(accounts.deletedAccounts(0).value_or(QList<DeletedAccount>()).size(), 2);
    }
    m_session->start(address, ConsoleSession::Origin::CommandLine);
    QTRY_VERIFY(m_session->window());
    auto database = bc::test::openFixture(address);
    QVERIFY(database);
    AccountService accounts(**database);
    const auto keptLogins = [&accounts] {
        QStringList logins;
        for (const DeletedAccount &entry : accounts.deletedAccounts(0).value_or(QList<DeletedAccount>()))
            logins.append(entry.account.login);
        return logins;
    };
    QTRY_COMPARE(keptLogins(), QStringList({u"kept"_s}));
}

QTEST_MAIN(TestConsoleSession)
#include "tst_consolesession.moc"
