#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace bc {

// A problem that concerns no single input (a wait, a refused server), above a dialog's fields:
// plain words in the red of FieldMessage, hidden until its text is set and it is shown.
QLabel *formProblem(const QString &objectName, QWidget *parent);

} // namespace bc
