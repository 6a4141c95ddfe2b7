#include "ui/widgets/formfield.h"

#include "ui/widgets/fieldmessage.h"

#include <QFormLayout>
#include <QLabel>
#include <QTabWidget>

namespace bc {

FieldMessage *addFieldRow(QFormLayout *form, const QString &label, QWidget *field)
{
    QWidget *parent = form->parentWidget();
    auto *labelWidget = new QLabel(label, parent);
    labelWidget->setBuddy(field);
    form->addRow(labelWidget, field);
    // The message is a row of its own under the field: it wraps at the field column's width.
    auto *message = new FieldMessage(field, parent);
    form->addRow(static_cast<QWidget *>(nullptr), message);
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

Result<QList<Error>> withLostConnection(const QList<Error> &errors)
{
    for (const Error &error : errors) {
        if (error.code == Error::Code::ConnectionLost)
            return fail(error);
    }
    return errors;
}

} // namespace bc
