#include "tests/cli/clitest.h"

#include "tests/common/testdatabase.h"

#include <QFile>
#include <QHostAddress>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;

QProcessEnvironment CliTest::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"BACKUP_CONSOLE_DATABASE"_s);
    env.remove(u"QT_LOGGING_RULES"_s);
    env.insert(u"XDG_DATA_HOME"_s, m_dir->filePath(u"xdg-data"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir->filePath(u"xdg-config"_s));
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    return env;
}

CliTest::Run CliTest::cliRaw(const QStringList &arguments, const QProcessEnvironment &env,
                             const QByteArray &input) const
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CLI_PATH), arguments);
    Run run;
    if (process.waitForStarted(30000)) {
        process.write(input);
        process.closeWriteChannel();
    }
    if (process.state() == QProcess::NotRunning || !process.waitForFinished(120000)) {
        run.err = u"the CLI did not run: "_s + process.errorString();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

CliTest::Run CliTest::cli(const QStringList &arguments) const
{
    return cliRaw(arguments + QStringList {u"--database"_s, m_database}, environment());
}

CliTest::Run CliTest::cliWithInput(const QStringList &arguments, const QByteArray &input) const
{
    return cliRaw(arguments + QStringList {u"--database"_s, m_database}, environment(), input);
}

QJsonObject CliTest::account(const QString &login) const
{
    const Run run = cli({u"account"_s, u"show"_s, login, u"--json"_s});
    if (run.exitCode != 0)
        qWarning().noquote() << "account show failed:" << run.err;
    QJsonObject object = parse(run).object();
    object.remove(u"activation"_s);
    return object;
}

QJsonObject CliTest::activation(const QString &login) const
{
    const Run run = cli({u"account"_s, u"show"_s, login, u"--json"_s});
    if (run.exitCode != 0)
        qWarning().noquote() << "account show failed:" << run.err;
    return parse(run).object()[u"activation"_s].toObject();
}

qint64 CliTest::addItem(const QString &kind, const QString &group, const QString &name, const QStringList &extra)
{
    const Run run = cli(QStringList {kind, u"add"_s, u"--group"_s, group, u"--name"_s, name, u"--json"_s} + extra);
    if (run.exitCode != 0)
        qWarning().noquote() << kind << "add failed:" << run.err;
    return parse(run).object()[u"id"_s].toInteger();
}

QJsonValue CliTest::valueAt(const QJsonObject &object, const QString &path)
{
    QJsonValue value = object;
    for (const QString &key : path.split(u'/'))
        value = value.toObject().value(key);
    return value;
}

QByteArray CliTest::everyStoredByte() const
{
    return bc::test::storedBytes(m_database);
}

QJsonDocument CliTest::parse(const Run &run)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning().noquote() << "not JSON:" << error.errorString() << run.out;
    return document;
}

void CliTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY2(m_dir->isValid(), qPrintable(m_dir->errorString()));
    m_database = bc::test::freshLocation(u"accounts"_s);
    QVERIFY2(!m_database.isEmpty(), "no database for the test (see the warning above)");
}

void CliTest::cleanup()
{
    m_dir.reset();
}

void CliTest::addRootAndCustomer()
{
    Run run = cli({u"group"_s, u"add"_s, u"Acme MSP"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = cli({u"group"_s, u"add"_s, u"Contoso"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = cli({u"group"_s, u"add"_s, u"Sales"_s, u"--parent"_s, u"Acme MSP/Contoso"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
}

void CliTest::addAccount(const QString &login, const QString &group, const QStringList &extra)
{
    const Run run = cli(QStringList {u"account"_s, u"add"_s, u"--group"_s, group, u"--login"_s, login, u"--email"_s,
                                     login + u"@example.com"_s}
                        + extra);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
}

QString CliTest::writeFile(const QString &name, const QString &text) const
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0)
        qWarning() << "could not write" << path;
    return path;
}

std::unique_ptr<QProcess> CliTest::startSmtpSink(const QString &folder, int &port) const
{
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        port = probe.serverPort();
    }
    auto sink = std::make_unique<QProcess>();
    sink->start(u"/usr/bin/python3"_s,
                {QStringLiteral(SMTP_SINK), u"--port"_s, QString::number(port), u"--folder"_s, folder});
    if (!sink->waitForStarted(10000))
        return nullptr;
    for (int i = 0; i < 100 && !sink->canReadLine(); ++i)
        sink->waitForReadyRead(200);
    if (!sink->readLine().startsWith("ready")) {
        qWarning() << "SMTP sink:" << sink->readAllStandardError();
        return nullptr;
    }
    return sink;
}
