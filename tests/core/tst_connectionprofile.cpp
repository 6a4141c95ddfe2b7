#include "core/domain/connectionprofile.h"
#include "core/platform/settings.h"
#include "core/storage/connectioncheck.h"
#include "core/storage/database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace bc;

using Backend = DatabaseAddress::Backend;

// Saved connections: their names and addresses checked by core, kept in the settings without a
// password, and Test connection's check that changes nothing.
class TestConnectionProfile final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void shouldCheckNames_data();
    void shouldCheckNames();
    void shouldCheckAddresses_data();
    void shouldCheckAddresses();
    void shouldReadTheOperatorSignIn_data();
    void shouldReadTheOperatorSignIn();
    void shouldMakeUniqueNames();
    void shouldKeepProfilesInTheSettingsWithoutPasswords();
    void shouldSkipAnUnreadableProfile();
    void shouldFindAnExistingFileReady();
    void shouldNotCreateAMissingFile();
    void shouldRefuseAFolderThatCannotBeWritten_data();
    void shouldRefuseAFolderThatCannotBeWritten();
    void shouldReportAServerThatCannotBeOpenedInPlainWords();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestConnectionProfile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestConnectionProfile::cleanup()
{
    m_dir.reset();
}

void TestConnectionProfile::shouldCheckNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << u"Office server"_s << true;
    QTest::newRow("spaces around") << u"  Office  "_s << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("blank") << u"   "_s << false;
    QTest::newRow("taken") << u"Laptop"_s << false;
    QTest::newRow("taken, other case") << u"LAPTOP"_s << false;
    QTest::newRow("taken, spaces around") << u" laptop "_s << false;
    QTest::newRow("longest") << QString(ConnectionProfile::maxNameLength, u'x') << true;
    QTest::newRow("too long") << QString(ConnectionProfile::maxNameLength + 1, u'x') << false;
}

void TestConnectionProfile::shouldCheckNames()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    const auto checked = ConnectionProfile::checkName(name, {u"Laptop"_s, u"Office PostgreSQL"_s});
    QCOMPARE(checked.has_value(), valid);
    if (!valid) {
        QCOMPARE(checked.error().field, u"name"_s);
        QVERIFY2(!checked.error().message.isEmpty(), "the error says what to do");
    }
}

void TestConnectionProfile::shouldCheckAddresses_data()
{
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("field"); // empty: valid
    QTest::addColumn<int>("port"); // overrides the parsed port when not -1

    // "{dir}": the test's temporary folder (the _data function runs before init()).
    QTest::newRow("file") << u"{dir}/a.sqlite"_s << QString() << -1;
    QTest::newRow("folder as file") << u"{dir}"_s << u"file"_s << -1;
    QTest::newRow("postgresql") << u"postgresql://desk@db.example.com:6432/backup"_s << QString() << -1;
    QTest::newRow("postgresql, no user") << u"postgresql://db.example.com/backup"_s << QString() << -1;
    QTest::newRow("postgresql, ip") << u"postgresql://10.0.0.5/backup"_s << QString() << -1;
    QTest::newRow("postgresql, ipv6") << u"postgresql://[::1]/backup"_s << QString() << -1;
    QTest::newRow("mariadb") << u"mariadb://desk@db.example.com/backup"_s << QString() << -1;
    QTest::newRow("port too high") << u"mariadb://db.example.com/backup"_s << u"port"_s << 70000;
    QTest::newRow("port negative") << u"mariadb://db.example.com/backup"_s << u"port"_s << -5;
    QTest::newRow("verify-full") << u"postgresql://db.example.com/backup?sslmode=verify-full"_s << QString() << -1;
    QTest::newRow("missing root certificate")
        << u"postgresql://db.example.com/backup?sslrootcert=/nonexistent/root.pem"_s << u"sslRootCertificate"_s << -1;
}

void TestConnectionProfile::shouldCheckAddresses()
{
    QFETCH(QString, location);
    QFETCH(QString, field);
    QFETCH(int, port);
    auto address = DatabaseAddress::parse(location.replace(u"{dir}"_s, m_dir->path()));
    QVERIFY2(address, qPrintable(address ? QString() : address.error().message));
    if (port != -1)
        address->port = port;
    const auto checked = ConnectionProfile::checkAddress(*address);
    QCOMPARE(checked ? QString() : checked.error().field, field);
}

