#include "core/platform/memorysecretstore.h"
#include "tests/common/fixture.h"
#include "tests/ui/modalhelper.h"
#include "ui/connection/connectiondialog.h"
#include "ui/widgets/fieldmessage.h"

#include "core/platform/settings.h"
#include "core/platform/translations.h"
#include "core/storage/database.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSemaphore>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include <atomic>
#include <memory>

using namespace Qt::StringLiterals;
using namespace bc;

using Backend = DatabaseAddress::Backend;
using Outcome = ConnectionCheck::Outcome;

// File → Connect to database…: saved connections without passwords (those go to the keychain,
// a MemorySecretStore here), the form's rows per backend, errors next to their fields, and a
// connection test that runs on a worker, can be stopped and answers in plain words.
class TestConnectionDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void shouldOfferThisComputersDatabaseAtFirst();
    void shouldOfferTheDatabaseInUse();
    void shouldSelectTheConnectionInUse();
    void shouldSaveProfilesWithoutThePassword();
    void shouldForgetThePasswordWhenNotRemembered();
    void shouldFillInTheRememberedPassword();
    void shouldConnectWithoutAKeychain();
    void shouldShowOnlyTheRowsOfTheBackend_data();
    void shouldShowOnlyTheRowsOfTheBackend();
    void shouldConnectAnOperatorWithoutADatabaseUser();
    void shouldShowFieldErrorsNextToTheField_data();
    void shouldShowFieldErrorsNextToTheField();
    void shouldSayAtOnceThatAPortIsOutOfRange();
    void shouldShowAnIncompleteConnectionBeforeConnecting();
    void shouldTestASqliteFile_data();
    void shouldTestASqliteFile();
    void shouldSayInPlainWordsThatAServerCannotBeReached();
    void shouldStopWaitingForASlowServer();
    void shouldAskBeforeDeletingAProfile();
    void shouldRefuseATakenName();
    void shouldDuplicateAProfile();
    void shouldCancelWithoutSaving();
    void shouldGiveEveryLabelAField();
    void shouldVisitTheFormInOrderWithTab();
    void shouldUseEachMnemonicOnce_data();
    void shouldUseEachMnemonicOnce();

private:
    template<typename W> W *find(const QString &name) const
    {
        auto *widget = m_dialog->findChild<W *>(name);
        if (!widget)
            qWarning() << "no widget" << name;
        return widget;
    }
    void makeDialog();
    void saveProfiles(const QList<ConnectionProfile> &profiles);
    void type(const QString &name, const QString &text) const;
    void click(const QString &name) const;
    void chooseBackend(Backend backend) const;
    void addProfileNamed(const QString &name) const;
    QListWidget *list() const { return find<QListWidget>(u"profiles"_s); }
    QString settingsText() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_settingsFile;
    std::unique_ptr<Settings> m_settings;
    MemorySecretStore m_secrets;
    std::unique_ptr<ConnectionDialog> m_dialog;
    std::atomic<int> m_checks = 0;
};

void TestConnectionDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settingsFile = m_dir->filePath(u"console.conf"_s);
    m_settings = std::make_unique<Settings>(m_settingsFile);
    m_checks = 0;
}

void TestConnectionDialog::cleanup()
{
    m_dialog.reset();
    m_secrets.setFailReads(QString());
    m_secrets.setFailWrites(QString());
    QThreadPool::globalInstance()->waitForDone();
    m_settings.reset();
    m_dir.reset();
}

void TestConnectionDialog::makeDialog()
{
    m_dialog = std::make_unique<ConnectionDialog>(*m_settings, m_secrets);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
}

void TestConnectionDialog::saveProfiles(const QList<ConnectionProfile> &profiles)
{
    m_settings->setConnectionProfiles(profiles);
    m_settings->sync();
}

void TestConnectionDialog::type(const QString &name, const QString &text) const
{
    auto *edit = find<QLineEdit>(name);
    QVERIFY(edit);
    edit->setFocus();
    edit->selectAll();
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Delete);
    else
        QTest::keyClicks(edit, text);
}

