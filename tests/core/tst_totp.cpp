#include "core/auth/recoverycodes.h"
#include "core/auth/totp.h"
#include "core/rules/signinlockout.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace bc;

namespace {

// RFC 6238's SHA-1 key, "12345678901234567890", in base32.
const QString rfcSecret = u"GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"_s;

QDateTime at(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}

} // namespace

// One-time passwords (RFC 6238 through liboath), recovery codes and the sign-in lockout's delays:
// the pure parts of an operator's sign-in.
class TestTotp final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theRfcVectorsComeOut_data();
    void theRfcVectorsComeOut();
    void aCodeCountsOnceWithinOneStepEitherWay_data();
    void aCodeCountsOnceWithinOneStepEitherWay();
    void aNewSecretIsRandomBase32();
    void aDamagedSecretGivesNoCode();
    void theUriIsPercentEncoded_data();
    void theUriIsPercentEncoded();
    void recoveryCodesAreTenDifferentOnes();
    void aRecoveryCodeIsFoundHoweverItIsTyped_data();
    void aRecoveryCodeIsFoundHoweverItIsTyped();
    void theDelayGrowsAfterFiveFailures_data();
    void theDelayGrowsAfterFiveFailures();
    void theWaitLeftIsRoundedUp_data();
    void theWaitLeftIsRoundedUp();
    void theMessageSaysHowLongToWait_data();
    void theMessageSaysHowLongToWait();
};

void TestTotp::theRfcVectorsComeOut_data()
{
    QTest::addColumn<qint64>("time");
    QTest::addColumn<QString>("eightDigits");
    // RFC 6238, appendix B, the SHA-1 rows.
    QTest::newRow("59") << qint64(59) << u"94287082"_s;
    QTest::newRow("1111111109") << qint64(1111111109) << u"07081804"_s;
    QTest::newRow("1111111111") << qint64(1111111111) << u"14050471"_s;
    QTest::newRow("1234567890") << qint64(1234567890) << u"89005924"_s;
    QTest::newRow("2000000000") << qint64(2000000000) << u"69279037"_s;
    QTest::newRow("20000000000") << qint64(20000000000) << u"65353130"_s;
}

void TestTotp::theRfcVectorsComeOut()
{
    QFETCH(qint64, time);
    QFETCH(QString, eightDigits);
    // The published vectors have eight digits: liboath must give them as published...
    QCOMPARE(Totp::code(rfcSecret, at(time), 8).value_or(QString()), eightDigits);
    // ...and six digits are the binary code modulo 10^6 (RFC 4226, 5.3), which is the same as the
    // eight-digit code modulo 10^6: its last six digits.
    const QString six = Totp::code(rfcSecret, at(time)).value_or(QString());
    QCOMPARE(six, eightDigits.right(6));
    // A code of its own step is accepted, as the step the time falls in.
    const Totp::Check check = Totp::check(rfcSecret, six, at(time), 0);
    QCOMPARE(check.outcome, Totp::Outcome::Accepted);
    QCOMPARE(check.step, time / 30);
}

void TestTotp::aCodeCountsOnceWithinOneStepEitherWay_data()
{
    QTest::addColumn<int>("codeStep"); // the step the code was made for, relative to now's
    QTest::addColumn<int>("lastAccepted"); // relative to now's step; -1000: none yet
    QTest::addColumn<Totp::Outcome>("outcome");
    QTest::newRow("now") << 0 << -1000 << Totp::Outcome::Accepted;
    QTest::newRow("one step late") << -1 << -1000 << Totp::Outcome::Accepted;
    QTest::newRow("one step early") << 1 << -1000 << Totp::Outcome::Accepted;
    QTest::newRow("two steps late") << -2 << -1000 << Totp::Outcome::Wrong;
    QTest::newRow("two steps early") << 2 << -1000 << Totp::Outcome::Wrong;
    QTest::newRow("after the step before") << 0 << -1 << Totp::Outcome::Accepted;
    QTest::newRow("the same code again") << 0 << 0 << Totp::Outcome::Replayed;
    QTest::newRow("older than the last") << -1 << 0 << Totp::Outcome::Replayed;
    QTest::newRow("the next step was used") << 0 << 1 << Totp::Outcome::Replayed;
}

void TestTotp::aCodeCountsOnceWithinOneStepEitherWay()
{
    QFETCH(int, codeStep);
    QFETCH(int, lastAccepted);
    QFETCH(Totp::Outcome, outcome);
    const qint64 now = 1111111111;
    const qint64 nowStep = now / Totp::stepSeconds;
    const QString code = Totp::code(rfcSecret, at(now + qint64(codeStep) * Totp::stepSeconds)).value_or(QString());
    QCOMPARE(code.size(), 6);
    const qint64 last = lastAccepted == -1000 ? 0 : nowStep + lastAccepted;
    const Totp::Check check = Totp::check(rfcSecret, code, at(now), last);
    QCOMPARE(check.outcome, outcome);
    if (outcome != Totp::Outcome::Wrong)
        QCOMPARE(check.step, nowStep + codeStep);
}

void TestTotp::aNewSecretIsRandomBase32()
{
    const QString first = Totp::newSecret();
    const QString second = Totp::newSecret();
    static const QRegularExpression base32(u"^[A-Z2-7]{32}$"_s);
    QVERIFY2(base32.match(first).hasMatch(), qPrintable(first));
    QVERIFY(first != second);
    const auto code = Totp::code(first, at(1700000000));
    QVERIFY(code);
    QCOMPARE(Totp::check(first, *code, at(1700000000), 0).outcome, Totp::Outcome::Accepted);
}

