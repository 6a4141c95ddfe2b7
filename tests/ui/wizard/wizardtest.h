#pragma once

// What the wizard tests share: finding widgets by objectName, typing, clicking, paging.

#include "ui/wizard/addaccountwizard.h"

#include <QAbstractButton>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QString>
#include <QTest>

using namespace Qt::StringLiterals;

// Finds a widget of the wizard by objectName, or fails the test.
#define FIND(Type, var, root, name)                                                                                    \
    auto *var = (root).findChild<Type *>(name);                                                                        \
    QVERIFY2(var, qPrintable(u"no " #Type " named \"%1\""_s.arg(name)))

// Runs a helper that may fail the test, and stops the test when it did.
#define CHECKED(call)                                                                                                  \
    call;                                                                                                              \
    if (QTest::currentTestFailed())                                                                                    \
    return

namespace WizardTest {

// Replaces the text of a line edit (or plain-text edit) by typing.
inline void typeInto(QWidget &root, const QString &name, const QString &text)
{
    if (auto *plain = root.findChild<QPlainTextEdit *>(name)) {
        QVERIFY2(plain->isVisible() && plain->isEnabled(), qPrintable(u"\"%1\" cannot be typed into"_s.arg(name)));
        plain->selectAll();
        QTest::keyClick(plain, Qt::Key_Backspace);
        const QStringList lines = text.split(u'\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i > 0)
                QTest::keyClick(plain, Qt::Key_Return);
            QTest::keyClicks(plain, lines.at(i));
        }
        QCOMPARE(plain->toPlainText(), text);
        return;
    }
    FIND(QLineEdit, edit, root, name);
    QVERIFY2(edit->isEnabled(), qPrintable(u"\"%1\" is disabled"_s.arg(name)));
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
    QCOMPARE(edit->text(), text);
}

inline void click(QWidget &root, const QString &name)
{
    FIND(QAbstractButton, button, root, name);
    QVERIFY2(button->isVisible() && button->isEnabled(), qPrintable(u"\"%1\" cannot be clicked"_s.arg(name)));
    QTest::mouseClick(button, Qt::LeftButton);
}

// Presses Next until the wizard shows `page`.
inline void next(bc::AddAccountWizard &wizard, int page)
{
    while (wizard.currentId() < page) {
        const int from = wizard.currentId();
        QAbstractButton *nextButton = wizard.button(QWizard::NextButton);
        QTRY_VERIFY2(nextButton->isEnabled(), qPrintable(u"Next is disabled on page %1"_s.arg(from)));
        QTest::mouseClick(nextButton, Qt::LeftButton);
        QTRY_VERIFY2(wizard.currentId() > from, qPrintable(u"Next did not leave page %1"_s.arg(from)));
    }
    QCOMPARE(wizard.currentId(), page);
}

inline void finish(bc::AddAccountWizard &wizard)
{
    QAbstractButton *finishButton = wizard.button(QWizard::FinishButton);
    QVERIFY2(finishButton->isVisible() && finishButton->isEnabled(), "Finish cannot be pressed");
    QTest::mouseClick(finishButton, Qt::LeftButton);
    QTRY_VERIFY2(!wizard.isVisible(), "the wizard stayed open after Finish");
    QVERIFY2(wizard.createdAccount(), "no account was created");
}

// Whether `message` sits right below `field`, left-aligned with it, in window coordinates.
inline bool isRightBelow(const QWidget *message, const QWidget *field)
{
    const QWidget *window = field->window();
    const QRect f(field->mapTo(window, QPoint(0, 0)), field->size());
    const QRect m(message->mapTo(window, QPoint(0, 0)), message->size());
    return m.top() >= f.bottom() && m.top() - f.bottom() < f.height() && m.left() == f.left();
}

} // namespace WizardTest
