#include "core/services/accountservice.h"
#include "core/services/activationservice.h"
#include "core/services/groupservice.h"
#include "core/storage/databasestatements.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace bc;

// The activation page served by the real backup-console-server on loopback, used through HTTP
// and by a real browser (Debian's chromium, headless, driven through chromedriver's WebDriver API).
class TestActivationServer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void anUnknownLinkGetsAClearPageAndNoChange();
    void theFormRefusesAWeakPasswordAndKeepsTheLinkValid();
    void aBrowserActivatesTheAccountOnce();

private:
    struct Reply
    {
        int status = 0;
        QByteArray body;
    };
    Reply request(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
                  const QByteArray &contentType = "application/json");
    QJsonObject webDriver(const QByteArray &method, const QString &path, const QJsonObject &body = {});
    QString findElement(const QString &session, const QString &css);
    int freePort() const;
    QString newAccountToken(const QString &login);

    QTemporaryDir m_dir;
    QString m_location;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<GroupService> m_groups;
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<ActivationService> m_activation;
    qint64 m_customer = 0;
    QProcess m_server;
    QProcess m_driver;
    int m_serverPort = 0;
    int m_driverPort = 0;
    QNetworkAccessManager m_network;
};

int TestActivationServer::freePort() const
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

void TestActivationServer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo::exists(u"/usr/bin/chromium"_s) && QFileInfo::exists(u"/usr/bin/chromedriver"_s),
             "Debian's chromium and chromium-driver are needed: scripts/install-deps test installs them");
    m_location = m_dir.filePath(u"server.sqlite"_s);
    auto db = Database::open(m_location);
    QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
    m_db = std::move(*db);
    m_groups = std::make_unique<GroupService>(*m_db);
    m_accounts = std::make_unique<AccountService>(*m_db);
    m_activation = std::make_unique<ActivationService>(*m_db);
    m_customer = m_groups->create(m_groups->createRoot(u"Acme MSP"_s)->id, u"Contoso"_s)->id;

    m_serverPort = freePort();
    m_server.start(
        QStringLiteral(SERVER_PATH),
        {u"--database"_s, m_location, u"--listen"_s, u"127.0.0.1"_s, u"--port"_s, QString::number(m_serverPort)});
    QVERIFY(m_server.waitForStarted(10000));
    for (int i = 0; i < 100 && !m_server.canReadLine(); ++i)
        m_server.waitForReadyRead(100);
    const QByteArray line = m_server.readLine();
    QVERIFY2(line.startsWith("listening"), (line + m_server.readAllStandardError()).constData());

    m_driverPort = freePort();
    m_driver.start(u"/usr/bin/chromedriver"_s, {u"--port=%1"_s.arg(m_driverPort)});
    QVERIFY(m_driver.waitForStarted(10000));
    QTRY_VERIFY_WITH_TIMEOUT(request("GET", QUrl(u"http://127.0.0.1:%1/status"_s.arg(m_driverPort))).status == 200,
                             20000);
}

void TestActivationServer::cleanupTestCase()
{
    for (QProcess *process : {&m_server, &m_driver}) {
        process->terminate();
        if (!process->waitForFinished(5000))
            process->kill();
    }
    m_activation.reset();
    m_accounts.reset();
    m_groups.reset();
    m_db.reset();
}

void TestActivationServer::init() { }

void TestActivationServer::cleanup() { }

TestActivationServer::Reply TestActivationServer::request(const QByteArray &method, const QUrl &url,
                                                          const QByteArray &body, const QByteArray &contentType)
{
    QNetworkRequest networkRequest(url);
    networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    networkRequest.setTransferTimeout(60000);
    QNetworkReply *reply = m_network.sendCustomRequest(networkRequest, method, body);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Reply result {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
    reply->deleteLater();
    return result;
}

QJsonObject TestActivationServer::webDriver(const QByteArray &method, const QString &path, const QJsonObject &body)
{
    const Reply reply = request(
        method, QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_driverPort).arg(path)),
        method == "GET" || method == "DELETE" ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact));
    if (reply.status != 200 && reply.status != 404) // 404: "no such element", which tests ask for too
        qWarning() << "WebDriver" << method << path << reply.status << reply.body.left(500);
    return QJsonDocument::fromJson(reply.body).object();
}

QString TestActivationServer::findElement(const QString &session, const QString &css)
{
    const QJsonObject found =
        webDriver("POST", u"/session/%1/element"_s.arg(session), {{u"using"_s, u"css selector"_s}, {u"value"_s, css}});
    return found.value(u"value"_s).toObject().value(u"element-6066-11e4-a52e-4f735466cecf"_s).toString();
}

