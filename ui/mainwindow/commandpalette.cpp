#include "ui/mainwindow/commandpalette.h"

#include "core/services/quicksearch.h"
#include "ui/mainwindow/commandpalettemodel.h"

#include <QAction>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QTreeView>
#include <QVBoxLayout>

#include <cstdlib>
#include <utility>

using namespace Qt::StringLiterals;

namespace bc {

CommandPalette::CommandPalette(QMainWindow &window, const QString &databaseLocation, qint64 within, QWidget *parent)
    : QFrame(parent, Qt::Popup)
    , m_window(window)
    , m_model(new CommandPaletteModel(this))
    , m_search(new QuickSearch(databaseLocation, within, this))
{
    setObjectName(u"commandPalette"_s);
    setFrameShape(QFrame::StyledPanel);
    setFrameShadow(QFrame::Raised);

    m_text = new QLineEdit(this);
    m_text->setObjectName(u"commandPaletteText"_s);
    m_text->setPlaceholderText(tr("Run an action, or go to a group (Acme/Contoso) or an account (login, email, name)"));
    m_text->setClearButtonEnabled(true);
    m_text->setAccessibleName(tr("Go to anything"));
    m_text->installEventFilter(this);
    setFocusProxy(m_text);

    m_list = new QTreeView(this);
    m_list->setObjectName(u"commandPaletteList"_s);
    m_list->setModel(m_model);
    m_list->setAccessibleName(tr("Actions, groups and accounts found"));
    m_list->setHeaderHidden(true);
    m_list->setRootIsDecorated(false);
    m_list->setItemsExpandable(false);
    m_list->setIndentation(0);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // The keys stay in the line; the list follows them.
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(CommandPaletteModel::TitleColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(CommandPaletteModel::DetailColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(CommandPaletteModel::HintColumn, QHeaderView::ResizeToContents);

    m_status = new QLabel(this);
    m_status->setObjectName(u"commandPaletteStatus"_s);
    m_status->setWordWrap(true);
    m_status->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_text);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);

    m_delay.setSingleShot(true);
    m_delay.setInterval(searchDelayMs);
    connect(&m_delay, &QTimer::timeout, this, &CommandPalette::search);
    connect(m_text, &QLineEdit::textChanged, this, &CommandPalette::onTextEdited);
    connect(m_list, &QTreeView::clicked, this, [this](const QModelIndex &index) {
        if (m_model->isRunnable(index.row()))
            run(index.row());
    });
    // Headings span the row; the palette is as tall as its rows (within bounds).
    const auto layOutRows = [this] {
        for (int row = 0; row < m_model->rowCount(); ++row)
            m_list->setFirstColumnSpanned(row, {}, m_model->kind(row) == CommandPaletteModel::Kind::Heading);
        fitHeight();
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, layOutRows);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, layOutRows);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, layOutRows);

    connect(m_search, &QuickSearch::groupsFound, this, &CommandPalette::onGroupsFound);
    connect(m_search, &QuickSearch::accountsFound, this, &CommandPalette::onAccountsFound);
    connect(m_search, &QuickSearch::failed, this, &CommandPalette::onFailed);
}

CommandPalette::~CommandPalette() = default;

void CommandPalette::popup(const QAction *exclude)
{
    m_model->setActions(CommandPaletteModel::actionsOf(*m_window.menuBar(), exclude));
    m_text->clear();
    onTextEdited();
    // Over the top of the window, like an editor's: centred, below the menus.
    const int width = qBound(420, m_window.width() * 3 / 5, 760);
    const QPoint topLeft = m_window.mapToGlobal(QPoint(0, 0));
    move(topLeft.x() + (m_window.width() - width) / 2, topLeft.y() + m_window.menuBar()->height() + 8);
    resize(width, height());
    fitHeight();
    show();
    activateWindow();
    m_text->setFocus(Qt::PopupFocusReason);
}

void CommandPalette::fitHeight()
{
    const int rowHeight = m_model->rowCount() > 0 ? m_list->sizeHintForRow(0) : m_list->fontMetrics().height() + 6;
    // Room for 6 rows at least, so that it does not jump while typing; at most what fits the window.
    const int most = qMax(6, (m_window.height() * 3 / 5) / qMax(1, rowHeight));
    const int rows = qBound(6, m_model->rowCount(), most);
    m_list->setFixedHeight(rows * rowHeight + 2 * m_list->frameWidth());
    resize(width(), sizeHint().height());
}

void CommandPalette::hideEvent(QHideEvent *event)
{
    // Whatever is still on its way is of no use now.
    m_delay.stop();
    m_search->supersede(++m_generation);
    m_searching = false;
    m_runWhenFound = false;
    QFrame::hideEvent(event);
}

