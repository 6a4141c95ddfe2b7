#include "core/rules/accountrules.h"

#include <QTest>

using namespace Qt::StringLiterals;

using bc::AccountRules;
using bc::GroupRules;
using bc::Quotas;
using bc::Resource;

using OptionalLimit = std::optional<qint64>;
Q_DECLARE_METATYPE(OptionalLimit)
Q_DECLARE_METATYPE(bc::Resource)

class TestAccountRules final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checkLoginAcceptsLettersDigitsAndFewMarks_data();
    void checkLoginAcceptsLettersDigitsAndFewMarks();
    void checkLoginRefusesWithTheLoginField_data();
    void checkLoginRefusesWithTheLoginField();
    void loginKeyMakesEquivalentLoginsEqual_data();
    void loginKeyMakesEquivalentLoginsEqual();
    void loginKeyKeepsDifferentLoginsApart_data();
    void loginKeyKeepsDifferentLoginsApart();
    void checkEmailAcceptsAddresses_data();
    void checkEmailAcceptsAddresses();
    void checkEmailRefusesNonAddresses_data();
    void checkEmailRefusesNonAddresses();
    void checkNameRefusesControlCharactersAndLongNames_data();
    void checkNameRefusesControlCharactersAndLongNames();
    void checkQuotasComparesWithTheGroupLimit_data();
    void checkQuotasComparesWithTheGroupLimit();
    void checkQuotasRefusesNegativeValues();
    void checkReportsEveryBrokenFieldOfADraft();
    void normalizedTrimsTheDraft();
    void parseLimitReadsUnlimitedNumbersAndSizes_data();
    void parseLimitReadsUnlimitedNumbersAndSizes();
    void parseOverageReadsNumbersAndSizes_data();
    void parseOverageReadsNumbersAndSizes();
    void quotaKeysRoundTrip();
    void loginVariantsCountOnFromTheLogin_data();
    void loginVariantsCountOnFromTheLogin();
    void groupCheckNameRefusesBadNames_data();
    void groupCheckNameRefusesBadNames();
    void tightestTakesTheSmallerLimitPerResource();
};

void TestAccountRules::checkLoginAcceptsLettersDigitsAndFewMarks_data()
{
    QTest::addColumn<QString>("login");
    QTest::newRow("plain") << u"alice"_s;
    QTest::newRow("one character") << u"a"_s;
    QTest::newRow("digits and marks") << u"alice.smith_2-x@corp"_s;
    QTest::newRow("trimmed") << u"  bob  "_s;
    QTest::newRow("accented") << u"chloé"_s;
    QTest::newRow("combining accent") << u"chloe\u0301"_s;
    QTest::newRow("cyrillic") << u"иван"_s;
    QTest::newRow("chinese") << u"用户"_s;
    QTest::newRow("fullwidth") << u"ＡＬＩＣＥ"_s;
    QTest::newRow("64 characters") << QString(64, u'x');
    QTest::newRow("64 characters outside the BMP") << QString::fromUcs4(U"𝐀").repeated(64);
}

void TestAccountRules::checkLoginAcceptsLettersDigitsAndFewMarks()
{
    QFETCH(QString, login);
    const auto result = AccountRules::checkLogin(login);
    QVERIFY2(result.has_value(),
             qPrintable(u"\"%1\" refused: %2"_s.arg(login, result ? QString() : result.error().message)));
}

void TestAccountRules::checkLoginRefusesWithTheLoginField_data()
{
    QTest::addColumn<QString>("login");
    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << u"   "_s;
    QTest::newRow("65 characters") << QString(65, u'x');
    QTest::newRow("inner space") << u"alice smith"_s;
    QTest::newRow("emoji") << u"alice😀"_s;
    QTest::newRow("tab") << u"al\tice"_s;
    QTest::newRow("nul") << u"al"_s + QChar(0) + u"ice"_s;
    QTest::newRow("zero width space") << u"al\u200bice"_s;
    QTest::newRow("right-to-left override") << u"al\u202eice"_s;
    QTest::newRow("slash") << u"a/b"_s;
    QTest::newRow("plus") << u"a+b"_s;
    QTest::newRow("quote") << u"a'b"_s;
    QTest::newRow("percent") << u"a%b"_s;
    QTest::newRow("no-break space") << u"a\u00a0b"_s;
}

