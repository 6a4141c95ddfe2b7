#include "ui/widgets/discardguard.h"

#include "ui/widgets/questionbox.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDialog>
#include <QEvent>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QTextEdit>

using namespace Qt::StringLiterals;

namespace bc {

namespace {

constexpr const char *ignoredProperty = "discardGuardIgnored";
// Lists longer than this are views of data (a history), not something being edited.
constexpr int maxWatchedRows = 500;

void collectCheckStates(const QAbstractItemModel *model, const QModelIndex &parent, QVariantList &states)
{
    const int rows = model->rowCount(parent);
    for (int row = 0; row < rows && states.size() < maxWatchedRows; ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        states << model->data(index, Qt::CheckStateRole) << model->data(index, Qt::EditRole);
        collectCheckStates(model, index, states);
    }
}

// What the person can change in `widget`, or an invalid QVariant when it edits nothing.
QVariant editedValue(const QWidget *widget)
{
    if (widget->property(ignoredProperty).toBool())
        return {};
    if (const auto *edit = qobject_cast<const QLineEdit *>(widget)) {
        // The text of spin boxes and combo boxes is theirs.
        if (edit->isReadOnly() || qobject_cast<const QAbstractSpinBox *>(edit->parentWidget())
            || qobject_cast<const QComboBox *>(edit->parentWidget()))
            return {};
        return edit->text();
    }
    if (const auto *edit = qobject_cast<const QPlainTextEdit *>(widget))
        return edit->isReadOnly() ? QVariant() : QVariant(edit->toPlainText());
    if (const auto *edit = qobject_cast<const QTextEdit *>(widget))
        return edit->isReadOnly() ? QVariant() : QVariant(edit->toPlainText());
    if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
        return button->isCheckable() ? QVariant(button->isChecked()) : QVariant();
    if (const auto *combo = qobject_cast<const QComboBox *>(widget))
        return QVariantList {combo->currentIndex(), combo->currentText()};
    if (const auto *spin = qobject_cast<const QAbstractSpinBox *>(widget))
        return spin->isReadOnly() ? QVariant() : QVariant(spin->text());
    if (const auto *view = qobject_cast<const QAbstractItemView *>(widget)) {
        if (!view->model())
            return {};
        QVariantList states {view->model()->rowCount()};
        collectCheckStates(view->model(), view->rootIndex(), states);
        return states;
    }
    return {};
}

} // namespace

DiscardGuard::DiscardGuard(QDialog *dialog)
    : QObject(dialog)
    , m_dialog(dialog)
{
    setObjectName(u"discardGuard"_s);
    // Dialogs load their values in the constructor or right after it; the first showing is when
    // the person starts.
    if (dialog->isVisible()) {
        markUnchanged();
    } else {
        dialog->installEventFilter(this);
    }
}

bool DiscardGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_dialog && event->type() == QEvent::Show && !m_taken) {
        markUnchanged();
        m_dialog->removeEventFilter(this);
    }
    return QObject::eventFilter(watched, event);
}

void DiscardGuard::ignore(QWidget *widget)
{
    widget->setProperty(ignoredProperty, true);
}

QList<DiscardGuard::Snapshot> DiscardGuard::snapshot() const
{
    QList<Snapshot> values;
    const QList<QWidget *> widgets = m_dialog->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        // A question or message the dialog opened is not part of its form.
        if (widget->isWindow())
            continue;
        if (QVariant value = editedValue(widget); value.isValid())
            values.append({widget, value});
    }
    return values;
}

void DiscardGuard::markUnchanged()
{
    m_unchanged = snapshot();
    if (m_state)
        m_unchangedState = m_state();
    m_taken = true;
}

bool DiscardGuard::hasChanges() const
{
    if (!m_taken)
        return false;
    if (m_state)
        return m_state() != m_unchangedState;
    for (const Snapshot &before : m_unchanged) {
        if (before.widget && editedValue(before.widget) != before.value)
            return true;
    }
    return false;
}

bool DiscardGuard::confirm()
{
    if (!hasChanges())
        return true;
    const QuestionBox question {
        .objectName = u"discardChangesQuestion"_s,
        .title = m_dialog->windowTitle(),
        .text = tr("Discard the changes you made?"),
        .informativeText = tr("What you typed in this window will be lost."),
        .act = {tr("&Discard"), u"discardChanges"_s},
        .actRole = QMessageBox::DestructiveRole,
        .keep = {tr("&Keep editing"), u"keepEditing"_s},
    };
    return question.ask(m_dialog);
}

void DiscardGuard::markUnchanged(QDialog *dialog)
{
    if (auto *guard = dialog->findChild<DiscardGuard *>(QString(), Qt::FindDirectChildrenOnly))
        guard->markUnchanged();
}

bool DiscardGuard::mayDiscard(QDialog *dialog)
{
    auto *guard = dialog->findChild<DiscardGuard *>(QString(), Qt::FindDirectChildrenOnly);
    return !guard || guard->confirm();
}

} // namespace bc