void CommandPalette::onTextEdited()
{
    const QString text = m_text->text();
    m_model->setText(text);
    m_moved = false;
    m_runWhenFound = false;
    m_error.clear();
    ensureCurrentRow();
    // An answer for the text before is of no use now.
    m_search->supersede(++m_generation);
    if (text.trimmed().isEmpty()) {
        m_delay.stop();
        m_searching = false;
    } else {
        // The actions are there at once; the database is asked once typing pauses.
        m_searching = true;
        m_delay.start();
    }
    showStatus();
}

void CommandPalette::search()
{
    m_search->search(m_generation, m_text->text(), resultLimit);
}

void CommandPalette::onGroupsFound(quint64 generation, const QList<GroupMatch> &groups)
{
    if (generation != m_generation)
        return;
    m_model->setGroups(groups);
    ensureCurrentRow();
}

void CommandPalette::onAccountsFound(quint64 generation, const QList<AccountMatch> &accounts)
{
    if (generation != m_generation)
        return;
    m_model->setAccounts(accounts);
    m_searching = false;
    ensureCurrentRow();
    showStatus();
    if (std::exchange(m_runWhenFound, false))
        runCurrent();
}

void CommandPalette::onFailed(quint64 generation, const Error &error)
{
    if (generation != m_generation)
        return;
    // The message names what went wrong in plain words (core classified it).
    m_error = error.message;
    m_searching = false;
    m_runWhenFound = false;
    m_model->setGroups({});
    m_model->setAccounts({});
    ensureCurrentRow();
    showStatus();
}

void CommandPalette::showStatus()
{
    const QString text = m_text->text().trimmed();
    if (!m_error.isEmpty())
        m_status->setText(tr("Groups and accounts could not be searched: %1").arg(m_error));
    else if (m_searching)
        m_status->setText(tr("Searching groups and accounts…"));
    else if (!text.isEmpty() && m_model->rowCount() == 0)
        m_status->setText(tr("Nothing matches \"%1\".").arg(text));
    else
        m_status->setText(tr("Up and Down choose, Enter runs, Escape closes."));
}

int CommandPalette::currentRow() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void CommandPalette::setCurrentRow(int row)
{
    if (row < 0) {
        m_list->selectionModel()->clear();
        return;
    }
    const QModelIndex index = m_model->index(row, CommandPaletteModel::TitleColumn);
    m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    // The heading above the first row shows too.
    if (m_model->nextRunnableRow(row, -1) < 0)
        m_list->scrollToTop();
    else
        m_list->scrollTo(index);
}

void CommandPalette::ensureCurrentRow()
{
    const int row = currentRow();
    if (m_moved && m_model->isRunnable(row))
        return;
    setCurrentRow(m_model->nextRunnableRow(-1, 1));
}

void CommandPalette::moveCurrent(int step)
{
    int row = currentRow();
    const int rows = std::abs(step);
    for (int i = 0; i < rows; ++i) {
        const int next = m_model->nextRunnableRow(row, step > 0 ? 1 : -1);
        if (next < 0)
            break;
        row = next;
    }
    if (row >= 0 && row != currentRow()) {
        m_moved = true;
        setCurrentRow(row);
    }
}

void CommandPalette::runCurrent()
{
    const int row = currentRow();
    // While the database is asked, a row the user did not choose may be about to change (a
    // result of the text before): run what is there once the results are in. An action at the
    // top is what the user sees chosen; it runs now.
    const bool settled = !m_searching || m_moved || m_model->kind(row) == CommandPaletteModel::Kind::Action;
    if (settled && m_model->isRunnable(row)) {
        run(row);
        return;
    }
    if (m_searching) {
        m_runWhenFound = true;
        showStatus();
    }
}

void CommandPalette::run(int row)
{
    switch (m_model->kind(row)) {
    case CommandPaletteModel::Kind::Heading:
        return;
    case CommandPaletteModel::Kind::Action:
        if (QAction *action = m_model->action(row)) {
            hide();
            // After the popup is gone: the action may open a dialog of its own.
            QMetaObject::invokeMethod(action, &QAction::trigger, Qt::QueuedConnection);
        }
        return;
    case CommandPaletteModel::Kind::Group: {
        const qint64 groupId = m_model->groupId(row);
        hide();
        Q_EMIT groupChosen(groupId);
        return;
    }
    case CommandPaletteModel::Kind::Account: {
        const qint64 accountId = m_model->accountId(row);
        const qint64 groupId = m_model->groupId(row);
        hide();
        Q_EMIT accountChosen(accountId, groupId);
        return;
    }
    }
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Up:
            moveCurrent(-1);
            return true;
        case Qt::Key_Down:
            moveCurrent(1);
            return true;
        case Qt::Key_PageUp:
            moveCurrent(-resultLimit);
            return true;
        case Qt::Key_PageDown:
            moveCurrent(resultLimit);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            runCurrent();
            return true;
        case Qt::Key_Escape:
            hide();
            return true;
        default:
            break;
        }
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace bc
