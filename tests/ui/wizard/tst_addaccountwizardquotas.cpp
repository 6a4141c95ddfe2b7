#include "core/domain/storagesize.h"
#include "core/services/accountservice.h"
#include "core/services/groupservice.h"
#include "core/storage/database.h"
#include "tests/common/fixture.h"
#include "tests/common/testdatabase.h"
#include "tests/ui/wizard/wizardtest.h"
#include "ui/widgets/fieldmessage.h"
#include "ui/wizard/addaccountwizard.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QLineEdit>
#include <QLocale>
#include <QTest>
#include <QTextBrowser>

#include <memory>

using namespace Qt::StringLiterals;
using namespace bc;

using namespace WizardTest;

namespace {
constexpr qint64 GB = 1000LL * 1000 * 1000;
} // namespace

// The quotas page of the add-account wizard: storage sizes read in the wizard's language, what was
// understood shown under the field as you type, and overages that wait while a quota is unlimited.
class TestAddAccountWizardQuotas final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void shouldSaveStorageAsReadInTheWizardsLanguage_data();
    void shouldSaveStorageAsReadInTheWizardsLanguage();
    void shouldRefuseSizesNextToTheFieldAndBlockNext_data();
    void shouldRefuseSizesNextToTheFieldAndBlockNext();
    void shouldDisableTheOverageWhileTheQuotaIsUnlimited_data();
    void shouldDisableTheOverageWhileTheQuotaIsUnlimited();
    void shouldEnableTheOverageOfACappedQuota();

private:
    // The wizard in `locale` (as --lang sets it: QLocale's default), on its quotas page.
    std::unique_ptr<AddAccountWizard> openOnQuotasPage(const QLocale &locale, qint64 groupId = 0);

    std::unique_ptr<Database> m_db;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<GroupService> m_groups;
    std::unique_ptr<AccountService> m_accounts;
    qint64 m_rootId = 0;
    qint64 m_customerId = 0;
};

void TestAddAccountWizardQuotas::init()
{
    const QString location = bc::test::freshLocation(u"accounts"_s);
    QVERIFY2(!location.isEmpty(), "no database for the test (see the warning above)");
    auto db = bc::test::openFixture(location);
    QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
    m_db = std::move(*db);
    m_groups = std::make_unique<GroupService>(*m_db);
    m_accounts = std::make_unique<AccountService>(*m_db);
    auto root = m_groups->createRoot(u"Acme MSP"_s);
    QVERIFY2(root, qPrintable(root ? QString() : root.error().message));
    m_rootId = root->id;
    auto customer = m_groups->create(m_rootId, u"Contoso"_s);
    QVERIFY2(customer, qPrintable(customer ? QString() : customer.error().message));
    m_customerId = customer->id;
    m_workspace = openWorkspace(*m_db);
    QVERIFY(m_workspace);
}

void TestAddAccountWizardQuotas::cleanup()
{
    closeWorkspace(m_workspace);
    QLocale::setDefault(QLocale::system());
    m_accounts.reset();
    m_groups.reset();
    m_db.reset();
}

std::unique_ptr<AddAccountWizard> TestAddAccountWizardQuotas::openOnQuotasPage(const QLocale &locale, qint64 groupId)
{
    QLocale::setDefault(locale);
    auto wizard = std::make_unique<AddAccountWizard>(*m_workspace, groupId ? groupId : m_customerId);
    wizard->show();
    if (!QTest::qWaitFor([&wizard] { return !wizard->isLoading(); }))
        QTest::qFail("the wizard did not read its group's details", __FILE__, __LINE__);
    if (!QTest::qWaitForWindowExposed(wizard.get())) {
        QTest::qFail("the wizard was not shown", __FILE__, __LINE__);
        return wizard;
    }
    typeInto(*wizard, u"login"_s, u"carol.jones"_s);
    typeInto(*wizard, u"email"_s, u"carol@example.com"_s);
    typeInto(*wizard, u"firstName"_s, u"Carol"_s);
    typeInto(*wizard, u"lastName"_s, u"Jones"_s);
    next(*wizard, AddAccountWizard::QuotasPageId);
    return wizard;
}

