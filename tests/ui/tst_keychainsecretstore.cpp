#include "core/platform/keychainsecretstore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace bc;

// The system keychain where none runs (a server, Xvfb, no D-Bus session): QtKeychain's own text
// ("Unknown error") never reaches the user; the message says what to do instead.
class TestKeychainSecretStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shouldSayPlainlyThatNoKeychainCanBeRead();
    void shouldSayPlainlyThatNoKeychainCanRemember();

private:
    QTemporaryDir m_dir;
};

void TestKeychainSecretStore::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // A session bus nobody listens on: neither Secret Service nor KWallet answers.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + QDir(m_dir.path()).filePath(u"no-bus"_s).toUtf8());
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_dir.path()));
}

void TestKeychainSecretStore::shouldSayPlainlyThatNoKeychainCanBeRead()
{
    KeychainSecretStore store;
    bool answered = false;
    QString secret = u"unchanged"_s;
    QString error;
    store.read(u"database:postgresql://desk@db.example.com/backup"_s, this,
               [&](const QString &readSecret, const QString &readError) {
                   answered = true;
                   secret = readSecret;
                   error = readError;
               });
    QTRY_VERIFY_WITH_TIMEOUT(answered, 30000);
    QVERIFY(secret.isEmpty());
    QCOMPARE(error,
             u"No system keychain is available; type the password. It is kept only until the console "
             "closes."_s);
}

void TestKeychainSecretStore::shouldSayPlainlyThatNoKeychainCanRemember()
{
    KeychainSecretStore store;
    bool answered = false;
    QString error;
    store.write(u"database:mariadb://desk@db.example.com/backup"_s, u"pw"_s, this, [&](const QString &writeError) {
        answered = true;
        error = writeError;
    });
    QTRY_VERIFY_WITH_TIMEOUT(answered, 30000);
    QCOMPARE(error, u"No system keychain is available to remember the password."_s);
}

QTEST_GUILESS_MAIN(TestKeychainSecretStore)

#include "tst_keychainsecretstore.moc"