void TestConnectionDialog::click(const QString &name) const
{
    auto *button = find<QPushButton>(name);
    QVERIFY(button);
    QVERIFY2(button->isEnabled(), qPrintable(name + u" is disabled"_s));
    QTest::mouseClick(button, Qt::LeftButton);
}

void TestConnectionDialog::chooseBackend(Backend backend) const
{
    auto *combo = find<QComboBox>(u"backend"_s);
    QVERIFY(combo);
    combo->setFocus();
    // The keyboard way: Home, then Down as often as needed.
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < combo->findData(static_cast<int>(backend)); ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentData().toInt(), static_cast<int>(backend));
}

void TestConnectionDialog::addProfileNamed(const QString &name) const
{
    click(u"newProfile"_s);
    // The new row opens for its name right away.
    QTRY_VERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget())
                && list()->isAncestorOf(QApplication::focusWidget()));
    auto *editor = QApplication::focusWidget();
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, name);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(list()->currentItem()->text(), name);
}

QString TestConnectionDialog::settingsText() const
{
    QFile file(m_settingsFile);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

void TestConnectionDialog::shouldOfferThisComputersDatabaseAtFirst()
{
    makeDialog();
    QCOMPARE(list()->count(), 1);
    QCOMPARE(list()->currentRow(), 0);
    QCOMPARE(find<QComboBox>(u"backend"_s)->currentData().toInt(), static_cast<int>(Backend::Sqlite));
    QCOMPARE(QDir::fromNativeSeparators(find<QLineEdit>(u"file"_s)->text()),
             DatabaseAddress::parse(Database::defaultLocation())->file);
    QVERIFY2(m_settings->connectionProfiles().isEmpty(), "nothing is saved before Save or Connect");
}

void TestConnectionDialog::shouldOfferTheDatabaseInUse()
{
    const DatabaseAddress server = *DatabaseAddress::parse(u"postgresql://desk@db.example.com/backup"_s);
    makeDialog();
    m_dialog->setCurrentAddress(server);
    QCOMPARE(list()->count(), 1);
    QCOMPARE(list()->currentItem()->text(), server.displayName());
    QCOMPARE(find<QLineEdit>(u"host"_s)->text(), u"db.example.com"_s);
    QCOMPARE(find<QLineEdit>(u"database"_s)->text(), u"backup"_s);
}

void TestConnectionDialog::shouldSelectTheConnectionInUse()
{
    const DatabaseAddress server = *DatabaseAddress::parse(u"mariadb://db.example.com/backup"_s);
    const DatabaseAddress file = *DatabaseAddress::parse(m_dir->filePath(u"a.sqlite"_s));
    saveProfiles({{u"Shop"_s, server}, {u"Laptop"_s, file}});
    m_settings->setLastConnectionProfile(u"Shop"_s);
    makeDialog();
    QCOMPARE(list()->currentItem()->text(), u"Shop"_s); // the last one used
    m_dialog->setCurrentAddress(file);
    QCOMPARE(list()->currentItem()->text(), u"Laptop"_s);
    // One not saved changes nothing.
    m_dialog->setCurrentAddress(*DatabaseAddress::parse(m_dir->filePath(u"other.sqlite"_s)));
    QCOMPARE(list()->count(), 2);
    QCOMPARE(list()->currentItem()->text(), u"Laptop"_s);
}

void TestConnectionDialog::shouldSaveProfilesWithoutThePassword()
{
    makeDialog();
    m_dialog->setCheck([this](const DatabaseAddress &, const QString &) -> Result<Outcome> {
        ++m_checks;
        return Outcome {};
    });
    addProfileNamed(u"Office"_s);
    QCOMPARE(find<QComboBox>(u"backend"_s)->currentData().toInt(), static_cast<int>(Backend::PostgreSql));
    type(u"host"_s, u"db.example.com"_s);
    type(u"database"_s, u"backup"_s);
    type(u"user"_s, u"desk"_s);
    type(u"password"_s, u"Sup3r-secret-pw"_s);
    QVERIFY(find<QCheckBox>(u"remember"_s)->isChecked());
    click(u"connect"_s);
    QTRY_COMPARE(m_dialog->result(), int(QDialog::Accepted));
    QCOMPARE(m_checks.load(), 1);

    const DatabaseAddress expected = *DatabaseAddress::parse(u"postgresql://desk@db.example.com/backup"_s);
    QCOMPARE(m_dialog->profile().address, expected);
    QCOMPARE(m_dialog->password(), u"Sup3r-secret-pw"_s);
    QCOMPARE(m_secrets.secret(expected.secretKey()), u"Sup3r-secret-pw"_s);

    const Settings reread(m_settingsFile);
    const auto profiles = reread.connectionProfiles();
    QCOMPARE(profiles.size(), 2);
    QCOMPARE(profiles.at(1).name, u"Office"_s);
    QCOMPARE(profiles.at(1).address, expected);
    QCOMPARE(reread.lastConnectionProfile(), u"Office"_s);
    const QString stored = settingsText();
    QVERIFY2(stored.contains(u"db.example.com"_s), qPrintable(stored));
    QVERIFY2(!stored.contains(u"Sup3r-secret-pw"_s), "the password reached the settings file");
}

void TestConnectionDialog::shouldForgetThePasswordWhenNotRemembered()
{
    const DatabaseAddress server = *DatabaseAddress::parse(u"mariadb://desk@db.example.com/backup"_s);
    saveProfiles({{u"Shop"_s, server}});
    bool written = false;
    m_secrets.write(server.secretKey(), u"old"_s, this, [&written](const QString &) { written = true; });
    QTRY_VERIFY(written);
    makeDialog();
    m_dialog->setCheck([](const DatabaseAddress &, const QString &) -> Result<Outcome> { return Outcome {}; });
    QTRY_COMPARE(find<QLineEdit>(u"password"_s)->text(), u"old"_s);
    type(u"password"_s, u"new"_s);
    find<QCheckBox>(u"remember"_s)->setChecked(false);
    click(u"connect"_s);
    QTRY_COMPARE(m_dialog->result(), int(QDialog::Accepted));
    QCOMPARE(m_dialog->password(), u"new"_s);
    QVERIFY2(m_secrets.secret(server.secretKey()).isEmpty(), "the keychain still holds a password");
}

void TestConnectionDialog::shouldFillInTheRememberedPassword()
{
    const DatabaseAddress first = *DatabaseAddress::parse(u"postgresql://a@db.example.com/one"_s);
    const DatabaseAddress second = *DatabaseAddress::parse(u"postgresql://b@db.example.com/two"_s);
    saveProfiles({{u"One"_s, first}, {u"Two"_s, second}});
    int written = 0;
    m_secrets.write(second.secretKey(), u"pw-two"_s, this, [&written](const QString &) { ++written; });
    QTRY_COMPARE(written, 1);
    makeDialog();
    QCOMPARE(list()->currentRow(), 0);
    QTRY_COMPARE(find<QLineEdit>(u"password"_s)->placeholderText(), QString());
    QCOMPARE(find<QLineEdit>(u"password"_s)->text(), QString());
    list()->setCurrentRow(1);
    QTRY_COMPARE(find<QLineEdit>(u"password"_s)->text(), u"pw-two"_s);
    QCOMPARE(find<QLineEdit>(u"password"_s)->echoMode(), QLineEdit::Password);
}

void TestConnectionDialog::shouldConnectWithoutAKeychain()
{
    const QString noKeychain = u"No system keychain is available; type the password."_s;
    m_secrets.setFailReads(noKeychain);
    m_secrets.setFailWrites(noKeychain);
    const DatabaseAddress server = *DatabaseAddress::parse(u"postgresql://desk@db.example.com/backup"_s);
    saveProfiles({{u"Office"_s, server}});
    makeDialog();
    m_dialog->setCheck([](const DatabaseAddress &, const QString &) -> Result<Outcome> { return Outcome {}; });
    auto *message = find<FieldMessage>(u"passwordError"_s);
    QTRY_VERIFY(message->isVisible());
    QCOMPARE(message->text(), noKeychain);
    QVERIFY2(!find<QCheckBox>(u"remember"_s)->isChecked(), "offers to remember where nothing can");
    type(u"password"_s, u"typed-pw"_s);
    click(u"connect"_s);
    QTRY_COMPARE(m_dialog->result(), int(QDialog::Accepted));
    QCOMPARE(m_dialog->password(), u"typed-pw"_s);
}

void TestConnectionDialog::shouldShowOnlyTheRowsOfTheBackend_data()
{
    QTest::addColumn<Backend>("backend");
    QTest::addColumn<bool>("file");
    QTest::addColumn<bool>("server");
    QTest::addColumn<bool>("tls");
    QTest::addColumn<int>("port");
    QTest::newRow("SQLite") << Backend::Sqlite << true << false << false << 0;
    QTest::newRow("PostgreSQL") << Backend::PostgreSql << false << true << true << 5432;
    QTest::newRow("MariaDB") << Backend::MariaDb << false << true << false << 3306;
}

void TestConnectionDialog::shouldShowOnlyTheRowsOfTheBackend()
{
    QFETCH(Backend, backend);
    QFETCH(bool, file);
    QFETCH(bool, server);
    QFETCH(bool, tls);
    QFETCH(int, port);
    makeDialog();
    // From each other backend, so that every switch is seen.
    for (Backend from : {Backend::Sqlite, Backend::PostgreSql, Backend::MariaDb}) {
        if (from == backend)
            continue;
        chooseBackend(from);
        chooseBackend(backend);
        QCOMPARE(find<QLineEdit>(u"file"_s)->isVisible(), file);
        QCOMPARE(find<QPushButton>(u"browseFile"_s)->isVisible(), file);
        for (const QString &name : {u"host"_s, u"database"_s, u"user"_s, u"password"_s})
            QVERIFY2(find<QLineEdit>(name)->isVisible() == server, qPrintable(name));
        QCOMPARE(find<QSpinBox>(u"port"_s)->isVisible(), server);
        QCOMPARE(find<QCheckBox>(u"remember"_s)->isVisible(), server);
        QCOMPARE(find<QComboBox>(u"sslMode"_s)->isVisible(), tls);
        QCOMPARE(find<QLineEdit>(u"sslRootCertificate"_s)->isVisible(), tls);
        QCOMPARE(find<QPushButton>(u"browseCertificate"_s)->isVisible(), tls);
        if (server)
            QCOMPARE(find<QSpinBox>(u"port"_s)->value(), port);
    }
}

// A customer's IT person has no database user: its own login and password come in the sign-in,
// after Connect, and the server checks them there; nothing is checked or kept before.
void TestConnectionDialog::shouldConnectAnOperatorWithoutADatabaseUser()
{
    makeDialog();
    bool checked = false;
    m_dialog->setCheck([&checked](const DatabaseAddress &, const QString &) -> Result<Outcome> {
        checked = true;
        return Outcome {};
    });
    chooseBackend(Backend::PostgreSql);
    type(u"host"_s, u"db.example.com"_s);
    type(u"database"_s, u"backup"_s);
    type(u"user"_s, u"desk"_s);
    auto *operatorSignIn = find<QCheckBox>(u"operatorSignIn"_s);
    QVERIFY(operatorSignIn && operatorSignIn->isVisible());
    operatorSignIn->setFocus();
    QTest::keyClick(operatorSignIn, Qt::Key_Space);
    QVERIFY(operatorSignIn->isChecked());
    for (const QString &name : {u"user"_s, u"password"_s})
        QVERIFY2(!find<QLineEdit>(name)->isVisible(), qPrintable(name));
    QVERIFY(!find<QCheckBox>(u"remember"_s)->isVisible());
    click(u"connect"_s);
    QTRY_COMPARE(m_dialog->result(), int(QDialog::Accepted));
    QVERIFY(!checked);
    const DatabaseAddress address = m_dialog->profile().address;
    QVERIFY(address.operatorSignIn);
    QVERIFY(address.user.isEmpty());
    QVERIFY(m_secrets.secret(address.secretKey()).isEmpty());
    // Saved as such, and shown so again.
    makeDialog();
    QVERIFY(find<QCheckBox>(u"operatorSignIn"_s)->isChecked());
    QVERIFY(!find<QLineEdit>(u"user"_s)->isVisible());
    // Not for MariaDB, which has no operators' roles.
    chooseBackend(Backend::MariaDb);
    QVERIFY(!find<QCheckBox>(u"operatorSignIn"_s)->isVisible());
    QVERIFY(find<QLineEdit>(u"user"_s)->isVisible());
}

void TestConnectionDialog::shouldShowFieldErrorsNextToTheField_data()
{
    QTest::addColumn<Backend>("backend");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::newRow("empty database") << Backend::PostgreSql << u"database"_s << QString();
    QTest::newRow("slash in database") << Backend::MariaDb << u"database"_s << u"a/b"_s;
    QTest::newRow("host with spaces") << Backend::PostgreSql << u"host"_s << u"db example com"_s;
    QTest::newRow("missing root certificate")
        << Backend::PostgreSql << u"sslRootCertificate"_s << u"/nonexistent/root.pem"_s;
    QTest::newRow("no file") << Backend::Sqlite << u"file"_s << QString();
}

void TestConnectionDialog::shouldShowFieldErrorsNextToTheField()
{
    QFETCH(Backend, backend);
    QFETCH(QString, field);
    QFETCH(QString, text);
    makeDialog();
    m_dialog->setCheck([this](const DatabaseAddress &, const QString &) -> Result<Outcome> {
        ++m_checks;
        return Outcome {};
    });
    chooseBackend(backend);
    if (backend != Backend::Sqlite)
        type(u"database"_s, u"backup"_s);
    type(field, text);
    auto *message = find<FieldMessage>(field + u"Error"_s);
    QVERIFY(message);
    QVERIFY(!message->isVisible());

    for (const QString &button : {u"testConnection"_s, u"connect"_s}) {
        click(button);
        QTRY_VERIFY2(message->isVisible(), qPrintable(button));
        QVERIFY2(!message->text().isEmpty(), "the error says what is wrong");
        QVERIFY2(find<QWidget>(field)->hasFocus(), "the wrong field has the focus");
        QCOMPARE(m_checks.load(), 0);
        QVERIFY(m_dialog->isVisible());
    }
    // Typing in the field takes the error away.
    QTest::keyClicks(find<QLineEdit>(field), u"x"_s);
    QVERIFY(!message->isVisible());
}

void TestConnectionDialog::shouldSayAtOnceThatAPortIsOutOfRange()
{
    makeDialog();
    chooseBackend(Backend::MariaDb);
    auto *port = find<QSpinBox>(u"port"_s);
    auto *message = find<FieldMessage>(u"portError"_s);
    port->setFocus();
    port->selectAll();
    QTest::keyClicks(port, u"0"_s);
    QTRY_VERIFY(message->isVisible());
    QVERIFY(!message->text().isEmpty());
    QTest::keyClicks(port, u"3307"_s); // "03307"
    QTRY_VERIFY(!message->isVisible());
    QCOMPARE(port->value(), 3307);
}

void TestConnectionDialog::shouldShowAnIncompleteConnectionBeforeConnecting()
{
    const DatabaseAddress file = *DatabaseAddress::parse(m_dir->filePath(u"a.sqlite"_s));
    saveProfiles({{u"Laptop"_s, file}});
    makeDialog();
    m_dialog->setCheck([this](const DatabaseAddress &, const QString &) -> Result<Outcome> {
        ++m_checks;
        return Outcome {};
    });
    addProfileNamed(u"Unfinished"_s); // a server without a database name
    list()->setCurrentRow(0);
    click(u"connect"_s);
    // Connect saves every connection: the incomplete one is shown, nothing is opened or saved.
    QTRY_COMPARE(list()->currentItem()->text(), u"Unfinished"_s);
    QVERIFY(find<FieldMessage>(u"databaseError"_s)->isVisible());
    QCOMPARE(m_checks.load(), 0);
    QVERIFY(m_dialog->isVisible());
    QVERIFY(Settings(m_settingsFile).connectionProfiles().size() == 1);
}

void TestConnectionDialog::shouldTestASqliteFile_data()
{
    QTest::addColumn<bool>("exists");
    QTest::addColumn<QString>("says");
    QTest::newRow("existing database") << true << u"ready"_s;
    QTest::newRow("new file") << false << u"does not exist yet"_s;
}

void TestConnectionDialog::shouldTestASqliteFile()
{
    QFETCH(bool, exists);
    QFETCH(QString, says);
    const QString path = m_dir->filePath(u"desk.sqlite"_s);
    if (exists)
        QVERIFY(bc::test::openFixture(path));
    makeDialog();
    chooseBackend(Backend::Sqlite);
    type(u"file"_s, QDir::toNativeSeparators(path));
    click(u"testConnection"_s);
    auto *result = find<QLabel>(u"testResult"_s);
    QTRY_VERIFY2(result->text().contains(says), qPrintable(result->text()));
    QVERIFY(!find<QProgressBar>(u"testBusy"_s)->isVisible());
    QVERIFY(find<QPushButton>(u"testConnection"_s)->isEnabled());
    QCOMPARE(QFile::exists(path), exists); // testing creates nothing
    QVERIFY(m_dialog->isVisible());
}

void TestConnectionDialog::shouldSayInPlainWordsThatAServerCannotBeReached()
{
    makeDialog();
    chooseBackend(Backend::PostgreSql);
    type(u"host"_s, u"127.0.0.1"_s);
    auto *port = find<QSpinBox>(u"port"_s);
    port->setValue(1); // nothing listens there
    type(u"database"_s, u"backup"_s);
    type(u"user"_s, u"desk"_s);
    type(u"password"_s, u"pw"_s);
    click(u"testConnection"_s);
    auto *result = find<QLabel>(u"testResult"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!find<QProgressBar>(u"testBusy"_s)->isVisible(), 30000);
    const QString text = result->text();
    QVERIFY2(text.startsWith(u"Not connected"_s), qPrintable(text));
    for (const char *driverText : {"QPSQL", "QMYSQL", "FATAL", "libpq", "Unable to connect", "Driver"})
        QVERIFY2(!text.contains(QLatin1String(driverText)), qPrintable(text));
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(m_dialog->result(), int(QDialog::Rejected)); // not accepted
}

void TestConnectionDialog::shouldStopWaitingForASlowServer()
{
    auto answer = std::make_shared<QSemaphore>();
    makeDialog();
    m_dialog->setCheck([answer](const DatabaseAddress &, const QString &) -> Result<Outcome> {
        answer->acquire();
        return Outcome {};
    });
    chooseBackend(Backend::PostgreSql);
    type(u"database"_s, u"backup"_s);
    click(u"testConnection"_s);
    auto *busy = find<QProgressBar>(u"testBusy"_s);
    auto *stop = find<QPushButton>(u"stopTest"_s);
    QTRY_VERIFY(busy->isVisible());
    QVERIFY(stop->isVisible());
    QVERIFY(stop->hasFocus());
    QVERIFY(!find<QPushButton>(u"testConnection"_s)->isEnabled());
    QVERIFY(!find<QPushButton>(u"connect"_s)->isEnabled());
    QVERIFY(!list()->isEnabled());
    QVERIFY2(find<QLabel>(u"testResult"_s)->text().contains(u"backup on localhost:5432"_s),
             qPrintable(find<QLabel>(u"testResult"_s)->text()));

    // The window still answers while the worker waits: Stop.
    QTest::keyClick(stop, Qt::Key_Space);
    QTRY_VERIFY(!busy->isVisible());
    QVERIFY(!stop->isVisible());
    QVERIFY(find<QPushButton>(u"testConnection"_s)->isEnabled());
    QVERIFY(find<QPushButton>(u"connect"_s)->isEnabled());
    QVERIFY(!m_dialog->isChecking());
    const QString stopped = find<QLabel>(u"testResult"_s)->text();
    QVERIFY2(stopped.contains(u"Stopped"_s), qPrintable(stopped));

    // The late answer is dropped.
    answer->release();
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
    QCOMPARE(find<QLabel>(u"testResult"_s)->text(), stopped);
}

void TestConnectionDialog::shouldAskBeforeDeletingAProfile()
{
    const DatabaseAddress server = *DatabaseAddress::parse(u"mariadb://db.example.com/backup"_s);
    const DatabaseAddress file = *DatabaseAddress::parse(m_dir->filePath(u"a.sqlite"_s));
    saveProfiles({{u"Shop"_s, server}, {u"Laptop"_s, file}});
    m_settings->setLastConnectionProfile(u"Shop"_s);
    makeDialog();
    QCOMPARE(list()->currentItem()->text(), u"Shop"_s);

    QString question;
    whenModalOpens<QMessageBox>(this, [&question](QMessageBox *box) {
        question = box->text();
        QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
        box->button(QMessageBox::Cancel)->click();
    });
    click(u"deleteProfile"_s);
    QVERIFY2(question.contains(u"Shop"_s), qPrintable(question));
    QCOMPARE(list()->count(), 2);

    whenModalOpens<QMessageBox>(this, [](QMessageBox *box) {
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                button->click();
        }
    });
    click(u"deleteProfile"_s);
    QCOMPARE(list()->count(), 1);
    QCOMPARE(list()->currentItem()->text(), u"Laptop"_s);
    QCOMPARE(find<QComboBox>(u"backend"_s)->currentData().toInt(), static_cast<int>(Backend::Sqlite));
    QCOMPARE(Settings(m_settingsFile).connectionProfiles().size(), 2); // not until Save

    click(u"save"_s);
    const Settings reread(m_settingsFile);
    QCOMPARE(reread.connectionProfiles(), (QList<ConnectionProfile> {{u"Laptop"_s, file}}));
    QCOMPARE(reread.lastConnectionProfile(), QString()); // the deleted one is not opened at start
}