void TestAddAccountWizardQuotas::shouldSaveStorageAsReadInTheWizardsLanguage_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("understood"); // under the field as you type
    QTest::addColumn<QString>("summary"); // how the summary shows it: the largest unit of whole numbers
    QTest::addColumn<qint64>("bytes");

    const QLocale en(u"en_US"_s);
    const QLocale de(u"de_DE"_s);
    const QLocale fr(u"fr_FR"_s);
    QTest::newRow("en: thousands") << en << u"1,500 GB"_s << u"= 1.5 TB"_s << u"1,500 GB"_s << 1500 * GB;
    QTest::newRow("en: decimal point") << en << u"1.5 TB"_s << u"= 1.5 TB"_s << u"1,500 GB"_s << 1500 * GB;
    QTest::newRow("de: thousands") << de << u"1.500 GB"_s << u"= 1,5 TB"_s << u"1.500 GB"_s << 1500 * GB;
    QTest::newRow("de: decimal comma") << de << u"1,5 TB"_s << u"= 1,5 TB"_s << u"1.500 GB"_s << 1500 * GB;
    QTest::newRow("de: three decimals") << de << u"1,500 GB"_s << u"= 1,5 GB"_s << u"1.500 MB"_s << 15 * GB / 10;
    QTest::newRow("fr: space between thousands")
        << fr << u"1 500 GB"_s << u"= 1,5 TB"_s << fr.toString(1500) + u" GB"_s << 1500 * GB;
}

void TestAddAccountWizardQuotas::shouldSaveStorageAsReadInTheWizardsLanguage()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, typed);
    QFETCH(QString, understood);
    QFETCH(QString, summary);
    QFETCH(qint64, bytes);

    auto wizard = openOnQuotasPage(locale);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(wizard->locale(), locale);
    CHECKED(click(*wizard, u"storageUnlimited"_s));
    CHECKED(typeInto(*wizard, u"storageLimit"_s, typed));
    FIND(QLineEdit, limit, *wizard, u"storageLimit"_s);
    FIND(FieldMessage, message, *wizard, u"storageLimitError"_s);
    QTRY_COMPARE(message->text(), understood);
    QVERIFY2(message->isVisible() && !message->hasError(), qPrintable(message->text()));
    QVERIFY2(isRightBelow(message, limit), "what was understood is not right below the field");

    // The overage reads the same way.
    CHECKED(typeInto(*wizard, u"storageOverage"_s, locale.decimalPoint() == u","_s ? u"0,5 TB"_s : u"0.5 TB"_s));
    FIND(FieldMessage, overageMessage, *wizard, u"storageOverageError"_s);
    QTRY_COMPARE(overageMessage->text(), u"= 500 GB"_s);

    CHECKED(next(*wizard, AddAccountWizard::SummaryPageId));
    FIND(QTextBrowser, summaryText, *wizard, u"summary"_s);
    // QTextDocument's plain text turns no-break spaces into spaces.
    const auto plain = [](QString text) {
        return text.replace(QChar(0x202f), u' ').replace(QChar(0xa0), u' ');
    };
    const QString shown = plain(summaryText->toPlainText());
    QVERIFY2(shown.contains(plain(summary) + u", overage "_s + plain(StorageSize::format(500 * GB, locale))),
             qPrintable(u"the summary lacks \"%1\":\n%2"_s.arg(summary, shown)));

    QAbstractButton *finish = wizard->button(QWizard::FinishButton);
    QVERIFY2(finish->isVisible() && finish->isEnabled(), "Finish cannot be pressed on the summary");
    QTest::mouseClick(finish, Qt::LeftButton);
    QTRY_VERIFY2(!wizard->isVisible(), "the wizard stayed open after Finish");
    auto saved = m_accounts->findByLogin(u"carol.jones"_s);
    QVERIFY2(saved && *saved, "the account was not saved");
    QCOMPARE((*saved)->quotas[Resource::Storage].limit, std::optional<qint64>(bytes));
    QCOMPARE((*saved)->quotas[Resource::Storage].overage, 500 * GB);
}

