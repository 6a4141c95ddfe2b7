#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

// What the tests of the command line share: they drive the real executable through QProcess, and its
// exit status, stdout and stderr are its contract. Every test function gets a fresh database of the
// backend the test runs on (bc::test::freshLocation) and a folder of its own. One test class per
// family of commands derives from it (tst_cli_account.cpp, tst_cli_group.cpp, ...).
class CliTest : public QObject
{
    Q_OBJECT

protected Q_SLOTS:
    void init();
    void cleanup();

protected:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    QProcessEnvironment environment() const;
    // Runs the CLI with --database pointing at this test's database.
    Run cli(const QStringList &arguments) const;
    // Runs the CLI with exactly these arguments and environment.
    Run cliRaw(const QStringList &arguments, const QProcessEnvironment &environment,
               const QByteArray &input = QByteArray()) const;
    // Runs the CLI on this test's database with `input` on its standard input.
    Run cliWithInput(const QStringList &arguments, const QByteArray &input) const;
    // The object the CLI prints for `account show LOGIN --json`, without its "activation" (the
    // shape `account add` and `account edit` print).
    QJsonObject account(const QString &login) const;
    // The "activation" object of `account show LOGIN --json`.
    QJsonObject activation(const QString &login) const;
    // The id of the item the CLI prints for `KIND add --group GROUP --name NAME [extra] --json`.
    qint64 addItem(const QString &kind, const QString &group, const QString &name, const QStringList &extra = {});
    // A value inside a JSON object by a slash-separated path ("quotas/storage/limit").
    static QJsonValue valueAt(const QJsonObject &object, const QString &path);
    // Everything the test's database stores (its files, or every row on a server).
    QByteArray everyStoredByte() const;
    static QJsonDocument parse(const Run &run);
    void addRootAndCustomer();
    void addAccount(const QString &login, const QString &group, const QStringList &extra = {});
    // A UTF-8 file in the test's folder.
    QString writeFile(const QString &name, const QString &text) const;
    // Starts tests/integration/smtp_sink.py on a free port; its messages land in `folder`.
    std::unique_ptr<QProcess> startSmtpSink(const QString &folder, int &port) const;

    std::unique_ptr<QTemporaryDir> m_dir; // the CLI's XDG folders and the files a test writes
    QString m_database; // a file path or a server URL (bc::test::freshLocation)
};