void TestConnectionDialog::shouldRefuseATakenName()
{
    const DatabaseAddress file = *DatabaseAddress::parse(m_dir->filePath(u"a.sqlite"_s));
    saveProfiles({{u"Laptop"_s, file}});
    makeDialog();
    addProfileNamed(u"Office"_s);
    click(u"renameProfile"_s);
    QTRY_VERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
    auto *editor = QApplication::focusWidget();
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, u"laptop"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    auto *message = find<FieldMessage>(u"profilesError"_s);
    QTRY_VERIFY(message->isVisible());
    QVERIFY2(message->text().contains(u"laptop"_s), qPrintable(message->text()));
    QCOMPARE(list()->currentItem()->text(), u"Office"_s);
}

void TestConnectionDialog::shouldDuplicateAProfile()
{
    const DatabaseAddress server = *DatabaseAddress::parse(u"postgresql://desk@db.example.com/backup"_s);
    saveProfiles({{u"Office"_s, server}});
    makeDialog();
    click(u"duplicateProfile"_s);
    QCOMPARE(list()->count(), 2);
    QCOMPARE(list()->currentRow(), 1);
    QVERIFY2(list()->currentItem()->text().startsWith(u"Office"_s), qPrintable(list()->currentItem()->text()));
    QVERIFY(list()->currentItem()->text() != u"Office"_s);
    QCOMPARE(find<QLineEdit>(u"host"_s)->text(), u"db.example.com"_s);
    QCOMPARE(find<QLineEdit>(u"database"_s)->text(), u"backup"_s);
}

