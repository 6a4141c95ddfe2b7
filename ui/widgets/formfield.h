#pragma once

#include "core/domain/error.h"

#include <QString>

class QFormLayout;
class QTabWidget;
class QWidget;

namespace bc {

class FieldMessage;

// Adds "label: field" to `form` with the field's message line under the field, the label's buddy
// and mnemonic pointing at the field. Returns the message line (objectName: the field's + "Error").
FieldMessage *addFieldRow(QFormLayout *form, const QString &label, QWidget *field);

// `widget` with its objectName set, for building forms in code: `named(new QLineEdit(this), u"host"_s)`.
template<typename Widget> Widget *named(Widget *widget, const QString &name)
{
    widget->setObjectName(name);
    return widget;
}

// The tab page of `tabs` that holds `widget`, or -1.
int tabOf(const QTabWidget *tabs, const QWidget *widget);

// A form's save on the workspace: core's objections as a value, but a lost connection among them as
// the job's failure, so that the workspace hears that the server is gone (and says so).
Result<QList<Error>> withLostConnection(const QList<Error> &errors);

} // namespace bc
