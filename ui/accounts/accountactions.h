#pragma once

#include "core/domain/accountselection.h"

#include <QList>
#include <QObject>

class QAction;
class QWidget;

namespace bc {

class AccountListPanel;
class BulkActionRunner;
class MfaAction;
class Workspace;

// The main window's actions on existing accounts beyond enable/disable/delete: Details… (also
// double-click or Enter in the list), Change… and Move to group… (AccountChangeDialog), Assign
// service…, an operator's Two-step sign-in… (MfaAction), and Select all (Ctrl+A in the list: every
// account of its filter, loaded or not); and why the selection cannot be deleted (data lock).
// Keeps MainWindow small.
class AccountActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountActions)

public:
    AccountActions(Workspace &workspace, AccountListPanel *panel, QWidget *window);

    // Assign service… runs as a bulk job of `runner` and reads on its workspace; without a runner
    // no data-lock check is asked either (the Delete hint stays empty).
    void setBulkRunner(BulkActionRunner *runner) { m_runner = runner; }

    QList<QAction *> actions() const;
    [[nodiscard]] MfaAction *mfaAction() const { return m_mfa; }
    void setSelection(const AccountSelection &selection);
    // The accounts a question is about: "alice, bob and carol", or the first ones given and
    // "and 7 more" when `total` is larger.
    static QString describeAccounts(const QStringList &logins, int total);
    // Asks the list's worker why the accounts cannot be deleted; deleteRefusalKnown() answers, in
    // plain words, empty when they can. An answer for an older selection is dropped.
    void checkDeleteRefusal(const QList<qint64> &accountIds);

    void openDetails(qint64 accountId);
    void assignService();
    // Change… (`moving` false) and Move to group…: reads the choices on the worker, then opens the dialog.
    void changeSelected(bool moving);

Q_SIGNALS:
    void statusMessage(const QString &message);
    // An account or a profile changed: what the selection allows may have too.
    void accountsChanged();
    void deleteRefusalKnown(const QList<qint64> &accountIds, const QString &refusal);

private:
    Workspace &m_workspace;
    AccountListPanel *m_panel;
    QWidget *m_window;
    QAction *m_details = nullptr;
    QAction *m_assign = nullptr;
    QAction *m_change = nullptr;
    QAction *m_move = nullptr;
    QAction *m_selectAll = nullptr;
    MfaAction *m_mfa = nullptr;
    AccountSelection m_selection;
    BulkActionRunner *m_runner = nullptr;
    QList<qint64> m_refusalIds; // the selection checkDeleteRefusal() asked about last
};

} // namespace bc