void TestAccountRules::checkLoginRefusesWithTheLoginField()
{
    QFETCH(QString, login);
    const auto result = AccountRules::checkLogin(login);
    QVERIFY2(!result.has_value(), qPrintable(u"\"%1\" was accepted"_s.arg(login)));
    QCOMPARE(result.error().code, bc::Error::Code::Invalid);
    QCOMPARE(result.error().field, u"login"_s);
    QVERIFY(!result.error().message.isEmpty());
}

void TestAccountRules::loginKeyMakesEquivalentLoginsEqual_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("case") << u"Alice"_s << u"alice"_s;
    QTest::newRow("fullwidth") << u"ＡＬＩＣＥ"_s << u"alice"_s;
    QTest::newRow("sharp s") << u"Straße"_s << u"STRASSE"_s;
    QTest::newRow("capital sharp s") << u"STRAẞE"_s << u"strasse"_s;
    QTest::newRow("composed and decomposed") << u"chloé"_s << u"chloe\u0301"_s;
    QTest::newRow("ligature") << u"ﬁnn"_s << u"finn"_s;
    QTest::newRow("blanks around") << u" alice "_s << u"alice"_s;
    QTest::newRow("greek final sigma") << u"ΟΔΟΣ"_s << u"οδος"_s;
}

void TestAccountRules::loginKeyMakesEquivalentLoginsEqual()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QCOMPARE(AccountRules::loginKey(a), AccountRules::loginKey(b));
}

void TestAccountRules::loginKeyKeepsDifferentLoginsApart_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("different letter") << u"alice"_s << u"alicia"_s;
    QTest::newRow("accent matters") << u"chloé"_s << u"chloe"_s;
    QTest::newRow("digit") << u"bob1"_s << u"bob2"_s;
}

void TestAccountRules::loginKeyKeepsDifferentLoginsApart()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QVERIFY2(AccountRules::loginKey(a) != AccountRules::loginKey(b), qPrintable(a + u" vs "_s + b));
}

void TestAccountRules::checkEmailAcceptsAddresses_data()
{
    QTest::addColumn<QString>("email");
    QTest::newRow("plain") << u"alice@example.com"_s;
    QTest::newRow("subdomain") << u"alice.smith@mail.example.co.uk"_s;
    QTest::newRow("plus tag") << u"alice+backup@example.com"_s;
    QTest::newRow("hyphenated domain") << u"a@adventure-works.com"_s;
    QTest::newRow("international domain") << u"jürgen@müller.de"_s;
    QTest::newRow("uppercase") << u"ALICE@EXAMPLE.COM"_s;
    QTest::newRow("trimmed") << u"  alice@example.com "_s;
}

void TestAccountRules::checkEmailAcceptsAddresses()
{
    QFETCH(QString, email);
    const auto result = AccountRules::checkEmail(email);
    QVERIFY2(result.has_value(),
             qPrintable(u"\"%1\" refused: %2"_s.arg(email, result ? QString() : result.error().message)));
}

void TestAccountRules::checkEmailRefusesNonAddresses_data()
{
    QTest::addColumn<QString>("email");
    QTest::newRow("empty") << QString();
    QTest::newRow("no at") << u"alice.example.com"_s;
    QTest::newRow("two ats") << u"a@b@example.com"_s;
    QTest::newRow("no domain dot") << u"alice@localhost"_s;
    QTest::newRow("space inside") << u"al ice@example.com"_s;
    QTest::newRow("double dot") << u"al..ice@example.com"_s;
    QTest::newRow("leading dot") << u".alice@example.com"_s;
    QTest::newRow("dot before at") << u"alice.@example.com"_s;
    QTest::newRow("trailing dot") << u"alice@example.com."_s;
    QTest::newRow("one letter tld") << u"alice@example.c"_s;
    QTest::newRow("hyphen starts label") << u"alice@-example.com"_s;
    QTest::newRow("underscore in domain") << u"alice@exa_mple.com"_s;
    QTest::newRow("empty local part") << u"@example.com"_s;
    QTest::newRow("control character") << u"ali\u0001ce@example.com"_s;
    QTest::newRow("line break") << u"alice\n@example.com"_s;
    QTest::newRow("zero width space") << u"ali\u200bce@example.com"_s;
    QTest::newRow("too long") << QString(250, u'a') + u"@example.com"_s;
}