void TestTotp::aDamagedSecretGivesNoCode()
{
    QVERIFY(!Totp::code(u"not base32!"_s, at(59)));
    QCOMPARE(Totp::check(u"not base32!"_s, u"287082"_s, at(59), 0).outcome, Totp::Outcome::Wrong);
    QCOMPARE(Totp::check(rfcSecret, u"28708a"_s, at(59), 0).outcome, Totp::Outcome::Wrong);
    QCOMPARE(Totp::check(rfcSecret, u"94287082"_s, at(59), 0).outcome, Totp::Outcome::Wrong);
}

void TestTotp::theUriIsPercentEncoded_data()
{
    QTest::addColumn<QString>("issuer");
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("uri");
    QTest::newRow("plain") << u"Acme"_s << u"ada"_s << u"otpauth://totp/Acme:ada?secret=%1&issuer=Acme"_s;
    QTest::newRow("spaces, @ and :") << u"Backup Console"_s << u"ada:l@x"_s
                                     << u"otpauth://totp/Backup%20Console:ada%3Al%40x?secret=%1&"
                                        "issuer=Backup%20Console"_s;
    QTest::newRow("not ASCII") << u"Ä"_s << u"ß&?"_s << u"otpauth://totp/%C3%84:%C3%9F%26%3F?secret=%1&issuer=%C3%84"_s;
}

void TestTotp::theUriIsPercentEncoded()
{
    QFETCH(QString, issuer);
    QFETCH(QString, login);
    QFETCH(QString, uri);
    QCOMPARE(Totp::uri(issuer, login, rfcSecret), uri.arg(rfcSecret));
}

void TestTotp::recoveryCodesAreTenDifferentOnes()
{
    const QStringList codes = RecoveryCodes::generate();
    QCOMPARE(codes.size(), 10);
    static const QRegularExpression form(u"^[A-Z2-7]{4}(-[A-Z2-7]{4}){3}$"_s);
    QSet<QString> hashes;
    for (const QString &code : codes) {
        QVERIFY2(form.match(code).hasMatch(), qPrintable(code));
        hashes.insert(RecoveryCodes::hashOf(code));
    }
    QCOMPARE(hashes.size(), 10);
    QVERIFY(RecoveryCodes::generate() != codes);
}

void TestTotp::aRecoveryCodeIsFoundHoweverItIsTyped_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("same");
    QTest::newRow("as shown") << u"ABCD-EFGH-IJKL-MNOP"_s << true;
    QTest::newRow("small letters") << u"abcd-efgh-ijkl-mnop"_s << true;
    QTest::newRow("without dashes") << u"ABCDEFGHIJKLMNOP"_s << true;
    QTest::newRow("with spaces") << u" abcd efgh ijkl mnop "_s << true;
    QTest::newRow("another code") << u"ABCD-EFGH-IJKL-MNOQ"_s << false;
    QTest::newRow("a part") << u"ABCD-EFGH-IJKL"_s << false;
}

void TestTotp::aRecoveryCodeIsFoundHoweverItIsTyped()
{
    QFETCH(QString, typed);
    QFETCH(bool, same);
    const QString stored = RecoveryCodes::hashOf(u"ABCD-EFGH-IJKL-MNOP"_s);
    QCOMPARE(stored.size(), 64);
    QCOMPARE(RecoveryCodes::hashOf(typed) == stored, same);
}

void TestTotp::theDelayGrowsAfterFiveFailures_data()
{
    QTest::addColumn<int>("failures");
    QTest::addColumn<int>("delay");
    QTest::newRow("none") << 0 << 0;
    QTest::newRow("four") << 4 << 0;
    QTest::newRow("five") << 5 << 1;
    QTest::newRow("six") << 6 << 2;
    QTest::newRow("seven") << 7 << 4;
    QTest::newRow("thirteen") << 13 << 256;
    QTest::newRow("fourteen: capped") << 14 << 300;
    QTest::newRow("a hundred: capped") << 100 << 300;
}

void TestTotp::theDelayGrowsAfterFiveFailures()
{
    QFETCH(int, failures);
    QFETCH(int, delay);
    QCOMPARE(SignInLockout::delaySeconds(failures), delay);
}

void TestTotp::theWaitLeftIsRoundedUp_data()
{
    QTest::addColumn<int>("failures");
    QTest::addColumn<int>("agoMs");
    QTest::addColumn<int>("left");
    QTest::newRow("four failures") << 4 << 0 << 0;
    QTest::newRow("five, just now") << 5 << 0 << 1;
    QTest::newRow("five, half a second ago") << 5 << 500 << 1;
    QTest::newRow("five, a second ago") << 5 << 1000 << 0;
    QTest::newRow("seven, 1.5 s ago") << 7 << 1500 << 3;
    QTest::newRow("clock behind the last failure") << 6 << -5000 << 2;
}

void TestTotp::theWaitLeftIsRoundedUp()
{
    QFETCH(int, failures);
    QFETCH(int, agoMs);
    QFETCH(int, left);
    const QDateTime now = at(1700000000);
    QCOMPARE(SignInLockout::secondsLeft(failures, now.addMSecs(-agoMs), now), left);
}

void TestTotp::theMessageSaysHowLongToWait_data()
{
    QTest::addColumn<int>("seconds");
    QTest::addColumn<QString>("says");
    QTest::newRow("one second") << 1 << u"Wait 1 second"_s;
    QTest::newRow("a minute") << 64 << u"Wait 64 second"_s;
    QTest::newRow("minutes") << 300 << u"Wait 5 minute"_s;
}

void TestTotp::theMessageSaysHowLongToWait()
{
    QFETCH(int, seconds);
    QFETCH(QString, says);
    const QString message = SignInLockout::message(seconds);
    QVERIFY2(message.contains(says), qPrintable(message));
}

QTEST_GUILESS_MAIN(TestTotp)
#include "tst_totp.moc"
