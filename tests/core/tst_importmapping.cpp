#include "core/domain/importmapping.h"

#include "core/domain/accountcsv.h"
#include "core/domain/fields.h"

#include <QTest>

using namespace Qt::StringLiterals;

using bc::ImportFormat;
using bc::ImportMapping;
namespace Field = bc::Field;

Q_DECLARE_METATYPE(bc::ImportFormat)

class TestImportMapping final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tellsTheFormatAndTheFieldsOfAHeader_data();
    void tellsTheFormatAndTheFieldsOfAHeader();
    void readsOurOwnExportBack();
    void joinsTheColumnsOfOneFieldAndDropsTheFormulaGuard();
    void aPersonsChoicesOverrideTheHeader_data();
    void aPersonsChoicesOverrideTheHeader();
};

void TestImportMapping::tellsTheFormatAndTheFieldsOfAHeader_data()
{
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<ImportFormat>("format");
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QStringList>("unknown");

    QTest::newRow("ours, any case, with action")
        << QStringList {u"Login"_s, u"EMAIL"_s, u"first name"_s, u"action"_s, u"sendActivation"_s, u"Notes"_s}
        << ImportFormat::Console
        << QStringList {Field::login, Field::email, Field::firstName, ImportMapping::action,
                        ImportMapping::sendActivation}
        << QStringList {u"Notes"_s};
    QTest::newRow("ours: an errors file's and the read-only columns are known, not read")
        << QStringList {u"login"_s, u"status"_s, u"createdAt"_s, u"activatedAt"_s, u"row"_s, u"field"_s, u"message"_s}
        << ImportFormat::Console << QStringList {Field::login} << QStringList {};
    QTest::newRow("Microsoft 365 admin center")
        << QStringList {u"Block credential"_s, u"City"_s,           u"Country/Region"_s,      u"Department"_s,
                        u"Display name"_s,     u"First name"_s,     u"Last name"_s,           u"Mobile phone"_s,
                        u"Phone number"_s,     u"Street address"_s, u"User principal name"_s, u"Licenses"_s}
        << ImportFormat::Microsoft365
        << QStringList {Field::address, Field::displayName, Field::firstName, Field::lastName,
                        Field::mobile,  Field::phone,       Field::login,     Field::email}
        << QStringList {u"Block credential"_s, u"Department"_s, u"Licenses"_s};
    QTest::newRow("Google Workspace") << QStringList {u"First Name [Required]"_s,
                                                      u"Last Name [Required]"_s,
                                                      u"Email Address [Required]"_s,
                                                      u"Password [Required]"_s,
                                                      u"Org Unit Path [Required]"_s,
                                                      u"Mobile Phone"_s,
                                                      u"Work Phone"_s,
                                                      u"Work Address"_s,
                                                      u"Status [READ ONLY]"_s}
                                      << ImportFormat::GoogleWorkspace
                                      << QStringList {Field::firstName, Field::lastName, Field::login,  Field::email,
                                                      Field::mobile,    Field::phone,    Field::address}
                                      << QStringList {u"Password [Required]"_s, u"Org Unit Path [Required]"_s,
                                                      u"Status [READ ONLY]"_s};
    QTest::newRow("no login column") << QStringList {u"Name"_s, u"Mail"_s} << ImportFormat::Console << QStringList {}
                                     << QStringList {u"Name"_s, u"Mail"_s};
}

void TestImportMapping::tellsTheFormatAndTheFieldsOfAHeader()
{
    QFETCH(QStringList, header);
    QFETCH(ImportFormat, format);
    QFETCH(QStringList, fields);
    QFETCH(QStringList, unknown);
    const ImportMapping mapping = ImportMapping::of(header);
    QCOMPARE(mapping.format(), format);
    QStringList actual = mapping.fields();
    actual.sort();
    fields.sort();
    QCOMPARE(actual, fields);
    QCOMPARE(mapping.unknownColumns(), unknown);
}

void TestImportMapping::readsOurOwnExportBack()
{
    // Every column `account list --csv` writes is one an import reads (or knows to leave).
    const ImportMapping mapping = ImportMapping::of(bc::AccountCsv::columns());
    QCOMPARE(mapping.format(), ImportFormat::Console);
    QCOMPARE(mapping.unknownColumns(), QStringList());
    for (const QString &column : bc::AccountCsv::columns()) {
        if (column != "status"_L1 && column != "createdAt"_L1 && column != "activatedAt"_L1)
            QVERIFY2(mapping.has(column), qPrintable(column));
    }
}

