#include "core/domain/csv.h"
#include "core/domain/group.h"
#include "core/platform/settings.h"
#include "core/services/groupservice.h"
#include "core/services/workspace.h"
#include "core/storage/auditstore.h"
#include "core/storage/database.h"
#include "tests/common/fixture.h"
#include "tests/common/testdatabase.h"
#include "tests/ui/audittestlog.h"
#include "ui/audit/auditloglauncher.h"
#include "ui/audit/auditlogmodel.h"
#include "ui/audit/auditlogwindow.h"
#include "ui/widgets/csvfileexport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace bc;

// The audit log window on every backend: its filters driven from the keyboard narrow the rows, it
// follows new entries, and its CSV export writes exactly what the filters keep, or no file at all.
class AuditLogWindowTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void shouldKeepWhatTheFiltersKeep_data();
    void shouldKeepWhatTheFiltersKeep();
    void shouldWaitForAPauseInTypingBeforeSearching();
    void shouldFocusTheSearchWithCtrlF();
    void shouldCloseWithEscapeAndRememberItsSettings();
    void shouldShowNewEntriesAsTheyArrive();
    void shouldExportExactlyTheFilteredEntries_data();
    void shouldExportExactlyTheFilteredEntries();
    void shouldLeaveNoFileWhenTheExportIsCanceled_data();
    void shouldLeaveNoFileWhenTheExportIsCanceled();
    void shouldSayInPlainWordsWhenTheFileCannotBeWritten();
    void shouldOpenOneWindowFromTheViewMenuAtTheSelectedGroup();

private:
    // A window at `group` (none: all groups), shown, its first page read.
    AuditLogWindow *openWindow(const QString &group = QString());
    template<typename T> T *find(const QString &name) const
    {
        auto *widget = m_window ? m_window->findChild<T *>(name) : nullptr;
        if (!widget)
            qWarning("no widget %s", qPrintable(name));
        return widget;
    }
    QString summaries() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Database> m_db; // the test's own connection, to seed and check the log
    std::unique_ptr<Workspace> m_workspace;
    QPointer<AuditLogWindow> m_window;
    test::AuditTestLog m_log;
};

void AuditLogWindowTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<Settings>(m_dir->filePath(u"settings.ini"_s));
    m_log = {};
    m_db = m_log.openSeeded(u"auditlogwindow"_s);
    QVERIFY(m_db);
    m_workspace = test::openWorkspace(*m_db);
    QVERIFY(m_workspace);
}

void AuditLogWindowTest::cleanup()
{
    delete m_window.data();
    m_workspace.reset();
    QTRY_COMPARE(Workspace::runningThreads(), 0);
    m_db.reset();
    m_settings.reset();
    m_dir.reset();
}

AuditLogWindow *AuditLogWindowTest::openWindow(const QString &group)
{
    m_window = new AuditLogWindow(*m_workspace, *m_settings, group.isEmpty() ? 0 : m_log.groups.value(group), group);
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window) || !QTest::qWaitFor([this] { return !m_window->model()->isLoading(); }))
        qWarning("the audit log window did not show its entries");
    return m_window;
}

QString AuditLogWindowTest::summaries() const
{
    const AuditLogModel *model = m_window->model();
    QStringList out;
    for (int row = 0; row < model->rowCount(); ++row)
        out.append(model->index(row, AuditLogModel::SummaryColumn).data().toString());
    return out.join(u',');
}

void AuditLogWindowTest::shouldKeepWhatTheFiltersKeep_data()
{
    QTest::addColumn<QString>("group"); // where the window starts
    QTest::addColumn<QString>("filter"); // the widget changed
    QTest::addColumn<QString>("input"); // typed, or the item chosen
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    const QString all = u"frida,erik,dora,gold,fabrikam,bert,anna"_s;
    QTest::newRow("search") << QString() << u"auditSearchFilter"_s << u"ber"_s << all << u"bert"_s;
    QTest::newRow("operator") << QString() << u"auditActorFilter"_s << u"bob"_s << all << u"dora,bert"_s;
    QTest::newRow("object type") << QString() << u"auditObjectTypeFilter"_s << u"Profile"_s << all << u"gold"_s;
    QTest::newRow("subgroups off") << u"Contoso"_s << u"auditSubgroupsFilter"_s << QString() << u"erik,gold,bert,anna"_s
                                   << u"gold,anna"_s;
    QTest::newRow("all groups") << u"Contoso"_s << u"auditGroupFilter"_s << u"All groups"_s << u"erik,gold,bert,anna"_s
                                << all;
    QTest::newRow("since a day") << QString() << u"auditSinceFilter"_s << u"2026-03-02"_s << all << u"frida"_s;
    QTest::newRow("until a day") << QString() << u"auditUntilFilter"_s << u"2026-03-01"_s << all
                                 << u"erik,dora,gold,fabrikam,bert,anna"_s;
}