void TestConnectionProfile::shouldReadTheOperatorSignIn_data()
{
    QTest::addColumn<QString>("location");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<bool>("operatorSignIn");

    QTest::newRow("owner's user") << u"postgresql://desk@db.example.com/backup"_s << true << false;
    QTest::newRow("no user") << u"postgresql://db.example.com/backup"_s << true << false;
    QTest::newRow("operator") << u"postgresql://db.example.com/backup?signin=operator"_s << true << true;
    QTest::newRow("operator, with TLS") << u"postgresql://db.example.com/backup?sslmode=require&signin=operator"_s
                                        << true << true;
    QTest::newRow("operator and a user") << u"postgresql://desk@db.example.com/backup?signin=operator"_s << false
                                         << false;
    QTest::newRow("unknown sign-in") << u"postgresql://db.example.com/backup?signin=owner"_s << false << false;
    QTest::newRow("on MariaDB") << u"mariadb://db.example.com/backup?signin=operator"_s << false << false;
}

void TestConnectionProfile::shouldReadTheOperatorSignIn()
{
    QFETCH(QString, location);
    QFETCH(bool, valid);
    QFETCH(bool, operatorSignIn);
    auto address = DatabaseAddress::parse(location);
    QCOMPARE(bool(address), valid);
    if (!valid) {
        QVERIFY(!address.error().message.isEmpty());
        return;
    }
    QCOMPARE(address->operatorSignIn, operatorSignIn);
    // Written back as it was read, and kept apart from the owner's password in the keychain.
    auto again = DatabaseAddress::parse(address->toUrl());
    QVERIFY(again);
    QCOMPARE(*again, *address);
    DatabaseAddress other = *address;
    other.operatorSignIn = !operatorSignIn;
    QVERIFY(other.secretKey() != address->secretKey());
}

void TestConnectionProfile::shouldMakeUniqueNames()
{
    QCOMPARE(ConnectionProfile::uniqueName(u"New connection"_s, {}), u"New connection"_s);
    QCOMPARE(ConnectionProfile::uniqueName(u"New connection"_s, {u"new connection"_s}), u"New connection 2"_s);
    QCOMPARE(ConnectionProfile::uniqueName(u"New connection"_s, {u"New connection"_s, u"New connection 2"_s}),
             u"New connection 3"_s);
}

void TestConnectionProfile::shouldKeepProfilesInTheSettingsWithoutPasswords()
{
    const QString file = m_dir->filePath(u"console.conf"_s);
    DatabaseAddress server = *DatabaseAddress::parse(u"postgresql://desk@db.example.com:6432/backup?sslmode=require"_s);
    DatabaseAddress local = *DatabaseAddress::parse(m_dir->filePath(u"local.sqlite"_s));
    const QList<ConnectionProfile> profiles {{u"Office"_s, server}, {u"Laptop"_s, local}};
    {
        Settings settings(file);
        settings.setConnectionProfiles(profiles);
        settings.setLastConnectionProfile(u"Office"_s);
        settings.sync();
    }
    Settings settings(file);
    QCOMPARE(settings.connectionProfiles(), profiles);
    QCOMPARE(settings.lastConnectionProfile(), u"Office"_s);

    // Fewer profiles replace more, leaving no stale entries behind.
    settings.setConnectionProfiles({profiles.at(1)});
    settings.sync();
    QCOMPARE(Settings(file).connectionProfiles(), QList<ConnectionProfile> {profiles.at(1)});
}

