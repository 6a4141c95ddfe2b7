#include "formfield.h"

#include "fieldmessage.h"

#include <QFormLayout>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace bc {

FieldMessage *addFieldRow(QFormLayout *form, const QString &label, QWidget *field)
{
    QWidget *parent = form->parentWidget();
    auto *cell = new QWidget(parent);
    // As tall as the field and its message, never more: extra height stays below the form.
    cell->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    auto *column = new QVBoxLayout(cell);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    field->setParent(cell);
    auto *message = new FieldMessage(field, cell);
    column->addWidget(field);
    column->addWidget(message);
    auto *labelWidget = new QLabel(label, parent);
    labelWidget->setBuddy(field);
    form->addRow(labelWidget, cell);
    return message;
}

int tabOf(const QTabWidget *tabs, const QWidget *widget)
{
    for (const QWidget *each = widget; each; each = each->parentWidget()) {
        if (const int index = tabs->indexOf(const_cast<QWidget *>(each)); index >= 0)
            return index;
    }
    return -1;
}

} // namespace bc
