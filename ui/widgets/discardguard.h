#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QVariant>

#include <functional>

class QDialog;
class QWidget;

namespace bc {

// Keeps a dialog from throwing away what the person typed. It notes what every editor of the
// dialog (line and text edits, switches, lists, spin boxes, ticked items) holds when the dialog is
// first shown; the dialog's reject() asks mayDiscard(), which closes at once when nothing differs
// and otherwise asks "Discard the changes you made?" (Keep editing is the default). reject() is
// where Escape, Cancel and the window's close button all end, so the one hook covers them:
//
//     void SomeDialog::reject()
//     {
//         if (DiscardGuard::mayDiscard(this))
//             QDialog::reject();
//     }
//
// with `new DiscardGuard(this);` in the constructor. A widget that shows rather than edits (a
// "Show password" switch) is left out with ignore().
class DiscardGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiscardGuard)

public:
    explicit DiscardGuard(QDialog *dialog);

    // True when the dialog may close: nothing changed, or the person chose Discard.
    static bool mayDiscard(QDialog *dialog);
    // Leaves `widget` out of the comparison.
    static void ignore(QWidget *widget);

    // What the dialog holds, for a dialog whose editors show one of several entries at a time (a
    // list of connections): compared instead of the editors.
    void setState(std::function<QVariant()> state) { m_state = std::move(state); }

    [[nodiscard]] bool hasChanges() const;
    // What the editors hold now counts as unchanged (e.g. after the dialog loaded its values late).
    void markUnchanged();
    static void markUnchanged(QDialog *dialog);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Snapshot
    {
        QPointer<QWidget> widget;
        QVariant value;
    };
    [[nodiscard]] QList<Snapshot> snapshot() const;
    [[nodiscard]] bool confirm();

    QDialog *m_dialog;
    QList<Snapshot> m_unchanged;
    std::function<QVariant()> m_state;
    QVariant m_unchangedState;
    bool m_taken = false;
};

} // namespace bc
