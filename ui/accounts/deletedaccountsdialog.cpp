#include "ui/accounts/deletedaccountsdialog.h"

#include "core/platform/settings.h"
#include "core/services/accountservice.h"
#include "core/services/actingoperator.h"
#include "core/services/groupservice.h"
#include "core/services/workspace.h"
#include "ui/accounts/accountactions.h"
#include "ui/accounts/bulkactionrunner.h"
#include "ui/accounts/deletedaccountsmodel.h"
#include "ui/widgets/fieldmessage.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bc {

// What one read of the bin gives: the kept accounts the operator reaches, their groups' paths, the
// retention period, and whether the operator may change it (the whole database's settings).
struct DeletedAccountsDialog::Loaded
{
    QList<DeletedAccount> accounts;
    QHash<qint64, QString> groupPaths;
    int retentionDays = 0;
    bool maySetRetention = false;
    QString retentionRefusal;
};

DeletedAccountsDialog::DeletedAccountsDialog(Workspace &workspace, Settings &settings, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_settings(settings)
{
    setObjectName(u"deletedAccountsDialog"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Deleted Accounts"));

    m_model = new DeletedAccountsModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(DeletedAccountsModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1); // any column
    m_runner = new BulkActionRunner(workspace, this);

    m_search = new QLineEdit(this);
    m_search->setObjectName(u"deletedAccountsSearch"_s);
    m_search->setPlaceholderText(tr("A part of the login, name, email or group"));
    m_search->setClearButtonEnabled(true);
    auto *searchLabel = new QLabel(tr("Sea&rch:"), this);
    searchLabel->setBuddy(m_search);

    m_table = new QTableView(this);
    m_table->setObjectName(u"deletedAccountsTable"_s);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(DeletedAccountsModel::DeletedColumn, Qt::DescendingOrder); // the latest first
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Every column fits the dialog's first size: "Purged on" is not scrolled out of sight.
    m_table->horizontalHeader()->resizeSection(DeletedAccountsModel::LoginColumn, 120);
    m_table->horizontalHeader()->resizeSection(DeletedAccountsModel::EmailColumn, 190);
    m_table->horizontalHeader()->resizeSection(DeletedAccountsModel::GroupColumn, 170);
    m_table->horizontalHeader()->resizeSection(DeletedAccountsModel::StatusColumn, 80);
    m_table->horizontalHeader()->resizeSection(DeletedAccountsModel::DeletedColumn, 140);
    m_table->horizontalHeader()->restoreState(settings.deletedAccountsHeaderState());

    m_status = new QLabel(tr("Loading…"), this);
    m_status->setObjectName(u"deletedAccountsStatus"_s);
    m_status->setWordWrap(true);
    m_problems = new QLabel(this);
    m_problems->setObjectName(u"deletedAccountsProblems"_s);
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->hide();

    m_retention = new QSpinBox(this);
    m_retention->setObjectName(u"retentionDays"_s);
    // Core decides what is allowed (AccountService::setBinRetentionDays) and says so under the field.
    m_retention->setRange(1, 99999);
    //: After the number of days in "Keep deleted accounts for [30] days".
    m_retention->setSuffix(tr(" days"));
    m_retention->setEnabled(false);
    m_retention->setKeyboardTracking(false);
    auto *retentionLabel = new QLabel(tr("&Keep deleted accounts for:"), this);
    retentionLabel->setBuddy(m_retention);
    m_retentionMessage = new FieldMessage(m_retention, this);

    m_restore = new QPushButton(tr("&Restore"), this);
    m_restore->setObjectName(u"restoreAccountsButton"_s);
    m_restore->setToolTip(tr("Bring the selected accounts back, with their groups, quotas, links and history"));
    m_purge = new QPushButton(tr("&Delete permanently…"), this);
    m_purge->setObjectName(u"purgeAccountsButton"_s);
    m_purge->setToolTip(tr("Delete the selected accounts for good; they cannot be restored afterwards"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_restore, QDialogButtonBox::ActionRole);
    buttons->addButton(m_purge, QDialogButtonBox::ActionRole);
    // Enter in the search or the days field is not a click on Restore.
    for (QPushButton *button : buttons->findChildren<QPushButton *>())
        button->setAutoDefault(false);

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    auto *retentionRow = new QHBoxLayout;
    retentionRow->addWidget(retentionLabel);
    retentionRow->addWidget(m_retention);
    retentionRow->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_problems);
    layout->addLayout(retentionRow);
    layout->addWidget(m_retentionMessage);
    layout->addWidget(buttons);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        updateStatus();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DeletedAccountsDialog::updateButtons);
    connect(m_restore, &QPushButton::clicked, this, &DeletedAccountsDialog::restoreSelected);
    connect(m_purge, &QPushButton::clicked, this, &DeletedAccountsDialog::purgeSelected);
    connect(m_retention, &QSpinBox::editingFinished, this, &DeletedAccountsDialog::saveRetention);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // Accounts deleted here or elsewhere arrive in the bin; restored ones leave it. A burst of
    // changes is read once.
    m_changes = new QTimer(this);
    m_changes->setSingleShot(true);
    m_changes->setInterval(200);
    connect(m_changes, &QTimer::timeout, this, &DeletedAccountsDialog::reload);
    const auto changed = [this] {
        m_changes->start();
    };
    connect(&workspace, &Workspace::accountRemoved, this, changed);
    connect(&workspace, &Workspace::accountsRemoved, this, changed);
    connect(&workspace, &Workspace::accountsAdded, this, changed);
    connect(&workspace, &Workspace::changedElsewhere, this, changed);

    if (!restoreGeometry(settings.deletedAccountsGeometry()))
        resize(960, 540);
    updateButtons();
    reload();
}

DeletedAccountsDialog::~DeletedAccountsDialog()
{
    // QDialog's destructor hides the dialog, which takes the focus from the field: no save then.
    disconnect(m_retention, nullptr, this, nullptr);
}

void DeletedAccountsDialog::reload()
{
    m_changes->stop();
    ++m_pendingLoads;
    const quint64 generation = ++m_generation;
    updateStatus();
    m_workspace.call(
        this,
        [](WorkspaceServices &services) -> Result<Loaded> {
            Loaded loaded;
            auto days = services.accounts.binRetentionDays();
            if (!days)
                return fail(days.error());
            loaded.retentionDays = *days;
            // The database's settings are the top group's operators' (as Email settings… are).
            auto everywhere = services.acting.permissionsIn(0);
            if (!everywhere)
                return fail(everywhere.error());
            loaded.maySetRetention = everywhere->allows(Permission::ManageSettings);
            loaded.retentionRefusal = everywhere->refusal(Permission::ManageSettings);
            // What the operator reaches: its own group and those below it, or every group.
            auto top = services.acting.topGroup();
            if (!top)
                return fail(top.error());
            if (!*top)
                return loaded; // no group yet: nothing was ever deleted
            auto kept = services.accounts.deletedAccounts((*top)->id);
            if (!kept)
                return fail(kept.error());
            loaded.accounts = std::move(*kept);
            QSet<qint64> groups;
            for (const DeletedAccount &entry : std::as_const(loaded.accounts))
                groups.insert(entry.account.groupId);
            if (!groups.isEmpty()) {
                auto paths = services.groups.paths(groups.values());
                if (!paths)
                    return fail(paths.error());
                loaded.groupPaths = std::move(*paths);
            }
            return loaded;
        },
        [this, generation](const Result<Loaded> &answer) {
            --m_pendingLoads;
            if (generation != m_generation)
                return; // a newer read is on its way
            m_loadedOnce = true;
            if (!answer) {
                m_loadError = answer.error().message;
            } else {
                m_loadError.clear();
                showLoaded(*answer);
            }
            updateButtons();
            updateStatus();
            Q_EMIT loaded();
        });
}

void DeletedAccountsDialog::showLoaded(const Loaded &loaded)
{
    const QList<qint64> selected = selectedIds();
    const int current = m_proxy->mapToSource(m_table->currentIndex()).row();
    const qint64 currentId = current >= 0 && m_model->at(current) ? m_model->at(current)->account.id : 0;
    m_model->setAccounts(loaded.accounts, loaded.groupPaths, loaded.retentionDays);
    // The accounts still kept stay selected.
    QItemSelection keep;
    for (qint64 id : selected) {
        const int row = m_model->rowOf(id);
        if (row < 0)
            continue;
        const QModelIndex first = m_proxy->mapFromSource(m_model->index(row, 0));
        if (first.isValid())
            keep.select(first, first.siblingAtColumn(DeletedAccountsModel::ColumnCount - 1));
    }
    if (const int row = m_model->rowOf(currentId); row >= 0)
        m_table->selectionModel()->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)),
                                                   QItemSelectionModel::NoUpdate);
    m_table->selectionModel()->select(keep, QItemSelectionModel::ClearAndSelect);

    m_maySetRetention = loaded.maySetRetention;
    m_retention->setToolTip(loaded.maySetRetention ? QString() : loaded.retentionRefusal);
    // What the person is typing is not overwritten by a read that comes meanwhile.
    if (!m_retention->hasFocus() || m_savedDays == 0) {
        const QSignalBlocker blocker(m_retention);
        m_retention->setValue(loaded.retentionDays);
    }
    m_savedDays = loaded.retentionDays;
}

