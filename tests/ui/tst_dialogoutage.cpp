#include "core/services/accountservice.h"
#include "core/services/catalogservice.h"
#include "core/services/groupservice.h"
#include "core/services/workspace.h"
#include "core/storage/database.h"
#include "tests/common/fixture.h"
#include "tests/common/latencyproxy.h"
#include "tests/common/testdatabase.h"
#include "ui/accounts/accountdetailsdialog.h"
#include "ui/groups/groupsettingsdialog.h"

#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace bc;
using bc::test::LatencyProxy;

// The settings and account dialogs over a network that goes away: a save that the server never
// answers keeps the dialog open with everything typed and says so in plain words; once the server
// is back, OK again saves what was typed. The server sits behind a LatencyProxy, which cuts the
// connections and refuses new ones on demand.
class DialogOutageTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void shouldKeepTheGroupSettingsTypedWhenTheServerIsLost();
    void shouldKeepTheAccountDetailsTypedWhenTheServerIsLost();

private:
    static QPushButton *okOf(QDialog *dialog)
    {
        return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }
    // The server goes away: open connections cut, new ones refused.
    void loseServer()
    {
        m_proxy->setDown(true);
        m_proxy->dropConnections();
    }
    // Presses OK until the dialog closes (the worker reconnects in the background); false when it
    // stays open for 20 s.
    static bool okUntilSaved(QDialog *dialog);

    std::unique_ptr<LatencyProxy> m_proxy;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<GroupService> m_groups;
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<CatalogService> m_catalog;
    qint64 m_contosoId = 0;
};

void DialogOutageTest::init()
{
    if (!bc::test::isServer())
        QSKIP("needs a database server behind a proxy: runs as tst_dialogoutage_postgresql and _mariadb");
    const QString location = bc::test::freshLocation(u"outage"_s);
    QVERIFY(!location.isEmpty());
    auto db = bc::test::openFixture(location);
    QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
    m_db = std::move(*db);
    m_groups = std::make_unique<GroupService>(*m_db);
    m_accounts = std::make_unique<AccountService>(*m_db);
    m_catalog = std::make_unique<CatalogService>(*m_db);
    m_contosoId = m_groups->create(m_groups->createRoot(u"Acme MSP"_s)->id, u"Contoso"_s)->id;

    QUrl url(location);
    m_proxy = std::make_unique<LatencyProxy>(url.host(), static_cast<quint16>(url.port()), 0);
    QVERIFY(m_proxy->start());
    url.setPort(m_proxy->port());
    auto address = DatabaseAddress::parse(url.toString());
    QVERIFY(address);
    m_workspace = std::make_unique<Workspace>(*address, Database::OpenOptions());
    auto opened = m_workspace->open();
    QTRY_VERIFY(opened.isFinished());
    QVERIFY2(opened.result(), qPrintable(opened.result() ? QString() : opened.result().error().message));
}

void DialogOutageTest::cleanup()
{
    m_workspace.reset();
    m_proxy.reset();
    QTRY_COMPARE_WITH_TIMEOUT(Workspace::runningThreads(), 0, 20000);
    m_catalog.reset();
    m_accounts.reset();
    m_groups.reset();
    m_db.reset();
}

bool DialogOutageTest::okUntilSaved(QDialog *dialog)
{
    QElapsedTimer waited;
    waited.start();
    while (dialog->isVisible() && waited.elapsed() < 20000) {
        if (okOf(dialog)->isEnabled())
            okOf(dialog)->click();
        QTest::qWait(100);
    }
    return !dialog->isVisible();
}

void DialogOutageTest::shouldKeepTheGroupSettingsTypedWhenTheServerIsLost()
{
    GroupSettingsDialog dialog(*m_workspace, m_contosoId, u"Contoso"_s);
    dialog.show();
    QTRY_VERIFY(dialog.isLoaded());
    auto *company = dialog.findChild<QLineEdit *>(u"contactCompany"_s);
    QTest::keyClicks(company, u"Contoso Ltd"_s);

    loseServer();
    okOf(&dialog)->click();
    QVERIFY(dialog.isSaving());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isSaving(), 20000);
    QVERIFY2(dialog.isVisible(), "a save the server did not answer closed the dialog");
    QCOMPARE(company->text(), u"Contoso Ltd"_s);
    auto *error = dialog.findChild<QLabel *>(u"settingsError"_s);
    QVERIFY2(error->isVisible() && !error->text().isEmpty(), "the dialog says why it did not save");
    QVERIFY2(!error->text().contains(u"QPSQL"_s) && !error->text().contains(u"QMYSQL"_s), qPrintable(error->text()));
    QVERIFY(okOf(&dialog)->isEnabled());

    m_proxy->setDown(false);
    QVERIFY2(okUntilSaved(&dialog), qPrintable(error->text()));
    QCOMPARE(m_catalog->settings(m_contosoId)->contactCompany, u"Contoso Ltd"_s);
}

void DialogOutageTest::shouldKeepTheAccountDetailsTypedWhenTheServerIsLost()
{
    AccountDraft draft;
    draft.login = u"alice"_s;
    draft.email = u"alice@contoso.com"_s;
    draft.firstName = u"Alice"_s;
    auto created = m_accounts->create(m_contosoId, draft);
    QVERIFY2(created, qPrintable(created ? QString() : created.error().message));

    AccountDetailsDialog dialog(*m_workspace, created->id);
    dialog.show();
    QTRY_VERIFY(dialog.isLoaded());
    auto *firstName = dialog.findChild<QLineEdit *>(u"firstName"_s);
    firstName->selectAll();
    QTest::keyClicks(firstName, u"Alicia"_s);

    loseServer();
    okOf(&dialog)->click();
    QVERIFY(dialog.isSaving());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isSaving(), 20000);
    QVERIFY2(dialog.isVisible(), "a save the server did not answer closed the dialog");
    QCOMPARE(firstName->text(), u"Alicia"_s);
    auto *error = dialog.findChild<QLabel *>(u"accountError"_s);
    QVERIFY2(error->isVisible() && !error->text().isEmpty(), "the dialog says why it did not save");

    m_proxy->setDown(false);
    QVERIFY2(okUntilSaved(&dialog), qPrintable(error->text()));
    QCOMPARE(m_accounts->account(created->id)->firstName, u"Alicia"_s);
}

QTEST_MAIN(DialogOutageTest)
#include "tst_dialogoutage.moc"
