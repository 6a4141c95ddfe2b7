#pragma once

#include "core/domain/account.h"
#include "core/domain/catalog.h"
#include "core/domain/error.h"

#include <QHash>
#include <QList>
#include <QWizardPage>

class QLabel;
class QVBoxLayout;

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
    // Offers nothing until setCatalog() (the group's limits are read on the workspace's worker).
    explicit AccountQuotasPage(ProfileInheritance &inheritance, QWidget *parent = nullptr);

    // A row per resource the group offers, capped by the group's limits; once.
    void setCatalog(const Catalog &catalog);
    // Says why the limits are not there yet (the server does not answer).
    void setLoadingText(const QString &text);

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

    ProfileInheritance &m_inheritance;
    QLabel *m_loading = nullptr;
    QVBoxLayout *m_layout = nullptr;
    bool m_loaded = false;
    Quotas m_groupLimits;
    QList<QuotaRow *> m_rows; // the resources offered
    QList<Resource> m_switchedOff;
};

} // namespace bc
