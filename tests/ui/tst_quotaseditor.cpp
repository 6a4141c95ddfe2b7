#include "core/domain/storagesize.h"
#include "ui/widgets/fieldmessage.h"
#include "ui/widgets/quotaseditor.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace bc;

namespace {
constexpr qint64 GB = 1000LL * 1000 * 1000;
} // namespace

// The quotas editor of group settings and profiles: storage sizes read in the editor's locale, what
// was understood shown under the field, and overages that wait while their quota is unlimited.
class TestQuotasEditor final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();

    void shouldReadStorageInTheEditorsLocale_data();
    void shouldReadStorageInTheEditorsLocale();
    void shouldShowSavedSizesAsTheyAreTypedBack_data();
    void shouldShowSavedSizesAsTheyAreTypedBack();
    void shouldDisableTheOverageWhileTheQuotaIsUnlimited();
    void shouldKeepTheOverageOfAServiceSwitchedOffDisabled();

private:
    static void typeInto(QLineEdit *edit, const QString &text);
};

void TestQuotasEditor::cleanup()
{
    QLocale::setDefault(QLocale::system());
}

void TestQuotasEditor::typeInto(QLineEdit *edit, const QString &text)
{
    QVERIFY2(edit->isEnabled(), qPrintable(u"\"%1\" is disabled"_s.arg(edit->objectName())));
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
    QCOMPARE(edit->text(), text);
}

void TestQuotasEditor::shouldReadStorageInTheEditorsLocale_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("message"); // under the field
    QTest::addColumn<qint64>("bytes"); // -1: refused

    const QLocale en(u"en_US"_s);
    const QLocale de(u"de_DE"_s);
    QTest::newRow("en: thousands") << en << u"1,500 GB"_s << u"= 1.5 TB"_s << 1500 * GB;
    QTest::newRow("de: thousands") << de << u"1.500 GB"_s << u"= 1,5 TB"_s << 1500 * GB;
    QTest::newRow("de: decimal comma") << de << u"1,5 TB"_s << u"= 1,5 TB"_s << 1500 * GB;
    QTest::newRow("en: bare number") << en << u"500"_s << u"Add a unit, such as 500 GB or 1.5 TiB."_s << qint64(-1);
    QTest::newRow("de: decimal point") << de << u"1.5 TB"_s << u"Did you mean 1,5 TB?"_s << qint64(-1);
}

void TestQuotasEditor::shouldReadStorageInTheEditorsLocale()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, typed);
    QFETCH(QString, message);
    QFETCH(qint64, bytes);
    QLocale::setDefault(locale);
    QuotasEditor editor(QuotasEditor::Overages::Shown);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));

    auto *unlimited = editor.findChild<QCheckBox *>(u"storageUnlimited"_s);
    auto *limit = editor.findChild<QLineEdit *>(u"storageLimit"_s);
    auto *shown = editor.findChild<FieldMessage *>(u"storageLimitError"_s);
    QVERIFY(unlimited && limit && shown);
    QTest::mouseClick(unlimited, Qt::LeftButton);
    typeInto(limit, typed);
    QTRY_COMPARE(shown->text(), message);
    QVERIFY2(shown->isVisible(), "nothing is shown under the field");

    const std::optional<Quotas> quotas = editor.quotas();
    if (bytes < 0) {
        QVERIFY2(!quotas, "a refused size was taken");
        QVERIFY(shown->hasError());
        QCOMPARE(shown->text(), message);
        return;
    }
    QVERIFY2(quotas, qPrintable(shown->text()));
    QCOMPARE((*quotas)[Resource::Storage].limit, std::optional<qint64>(bytes));
}

void TestQuotasEditor::shouldShowSavedSizesAsTheyAreTypedBack_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("text");
    QTest::newRow("C") << QLocale::c() << u"1500 GB"_s;
    QTest::newRow("en") << QLocale(u"en_US"_s) << u"1,500 GB"_s;
    QTest::newRow("de") << QLocale(u"de_DE"_s) << u"1.500 GB"_s;
}