void TestConnectionDialog::shouldCancelWithoutSaving()
{
    makeDialog();
    addProfileNamed(u"Scratch"_s);
    // A new connection is a change: Escape asks first (DiscardGuard), and Discard closes.
    bool asked = false;
    whenModalOpens<QMessageBox>(this, [&asked](QMessageBox *box) {
        asked = true;
        box->findChild<QPushButton *>(u"discardChanges"_s)->click();
    });
    QTest::keyClick(m_dialog.get(), Qt::Key_Escape);
    QTRY_VERIFY(asked);
    QTRY_VERIFY(!m_dialog->isVisible());
    QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
    QVERIFY(Settings(m_settingsFile).connectionProfiles().isEmpty());
}

void TestConnectionDialog::shouldGiveEveryLabelAField()
{
    makeDialog();
    for (Backend backend : {Backend::Sqlite, Backend::PostgreSql}) {
        chooseBackend(backend);
        for (const QLabel *label : m_dialog->findChildren<QLabel *>()) {
            if (!label->isVisible() || !label->text().contains(u'&'))
                continue;
            QVERIFY2(label->buddy(), qPrintable(label->text()));
        }
    }
}

void TestConnectionDialog::shouldVisitTheFormInOrderWithTab()
{
    makeDialog();
    chooseBackend(Backend::PostgreSql);
    const QStringList expected {u"backend"_s,
                                u"host"_s,
                                u"port"_s,
                                u"database"_s,
                                u"operatorSignIn"_s,
                                u"user"_s,
                                u"password"_s,
                                u"remember"_s,
                                u"sslMode"_s,
                                u"sslRootCertificate"_s,
                                u"browseCertificate"_s,
                                u"testConnection"_s};
    QStringList visited;
    QWidget *focus = find<QWidget>(u"backend"_s);
    focus->setFocus();
    for (int i = 0; i < expected.size(); ++i) {
        QWidget *now = QApplication::focusWidget();
        QVERIFY(now);
        // A spin box's focus lands on its inner editor.
        QWidget *named = now->objectName().isEmpty() && now->parentWidget() ? now->parentWidget() : now;
        visited.append(named->objectName());
        QTest::keyClick(now, Qt::Key_Tab);
    }
    QCOMPARE(visited, expected);
}