QList<qint64> DeletedAccountsDialog::selectedIds() const
{
    QList<qint64> ids;
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &index : std::as_const(rows))
        ids.append(index.data(DeletedAccountsModel::IdRole).toLongLong());
    return ids;
}

void DeletedAccountsDialog::selection(QList<qint64> &ids, QList<qint64> &groupIds, QStringList &logins) const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &index : std::as_const(rows)) {
        ids.append(index.data(DeletedAccountsModel::IdRole).toLongLong());
        if (const qint64 group = index.data(DeletedAccountsModel::GroupIdRole).toLongLong(); !groupIds.contains(group))
            groupIds.append(group);
        if (logins.size() < 5)
            logins.append(index.siblingAtColumn(DeletedAccountsModel::LoginColumn).data().toString());
    }
}

namespace {

// The job of Restore and Delete permanently: refused as a whole unless the operator may delete
// accounts in every group of the selection (ActingOperator::refusesBulk, as Delete asks).
BulkActionRunner::Job binJob(const QList<qint64> &ids, const QList<qint64> &groupIds, bool restoring)
{
    return [ids, groupIds, restoring](WorkspaceServices &services, const BulkProgress &progress) {
        for (qint64 groupId : groupIds) {
            if (auto refused = services.acting.refusesBulk(Permission::DeleteAccounts, groupId, ids.size()))
                return *refused;
        }
        // Restoring gives back what each account had: the administrator switch, its security groups.
        const auto mayRestore = [&services](const Account &account) {
            return services.acting.mayGrant(account.draft());
        };
        return restoring ? services.accounts.restoreAll(ids, progress, mayRestore)
                         : services.accounts.purgeAll(ids, progress);
    };
}

} // namespace