QString TestActivationServer::newAccountToken(const QString &login)
{
    AccountDraft draft;
    draft.login = login;
    draft.email = login + u"@contoso.com"_s;
    draft.firstName = u"Grace"_s;
    auto account = m_accounts->create(m_customer, draft);
    if (!account)
        return {};
    auto query = m_db->run(u"SELECT link_token FROM outbox WHERE account_id = ?"_s, {account->id});
    return query && query->next() ? query->value(0).toString() : QString();
}

void TestActivationServer::anUnknownLinkGetsAClearPageAndNoChange()
{
    const Reply reply = request("GET", QUrl(u"http://127.0.0.1:%1/activate/not-a-real-token"_s.arg(m_serverPort)));
    QCOMPARE(reply.status, 404);
    QVERIFY2(reply.body.contains("not known"), reply.body.constData());
    QVERIFY(!reply.body.contains("<form"));
}

void TestActivationServer::theFormRefusesAWeakPasswordAndKeepsTheLinkValid()
{
    const QString token = newAccountToken(u"weakling"_s);
    QVERIFY(!token.isEmpty());
    const QUrl url(u"http://127.0.0.1:%1/activate/%2"_s.arg(m_serverPort).arg(token));
    QUrlQuery form;
    form.addQueryItem(u"password"_s, u"password1234"_s);
    form.addQueryItem(u"confirm"_s, u"password1234"_s);
    const Reply reply =
        request("POST", url, form.toString(QUrl::FullyEncoded).toUtf8(), "application/x-www-form-urlencoded");
    QCOMPARE(reply.status, 422);
    QVERIFY2(reply.body.contains("role=\"alert\""), reply.body.constData());
    QCOMPARE(m_activation->check(token)->state, ActivationService::LinkState::Valid);
    QCOMPARE(m_accounts->findByLogin(u"weakling"_s).value()->status, AccountStatus::Inactive);
}

void TestActivationServer::aBrowserActivatesTheAccountOnce()
{
    const QString token = newAccountToken(u"grace"_s);
    QVERIFY(!token.isEmpty());
    const QString link = ActivationService::linkFor(u"http://127.0.0.1:%1"_s.arg(m_serverPort), token);

    const QJsonObject options {
        {u"binary"_s, u"/usr/bin/chromium"_s},
        {u"args"_s,
         QJsonArray {u"--headless"_s, u"--no-sandbox"_s, u"--disable-gpu"_s, u"--disable-dev-shm-usage"_s,
                     u"--no-first-run"_s, u"--disable-background-networking"_s, u"--disable-component-update"_s,
                     u"--disable-sync"_s, u"--disable-quic"_s,
                     u"--user-data-dir=%1"_s.arg(m_dir.filePath(u"chromium-profile"_s))}},
    };
    const QJsonObject created = webDriver(
        "POST", u"/session"_s,
        {{u"capabilities"_s, QJsonObject {{u"alwaysMatch"_s, QJsonObject {{u"goog:chromeOptions"_s, options}}}}}});
    const QString session = created.value(u"value"_s).toObject().value(u"sessionId"_s).toString();
    QVERIFY2(!session.isEmpty(), QJsonDocument(created).toJson().constData());

    webDriver("POST", u"/session/%1/url"_s.arg(session), {{u"url"_s, link}});
    const QString password = findElement(session, u"#password"_s);
    const QString confirm = findElement(session, u"#confirm"_s);
    const QString submit = findElement(session, u"#activate"_s);
    QVERIFY2(!password.isEmpty() && !confirm.isEmpty() && !submit.isEmpty(), "the form has its fields");
    webDriver("POST", u"/session/%1/element/%2/value"_s.arg(session, password),
              {{u"text"_s, u"violet-harbour-71-kites"_s}});
    webDriver("POST", u"/session/%1/element/%2/value"_s.arg(session, confirm),
              {{u"text"_s, u"violet-harbour-71-kites"_s}});
    webDriver("POST", u"/session/%1/element/%2/click"_s.arg(session, submit));
    QTRY_VERIFY_WITH_TIMEOUT(!findElement(session, u"#done"_s).isEmpty(), 10000);

    auto account = m_accounts->findByLogin(u"grace"_s);
    QVERIFY(account && *account);
    QCOMPARE((*account)->status, AccountStatus::Active);
    QVERIFY((*account)->hasPassword);

    // The link is spent: opening it again shows why, with no form.
    webDriver("POST", u"/session/%1/url"_s.arg(session), {{u"url"_s, link}});
    const QString refused = findElement(session, u"#refused"_s);
    QVERIFY(!refused.isEmpty());
    const QString text =
        webDriver("GET", u"/session/%1/element/%2/text"_s.arg(session, refused)).value(u"value"_s).toString();
    QVERIFY2(text.contains(u"used already"_s), qPrintable(text));
    QVERIFY(findElement(session, u"#password"_s).isEmpty());
    webDriver("DELETE", u"/session/%1"_s.arg(session));
}

QTEST_GUILESS_MAIN(TestActivationServer)
#include "tst_activationserver.moc"
