#include "ui/accounts/accountlistpanel.h"

#include "core/platform/settings.h"
#include "core/services/accountpages.h"
#include "core/services/accountservice.h"
#include "ui/accounts/accountlistcolumns.h"
#include "ui/accounts/accountlistmodel.h"
#include "ui/accounts/columnchooser.h"
#include "ui/accounts/savedfiltersbutton.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QResizeEvent>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace bc {

AccountListPanel::AccountListPanel(const QString &databaseLocation, std::unique_ptr<AccountPages> pages,
                                   QWidget *parent)
    : QWidget(parent)
    , m_model(new AccountListModel(databaseLocation, std::move(pages), this))
    , m_databaseLocation(databaseLocation)
{
    m_statusLabel = new QLabel(tr("S&tatus:"), this);
    m_status = new QComboBox(this);
    m_status->setObjectName(u"statusFilter"_s);
    m_status->addItem(tr("All"), QString());
    for (auto status : {AccountStatus::Active, AccountStatus::Inactive, AccountStatus::Disabled})
        m_status->addItem(AccountText::label(status), toKey(status));
    // Not statuses, but what a helpdesk looks for as often (core's StatusFilter keys).
    m_status->insertSeparator(m_status->count());
    m_status->addItem(tr("Unlicensed"), toKey(AccountTrait::Unlicensed));
    m_status->addItem(tr("Administrators"), toKey(AccountTrait::Administrator));
    m_status->addItem(tr("Email failed"), toKey(AccountTrait::EmailFailed));
    m_status->setItemData(m_status->count() - 1, tr("Inactive accounts whose activation email could not be sent"),
                          Qt::ToolTipRole);
    m_statusLabel->setBuddy(m_status);

    m_searchLabel = new QLabel(tr("Sea&rch:"), this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"search"_s);
    m_search->setPlaceholderText(tr("Login, email or name"));
    m_search->setClearButtonEnabled(true);
    // Room for a login or an email address however narrow the window; the rest of the row wraps.
    m_search->setMinimumWidth(qMax(m_search->fontMetrics().horizontalAdvance(m_search->placeholderText()),
                                   m_search->fontMetrics().averageCharWidth() * 24)
                              + m_search->fontMetrics().averageCharWidth() * 4);
    m_searchLabel->setBuddy(m_search);

    m_includeSubgroups = new QCheckBox(tr("Include s&ubgroups"), this);
    m_includeSubgroups->setObjectName(u"includeSubgroups"_s);
    m_includeSubgroups->setChecked(true);

    m_count = new QLabel(this);
    m_count->setObjectName(u"accountCount"_s);
    m_savedFilters = new SavedFiltersButton([this] { return currentFilter(); }, this);
    connect(m_savedFilters, &SavedFiltersButton::applyRequested, this, &AccountListPanel::applySavedFilter);
    connect(m_savedFilters, &SavedFiltersButton::statusMessage, this, &AccountListPanel::statusMessage);
    m_tail = new QWidget(this);
    auto *tailLayout = new QHBoxLayout(m_tail);
    tailLayout->setContentsMargins(0, 0, 0, 0);
    tailLayout->setSpacing(12);
    tailLayout->addWidget(m_savedFilters);
    tailLayout->addWidget(m_count, 1);

    m_filters = new QGridLayout;
    m_filters->setHorizontalSpacing(12);
    arrangeFilters();

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
    fitHeaderSections();
    // The login names an account: it is always shown, so that the list never runs out of columns.
    m_columns = new ColumnChooser(m_view->horizontalHeader(), AccountListModel::LoginColumn, this);
    // A column made narrower than its title and sort arrow is widened back to them.
    connect(m_view->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int logical, int, int size) {
        if (const int fits = m_view->horizontalHeader()->sectionSizeHint(logical); size < fits)
            m_view->horizontalHeader()->resizeSection(logical, fits);
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_filters);
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
    // A new list replaces the rows, and with them the selection, without a selection signal.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (std::exchange(m_scrollToTop, false))
            m_view->scrollToTop();
        if (m_fitColumns && m_model->rowCount() > 0) {
            // The short values in this language ("Nicht lizenziert"), once; the user's widths after.
            m_fitColumns = false;
            for (int column :
                 {AccountListModel::StatusColumn, AccountListModel::AdminColumn, AccountListModel::StorageColumn,
                  AccountListModel::CreatedColumn, AccountListModel::LicenseColumn})
                m_view->resizeColumnToContents(column);
        }
        Q_EMIT selectionChanged();
    });
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
    StatusFilter::apply(query, m_status->currentData().toString());
    query.search = m_search->text().trimmed();
    // The order the header shows (a saved filter's, a restored header's).
    if (const int sorted = m_view->horizontalHeader()->sortIndicatorSection();
        sorted >= 0 && sorted < m_model->columnCount()) {
        query.sortColumn = AccountListModel::sortColumn(sorted);
        query.sortOrder = m_view->horizontalHeader()->sortIndicatorOrder();
    }
    if (query == m_model->query())
        return;
    // Another list: it starts at its top, not where the previous one was scrolled to.
    m_scrollToTop = true;
    m_view->scrollToTop();
    m_model->setQuery(query);
}