void TestAccountRules::checkEmailRefusesNonAddresses()
{
    QFETCH(QString, email);
    const auto result = AccountRules::checkEmail(email);
    QVERIFY2(!result.has_value(), qPrintable(u"\"%1\" was accepted"_s.arg(email)));
    QCOMPARE(result.error().code, bc::Error::Code::Invalid);
    QCOMPARE(result.error().field, u"email"_s);
}

void TestAccountRules::checkNameRefusesControlCharactersAndLongNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("empty is allowed") << QString() << true;
    QTest::newRow("plain") << u"Anna"_s << true;
    QTest::newRow("accented with space") << u"Chloé Marie"_s << true;
    QTest::newRow("100 characters") << QString(100, u'n') << true;
    QTest::newRow("101 characters") << QString(101, u'n') << false;
    QTest::newRow("line break") << u"Anna\nBerg"_s << false;
    QTest::newRow("tab") << u"Anna\tBerg"_s << false;
    QTest::newRow("bell") << u"Anna\aBerg"_s << false;
    QTest::newRow("zero width space") << u"An\u200bna"_s << false;
    QTest::newRow("line separator") << u"An\u2028na"_s << false;
}

void TestAccountRules::checkNameRefusesControlCharactersAndLongNames()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    const auto result = AccountRules::checkName(name, u"firstName"_s);
    QVERIFY2(result.has_value() == valid,
             qPrintable(u"\"%1\" should be %2"_s.arg(name, valid ? u"valid"_s : u"invalid"_s)));
    if (!valid)
        QCOMPARE(result.error().field, u"firstName"_s);
}

void TestAccountRules::checkQuotasComparesWithTheGroupLimit_data()
{
    QTest::addColumn<Resource>("resource");
    QTest::addColumn<OptionalLimit>("accountLimit");
    QTest::addColumn<OptionalLimit>("groupLimit");
    QTest::addColumn<bool>("valid");
    const OptionalLimit unlimited;
    QTest::newRow("both unlimited") << Resource::Storage << unlimited << unlimited << true;
    QTest::newRow("limited under unlimited") << Resource::Storage << OptionalLimit(5) << unlimited << true;
    QTest::newRow("below") << Resource::Storage << OptionalLimit(4) << OptionalLimit(5) << true;
    QTest::newRow("equal") << Resource::Storage << OptionalLimit(5) << OptionalLimit(5) << true;
    QTest::newRow("zero under zero") << Resource::Servers << OptionalLimit(0) << OptionalLimit(0) << true;
    QTest::newRow("above") << Resource::Storage << OptionalLimit(6) << OptionalLimit(5) << false;
    QTest::newRow("unlimited under limited") << Resource::Storage << unlimited << OptionalLimit(5) << false;
    QTest::newRow("workstations above") << Resource::Workstations << OptionalLimit(3) << OptionalLimit(2) << false;
    QTest::newRow("mailboxes unlimited under limited")
        << Resource::M365Mailboxes << unlimited << OptionalLimit(1) << false;
}

void TestAccountRules::checkQuotasComparesWithTheGroupLimit()
{
    QFETCH(Resource, resource);
    QFETCH(OptionalLimit, accountLimit);
    QFETCH(OptionalLimit, groupLimit);
    QFETCH(bool, valid);
    Quotas quotas;
    Quotas group;
    quotas[resource].limit = accountLimit;
    group[resource].limit = groupLimit;
    const QList<bc::Error> errors = AccountRules::checkQuotas(quotas, group);
    if (valid) {
        QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).message));
        return;
    }
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().field, u"quota.%1.limit"_s.arg(bc::toKey(resource)));
    QCOMPARE(errors.first().code, bc::Error::Code::Invalid);
}

void TestAccountRules::checkQuotasRefusesNegativeValues()
{
    Quotas quotas;
    quotas[Resource::Servers].limit = -1;
    quotas[Resource::Storage].overage = -5;
    const QList<bc::Error> errors = AccountRules::checkQuotas(quotas, Quotas());
    QCOMPARE(errors.size(), 2);
    QCOMPARE(errors.at(0).field, u"quota.servers.limit"_s);
    QCOMPARE(errors.at(1).field, u"quota.storage.overage"_s);
}

