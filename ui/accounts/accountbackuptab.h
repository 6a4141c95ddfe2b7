#pragma once

#include "core/domain/account.h"
#include "core/domain/catalog.h"
#include "core/domain/error.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;

namespace bc {

class FieldMessage;
class ProfileInheritance;
class QuotaRow;

// The account editor's backup tab: profile (values inherited from it marked, each resettable;
// locked with the reason on a data-locked profile), storage, quotas with overages, backup
// locations, notification level, business notifications. Uses the wizard's QuotaRow,
// ProfileInheritance and ProfileValueIndicator, so both say "inherited" the same way.
class AccountBackupTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountBackupTab)

public:
    AccountBackupTab(const Catalog &catalog, QWidget *parent = nullptr);

    void load(const Account &account);
    // False when a quota does not parse (its error is shown).
    bool applyTo(AccountDraft &draft) const;
    bool showError(const Error &error);
    void clearErrors();
    [[nodiscard]] bool isDataLocked() const { return m_dataLocked; }

private:
    void profileChosen();
    void followProfile();
    std::optional<Profile> profileById(qint64 id) const;

    Catalog m_catalog;
    ProfileInheritance *m_inheritance = nullptr;
    QComboBox *m_profile = nullptr;
    QComboBox *m_storage = nullptr;
    QComboBox *m_backupLocations = nullptr;
    QComboBox *m_notificationLevel = nullptr;
    QCheckBox *m_businessNotifications = nullptr;
    FieldMessage *m_profileMessage = nullptr;
    FieldMessage *m_storageMessage = nullptr;
    QList<QuotaRow *> m_rows;
    bool m_dataLocked = false;
};

} // namespace bc
