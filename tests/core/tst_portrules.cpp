#include "core/rules/portrules.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace bc;

// The ports a database or mail server is reached on, the same for every form and the CLI.
class TestPortRules final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void portsRunFromOneTo65535_data();
    void portsRunFromOneTo65535();
};

void TestPortRules::portsRunFromOneTo65535_data()
{
    QTest::addColumn<int>("port");
    QTest::addColumn<bool>("zeroMeansDefault");
    QTest::addColumn<bool>("valid");
    QTest::newRow("lowest") << 1 << false << true;
    QTest::newRow("submission") << 587 << false << true;
    QTest::newRow("highest") << 65535 << false << true;
    QTest::newRow("past the highest") << 65536 << false << false;
    QTest::newRow("negative") << -1 << false << false;
    QTest::newRow("zero refused") << 0 << false << false;
    QTest::newRow("zero: the backend's default") << 0 << true << true;
    QTest::newRow("negative with a default") << -5 << true << false;
    QTest::newRow("past the highest with a default") << 70000 << true << false;
}

void TestPortRules::portsRunFromOneTo65535()
{
    QFETCH(int, port);
    QFETCH(bool, zeroMeansDefault);
    QFETCH(bool, valid);
    const auto zero = zeroMeansDefault ? PortRules::Zero::MeansDefault : PortRules::Zero::Refused;
    QCOMPARE(PortRules::isValid(port, zero), valid);
    const auto checked = PortRules::check(port, zero);
    QCOMPARE(checked.has_value(), valid);
    if (!valid) {
        QCOMPARE(checked.error().field, u"port"_s);
        QCOMPARE(checked.error().code, Error::Code::Invalid);
        QVERIFY2(!checked.error().message.isEmpty(), "a refused port says why");
    }
}

QTEST_GUILESS_MAIN(TestPortRules)
#include "tst_portrules.moc"
