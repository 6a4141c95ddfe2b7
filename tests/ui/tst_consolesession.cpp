#include "consolesession.h"
#include "mainwindow.h"
#include "memorysecretstore.h"
#include "migrationquestion.h"
#include "modalhelper.h"
#include "passworddialog.h"

#include "database.h"
#include "groupservice.h"
#include "settings.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace bc;

// The console's run: a window on the database it was started with, a switch to another one
// (File → Connect to database…) that keeps the old one when the new one fails, the password of
// a server asked for when the keychain has none, and the question before a migration.
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
        auto database = Database::open(path);
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

    QVERIFY(m_session->switchTo(second, QString()));
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
    QVERIFY(!m_session->switchTo(server, u"pw"_s));
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

QTEST_MAIN(TestConsoleSession)

#include "tst_consolesession.moc"