void TestAddAccountWizardQuotas::shouldRefuseSizesNextToTheFieldAndBlockNext_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("valid");
    QTest::addColumn<QString>("understood"); // for `valid`

    const QLocale en(u"en_US"_s);
    const QLocale de(u"de_DE"_s);
    const QLocale fr(u"fr_FR"_s);
    QTest::newRow("en: bare number") << en << u"storageLimit"_s << u"500"_s
                                     << u"Add a unit, such as 500 GB or 1.5 TiB."_s << u"500 GB"_s << u"= 500 GB"_s;
    QTest::newRow("de: bare number") << de << u"storageLimit"_s << u"500"_s
                                     << u"Add a unit, such as 500 GB or 1,5 TiB."_s << u"500 GiB"_s << u"= 500 GiB"_s;
    QTest::newRow("en: bare overage") << en << u"storageOverage"_s << u"10"_s
                                      << u"Add a unit, such as 500 GB or 1.5 TiB."_s << u"10 GB"_s << u"= 10 GB"_s;
    QTest::newRow("en: decimal comma") << en << u"storageLimit"_s << u"1,5 TB"_s << u"Did you mean 1.5 TB?"_s
                                       << u"1.5 TB"_s << u"= 1.5 TB"_s;
    QTest::newRow("de: decimal point") << de << u"storageLimit"_s << u"1.5 TB"_s << u"Did you mean 1,5 TB?"_s
                                       << u"1,5 TB"_s << u"= 1,5 TB"_s;
    QTest::newRow("fr: point read two ways")
        << fr << u"storageLimit"_s << u"1.500 GB"_s
        << u"\"1.500 GB\" could mean 1\u202f500 GB or 1,5 GB; write it as one of them."_s << u"1 500 GB"_s
        << u"= 1,5 TB"_s;
}

void TestAddAccountWizardQuotas::shouldRefuseSizesNextToTheFieldAndBlockNext()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, field);
    QFETCH(QString, typed);
    QFETCH(QString, error);
    QFETCH(QString, valid);
    QFETCH(QString, understood);

    auto wizard = openOnQuotasPage(locale);
    if (QTest::currentTestFailed())
        return;
    CHECKED(click(*wizard, u"storageUnlimited"_s));
    if (field == u"storageOverage"_s) {
        CHECKED(typeInto(*wizard, u"storageLimit"_s, u"1 TB"_s));
    }
    QAbstractButton *nextButton = wizard->button(QWizard::NextButton);
    QAbstractButton *finishButton = wizard->button(QWizard::FinishButton);

    CHECKED(typeInto(*wizard, field, typed));
    FIND(QLineEdit, edit, *wizard, field);
    FIND(FieldMessage, message, *wizard, field + u"Error"_s);
    QTRY_COMPARE(message->text(), error);
    QVERIFY2(message->isVisible() && message->hasError(), "the error is not shown");
    QVERIFY2(isRightBelow(message, edit), "the error is not right below its field");
    QVERIFY2(edit->property(FieldMessage::invalidProperty).toBool(), "the field is not marked invalid");
    QVERIFY2(!nextButton->isEnabled(), "Next is enabled with a size that was refused");
    QVERIFY2(!finishButton->isVisible() || !finishButton->isEnabled(), "Finish is enabled with a refused size");
    QTest::mouseClick(nextButton, Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(AddAccountWizard::QuotasPageId));

    CHECKED(typeInto(*wizard, field, valid));
    QTRY_VERIFY2(nextButton->isEnabled(), qPrintable(u"Next stays disabled after \"%1\""_s.arg(valid)));
    QCOMPARE(message->text(), understood);
    QVERIFY(!message->hasError());
    QVERIFY(!edit->property(FieldMessage::invalidProperty).toBool());
}

void TestAddAccountWizardQuotas::shouldDisableTheOverageWhileTheQuotaIsUnlimited_data()
{
    QTest::addColumn<QString>("stem");
    QTest::addColumn<QString>("limit");
    QTest::addColumn<QString>("overage");
    QTest::newRow("workstations") << u"workstations"_s << u"10"_s << u"2"_s;
    QTest::newRow("virtual machines") << u"virtualMachines"_s << u"3"_s << u"1"_s;
    QTest::newRow("storage") << u"storage"_s << u"1 TB"_s << u"100 GB"_s;
}