void TestAccountRules::checkReportsEveryBrokenFieldOfADraft()
{
    bc::AccountDraft draft;
    draft.login = u"bad login"_s;
    draft.email = u"nope"_s;
    draft.firstName = u"A\nB"_s;
    draft.lastName = QString(101, u'x');
    Quotas group;
    group[Resource::Storage].limit = 1000;
    const QList<bc::Error> errors = AccountRules::check(draft, group);
    QStringList fields;
    for (const bc::Error &error : errors)
        fields.append(error.field);
    QCOMPARE(fields, (QStringList {u"login"_s, u"email"_s, u"firstName"_s, u"lastName"_s, u"quota.storage.limit"_s}));

    bc::AccountDraft good;
    good.login = u"alice"_s;
    good.email = u"alice@example.com"_s;
    QVERIFY(AccountRules::check(good, Quotas()).isEmpty());
}

void TestAccountRules::normalizedTrimsTheDraft()
{
    bc::AccountDraft draft;
    draft.login = u" alice "_s;
    draft.email = u"\talice@example.com "_s;
    draft.firstName = u" Alice"_s;
    draft.lastName = u"Smith "_s;
    const bc::AccountDraft normal = AccountRules::normalized(draft);
    QCOMPARE(normal.login, u"alice"_s);
    QCOMPARE(normal.email, u"alice@example.com"_s);
    QCOMPARE(normal.firstName, u"Alice"_s);
    QCOMPARE(normal.lastName, u"Smith"_s);
}

void TestAccountRules::parseLimitReadsUnlimitedNumbersAndSizes_data()
{
    QTest::addColumn<Resource>("resource");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<OptionalLimit>("limit");
    const OptionalLimit unlimited;
    QTest::newRow("unlimited") << Resource::Servers << u"unlimited"_s << true << unlimited;
    QTest::newRow("Unlimited capitalised") << Resource::Servers << u" Unlimited "_s << true << unlimited;
    QTest::newRow("empty means unlimited") << Resource::Servers << QString() << true << unlimited;
    QTest::newRow("number") << Resource::Workstations << u"25"_s << true << OptionalLimit(25);
    QTest::newRow("zero") << Resource::VirtualMachines << u"0"_s << true << OptionalLimit(0);
    QTest::newRow("blanks") << Resource::MobileDevices << u" 3 "_s << true << OptionalLimit(3);
    QTest::newRow("negative") << Resource::Servers << u"-1"_s << false << unlimited;
    QTest::newRow("junk") << Resource::Servers << u"many"_s << false << unlimited;
    QTest::newRow("fraction") << Resource::Servers << u"1.5"_s << false << unlimited;
    QTest::newRow("unit on a count") << Resource::Servers << u"5 GB"_s << false << unlimited;
    QTest::newRow("storage units") << Resource::Storage << u"500 GB"_s << true << OptionalLimit(500'000'000'000);
    QTest::newRow("storage binary") << Resource::Storage << u"1.5 TiB"_s << true << OptionalLimit(1649267441664);
    QTest::newRow("storage unlimited") << Resource::Storage << u"unlimited"_s << true << unlimited;
    QTest::newRow("storage negative") << Resource::Storage << u"-1 GB"_s << false << unlimited;
    QTest::newRow("storage junk") << Resource::Storage << u"big"_s << false << unlimited;
}

void TestAccountRules::parseLimitReadsUnlimitedNumbersAndSizes()
{
    QFETCH(Resource, resource);
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(OptionalLimit, limit);
    const QString field = bc::Field::quotaLimit(resource);
    const auto parsed = Quotas::parseLimit(resource, text, field);
    QVERIFY2(parsed.has_value() == valid, qPrintable(u"\"%1\""_s.arg(text)));
    if (valid) {
        QCOMPARE(*parsed, limit);
    } else {
        QCOMPARE(parsed.error().field, field);
        QVERIFY(!parsed.error().message.isEmpty());
    }
}

void TestAccountRules::parseOverageReadsNumbersAndSizes_data()
{
    QTest::addColumn<Resource>("resource");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("overage");
    QTest::newRow("empty is zero") << Resource::Servers << QString() << true << qint64(0);
    QTest::newRow("number") << Resource::Servers << u"2"_s << true << qint64(2);
    QTest::newRow("storage size") << Resource::Storage << u"10 GiB"_s << true << qint64(10LL << 30);
    QTest::newRow("unlimited is no overage") << Resource::Servers << u"unlimited"_s << false << qint64(0);
    QTest::newRow("negative") << Resource::Servers << u"-2"_s << false << qint64(0);
    QTest::newRow("junk") << Resource::Storage << u"some"_s << false << qint64(0);
}

void TestAccountRules::parseOverageReadsNumbersAndSizes()
{
    QFETCH(Resource, resource);
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(qint64, overage);
    const auto parsed = Quotas::parseOverage(resource, text, u"f"_s);
    QVERIFY2(parsed.has_value() == valid, qPrintable(u"\"%1\""_s.arg(text)));
    if (valid)
        QCOMPARE(*parsed, overage);
    else
        QCOMPARE(parsed.error().field, u"f"_s);
}

void TestAccountRules::quotaKeysRoundTrip()
{
    QSet<QString> prefixes;
    for (Resource resource : bc::allResources) {
        QCOMPARE(bc::fromKey<Resource>(bc::toKey(resource)), std::optional<Resource>(resource));
        QCOMPARE(bc::fromKey<Resource>(bc::toKey(resource).toUpper()), std::optional<Resource>(resource));
        prefixes.insert(Quotas::columnPrefix(resource));
    }
    QCOMPARE(prefixes.size(), qsizetype(bc::allResources.size()));
    QCOMPARE(bc::fromKey<Resource>(u"printers"_s), std::nullopt);
}

void TestAccountRules::loginVariantsCountOnFromTheLogin_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QStringList>("variants");
    QTest::newRow("plain") << u"alice"_s << QStringList {u"alice2"_s, u"alice3"_s, u"alice4"_s};
    QTest::newRow("trailing number") << u"bob7"_s << QStringList {u"bob8"_s, u"bob9"_s, u"bob10"_s};
    QTest::newRow("trimmed") << u" carol "_s << QStringList {u"carol2"_s, u"carol3"_s, u"carol4"_s};
    QTest::newRow("number too large for an int")
        << u"dave99999999999"_s << QStringList {u"dave100000000000"_s, u"dave100000000001"_s, u"dave100000000002"_s};
    QTest::newRow("at the length limit") << QString(
        64, u'x') << QStringList {QString(63, u'x') + u'2', QString(63, u'x') + u'3', QString(63, u'x') + u'4'};
}

