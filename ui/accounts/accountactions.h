#pragma once

#include <QList>
#include <QObject>

class QAction;
class QWidget;

namespace bc {

class AccountListPanel;
class AccountService;
class ActivationService;
class CatalogService;
class GroupService;
class Workspace;

// The main window's actions on existing accounts beyond enable/disable/delete: Details… (also
// double-click or Enter in the list) and Assign service…; and why the selection cannot be
// deleted (data lock). Keeps MainWindow small.
class AccountActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountActions)

public:
    AccountActions(Workspace &workspace, AccountService &accounts, CatalogService &catalog, AccountListPanel *panel,
                   QWidget *window);
    // What the details dialog shows besides the account: its group's path, its activation email.
    void setDetailServices(GroupService *groups, ActivationService *activation)
    {
        m_groups = groups;
        m_activation = activation;
    }

    QList<QAction *> actions() const { return {m_details, m_assign}; }
    void setSelection(const QList<qint64> &accountIds);
    // The accounts a question is about: "alice, bob and carol", or the first ones given and
    // "and 7 more" when `total` is larger.
    static QString describeAccounts(const QStringList &logins, int total);
    // Why the accounts cannot be deleted, in plain words; empty when they can.
    QString deleteRefusal(const QList<qint64> &accountIds) const;

    void openDetails(qint64 accountId);
    void assignService();

Q_SIGNALS:
    void statusMessage(const QString &message);
    // An account or a profile changed: what the selection allows may have too.
    void accountsChanged();

private:
    Workspace &m_workspace;
    AccountService &m_accounts;
    CatalogService &m_catalog;
    AccountListPanel *m_panel;
    QWidget *m_window;
    GroupService *m_groups = nullptr;
    ActivationService *m_activation = nullptr;
    QAction *m_details = nullptr;
    QAction *m_assign = nullptr;
    QList<qint64> m_selection;
};

} // namespace bc