void TestQuotasEditor::shouldShowSavedSizesAsTheyAreTypedBack()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, text);
    QLocale::setDefault(locale);
    QuotasEditor editor(QuotasEditor::Overages::Shown);
    Quotas quotas;
    quotas[Resource::Storage] = {1500 * GB, 15 * GB / 10};
    editor.setQuotas(quotas);
    auto *limit = editor.findChild<QLineEdit *>(u"storageLimit"_s);
    auto *overage = editor.findChild<QLineEdit *>(u"storageOverage"_s);
    QVERIFY(limit && overage);
    QCOMPARE(limit->text(), text);
    QCOMPARE(overage->text(), StorageSize::format(15 * GB / 10, locale));
    const std::optional<Quotas> again = editor.quotas();
    QVERIFY2(again, "what the editor shows does not parse back");
    QCOMPARE((*again)[Resource::Storage], quotas[Resource::Storage]);
}

void TestQuotasEditor::shouldDisableTheOverageWhileTheQuotaIsUnlimited()
{
    QLocale::setDefault(QLocale(u"en_US"_s));
    QuotasEditor editor(QuotasEditor::Overages::Shown);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    auto *unlimited = editor.findChild<QCheckBox *>(u"workstationsUnlimited"_s);
    auto *limit = editor.findChild<QLineEdit *>(u"workstationsLimit"_s);
    auto *overage = editor.findChild<QLineEdit *>(u"workstationsOverage"_s);
    QVERIFY(unlimited && limit && overage);
    QVERIFY(unlimited->isChecked());
    QVERIFY2(!overage->isEnabled(), "the overage of an unlimited quota is editable");

    QTest::mouseClick(unlimited, Qt::LeftButton);
    QVERIFY2(!overage->isEnabled(), "the overage is editable before a limit is typed");
    typeInto(limit, u"10"_s);
    QVERIFY2(overage->isEnabled(), "the overage stays disabled with a limit");
    typeInto(overage, u"2"_s);

    QTest::mouseClick(unlimited, Qt::LeftButton);
    QVERIFY2(!overage->isEnabled(), "the overage of an unlimited quota is editable");
    QCOMPARE(overage->text(), QString());
    std::optional<Quotas> quotas = editor.quotas();
    QVERIFY(quotas);
    QCOMPARE((*quotas)[Resource::Workstations], Quota());

    QTest::mouseClick(unlimited, Qt::LeftButton);
    typeInto(limit, u"10"_s);
    QVERIFY2(overage->isEnabled(), "the overage stays disabled when the limit comes back");
    QCOMPARE(overage->text(), u"2"_s);
    quotas = editor.quotas();
    QVERIFY(quotas);
    QCOMPARE((*quotas)[Resource::Workstations], (Quota {10, 2}));

    // Loaded values: an unlimited quota's overage is disabled, a limited one's is not.
    Quotas loaded;
    loaded[Resource::Servers] = {5, 1};
    editor.setQuotas(loaded);
    QVERIFY2(!overage->isEnabled(), "the overage of a loaded unlimited quota is editable");
    auto *serversOverage = editor.findChild<QLineEdit *>(u"serversOverage"_s);
    QVERIFY(serversOverage);
    QVERIFY2(serversOverage->isEnabled(), "the overage of a loaded limit is disabled");
    QCOMPARE(serversOverage->text(), u"1"_s);
}

void TestQuotasEditor::shouldKeepTheOverageOfAServiceSwitchedOffDisabled()
{
    QuotasEditor editor(QuotasEditor::Overages::Shown);
    Quotas loaded;
    loaded[Resource::Servers] = {5, 1};
    editor.setQuotas(loaded);
    auto *overage = editor.findChild<QLineEdit *>(u"serversOverage"_s);
    QVERIFY(overage);
    QVERIFY(overage->isEnabled());
    editor.setResourceOffered(Resource::Servers, false, u"Switched off"_s);
    QVERIFY2(!overage->isEnabled(), "the overage of a service switched off is editable");
    editor.setResourceOffered(Resource::Servers, true);
    QVERIFY2(overage->isEnabled(), "the overage of a limit stays disabled when the service is back");
}

QTEST_MAIN(TestQuotasEditor)
#include "tst_quotaseditor.moc"
