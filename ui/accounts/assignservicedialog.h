#pragma once

#include "core/domain/accountselection.h"
#include "core/domain/bulkoutcome.h"
#include "core/domain/catalog.h"

#include <QDialog>
#include <QList>

class QLabel;
class QPushButton;

namespace bc {

class BulkActionRunner;
class CheckListField;

// Account → Assign service…: tick subscriptions of the organization and they are added
// to every selected account (AccountService::assignSubscriptionsToAll, a bulk action on the
// workspace's thread), which licenses it.
class AssignServiceDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssignServiceDialog)

public:
    // `selection` is of the list of `groupId` (and its subgroups), where the operator must be
    // allowed to edit accounts (asked on the worker when Assign is pressed).
    AssignServiceDialog(BulkActionRunner &runner, const QList<Subscription> &subscriptions,
                        const AccountSelection &selection, qint64 groupId, QWidget *parent = nullptr);

    [[nodiscard]] int assignedCount() const { return m_assigned; }
    void accept() override;

Q_SIGNALS:
    // A run of Assign ended; `count` accounts got the subscriptions.
    void assigned(int count);

private:
    // After a run: what is left, and why.
    void finishRun(const BulkOutcome &outcome);

    BulkActionRunner &m_runner;
    QPushButton *m_ok = nullptr;
    AccountSelection m_selection; // what is left to do
    qint64 m_groupId = 0;
    CheckListField *m_subscriptions = nullptr;
    QLabel *m_error = nullptr;
    int m_assigned = 0;
};

} // namespace bc
