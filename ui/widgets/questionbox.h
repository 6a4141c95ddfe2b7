#pragma once

#include <QMessageBox>
#include <QString>

class QWidget;

namespace bc {

// A question with two answers: one that acts (update, discard) and one that keeps everything as
// it is. Keeping is the default button and what Escape and the window's close button choose. The
// class that asks passes its texts translated; the object names let tests find the box and its
// buttons.
struct QuestionBox
{
    struct Answer
    {
        QString text;
        QString objectName;
    };

    QString objectName;
    QString title;
    QString text;
    QString informativeText;
    Answer act;
    QMessageBox::ButtonRole actRole = QMessageBox::AcceptRole;
    Answer keep;

    // Asks, modal to `parent`; true when the person chose to act.
    [[nodiscard]] bool ask(QWidget *parent) const;
};

} // namespace bc