void AuditLogWindowTest::shouldKeepWhatTheFiltersKeep()
{
    QFETCH(QString, group);
    QFETCH(QString, filter);
    QFETCH(QString, input);
    QFETCH(QString, before);
    QFETCH(QString, after);
    openWindow(group);
    QCOMPARE(summaries(), before);
    QWidget *widget = find<QWidget>(filter);
    QVERIFY(widget);
    if (auto *edit = qobject_cast<QDateEdit *>(widget)) {
        edit->setDate(QDate::fromString(input, Qt::ISODate));
    } else if (auto *line = qobject_cast<QLineEdit *>(widget)) {
        line->setFocus();
        QTest::keyClicks(line, input);
    } else if (auto *combo = qobject_cast<QComboBox *>(widget)) {
        const int item = combo->findText(input);
        QVERIFY2(item >= 0, qPrintable(input));
        combo->setFocus();
        // From the keyboard: Down until the item is current.
        while (combo->currentIndex() != item)
            QTest::keyClick(combo, combo->currentIndex() < item ? Qt::Key_Down : Qt::Key_Up);
    } else if (auto *check = qobject_cast<QCheckBox *>(widget)) {
        check->setFocus();
        QTest::keyClick(check, Qt::Key_Space);
    }
    QTRY_COMPARE(summaries(), after);
    QTRY_VERIFY(!m_window->model()->isLoading());
    QCOMPARE(summaries(), after);
}

void AuditLogWindowTest::shouldWaitForAPauseInTypingBeforeSearching()
{
    openWindow();
    QLineEdit *search = find<QLineEdit>(u"auditSearchFilter"_s);
    QVERIFY(search);
    QSignalSpy reads(m_window->model(), &QAbstractItemModel::modelReset);
    for (const QChar key : u"eri"_s) {
        QTest::keyClicks(search, QString(key));
        QCoreApplication::processEvents(); // what a person's pause between keys lets run
    }
    // Not a read per key: the model still has the filter it had.
    QVERIFY(m_window->model()->query().search.isEmpty());
    QCOMPARE(m_window->model()->rowCount(), 7);
    QTRY_COMPARE(m_window->model()->query().search, u"eri"_s);
    QCOMPARE(reads.count(), 1);
    QTRY_COMPARE(summaries(), u"erik"_s);
}

void AuditLogWindowTest::shouldFocusTheSearchWithCtrlF()
{
    openWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QTableView *table = find<QTableView>(u"auditTable"_s);
    QLineEdit *search = find<QLineEdit>(u"auditSearchFilter"_s);
    QVERIFY(table && search);
    table->setFocus();
    QTRY_VERIFY(table->hasFocus());
    QTest::keyClick(table, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus());
    // Every filter is reachable with Tab, in the order they stand.
    QWidget *group = find<QWidget>(u"auditGroupFilter"_s);
    group->setFocus();
    QStringList order;
    for (QWidget *widget = group; widget && order.size() < 8; widget = widget->nextInFocusChain()) {
        if (widget->focusPolicy() & Qt::TabFocus && widget->objectName().startsWith(u"audit"_s))
            order.append(widget->objectName());
    }
    QCOMPARE(order.mid(0, 7),
             QStringList({u"auditGroupFilter"_s, u"auditSubgroupsFilter"_s, u"auditActorFilter"_s,
                          u"auditObjectTypeFilter"_s, u"auditSinceFilter"_s, u"auditUntilFilter"_s,
                          u"auditSearchFilter"_s}));
}

