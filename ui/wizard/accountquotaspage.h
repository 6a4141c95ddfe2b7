#pragma once

#include "core/domain/account.h"
#include "core/domain/catalog.h"
#include "core/domain/error.h"

#include <QHash>
#include <QList>
#include <QWizardPage>

namespace bc {

class ProfileInheritance;
class QuotaRow;

// Page 3: a limit and an overage per resource. A limit the group caps starts at the cap (or the
// profile's value) and may not exceed it (AccountRules::checkQuotas); every value is parsed by
// Quotas as it is typed. Resources whose service the organization switched off are not offered.
class AccountQuotasPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountQuotasPage)

public:
    AccountQuotasPage(const Catalog &catalog, ProfileInheritance &inheritance, QWidget *parent = nullptr);

    void applyTo(AccountDraft &draft) const;
    [[nodiscard]] bool hasField(const QString &field) const;
    // Shows an error from core next to its field; false when no field of this page is concerned.
    bool showError(const Error &error);

    bool isComplete() const override;
    bool validatePage() override;
    void cleanupPage() override;

private:
    // The parsed quotas and, by field key, every error core finds in them.
    struct Checked
    {
        Quotas quotas;
        QHash<QString, QString> errors;
    };
    Checked check() const;
    void showErrors();

    Quotas m_groupLimits;
    QList<QuotaRow *> m_rows; // the resources offered
    QList<Resource> m_switchedOff;
};

} // namespace bc
