#include "ui/accounts/columnchooser.h"

#include <QAction>
#include <QHeaderView>
#include <QMenu>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bc {

ColumnChooser::ColumnChooser(QHeaderView *header, int fixedColumn, QObject *parent)
    : QObject(parent)
    , m_header(header)
    , m_fixedColumn(fixedColumn)
    , m_menu(new QMenu(header))
{
    m_menu->setObjectName(u"columnMenu"_s);
    m_menu->setToolTipsVisible(true);
    connect(m_menu, &QMenu::aboutToShow, this, &ColumnChooser::fillMenu);
    m_header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_header, &QHeaderView::customContextMenuRequested, this,
            [this](const QPoint &pos) { m_menu->popup(m_header->viewport()->mapToGlobal(pos)); });

    m_action = new QAction(tr("&Columns…"), this);
    m_action->setObjectName(u"columnsAction"_s);
    m_action->setStatusTip(tr("Choose the columns of the account list."));
    connect(m_action, &QAction::triggered, this, [this] {
        m_menu->popup(m_header->mapToGlobal(QPoint(0, m_header->height())));
        // Keyboard users start on the first entry they can change.
        const QList<QAction *> entries = m_menu->actions();
        const auto first = std::find_if(entries.cbegin(), entries.cend(), [](const QAction *entry) {
            return entry->isEnabled() && !entry->isSeparator();
        });
        if (first != entries.cend())
            m_menu->setActiveAction(*first);
    });
}

void ColumnChooser::fillMenu()
{
    m_menu->clear();
    QAbstractItemModel *model = m_header->model();
    if (!model)
        return;
    for (int visual = 0; visual < m_header->count(); ++visual) {
        const int logical = m_header->logicalIndex(visual);
        auto *entry =
            m_menu->addAction(model->headerData(logical, m_header->orientation(), Qt::DisplayRole).toString());
        entry->setObjectName(u"column%1"_s.arg(logical));
        entry->setCheckable(true);
        entry->setChecked(!m_header->isSectionHidden(logical));
        if (logical == m_fixedColumn) {
            entry->setEnabled(false);
            entry->setToolTip(tr("This column is always shown."));
        }
        connect(entry, &QAction::toggled, this, [this, logical](bool shown) {
            if (logical == m_fixedColumn)
                return;
            m_header->setSectionHidden(logical, !shown);
            Q_EMIT columnsChanged();
        });
    }
    m_menu->addSeparator();
    auto *showAll = m_menu->addAction(tr("&Show all columns"));
    showAll->setObjectName(u"showAllColumns"_s);
    showAll->setEnabled(m_header->hiddenSectionCount() > 0);
    connect(showAll, &QAction::triggered, this, [this] {
        for (int logical = 0; logical < m_header->count(); ++logical)
            m_header->setSectionHidden(logical, false);
        Q_EMIT columnsChanged();
    });
}

} // namespace bc
