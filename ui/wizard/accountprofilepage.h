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
    // Offers nothing until setCatalog() (the group's catalog is read on the workspace's worker).
    explicit AccountProfilePage(ProfileInheritance &inheritance, QWidget *parent = nullptr);

    // Offers the group's profiles and storages, its defaults chosen; once.
    void setCatalog(const Catalog &catalog);
    // What the pages that wait for the group's catalog say meanwhile.
    static QString loadingText();
    // Says why the catalog is not there yet (the server does not answer).
    void setLoadingText(const QString &text);

    // The lock marking data-locked profiles, wherever they are listed.
    static QIcon dataLockIcon();

    // The storage; the profile and overrides are ProfileInheritance's to write.
    void applyTo(AccountDraft &draft) const;
    [[nodiscard]] bool hasField(const QString &field) const;
    bool showError(const Error &error);
    void cleanupPage() override;
    bool isComplete() const override;

private:
    void profileChosen();

    Catalog m_catalog;
    ProfileInheritance &m_inheritance;
    QComboBox *m_profile = nullptr;
    QComboBox *m_storage = nullptr;
    FieldMessage *m_profileMessage = nullptr;
    FieldMessage *m_storageMessage = nullptr;
    bool m_anyLocked = false;
    bool m_loaded = false;
};

} // namespace bc
