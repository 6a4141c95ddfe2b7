#include "ui/widgets/questionbox.h"

#include <QPushButton>

namespace bc {

bool QuestionBox::ask(QWidget *parent) const
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    box.setObjectName(objectName);
    box.setInformativeText(informativeText);
    QPushButton *acting = box.addButton(act.text, actRole);
    acting->setObjectName(act.objectName);
    QPushButton *keeping = box.addButton(keep.text, QMessageBox::RejectRole);
    keeping->setObjectName(keep.objectName);
    box.setDefaultButton(keeping);
    box.setEscapeButton(keeping);
    box.exec();
    return box.clickedButton() == acting;
}

} // namespace bc
