#pragma once

#include "core/domain/accountchange.h"
#include "core/domain/accountselection.h"
#include "core/domain/bulkoutcome.h"
#include "core/domain/catalog.h"

#include <QDialog>
#include <QHash>
#include <QList>

#include <array>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace bc {

class BulkActionRunner;
class FieldMessage;
struct WorkspaceServices;

// What the dialog offers, read on the worker before it opens (AccountChangeDialog::offered()).
struct AccountChangeChoices
{
    Catalog catalog; // of the list's group, which its subgroups offer too
    struct GroupChoice
    {
        qint64 id = 0;
        QString path; // "Acme MSP/Contoso/Sales"
    };
    QList<GroupChoice> groups; // every group the operator reaches, by path
    QHash<qint64, QString> grantRefusals; // security groups the operator may not give, and why
};

// Account → Change… and Move to group…: one change made to every selected account (or every
// account of the list's filter), in batches with progress and Cancel (BulkActionRunner). Each field
// starts at "Leave as it is"; a subscription or security group is a three-state box: ticked adds
// it, cleared removes it, partly ticked leaves each account as it is. Core checks every account as
// an edit in the group it ends up in (AccountService::changeAll); those it refuses are named, the
// others are changed, and the dialog stays open to try again.
class AccountChangeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountChangeDialog)

public:
    // The choices for the list of `groupId`, on the worker.
    static Result<AccountChangeChoices> offered(WorkspaceServices &services, qint64 groupId);

    // `moving`: opened as Move to group… (its title, the group field first in focus).
    AccountChangeDialog(BulkActionRunner &runner, const AccountChangeChoices &choices,
                        const AccountSelection &selection, qint64 groupId, bool moving, QWidget *parent = nullptr);

    // The change the fields describe; the first field that does not read is in `problem` (and
    // shown under it).
    [[nodiscard]] std::optional<AccountChange> change();
    void accept() override;

Q_SIGNALS:
    // A run ended; `count` accounts were changed.
    void changed(int count);

private:
    struct QuotaFields
    {
        QCheckBox *set = nullptr;
        QLineEdit *limit = nullptr;
        QLineEdit *overage = nullptr;
        FieldMessage *message = nullptr;
    };
    QListWidget *threeStateList(const QString &objectName, const QList<QPair<qint64, QString>> &items);
    void finishRun(const BulkOutcome &outcome);
    void updateButton();

    BulkActionRunner &m_runner;
    AccountSelection m_selection;
    qint64 m_groupId = 0;
    QComboBox *m_group = nullptr;
    QComboBox *m_profile = nullptr;
    QComboBox *m_storage = nullptr;
    std::array<QuotaFields, allResources.size()> m_quotas {};
    QListWidget *m_subscriptions = nullptr;
    QListWidget *m_securityGroups = nullptr;
    QLabel *m_error = nullptr; // what the last run could not do
    QPushButton *m_ok = nullptr;
};

} // namespace bc
