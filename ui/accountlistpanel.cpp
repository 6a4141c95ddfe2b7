#include "accountlistpanel.h"

#include "accountlistmodel.h"
#include "accountservice.h"
#include "settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bc {

AccountListPanel::AccountListPanel(AccountService &accounts, QWidget *parent)
    : QWidget(parent)
    , m_model(new AccountListModel(accounts, this))
{
    auto *statusLabel = new QLabel(tr("S&tatus:"), this);
    m_status = new QComboBox(this);
    m_status->setObjectName(u"statusFilter"_s);
    m_status->addItem(tr("All"), QString());
    for (auto status : {AccountStatus::Active, AccountStatus::Inactive, AccountStatus::Disabled})
        m_status->addItem(AccountText::label(status), AccountText::key(status));
    statusLabel->setBuddy(m_status);

    auto *searchLabel = new QLabel(tr("Sea&rch:"), this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"search"_s);
    m_search->setPlaceholderText(tr("Login, email or name"));
    m_search->setClearButtonEnabled(true);
    searchLabel->setBuddy(m_search);

    m_includeSubgroups = new QCheckBox(tr("Include s&ubgroups"), this);
    m_includeSubgroups->setObjectName(u"includeSubgroups"_s);
    m_includeSubgroups->setChecked(true);

    m_count = new QLabel(this);
    m_count->setObjectName(u"accountCount"_s);

    auto *filters = new QHBoxLayout;
    filters->addWidget(statusLabel);
    filters->addWidget(m_status);
    filters->addSpacing(12);
    filters->addWidget(searchLabel);
    filters->addWidget(m_search, 1);
    filters->addSpacing(12);
    filters->addWidget(m_includeSubgroups);
    filters->addSpacing(12);
    filters->addWidget(m_count);

    m_view = new QTableView(this);
    m_view->setObjectName(u"accountList"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AccountListModel::LoginColumn, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(AccountListModel::LoginColumn, 110);
    m_view->setColumnWidth(AccountListModel::NameColumn, 120);
    m_view->setColumnWidth(AccountListModel::EmailColumn, 200);
    m_view->setColumnWidth(AccountListModel::StatusColumn, 75);
    m_view->setColumnWidth(AccountListModel::AdminColumn, 55);
    m_view->setColumnWidth(AccountListModel::StorageColumn, 95);
    m_view->setColumnWidth(AccountListModel::CreatedColumn, 95);
    m_view->setColumnWidth(AccountListModel::LicenseColumn, 85);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_view);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(250);
    connect(&m_searchDelay, &QTimer::timeout, this, &AccountListPanel::applyFilter);
    connect(m_search, &QLineEdit::textChanged, &m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &AccountListPanel::applyFilter);
    connect(m_status, &QComboBox::currentIndexChanged, this, &AccountListPanel::applyFilter);
    connect(m_includeSubgroups, &QCheckBox::toggled, this, &AccountListPanel::applyFilter);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AccountListPanel::selectionChanged);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const qint64 id = m_model->accountId(index.row()))
            Q_EMIT accountActivated(id);
    });
    connect(m_model, &AccountListModel::settled, this, [this] {
        if (m_selecting != 0)
            placeSelection();
    });
    connect(m_model, &AccountListModel::accountLocated, this, [this](qint64 id, int row) {
        if (id != m_selecting)
            return;
        m_selecting = 0;
        if (row >= 0)
            selectRow(row);
        else
            Q_EMIT accountNotListed(id);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &AccountListPanel::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AccountListPanel::updateCount);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &AccountListPanel::updateCount);
    updateCount();
}

void AccountListPanel::setGroup(qint64 groupId)
{
    m_groupId = groupId;
    applyFilter();
}

void AccountListPanel::applyFilter()
{
    m_searchDelay.stop();
    AccountQuery query = m_model->query();
    query.groupId = m_groupId;
    query.includeSubgroups = m_includeSubgroups->isChecked();
    query.status = AccountText::statusFromKey(m_status->currentData().toString());
    query.search = m_search->text().trimmed();
    m_model->setQuery(query);
}

void AccountListPanel::updateCount()
{
    m_count->setText(tr("%n account(s)", nullptr, m_model->rowCount()));
}

QList<qint64> AccountListPanel::selectedAccountIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        if (const qint64 id = m_model->accountId(index.row()))
            ids.append(id);
    }
    return ids;
}

void AccountListPanel::selectAccount(qint64 id)
{
    m_selecting = id;
    // While the list loads or places a change (on its worker thread), rows still move: the
    // selection is placed once it stands (settled()).
    if (m_model->isSettled())
        placeSelection();
}

void AccountListPanel::clearFilters()
{
    // One new query, now: not one per widget, nor a search applied later by the typing delay.
    const QSignalBlocker searchBlocker(m_search);
    const QSignalBlocker statusBlocker(m_status);
    m_searchDelay.stop();
    m_search->clear();
    m_status->setCurrentIndex(0);
    applyFilter();
}

void AccountListPanel::placeSelection()
{
    if (const int row = m_model->rowOfAccount(m_selecting); row >= 0) {
        m_selecting = 0;
        selectRow(row);
        return;
    }
    // Not on a loaded page: the worker counts the rows before it (accountLocated()). If the list
    // changes meanwhile the answer is dropped, and settled() asks again.
    m_model->locateAccount(m_selecting);
}

void AccountListPanel::selectRow(int row)
{
    const QModelIndex index = m_model->index(row, AccountListModel::LoginColumn);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

void AccountListPanel::restoreState(const Settings &settings)
{
    m_includeSubgroups->setChecked(settings.includeSubgroups());
    if (const QByteArray header = settings.accountHeaderState(); !header.isEmpty())
        m_view->horizontalHeader()->restoreState(header);
}

void AccountListPanel::saveState(Settings &settings) const
{
    settings.setIncludeSubgroups(m_includeSubgroups->isChecked());
    settings.setAccountHeaderState(m_view->horizontalHeader()->saveState());
}

} // namespace bc