void AccountListPanel::arrangeFilters()
{
    // One row when everything fits beside a search field of its minimum width; else the
    // subgroups switch and the count go to a second row, so that the search never collapses.
    const int spacing = m_filters->horizontalSpacing();
    const int oneRow = m_statusLabel->sizeHint().width() + m_status->sizeHint().width()
        + m_searchLabel->sizeHint().width() + m_search->minimumWidth() + m_includeSubgroups->sizeHint().width()
        + m_savedFilters->sizeHint().width()
        + m_count->fontMetrics().horizontalAdvance(tr("%n account(s)", nullptr, 99999)) + 6 * spacing;
    // The panel may be narrower than one row (the layout would forbid it): two rows need this.
    setMinimumWidth(m_statusLabel->sizeHint().width() + m_status->sizeHint().width() + m_searchLabel->sizeHint().width()
                    + m_search->minimumWidth() + 3 * spacing);
    const int rows = width() > 0 && width() < oneRow ? 2 : 1;
    if (rows == m_filterRows)
        return;
    m_filterRows = rows;
    for (QWidget *widget : {static_cast<QWidget *>(m_statusLabel), static_cast<QWidget *>(m_status),
                            static_cast<QWidget *>(m_searchLabel), static_cast<QWidget *>(m_search),
                            static_cast<QWidget *>(m_includeSubgroups), m_tail})
        m_filters->removeWidget(widget);
    for (int column = 0; column < 6; ++column)
        m_filters->setColumnStretch(column, 0);
    m_filters->addWidget(m_statusLabel, 0, 0);
    m_filters->addWidget(m_status, 0, 1);
    m_filters->addWidget(m_searchLabel, 0, 2);
    m_filters->addWidget(m_search, 0, 3);
    if (rows == 1) {
        m_filters->addWidget(m_includeSubgroups, 0, 4);
        m_filters->addWidget(m_tail, 0, 5);
    } else {
        m_filters->addWidget(m_includeSubgroups, 1, 1, 1, 2);
        m_filters->addWidget(m_tail, 1, 3);
    }
    m_filters->setColumnStretch(3, 1);
}

void AccountListPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrangeFilters();
}

void AccountListPanel::fitHeaderSections()
{
    QHeaderView *header = m_view->horizontalHeader();
    for (int logical = 0; logical < header->count(); ++logical) {
        // The header's own measure: its title in its font, with room for the sort arrow.
        if (const int fits = header->sectionSizeHint(logical); header->sectionSize(logical) < fits)
            header->resizeSection(logical, fits);
    }
}

void AccountListPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

QStringList AccountListPanel::selectedLogins(int count) const
{
    // The loaded rows, in list order (as selectedAccountIds()): never an index per selected row.
    QStringList logins;
    const QItemSelectionModel *selected = m_view->selectionModel();
    for (const auto &[row, account] : m_model->loadedRows()) {
        if (logins.size() >= count)
            break;
        if (selected->isRowSelected(row))
            logins.append(account.login);
    }
    return logins;
}

void AccountListPanel::updateCount()
{
    m_count->setText(tr("%n account(s)", nullptr, m_model->rowCount()));
}

QList<qint64> AccountListPanel::selectedAccountIds() const
{
    // The loaded rows that are selected, not selectedRows(): a whole list of a million rows would
    // make a million indexes.
    QList<qint64> ids;
    const QItemSelectionModel *selected = m_view->selectionModel();
    if (!selected->hasSelection())
        return ids;
    for (const auto &[row, account] : m_model->loadedRows()) {
        if (selected->isRowSelected(row))
            ids.append(account.id);
    }
    return ids;
}

