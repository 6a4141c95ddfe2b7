#pragma once

#include "core/domain/account.h"

#include <QWizardPage>

#include <memory>

namespace Ui {
class AccountOptionsPage;
}

namespace bc {

class ProfileInheritance;

// Page 4: backup locations, notification level (with what each level sends), business
// notifications. The first two come from the profile until the person changes them.
class AccountOptionsPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountOptionsPage)

public:
    explicit AccountOptionsPage(ProfileInheritance &inheritance, QWidget *parent = nullptr);
    ~AccountOptionsPage() override;

    void applyTo(AccountDraft &draft) const;
    void cleanupPage() override;

private:
    void describeLevel();
    void setBackupLocations(BackupLocations locations);
    void setNotificationLevel(NotificationLevel level);
    void followProfile();

    std::unique_ptr<Ui::AccountOptionsPage> m_ui;
    ProfileInheritance &m_inheritance;
};

} // namespace bc