void AuditLogWindowTest::shouldCloseWithEscapeAndRememberItsSettings()
{
    openWindow(u"Contoso"_s);
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    auto *subgroups = find<QCheckBox>(u"auditSubgroupsFilter"_s);
    QVERIFY(subgroups && subgroups->isChecked());
    subgroups->setChecked(false);
    QTest::keyClick(find<QTableView>(u"auditTable"_s), Qt::Key_Escape);
    QTRY_VERIFY(!m_window); // closed and gone
    QVERIFY(!m_settings->auditIncludeSubgroups());
    QVERIFY(!m_settings->auditWindowGeometry().isEmpty());
    QVERIFY(!m_settings->auditHeaderState().isEmpty());
    openWindow(u"Contoso"_s);
    QVERIFY(!find<QCheckBox>(u"auditSubgroupsFilter"_s)->isChecked());
    QCOMPARE(summaries(), u"gold,anna"_s);
}

void AuditLogWindowTest::shouldShowNewEntriesAsTheyArrive()
{
    openWindow();
    QTableView *table = find<QTableView>(u"auditTable"_s);
    table->selectRow(2);
    const qint64 selected = m_window->model()->index(2, 0).data(AuditLogModel::IdRole).toLongLong();
    // Another console renames a group, which the log tells.
    auto elsewhere = test::openFixture(m_db->address());
    QVERIFY(elsewhere);
    QVERIFY(GroupService(**elsewhere).rename(m_log.groups.value(u"Fabrikam"_s), u"Alpine"_s));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->model()->rowCount(), 8, 10000);
    QCOMPARE(m_window->model()->index(0, AuditLogModel::ActionColumn).data(Qt::ToolTipRole).toString(),
             u"group.renamed"_s);
    // The selected entry stays selected.
    QCOMPARE(table->currentIndex().row(), 3);
    QCOMPARE(table->currentIndex().data(AuditLogModel::IdRole).toLongLong(), selected);
}

void AuditLogWindowTest::shouldExportExactlyTheFilteredEntries_data()
{
    QTest::addColumn<QString>("group");
    QTest::addColumn<QString>("actor");
    QTest::addColumn<int>("count");
    QTest::newRow("everything") << QString() << QString() << 7;
    QTest::newRow("an operator") << QString() << u"alice"_s << 4;
    QTest::newRow("a group and its subgroups") << u"Contoso"_s << QString() << 4;
    QTest::newRow("nothing kept") << u"Fabrikam"_s << u"carol"_s << 0;
}

void AuditLogWindowTest::shouldExportExactlyTheFilteredEntries()
{
    QFETCH(QString, group);
    QFETCH(QString, actor);
    QFETCH(int, count);
    openWindow(group);
    if (!actor.isEmpty()) {
        QTest::keyClicks(find<QLineEdit>(u"auditActorFilter"_s), actor);
        QTRY_COMPARE(m_window->model()->query().actor, actor);
        QTRY_VERIFY(!m_window->model()->isLoading());
    }
    const QString path = m_dir->filePath(u"audit.csv"_s);
    m_window->exportCsv(path);
    QVERIFY(m_window->csvExport()->isRunning());
    QTRY_VERIFY(!m_window->csvExport()->isRunning());
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    QStringList lines = QString::fromUtf8(file.readAll()).split(u"\r\n"_s);
    QCOMPARE(lines.takeLast(), QString()); // the last record ends with CR LF too
    QCOMPARE(lines.takeFirst(), u"id,at,actor,action,objectType,objectId,groupId,group,summary,before,after,origin"_s);
    QStringList ids;
    for (const QString &line : std::as_const(lines))
        ids.append(line.section(u',', 0, 0));
    QStringList expected;
    for (const AuditEntry &entry : test::AuditTestLog::expected(*m_db, m_window->query()))
        expected.append(QString::number(entry.id));
    QCOMPARE(ids, expected);
    QCOMPARE(ids.size(), count);
    if (count > 0) {
        // A whole record: the group's path and the origin, as `audit list --csv` writes them.
        QVERIFY2(lines.first().contains(u",MSP/Contoso/Sales,"_s) || lines.first().contains(u",MSP,"_s)
                     || lines.first().contains(u",MSP/Contoso,"_s),
                 qPrintable(lines.first()));
        QVERIFY(lines.first().endsWith(u"@desk"_s));
    }
}

