#include "ui/widgets/checklistfield.h"

#include <QHeaderView>
#include <QSignalBlocker>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bc {

namespace {

constexpr int idRole = Qt::UserRole;

} // namespace

CheckListField::CheckListField(const QString &objectName, const QString &textHeader, const QString &detailHeader,
                               QWidget *parent)
    : QWidget(parent)
{
    setObjectName(objectName + u"Field"_s);
    m_view = new QTreeWidget(this);
    m_view->setObjectName(objectName);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAllColumnsShowFocus(true);
    if (detailHeader.isEmpty()) {
        m_view->setColumnCount(1);
        m_view->setHeaderHidden(true);
    } else {
        m_view->setColumnCount(2);
        m_view->setHeaderLabels({textHeader, detailHeader});
        m_view->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
        m_view->header()->setStretchLastSection(true);
    }
    m_view->setAccessibleName(textHeader);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    connect(m_view, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *, int column) {
        if (column == 0)
            Q_EMIT changed();
    });
    showEmptyText();
}

void CheckListField::setItems(const QList<Item> &items)
{
    const QList<qint64> checked = checkedIds();
    {
        const QSignalBlocker blocker(m_view);
        m_view->clear();
        for (const Item &item : items) {
            auto *row = new QTreeWidgetItem(m_view, {item.text, item.detail});
            row->setData(0, idRole, item.id);
            row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            row->setCheckState(0, checked.contains(item.id) ? Qt::Checked : Qt::Unchecked);
            row->setToolTip(0, item.toolTip);
            row->setToolTip(1, item.toolTip.isEmpty() ? item.detail : item.toolTip);
        }
        m_hasItems = !items.isEmpty();
        if (m_hasItems)
            m_view->setCurrentItem(m_view->topLevelItem(0), 0, QItemSelectionModel::NoUpdate);
    }
    showEmptyText();
    if (checked != checkedIds())
        Q_EMIT changed();
}

void CheckListField::setEmptyText(const QString &text)
{
    m_emptyText = text;
    showEmptyText();
}

int CheckListField::itemCount() const
{
    return m_hasItems ? m_view->topLevelItemCount() : 0;
}

QList<qint64> CheckListField::checkedIds() const
{
    QList<qint64> ids;
    for (int i = 0; i < itemCount(); ++i) {
        const QTreeWidgetItem *item = m_view->topLevelItem(i);
        if (item->checkState(0) == Qt::Checked)
            ids.append(item->data(0, idRole).toLongLong());
    }
    return ids;
}

void CheckListField::setCheckedIds(const QList<qint64> &ids)
{
    const QList<qint64> before = checkedIds();
    {
        const QSignalBlocker blocker(m_view);
        for (int i = 0; i < itemCount(); ++i) {
            QTreeWidgetItem *item = m_view->topLevelItem(i);
            item->setCheckState(0, ids.contains(item->data(0, idRole).toLongLong()) ? Qt::Checked : Qt::Unchecked);
        }
    }
    if (before != checkedIds())
        Q_EMIT changed();
}

void CheckListField::setItemLocked(qint64 id, bool locked, const QString &reason)
{
    QTreeWidgetItem *item = itemFor(id);
    if (!item)
        return;
    const QSignalBlocker blocker(m_view);
    item->setFlags(locked ? (Qt::ItemIsSelectable)
                          : (Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable));
    item->setToolTip(0, reason);
}

QTreeWidgetItem *CheckListField::itemFor(qint64 id) const
{
    for (int i = 0; i < itemCount(); ++i) {
        if (m_view->topLevelItem(i)->data(0, idRole).toLongLong() == id)
            return m_view->topLevelItem(i);
    }
    return nullptr;
}

void CheckListField::showEmptyText()
{
    if (m_hasItems) {
        m_view->setMinimumHeight(0);
        m_view->setMaximumHeight(QWIDGETSIZE_MAX);
        return;
    }
    const QSignalBlocker blocker(m_view);
    m_view->clear();
    auto *placeholder = new QTreeWidgetItem(m_view, {m_emptyText});
    placeholder->setFlags(Qt::NoItemFlags);
    m_view->setFixedHeight(m_view->sizeHintForRow(0) * 2 + 2 * m_view->frameWidth()
                           + (m_view->isHeaderHidden() ? 0 : m_view->header()->sizeHint().height()));
}

} // namespace bc
