#include "ui/widgets/formproblem.h"

#include <QLabel>
#include <QPalette>

namespace bc {

QLabel *formProblem(const QString &objectName, QWidget *parent)
{
    auto *problem = new QLabel(parent);
    problem->setObjectName(objectName);
    problem->setTextFormat(Qt::PlainText);
    problem->setWordWrap(true);
    QPalette red = problem->palette();
    red.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    problem->setPalette(red);
    problem->hide();
    return problem;
}

} // namespace bc