void TestAddAccountWizardQuotas::shouldDisableTheOverageWhileTheQuotaIsUnlimited()
{
    QFETCH(QString, stem);
    QFETCH(QString, limit);
    QFETCH(QString, overage);

    auto wizard = openOnQuotasPage(QLocale(u"en_US"_s));
    if (QTest::currentTestFailed())
        return;
    FIND(QCheckBox, unlimited, *wizard, stem + u"Unlimited"_s);
    FIND(QLineEdit, limitEdit, *wizard, stem + u"Limit"_s);
    FIND(QLineEdit, overageEdit, *wizard, stem + u"Overage"_s);
    QVERIFY2(unlimited->isChecked(), "the quota does not start unlimited");
    QVERIFY2(!overageEdit->isEnabled(), "the overage of an unlimited quota is editable");

    // Unticking Unlimited is not yet a limit: the overage waits for one.
    QTest::mouseClick(unlimited, Qt::LeftButton);
    QVERIFY(!unlimited->isChecked());
    QVERIFY2(!overageEdit->isEnabled(), "the overage is editable before a limit is typed");
    CHECKED(typeInto(*wizard, stem + u"Limit"_s, limit));
    QVERIFY2(overageEdit->isEnabled(), "the overage stays disabled with a limit");
    CHECKED(typeInto(*wizard, stem + u"Overage"_s, overage));

    // Unlimited again: the overage is greyed and empty, and comes back with the limit.
    QTest::mouseClick(unlimited, Qt::LeftButton);
    QVERIFY(unlimited->isChecked());
    QVERIFY2(!overageEdit->isEnabled(), "the overage of an unlimited quota is editable");
    QCOMPARE(overageEdit->text(), QString());
    QTRY_VERIFY2(wizard->button(QWizard::NextButton)->isEnabled(), "Next is disabled");
    QTest::mouseClick(unlimited, Qt::LeftButton);
    QCOMPARE(limitEdit->text(), limit);
    QVERIFY2(overageEdit->isEnabled(), "the overage stays disabled when the limit comes back");
    QCOMPARE(overageEdit->text(), overage);

    // Emptying the limit is choosing none, as core reads it.
    CHECKED(typeInto(*wizard, stem + u"Limit"_s, QString()));
    QVERIFY(unlimited->isChecked());
    QVERIFY2(!overageEdit->isEnabled(), "the overage is editable without a limit");

    // Saved: an unlimited quota has no overage.
    CHECKED(next(*wizard, AddAccountWizard::SummaryPageId));
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_VERIFY2(!wizard->isVisible(), "the wizard stayed open after Finish");
    auto saved = m_accounts->findByLogin(u"carol.jones"_s);
    QVERIFY2(saved && *saved, "the account was not saved");
    for (Resource resource : allResources)
        QCOMPARE((*saved)->quotas[resource], Quota());
}

void TestAddAccountWizardQuotas::shouldEnableTheOverageOfACappedQuota()
{
    Quotas limits;
    limits[Resource::Storage].limit = 1000 * GB;
    auto capped = m_groups->create(m_rootId, u"Fabrikam"_s, limits);
    QVERIFY2(capped, qPrintable(capped ? QString() : capped.error().message));

    auto wizard = openOnQuotasPage(QLocale(u"de_DE"_s), capped->id);
    if (QTest::currentTestFailed())
        return;
    FIND(QLineEdit, limit, *wizard, u"storageLimit"_s);
    FIND(QLineEdit, overage, *wizard, u"storageOverage"_s);
    FIND(FieldMessage, message, *wizard, u"storageLimitError"_s);
    QCOMPARE(limit->text(), u"1 TB"_s);
    QVERIFY2(overage->isEnabled(), "the overage of a capped quota is disabled");
    QCOMPARE(message->text(), u"= 1 TB · At most 1 TB in this group."_s);
    CHECKED(typeInto(*wizard, u"storageLimit"_s, u"999,5 GB"_s));
    QTRY_COMPARE(message->text(), u"= 999,5 GB · At most 1 TB in this group."_s);
    FIND(QCheckBox, workstations, *wizard, u"workstationsUnlimited"_s);
    FIND(QLineEdit, workstationsOverage, *wizard, u"workstationsOverage"_s);
    QVERIFY(workstations->isChecked());
    QVERIFY2(!workstationsOverage->isEnabled(), "the overage of an unlimited quota is editable");
}

QTEST_MAIN(TestAddAccountWizardQuotas)
#include "tst_addaccountwizardquotas.moc"