void AuditLogWindowTest::shouldLeaveNoFileWhenTheExportIsCanceled_data()
{
    QTest::addColumn<bool>("fileBefore");
    QTest::addColumn<bool>("closeWindow"); // instead of Cancel
    QTest::newRow("a new file") << false << false;
    QTest::newRow("a file there before") << true << false;
    QTest::newRow("the window closed while exporting") << false << true;
}

void AuditLogWindowTest::shouldLeaveNoFileWhenTheExportIsCanceled()
{
    QFETCH(bool, fileBefore);
    QFETCH(bool, closeWindow);
    openWindow();
    QDir folder(m_dir->filePath(u"export"_s));
    QVERIFY(folder.mkpath(u"."_s));
    const QString path = folder.filePath(u"audit.csv"_s);
    if (fileBefore) {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old");
    }
    {
        // The worker is held, so that Cancel comes before the export has written anything.
        auto release = std::make_shared<QSemaphore>();
        m_workspace->run([release](WorkspaceServices &) {
            release->acquire();
            return Result<void>();
        });
        const auto unblock = qScopeGuard([release] { release->release(); });
        m_window->exportCsv(path);
        QProgressDialog *progress = m_window->csvExport()->progressDialog();
        QVERIFY(progress);
        if (closeWindow) {
            m_window->close();
            QTRY_VERIFY(!m_window);
        } else {
            Q_EMIT progress->canceled(); // the Cancel button
        }
    }
    if (closeWindow) {
        auto last = m_workspace->run([](WorkspaceServices &) { return Result<void>(); });
        QTRY_VERIFY(last.isFinished());
        QCOMPARE(folder.entryList(QDir::Files).size(), 0);
        return;
    }
    QTRY_VERIFY(!m_window->csvExport()->isRunning());
    QCOMPARE(folder.entryList(QDir::Files).size(), fileBefore ? 1 : 0);
    if (fileBefore) {
        QFile old(path);
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("old"));
    }
    QCOMPARE(find<QLabel>(u"auditStatus"_s)->text(), u"The export was canceled; no file was written."_s);
}

void AuditLogWindowTest::shouldSayInPlainWordsWhenTheFileCannotBeWritten()
{
    openWindow();
    const QString path = m_dir->filePath(u"no such folder/audit.csv"_s);
    m_window->exportCsv(path);
    QTRY_VERIFY(!m_window->csvExport()->isRunning());
    QVERIFY(!QFile::exists(path));
    auto *box = find<QMessageBox>(u"auditExportError"_s);
    QVERIFY(box);
    QVERIFY2(box->text().contains(u"may not write"_s), qPrintable(box->text()));
    box->close();
}

void AuditLogWindowTest::shouldOpenOneWindowFromTheViewMenuAtTheSelectedGroup()
{
    QWidget mainWindow;
    QMenu view(u"&View"_s);
    Group contoso;
    contoso.id = m_log.groups.value(u"Contoso"_s);
    contoso.name = u"Contoso"_s;
    AuditLogLauncher launcher(
        *m_workspace, *m_settings, [&contoso] { return &contoso; }, &view, &mainWindow);
    QVERIFY(view.actions().contains(launcher.action()));
    QCOMPARE(launcher.action()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    QVERIFY(!launcher.auditWindow());
    launcher.action()->trigger();
    m_window = launcher.auditWindow();
    QVERIFY(m_window);
    QVERIFY(m_window->isVisible());
    QVERIFY(!m_window->isModal());
    QCOMPARE(find<QComboBox>(u"auditGroupFilter"_s)->currentText(), u"Contoso"_s);
    QTRY_COMPARE(summaries(), u"erik,gold,bert,anna"_s);
    launcher.action()->trigger(); // raises the one there is
    QCOMPARE(launcher.auditWindow(), m_window.data());
    QCOMPARE(mainWindow.findChildren<AuditLogWindow *>().size(), 1);
}

QTEST_MAIN(AuditLogWindowTest)
#include "tst_auditlogwindow.moc"
