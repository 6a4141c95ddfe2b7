#pragma once

// What the wizard tests share: finding widgets by objectName, typing, clicking, paging.

#include "core/services/workspace.h"
#include "core/storage/database.h"
#include "tests/common/fixture.h"
#include "ui/wizard/addaccountwizard.h"

#include <QAbstractButton>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QString>
#include <QTest>

#include <memory>

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

// The database as the console opens it: a workspace on the database `fixture` opened, open; null
// (and the test failed) when it cannot be opened. The test's own connection (bc::test::openFixture)
// sets up the data, on the backend the test runs on (bc::test::freshLocation).
inline std::unique_ptr<bc::Workspace> openWorkspace(const bc::Database &fixture)
{
    auto workspace = bc::test::openWorkspace(fixture);
    if (!workspace)
        QTest::qFail("the workspace did not open", __FILE__, __LINE__);
    return workspace;
}

// Closes the workspace and waits until its thread has ended.
inline void closeWorkspace(std::unique_ptr<bc::Workspace> &workspace)
{
    workspace.reset();
    QTRY_COMPARE(bc::Workspace::runningThreads(), 0);
}

// Waits until the wizard has read its group's details.
inline void waitLoaded(bc::AddAccountWizard &wizard)
{
    QTRY_VERIFY2(!wizard.isLoading(), "the wizard did not read its group's details");
}

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
    QTRY_VERIFY2(edit->isEnabled(), qPrintable(u"\"%1\" is disabled"_s.arg(name)));
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
    QCOMPARE(edit->text(), text);
}

inline void click(QWidget &root, const QString &name)
{
    FIND(QAbstractButton, button, root, name);
    // It may wait for an answer of the database (a suggested login, the group's catalog).
    QTRY_VERIFY2(button->isVisible() && button->isEnabled(), qPrintable(u"\"%1\" cannot be clicked"_s.arg(name)));
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
    QTRY_VERIFY2(finishButton->isVisible() && finishButton->isEnabled(), "Finish cannot be pressed");
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
