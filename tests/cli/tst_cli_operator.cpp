#include "tests/cli/clitest.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

// The command line: an operator's multi-factor authentication, enrolled and reset.
class TestCliOperator final : public CliTest
{
    Q_OBJECT

private Q_SLOTS:
    void shouldPrintTheUriAndTenCodesOnce();
    void shouldEnrollAgainOnlyAfterAReset();
    void shouldRefuseWhoIsNoOperator_data();
    void shouldRefuseWhoIsNoOperator();

private:
    void addOperator(const QString &login);
};

void TestCliOperator::addOperator(const QString &login)
{
    addAccount(login, u"Acme MSP/Contoso"_s,
               {u"--admin"_s, u"--phone"_s, u"+1 555 0100 200"_s, u"--address"_s, u"1 Main Street, Springfield"_s});
}

void TestCliOperator::shouldPrintTheUriAndTenCodesOnce()
{
    addRootAndCustomer();
    addOperator(u"boss"_s);
    const Run run = cli({u"operator"_s, u"mfa"_s, u"enroll"_s, u"boss"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QStringList lines = run.out.trimmed().split(u'\n');
    QCOMPARE(lines.size(), 12);
    static const QRegularExpression uri(u"^otpauth://totp/Backup%20Console:boss\\?secret=[A-Z2-7]{32}&"
                                        "issuer=Backup%20Console$"_s);
    QVERIFY2(uri.match(lines.first()).hasMatch(), qPrintable(lines.first()));
    QCOMPARE(lines.at(1), QString());
    static const QRegularExpression code(u"^[A-Z2-7]{4}(-[A-Z2-7]{4}){3}$"_s);
    const QByteArray stored = everyStoredByte();
    for (const QString &line : lines.mid(2)) {
        QVERIFY2(code.match(line).hasMatch(), qPrintable(line));
        // Shown once: the database keeps only their hashes.
        QVERIFY2(!stored.contains(line.toUtf8()), qPrintable(line));
        QVERIFY(!stored.contains(QString(line).remove(u'-').toUtf8()));
    }
    QVERIFY2(run.err.contains(u"recovery codes"_s), qPrintable(run.err));
}

void TestCliOperator::shouldEnrollAgainOnlyAfterAReset()
{
    addRootAndCustomer();
    addOperator(u"boss"_s);
    const Run first = cli({u"operator"_s, u"mfa"_s, u"enroll"_s, u"boss"_s, u"--json"_s});
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    const QJsonObject enrolled = parse(first).object();
    QCOMPARE(enrolled[u"login"_s].toString(), u"boss"_s);
    QCOMPARE(enrolled[u"recoveryCodes"_s].toArray().size(), 10);
    QVERIFY(enrolled[u"uri"_s].toString().contains(enrolled[u"secret"_s].toString()));

    const Run twice = cli({u"operator"_s, u"mfa"_s, u"enroll"_s, u"boss"_s});
    QCOMPARE(twice.exitCode, 1);
    QVERIFY2(twice.err.contains(u"enrolled already"_s), qPrintable(twice.err));

    const Run reset = cli({u"operator"_s, u"mfa"_s, u"reset"_s, u"boss"_s});
    QVERIFY2(reset.exitCode == 0, qPrintable(reset.err));
    const Run again = cli({u"operator"_s, u"mfa"_s, u"enroll"_s, u"boss"_s, u"--json"_s});
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QVERIFY(parse(again).object()[u"secret"_s].toString() != enrolled[u"secret"_s].toString());
}

void TestCliOperator::shouldRefuseWhoIsNoOperator_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("says");
    QTest::newRow("enroll, not an operator")
        << QStringList {u"operator"_s, u"mfa"_s, u"enroll"_s, u"user"_s} << 1 << u"not an operator"_s;
    QTest::newRow("enroll, unknown") << QStringList {u"operator"_s, u"mfa"_s, u"enroll"_s, u"nobody"_s} << 1
                                     << u"No account has the login \"nobody\""_s;
    QTest::newRow("reset, unknown") << QStringList {u"operator"_s, u"mfa"_s, u"reset"_s, u"nobody"_s} << 1
                                    << u"No account has the login \"nobody\""_s;
    QTest::newRow("no login") << QStringList {u"operator"_s, u"mfa"_s, u"enroll"_s} << 2 << u"help operator"_s;
}

void TestCliOperator::shouldRefuseWhoIsNoOperator()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, says);
    addRootAndCustomer();
    addAccount(u"user"_s, u"Acme MSP/Contoso"_s);
    const Run run = cli(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(says), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliOperator)
#include "tst_cli_operator.moc"
