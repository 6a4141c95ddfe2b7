#pragma once

#include "core/domain/catalog.h"

#include <QDialog>
#include <QList>

class QLabel;

namespace bc {

class AccountService;
class CheckListField;

// Account → Assign service…: tick subscriptions of the organization and they are added
// to every selected account (AccountService::assignSubscriptions), which licenses it.
class AssignServiceDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssignServiceDialog)

public:
    AssignServiceDialog(AccountService &accounts, const QList<Subscription> &subscriptions,
                        const QList<qint64> &accountIds, QWidget *parent = nullptr);

    [[nodiscard]] int assignedCount() const { return m_assigned; }
    void accept() override;

private:
    AccountService &m_accounts;
    QList<qint64> m_accountIds;
    CheckListField *m_subscriptions = nullptr;
    QLabel *m_error = nullptr;
    int m_assigned = 0;
};

} // namespace bc