void DeletedAccountsDialog::restoreSelected()
{
    QList<qint64> ids;
    QList<qint64> groupIds;
    QStringList logins;
    selection(ids, groupIds, logins);
    if (ids.isEmpty() || m_runner->isRunning())
        return;
    if (m_runner->run(tr("Restoring accounts…"), static_cast<int>(ids.size()), binJob(ids, groupIds, true),
                      [this](const BulkOutcome &outcome) { finishRun(outcome, true); }))
        updateButtons();
}

void DeletedAccountsDialog::purgeSelected()
{
    QList<qint64> ids;
    QList<qint64> groupIds;
    QStringList logins;
    selection(ids, groupIds, logins);
    if (ids.isEmpty() || m_runner->isRunning())
        return;
    const int total = static_cast<int>(ids.size());
    QString question = tr("Delete %n account(s) permanently? They can no longer be restored.", nullptr, total);
    if (total == 1 && logins.size() == 1)
        question = tr("Delete the account \"%1\" permanently? It can no longer be restored.").arg(logins.first());
    QMessageBox box(QMessageBox::Warning, tr("Delete accounts permanently"), question, QMessageBox::Cancel, this);
    box.setObjectName(u"purgeAccountsQuestion"_s);
    if (total > 1)
        box.setInformativeText(AccountActions::describeAccounts(logins, total));
    QPushButton *confirm = box.addButton(tr("Delete permanently"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != confirm)
        return;
    if (m_runner->run(tr("Deleting accounts permanently…"), total, binJob(ids, groupIds, false),
                      [this](const BulkOutcome &outcome) { finishRun(outcome, false); }))
        updateButtons();
}

void DeletedAccountsDialog::finishRun(const BulkOutcome &outcome, bool restoring)
{
    const int done = static_cast<int>(outcome.changed.size());
    m_outcome = restoring ? tr("%n account(s) restored.", nullptr, done)
                          : tr("%n account(s) deleted permanently.", nullptr, done);
    QStringList problems = BulkActionRunner::problems(outcome, 5);
    if (const QString stopped = BulkActionRunner::interruption(outcome); !stopped.isEmpty() && !outcome.stoppedBy)
        problems.prepend(stopped);
    m_problems->setText(problems.join(u'\n'));
    m_problems->setVisible(!problems.isEmpty());
    reload();
}

void DeletedAccountsDialog::saveRetention()
{
    const int days = m_retention->value();
    if (!m_maySetRetention || m_saving || (days == m_savedDays && !m_retentionMessage->hasError()))
        return;
    m_saving = true;
    m_workspace.call(
        this,
        [days](WorkspaceServices &services) -> Result<void> {
            if (auto allowed = services.acting.allows(Permission::ManageSettings, 0); !allowed)
                return allowed;
            return services.accounts.setBinRetentionDays(days);
        },
        [this, days](const Result<void> &saved) {
            m_saving = false;
            if (!m_retentionMessage->showResult(saved))
                return;
            m_savedDays = days;
            reload(); // "Purged on" follows
        });
}

void DeletedAccountsDialog::updateButtons()
{
    const bool any = m_table->selectionModel()->hasSelection();
    const bool idle = !m_runner->isRunning();
    m_restore->setEnabled(any && idle);
    m_purge->setEnabled(any && idle);
    m_retention->setEnabled(m_loadedOnce && m_maySetRetention);
}

void DeletedAccountsDialog::updateStatus()
{
    QString text;
    if (!m_loadedOnce)
        text = tr("Loading…");
    else if (!m_loadError.isEmpty())
        text = m_loadError;
    else if (m_model->rowCount() == 0)
        text = tr("No deleted accounts are kept.");
    else if (m_proxy->rowCount() != m_model->rowCount())
        text =
            tr("%1 of %n deleted account(s) match the search.", nullptr, m_model->rowCount()).arg(m_proxy->rowCount());
    else
        text = tr("%n deleted account(s).", nullptr, m_model->rowCount());
    if (!m_outcome.isEmpty())
        text = m_outcome + u' ' + text;
    m_status->setText(text);
}

void DeletedAccountsDialog::hideEvent(QHideEvent *event)
{
    m_settings.setDeletedAccountsGeometry(saveGeometry());
    m_settings.setDeletedAccountsHeaderState(m_table->horizontalHeader()->saveState());
    m_settings.sync();
    QDialog::hideEvent(event);
}

} // namespace bc