void TestConnectionProfile::shouldSkipAnUnreadableProfile()
{
    const QString file = m_dir->filePath(u"console.conf"_s);
    {
        QSettings raw(file, QSettings::IniFormat);
        raw.beginWriteArray(u"connections"_s, 2);
        raw.setArrayIndex(0);
        raw.setValue(u"name"_s, u"Broken"_s);
        raw.setValue(u"url"_s, u"ftp://nowhere/x"_s);
        raw.setArrayIndex(1);
        raw.setValue(u"name"_s, u"Good"_s);
        raw.setValue(u"url"_s, u"mariadb://db.example.com/backup"_s);
        raw.endArray();
    }
    const auto profiles = Settings(file).connectionProfiles();
    QCOMPARE(profiles.size(), 1);
    QCOMPARE(profiles.first().name, u"Good"_s);
}

void TestConnectionProfile::shouldFindAnExistingFileReady()
{
    const QString path = m_dir->filePath(u"ready.sqlite"_s);
    QVERIFY(Database::open(path));
    const auto checked = ConnectionCheck::run(*DatabaseAddress::parse(path), QString());
    QVERIFY2(checked, qPrintable(checked ? QString() : checked.error().message));
    QCOMPARE(checked->kind, ConnectionCheck::Outcome::Kind::Ready);
}

void TestConnectionProfile::shouldNotCreateAMissingFile()
{
    const QString path = m_dir->filePath(u"not/yet/there.sqlite"_s);
    const auto checked = ConnectionCheck::run(*DatabaseAddress::parse(path), QString());
    QVERIFY2(checked, qPrintable(checked ? QString() : checked.error().message));
    QCOMPARE(checked->kind, ConnectionCheck::Outcome::Kind::WillCreate);
    QVERIFY2(!QFile::exists(path), "testing created the file");
    QVERIFY2(!QFile::exists(m_dir->filePath(u"not"_s)), "testing created a folder");
}

void TestConnectionProfile::shouldRefuseAFolderThatCannotBeWritten_data()
{
    QTest::addColumn<bool>("fileInTheWay");
    // No user may create a folder below a file; a read-only folder stops everyone but root.
    QTest::newRow("a file where a folder should be") << true;
    QTest::newRow("a read-only folder") << false;
}

void TestConnectionProfile::shouldRefuseAFolderThatCannotBeWritten()
{
    QFETCH(bool, fileInTheWay);
    const QString blocked = m_dir->filePath(u"blocked"_s);
    if (fileInTheWay) {
        QFile file(blocked);
        QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(file.errorString()));
    } else {
        QVERIFY(QDir().mkpath(blocked));
        QVERIFY(QFile::setPermissions(blocked, QFile::ReadOwner | QFile::ExeOwner));
    }
    const auto checked = ConnectionCheck::run(*DatabaseAddress::parse(blocked + u"/new/x.sqlite"_s), QString());

    // Root writes into a read-only folder all the same: there the check must offer to create the file.
    if (QDir(blocked).mkdir(u"probe"_s)) {
        QVERIFY(QDir(blocked).rmdir(u"probe"_s));
        QVERIFY2(checked, qPrintable(checked ? QString() : checked.error().message));
        QCOMPARE(checked->kind, ConnectionCheck::Outcome::Kind::WillCreate);
        return;
    }
    QVERIFY(!checked);
    QCOMPARE(checked.error().code, Error::Code::CannotOpen);
    QVERIFY2(checked.error().message.contains(QDir::toNativeSeparators(blocked)), "the message names the folder");
    QVERIFY2(!QFileInfo::exists(blocked + u"/new"_s), "testing created a folder");
}

void TestConnectionProfile::shouldReportAServerThatCannotBeOpenedInPlainWords()
{
    // Nothing listens on port 1.
    const auto checked =
        ConnectionCheck::run(*DatabaseAddress::parse(u"postgresql://desk@127.0.0.1:1/backup"_s), u"pw"_s);
    QVERIFY(!checked);
    QVERIFY(checked.error().isDatabaseProblem() || checked.error().code == Error::Code::Invalid);
    const QString message = checked.error().message;
    QVERIFY2(!message.isEmpty(), "the error says what happened");
    for (const char *driverText : {"QPSQL", "QMYSQL", "FATAL", "libpq", "Unable to connect"})
        QVERIFY2(!message.contains(QLatin1String(driverText)), qPrintable(message));
}

QTEST_GUILESS_MAIN(TestConnectionProfile)

#include "tst_connectionprofile.moc"