bool AccountListPanel::isWholeListSelected() const
{
    const int rows = m_model->rowCount();
    const QItemSelection selected = m_view->selectionModel()->selection();
    return rows > 0 && std::any_of(selected.cbegin(), selected.cend(), [rows](const QItemSelectionRange &range) {
               return range.top() == 0 && range.bottom() == rows - 1;
           });
}

AccountSelection AccountListPanel::selection() const
{
    // The filter only when it says more than the ids: a list whose rows are all loaded is its ids.
    if (isWholeListSelected() && std::cmp_greater(m_model->rowCount(), m_model->loadedRows().size()))
        return AccountSelection::allOf(m_model->query(), m_model->rowCount());
    return AccountSelection::of(selectedAccountIds());
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

QAction *AccountListPanel::columnsAction() const
{
    return m_columns->action();
}

void AccountListPanel::setSavedFiltersOwner(Settings &settings, const QString &operatorLogin)
{
    m_savedFilters->setStore(&settings, m_databaseLocation, operatorLogin);
}

SavedFilter AccountListPanel::currentFilter() const
{
    const QHeaderView *header = m_view->horizontalHeader();
    SavedFilter filter;
    filter.status = m_status->currentData().toString();
    filter.search = m_search->text().trimmed();
    filter.groupId = m_groupId;
    filter.includeSubgroups = m_includeSubgroups->isChecked();
    for (int column = 0; column < AccountListModel::ColumnCount; ++column) {
        if (header->isSectionHidden(column))
            filter.hiddenColumns.append(AccountListColumns::key(column));
    }
    filter.sortColumn = AccountListColumns::key(header->sortIndicatorSection());
    filter.sortOrder = header->sortIndicatorOrder();
    return filter;
}

void AccountListPanel::applySavedFilter(const SavedFilter &filter)
{
    {
        // One new query below, not one per widget.
        const QSignalBlocker searchBlocker(m_search);
        const QSignalBlocker statusBlocker(m_status);
        const QSignalBlocker subgroupsBlocker(m_includeSubgroups);
        m_searchDelay.stop();
        m_status->setCurrentIndex(qMax(0, m_status->findData(filter.status)));
        m_search->setText(filter.search);
        m_includeSubgroups->setChecked(filter.includeSubgroups);
        QHeaderView *header = m_view->horizontalHeader();
        for (int column = 0; column < AccountListModel::ColumnCount; ++column) {
            header->setSectionHidden(column,
                                     column != AccountListModel::LoginColumn
                                         && filter.hiddenColumns.contains(AccountListColumns::key(column)));
        }
        if (const int sorted = AccountListColumns::column(filter.sortColumn); sorted >= 0) {
            // The indicator only: applyFilter() puts the order in the query with the rest.
            const QSignalBlocker headerBlocker(header);
            header->setSortIndicator(sorted, filter.sortOrder);
        }
    }
    if (filter.groupId > 0 && filter.groupId != m_groupId)
        Q_EMIT groupRequested(filter.groupId);
    applyFilter();
    m_view->horizontalHeader()->viewport()->update();
    Q_EMIT statusMessage(tr("Filter \"%1\" applied.").arg(filter.name));
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

namespace {

// Column widths fit the titles of one language ("Nicht lizenziert" is wider than "License"):
// each language keeps its own.
QString headerLanguage()
{
    return QLocale::languageToCode(QLocale().language());
}

} // namespace

void AccountListPanel::restoreState(const Settings &settings)
{
    m_includeSubgroups->setChecked(settings.includeSubgroups());
    if (const QByteArray header = settings.accountHeaderState(headerLanguage()); !header.isEmpty())
        m_fitColumns = !m_view->horizontalHeader()->restoreState(header);
    // Whatever the file says, the login stays (ColumnChooser never hides it).
    m_view->horizontalHeader()->setSectionHidden(AccountListModel::LoginColumn, false);
    fitHeaderSections();
}

void AccountListPanel::saveState(Settings &settings) const
{
    settings.setIncludeSubgroups(m_includeSubgroups->isChecked());
    settings.setAccountHeaderState(headerLanguage(), m_view->horizontalHeader()->saveState());
}

} // namespace bc
