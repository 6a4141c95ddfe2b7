#pragma once

#include "core/domain/account.h"
#include "core/domain/catalog.h"
#include "core/domain/error.h"

#include <QHash>
#include <QWizardPage>

class QLabel;

namespace bc {

class CheckListField;
class FieldMessage;

// Page 5, "Services and access": the subscriptions that license the account (none ticked leaves
// it unlicensed) and the security groups whose permissions it gets when it operates the console.
class AccountAccessPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountAccessPage)

public:
    // Offers nothing until setCatalog() (the group's catalog is read on the workspace's worker).
    explicit AccountAccessPage(QWidget *parent = nullptr);

    // Offers the group's subscriptions (its default ticked) and security groups; once. The security
    // groups in `grantRefusals` (id: why the acting operator may not give it) stay unticked, with
    // the reason as tooltip.
    void setCatalog(const Catalog &catalog, const QHash<qint64, QString> &grantRefusals = {});

    // "Create accounts, View audit log"; "No permissions" for none.
    static QString permissionsText(Permissions permissions);

    void applyTo(AccountDraft &draft) const;
    [[nodiscard]] bool hasField(const QString &field) const;
    bool showError(const Error &error);
    void cleanupPage() override;
    bool isComplete() const override;

private:
    void describeLicense();

    CheckListField *m_subscriptions = nullptr;
    CheckListField *m_securityGroups = nullptr;
    FieldMessage *m_subscriptionsMessage = nullptr;
    FieldMessage *m_securityGroupsMessage = nullptr;
    qint64 m_defaultSubscription = 0;
    bool m_loaded = false;
};

} // namespace bc