void TestImportMapping::joinsTheColumnsOfOneFieldAndDropsTheFormulaGuard()
{
    // The export lists its columns alphabetically; an address reads street, city, state, postal code, country.
    const ImportMapping mapping = ImportMapping::of({u"City"_s, u"Country/Region"_s, u"Postal code"_s, u"State"_s,
                                                     u"Street address"_s, u"User principal name"_s, u"Mobile phone"_s});
    const QStringList record {u"Springfield"_s, u"United States"_s,   QString(),         u"IL"_s,
                              u"Main St 1"_s,   u"ada@contoso.com"_s, u"'+15551234567"_s};
    QCOMPARE(mapping.value(record, Field::address), u"Main St 1, Springfield, IL, United States"_s);
    QCOMPARE(mapping.value(record, Field::login), u"ada@contoso.com"_s);
    QCOMPARE(mapping.value(record, Field::email), u"ada@contoso.com"_s);
    QCOMPARE(mapping.value(record, Field::mobile), u"+15551234567"_s);
    QCOMPARE(mapping.value(record, Field::phone), QString());
    // A record shorter than the header: the missing fields are empty.
    QCOMPARE(mapping.value({u"Springfield"_s}, Field::address), u"Springfield"_s);
    QCOMPARE(mapping.value({u"Springfield"_s}, Field::login), QString());
}

using Choices = ImportMapping::Choices;

void TestImportMapping::aPersonsChoicesOverrideTheHeader_data()
{
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<Choices>("choices");
    QTest::addColumn<QStringList>("record");
    QTest::addColumn<QStringList>("expected"); // field=value of every field fed, in choosableFields() order
    QTest::addColumn<QStringList>("unknown");

    const QStringList m365 {u"User principal name"_s, u"Display name"_s, u"Office"_s, u"City"_s,
                            u"Alternate email address"_s};
    const QStringList m365Record {u"ann@contoso.com"_s, u"Ann"_s, u"Room 4"_s, u"Bern"_s, u"ann@home.ch"_s};
    QTest::newRow("no choice: the header's mapping")
        << m365 << Choices {} << m365Record
        << QStringList {u"login=ann@contoso.com"_s, u"email=ann@contoso.com"_s, u"displayName=Ann"_s, u"address=Bern"_s}
        << QStringList {u"Office"_s, u"Alternate email address"_s};
    QTest::newRow("an unknown column given a field, another ignored on purpose")
        << m365 << Choices {{u"alternateemailaddress"_s, {Field::notificationEmail}}, {u"office"_s, {}}} << m365Record
        << QStringList {u"login=ann@contoso.com"_s, u"email=ann@contoso.com"_s, u"displayName=Ann"_s,
                        u"notificationEmail=ann@home.ch"_s, u"address=Bern"_s}
        << QStringList {};
    QTest::newRow("a field chosen for a column takes it from the header's column")
        << m365 << Choices {{u"alternateemailaddress"_s, {Field::email}}} << m365Record
        << QStringList {u"login=ann@contoso.com"_s, u"email=ann@home.ch"_s, u"displayName=Ann"_s, u"address=Bern"_s}
        << QStringList {u"Office"_s};
    QTest::newRow("the address joins a chosen part after the header's")
        << m365 << Choices {{u"office"_s, {Field::address}}} << m365Record
        << QStringList {u"login=ann@contoso.com"_s, u"email=ann@contoso.com"_s, u"displayName=Ann"_s,
                        u"address=Bern, Room 4"_s}
        << QStringList {u"Alternate email address"_s};
    QTest::newRow("one column for two fields, as the header gave the sign-in name")
        << m365 << Choices {{u"alternateemailaddress"_s, {Field::login, Field::email}}} << m365Record
        << QStringList {u"login=ann@home.ch"_s, u"email=ann@home.ch"_s, u"displayName=Ann"_s, u"address=Bern"_s}
        << QStringList {u"Office"_s};
    QTest::newRow("a known column ignored, a field that is none ignored too")
        << QStringList {u"login"_s, u"email"_s, u"mobile"_s}
        << Choices {{u"email"_s, {}}, {u"mobile"_s, {u"password"_s}}}
        << QStringList {u"ann"_s, u"ann@example.com"_s, u"+41 79"_s} << QStringList {u"login=ann"_s} << QStringList {};
}

void TestImportMapping::aPersonsChoicesOverrideTheHeader()
{
    QFETCH(QStringList, header);
    QFETCH(Choices, choices);
    QFETCH(QStringList, record);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, unknown);
    const ImportMapping mapping = ImportMapping::of(header, choices);
    QStringList actual;
    for (const QString &field : ImportMapping::choosableFields()) {
        if (mapping.has(field))
            actual.append(field + u'=' + mapping.value(record, field));
    }
    QCOMPARE(actual, expected);
    QCOMPARE(mapping.unknownColumns(), unknown);
    // What a column feeds, as the wizard shows it.
    for (qsizetype column = 0; column < header.size(); ++column) {
        for (const QString &field : mapping.fieldsOf(column))
            QVERIFY2(mapping.value(record, field).contains(record.at(column)), qPrintable(header.at(column)));
    }
}

QTEST_GUILESS_MAIN(TestImportMapping)
#include "tst_importmapping.moc"
