#pragma once

#include "core/domain/catalog.h"
#include "ui/catalog/catalogitemform.h"

#include <optional>

class QCheckBox;
class QComboBox;

namespace bc {

class QuotasEditor;

// A profile: name, data lock, backup locations, notification level, quotas with overages.
class ProfileForm final : public CatalogItemForm
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileForm)

public:
    // `caps`: the group's limits, which the profile's quotas may not pass.
    explicit ProfileForm(const Quotas &caps, QWidget *parent = nullptr);

    void setProfile(const Profile &profile);
    // The profile as typed; nullopt (the errors shown) while a quota does not parse.
    std::optional<Profile> profile();

    bool showError(const Error &error) override;
    void clearErrors() override;

private:
    Profile m_profile;
    QCheckBox *m_dataLock = nullptr;
    QComboBox *m_backupLocations = nullptr;
    QComboBox *m_notificationLevel = nullptr;
    QuotasEditor *m_quotas = nullptr;
};

} // namespace bc