void TestAccountRules::loginVariantsCountOnFromTheLogin()
{
    QFETCH(QString, login);
    QFETCH(QStringList, variants);
    const QStringList result = AccountRules::loginVariants(login, 3);
    QCOMPARE(result, variants);
    for (const QString &variant : result)
        QVERIFY2(AccountRules::checkLogin(variant).has_value(), qPrintable(variant));
}

void TestAccountRules::groupCheckNameRefusesBadNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << u"Contoso Ltd"_s << true;
    QTest::newRow("100 characters") << QString(100, u'g') << true;
    QTest::newRow("unicode") << u"Müller & Söhne"_s << true;
    QTest::newRow("slash") << u"Sales/EMEA"_s << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("blank") << u"  "_s << false;
    QTest::newRow("101 characters") << QString(101, u'g') << false;
    QTest::newRow("line break") << u"Sales\nEMEA"_s << false;
}

void TestAccountRules::groupCheckNameRefusesBadNames()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    const auto result = GroupRules::checkName(name);
    QVERIFY2(result.has_value() == valid, qPrintable(u"\"%1\""_s.arg(name)));
    if (!valid) {
        QCOMPARE(result.error().field, u"name"_s);
        QCOMPARE(result.error().code, bc::Error::Code::Invalid);
    }
}

void TestAccountRules::tightestTakesTheSmallerLimitPerResource()
{
    Quotas a;
    Quotas b;
    a[Resource::Storage].limit = 100;
    b[Resource::Storage].limit = 50;
    a[Resource::Servers].limit = 3;
    b[Resource::Workstations].limit = 7;
    const Quotas t = GroupRules::tightest(a, b);
    QCOMPARE(t[Resource::Storage].limit, OptionalLimit(50));
    QCOMPARE(t[Resource::Servers].limit, OptionalLimit(3));
    QCOMPARE(t[Resource::Workstations].limit, OptionalLimit(7));
    QVERIFY2(!t[Resource::VirtualMachines].limit, "no limit on either side stays unlimited");
    QCOMPARE(GroupRules::tightest(b, a), t);
}

QTEST_GUILESS_MAIN(TestAccountRules)
#include "tst_accountrules.moc"
