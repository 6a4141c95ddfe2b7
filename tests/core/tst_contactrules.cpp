#include "core/platform/passwordhasher.h"
#include "core/rules/accountrules.h"
#include "core/rules/passwordpolicy.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace bc;

// The contact rules: E.164 mobile numbers, telephone numbers, contact details
// required for administrators, the password policy and Argon2id hashes.
class TestContactRules final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mobileNumbersMustBeE164_data();
    void mobileNumbersMustBeE164();
    void phoneNumbersNeedSixDigits_data();
    void phoneNumbersNeedSixDigits();
    void administratorsNeedPhoneAndAddress_data();
    void administratorsNeedPhoneAndAddress();
    void requiredContactFieldsAreAnAdministratorsOnly_data();
    void requiredContactFieldsAreAnAdministratorsOnly();
    void contactFieldsShowForAdministratorsOrWhatTheyHold_data();
    void contactFieldsShowForAdministratorsOrWhatTheyHold();
    void notificationEmailIsCheckedOnlyWhenGiven();
    void displayNameDefaultsToFirstAndLastName();
    void passwordPolicy_data();
    void passwordPolicy();
    void hashesAreArgon2idSaltedAndVerifiable();
};

void TestContactRules::mobileNumbersMustBeE164_data()
{
    QTest::addColumn<QString>("mobile");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("normalized");
    QTest::newRow("german mobile") << u"+4915123456789"_s << true << u"+4915123456789"_s;
    QTest::newRow("typed with spaces") << u"+49 151 2345 6789"_s << true << u"+4915123456789"_s;
    QTest::newRow("dashes and brackets") << u"+1 (415) 555-0132"_s << true << u"+14155550132"_s;
    QTest::newRow("fifteen digits") << u"+123456789012345"_s << true << u"+123456789012345"_s;
    QTest::newRow("sixteen digits") << u"+1234567890123456"_s << false << QString();
    QTest::newRow("no plus") << u"015123456789"_s << false << QString();
    QTest::newRow("country code zero") << u"+0151234567"_s << false << QString();
    QTest::newRow("too short") << u"+12345"_s << false << QString();
    QTest::newRow("letters") << u"+49 151 CALL ME"_s << false << QString();
    QTest::newRow("empty") << u""_s << false << QString();
}

void TestContactRules::mobileNumbersMustBeE164()
{
    QFETCH(QString, mobile);
    QFETCH(bool, valid);
    QFETCH(QString, normalized);
    const auto result = AccountRules::checkMobile(mobile);
    QCOMPARE(result.has_value(), valid);
    if (valid)
        QCOMPARE(AccountRules::normalizedPhone(mobile), normalized);
    else
        QCOMPARE(result.error().field, Field::mobile);
}

void TestContactRules::phoneNumbersNeedSixDigits_data()
{
    QTest::addColumn<QString>("phone");
    QTest::addColumn<bool>("valid");
    QTest::newRow("international") << u"+44 20 7946 0958"_s << true;
    QTest::newRow("local with slash") << u"030 / 123456"_s << true;
    QTest::newRow("extension") << u"+1 415 555 0132 ext. 12"_s << true;
    QTest::newRow("five digits") << u"12345"_s << false;
    QTest::newRow("words") << u"call the office"_s << false;
    QTest::newRow("html") << u"<b>0301234567</b>"_s << false;
}

void TestContactRules::phoneNumbersNeedSixDigits()
{
    QFETCH(QString, phone);
    QFETCH(bool, valid);
    QCOMPARE(AccountRules::checkPhone(phone).has_value(), valid);
}

void TestContactRules::administratorsNeedPhoneAndAddress_data()
{
    QTest::addColumn<bool>("administrator");
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("address");
    QTest::addColumn<QStringList>("fields");
    QTest::newRow("user without contact") << false << QString() << QString() << QStringList();
    QTest::newRow("admin without contact")
        << true << QString() << QString() << QStringList {Field::phone, Field::address};
    QTest::newRow("admin without address") << true << u"+44 20 7946 0958"_s << u"  "_s << QStringList {Field::address};
    QTest::newRow("admin without phone") << true << QString() << u"1 Main St"_s << QStringList {Field::phone};
    QTest::newRow("admin with both") << true << u"+44 20 7946 0958"_s << u"1 Main St\nLondon"_s << QStringList();
    QTest::newRow("user with a bad phone") << false << u"12"_s << QString() << QStringList {Field::phone};
}

void TestContactRules::administratorsNeedPhoneAndAddress()
{
    QFETCH(bool, administrator);
    QFETCH(QString, phone);
    QFETCH(QString, address);
    QFETCH(QStringList, fields);
    AccountDraft draft;
    draft.login = u"admin"_s;
    draft.email = u"admin@example.com"_s;
    draft.administrator = administrator;
    draft.phone = phone;
    draft.address = address;
    QStringList reported;
    for (const Error &error : AccountRules::check(draft, {}))
        reported.append(error.field);
    QCOMPARE(reported, fields);
}