void TestConnectionDialog::shouldUseEachMnemonicOnce_data()
{
    QTest::addColumn<QString>("language");
    // In this order: each installs its translation on top of the one before.
    QTest::newRow("English") << QString();
    QTest::newRow("German") << u"de"_s;
    QTest::newRow("French") << u"fr"_s;
}

void TestConnectionDialog::shouldUseEachMnemonicOnce()
{
    QFETCH(QString, language);
    if (!language.isEmpty()) {
        auto installed = installTranslations(*qApp, language);
        QVERIFY2(installed, qPrintable(installed ? QString() : installed.error().message));
    }
    makeDialog();
    for (Backend backend : {Backend::Sqlite, Backend::PostgreSql, Backend::MariaDb}) {
        chooseBackend(backend);
        // Among what is visible at once, each letter belongs to one label or button.
        QHash<QChar, QString> letters;
        for (const QWidget *widget : m_dialog->findChildren<QWidget *>()) {
            if (!widget->isVisible())
                continue;
            QString text;
            if (auto *label = qobject_cast<const QLabel *>(widget); label && label->buddy())
                text = label->text();
            else if (auto *button = qobject_cast<const QAbstractButton *>(widget))
                text = button->text();
            const qsizetype at = text.indexOf(u'&');
            if (at < 0 || at + 1 >= text.size())
                continue;
            const QChar letter = text.at(at + 1).toLower();
            QVERIFY2(!letters.contains(letter),
                     qPrintable(u"%1 and %2 share the mnemonic %3"_s.arg(letters.value(letter), text, letter)));
            letters.insert(letter, text);
        }
        QVERIFY2(letters.size() >= 10, "the mnemonics were not found");
    }
}

QTEST_MAIN(TestConnectionDialog)

#include "tst_connectiondialog.moc"
