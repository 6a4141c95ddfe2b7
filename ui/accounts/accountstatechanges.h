#pragma once

#include <QObject>

class QWidget;

namespace bc {

class AccountListPanel;
class BulkActionRunner;
class Workspace;
struct Error;

// Disable, Enable and Delete on the accounts selected in the list: asks first when it is many (or
// a delete), then runs one job on the workspace's worker through the runner. The job asks the
// acting operator's Authority before it writes (ActingOperator::refusesBulk), so a window that
// still shows an action enabled lets nothing through. Keeps MainWindow small.
class AccountStateChanges final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountStateChanges)

public:
    AccountStateChanges(AccountListPanel *panel, BulkActionRunner *runner, QWidget *window);

    void setSelectedEnabled(bool enabled);
    void removeSelected();

Q_SIGNALS:
    void statusMessage(const QString &message);
    // Not every account was changed: `error` says why (the first failure, or what stopped it).
    void failed(const QString &title, const bc::Error &error);

private:
    AccountListPanel *m_panel;
    BulkActionRunner *m_bulk;
    QWidget *m_window;
};

} // namespace bc
