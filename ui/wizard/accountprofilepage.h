#pragma once

#include "core/domain/account.h"
#include "core/domain/catalog.h"
#include "core/domain/error.h"

#include <QWizardPage>

class QComboBox;

namespace bc {

class FieldMessage;
class ProfileInheritance;

// Page 2: the profile whose defaults fill the quotas, backup locations and notification
// level (data-locked profiles marked with a lock, and what data lock means), and the storage; the
// group's default profile and storage preselected (GroupDefaults::newDraft).
class AccountProfilePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountProfilePage)

public:
    AccountProfilePage(const Catalog &catalog, ProfileInheritance &inheritance, QWidget *parent = nullptr);

    // The lock marking data-locked profiles, wherever they are listed.
    static QIcon dataLockIcon();

    // The storage; the profile and overrides are ProfileInheritance's to write.
    void applyTo(AccountDraft &draft) const;
    [[nodiscard]] bool hasField(const QString &field) const;
    bool showError(const Error &error);
    void cleanupPage() override;

private:
    void profileChosen();

    Catalog m_catalog;
    ProfileInheritance &m_inheritance;
    QComboBox *m_profile = nullptr;
    QComboBox *m_storage = nullptr;
    FieldMessage *m_profileMessage = nullptr;
    FieldMessage *m_storageMessage = nullptr;
    bool m_anyLocked = false;
};

} // namespace bc