void TestContactRules::requiredContactFieldsAreAnAdministratorsOnly_data()
{
    QTest::addColumn<bool>("administrator");
    QTest::addColumn<QStringList>("required");
    QTest::newRow("user") << false << QStringList();
    QTest::newRow("administrator") << true << QStringList {Field::phone, Field::address};
}

void TestContactRules::requiredContactFieldsAreAnAdministratorsOnly()
{
    QFETCH(bool, administrator);
    QFETCH(QStringList, required);
    QCOMPARE(AccountRules::requiredContactFields(administrator), required);
}

void TestContactRules::contactFieldsShowForAdministratorsOrWhatTheyHold_data()
{
    QTest::addColumn<bool>("administrator");
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("shown");
    QTest::newRow("user without contact") << false << QString() << QString() << false;
    QTest::newRow("administrator without contact") << true << QString() << QString() << true;
    QTest::newRow("user with a phone") << false << u"+44 20 7946 0958"_s << QString() << true;
    QTest::newRow("user with an address") << false << QString() << u"1 Main St"_s << true;
    QTest::newRow("user with a blank address") << false << QString() << u" "_s << true;
}

void TestContactRules::contactFieldsShowForAdministratorsOrWhatTheyHold()
{
    QFETCH(bool, administrator);
    QFETCH(QString, phone);
    QFETCH(QString, address);
    QFETCH(bool, shown);
    AccountDraft draft;
    draft.administrator = administrator;
    draft.phone = phone;
    draft.address = address;
    QCOMPARE(AccountRules::showsContactFields(draft), shown);
}

void TestContactRules::notificationEmailIsCheckedOnlyWhenGiven()
{
    AccountDraft draft;
    draft.login = u"nora"_s;
    draft.email = u"nora@example.com"_s;
    QVERIFY(AccountRules::check(draft, {}).isEmpty());
    draft.notificationEmail = u"not-an-address"_s;
    const QList<Error> errors = AccountRules::check(draft, {});
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().field, Field::notificationEmail);
    draft.notificationEmail = u"helpdesk@example.com"_s;
    QVERIFY(AccountRules::check(draft, {}).isEmpty());
}

void TestContactRules::displayNameDefaultsToFirstAndLastName()
{
    AccountDraft draft;
    draft.firstName = u" Chloé "_s;
    draft.lastName = u"Dubois"_s;
    QCOMPARE(AccountRules::normalized(draft).displayName, u"Chloé Dubois"_s);
    draft.displayName = u"  C. Dubois "_s;
    QCOMPARE(AccountRules::normalized(draft).displayName, u"C. Dubois"_s);
}

void TestContactRules::passwordPolicy_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("login");
    QTest::addColumn<bool>("valid");
    QTest::newRow("long and unusual") << u"violet-harbour-71-kites"_s << u"alice"_s << true;
    QTest::newRow("eleven characters") << u"abcdefghijk"_s << u"alice"_s << false;
    QTest::newRow("twelve characters") << u"tq8#vz!mw2pe"_s << u"alice"_s << true;
    QTest::newRow("twelve emoji count as twelve") << u"🐟🐟🐟🐟🐟🐟🐟🐟🐟🐟🐟🐟"_s << u"alice"_s << true;
    QTest::newRow("the login") << u"alice.example.long"_s << u"Alice.Example.Long"_s << false;
    QTest::newRow("common") << u"passwordpassword"_s << u"alice"_s << false;
    QTest::newRow("common in other case") << u"QWERTYUIOPASDF"_s << u"alice"_s << false;
    QTest::newRow("common with digits") << u"123456789012"_s << u"alice"_s << false;
}

void TestContactRules::passwordPolicy()
{
    QFETCH(QString, password);
    QFETCH(QString, login);
    QFETCH(bool, valid);
    const auto result = PasswordPolicy::check(password, login, Field::password);
    QVERIFY2(result.has_value() == valid, result ? "accepted" : qPrintable(result.error().message));
    if (!valid)
        QCOMPARE(result.error().field, Field::password);
}

void TestContactRules::hashesAreArgon2idSaltedAndVerifiable()
{
    const QString password = u"violet-harbour-71-kites"_s;
    const auto first = PasswordHasher::hash(password);
    const auto second = PasswordHasher::hash(password);
    QVERIFY(first && second);
    QVERIFY2(first->startsWith(u"$argon2id$"_s), qPrintable(*first));
    QVERIFY2(*first != *second, "each hash has its own salt");
    QVERIFY(!first->contains(password));
    QVERIFY(PasswordHasher::verify(*first, password));
    QVERIFY(PasswordHasher::verify(*second, password));
    QVERIFY(!PasswordHasher::verify(*first, u"violet-harbour-71-kiteS"_s));
    QVERIFY(!PasswordHasher::verify(QString(), password));
    QVERIFY(!PasswordHasher::needsRehash(*first));
    // The stand-in an unknown login's password is checked against costs what a real check costs.
    QVERIFY2(!PasswordHasher::needsRehash(PasswordHasher::standInHash()), qPrintable(PasswordHasher::standInHash()));
    QVERIFY(!PasswordHasher::verify(PasswordHasher::standInHash(), password));
}

QTEST_GUILESS_MAIN(TestContactRules)
#include "tst_contactrules.moc"
