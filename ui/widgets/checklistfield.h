#pragma once

#include <QList>
#include <QString>
#include <QWidget>

class QTreeWidget;
class QTreeWidgetItem;

namespace bc {

// A list of things to tick (subscriptions, security groups), each with an optional detail column
// ("Create accounts, View audit log"). The view is named `objectName`; each item carries its id.
// Space or a click ticks the current item. With no items it shows `emptyText`.
class CheckListField final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckListField)

public:
    struct Item
    {
        qint64 id = 0;
        QString text;
        QString detail;
        QString toolTip;
    };

    // `detailHeader` empty: one column, no header.
    CheckListField(const QString &objectName, const QString &textHeader, const QString &detailHeader,
                   QWidget *parent = nullptr);

    void setItems(const QList<Item> &items);
    void setEmptyText(const QString &text);
    [[nodiscard]] int itemCount() const;

    [[nodiscard]] QList<qint64> checkedIds() const;
    void setCheckedIds(const QList<qint64> &ids);
    // Keeps `id` ticked or unticked as it is, with the reason as tooltip (e.g. data lock).
    void setItemLocked(qint64 id, bool locked, const QString &reason);

    // The view, for buddies, focus and tab order.
    [[nodiscard]] QTreeWidget *view() const { return m_view; }

Q_SIGNALS:
    // An item was ticked or unticked, by the person or by setCheckedIds().
    void changed();

private:
    QTreeWidgetItem *itemFor(qint64 id) const;
    void showEmptyText();

    QTreeWidget *m_view = nullptr;
    QString m_emptyText;
    bool m_hasItems = false;
};

} // namespace bc
