#include "ui/accounts/accountbackuptab.h"

#include "core/rules/accountrules.h"
#include "core/rules/profilerules.h"
#include "ui/widgets/fieldmessage.h"
#include "ui/widgets/formfield.h"
#include "ui/widgets/profileinheritance.h"
#include "ui/widgets/profilevalueindicator.h"
#include "ui/widgets/quotarow.h"
#include "ui/wizard/accountprofilepage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bc {

AccountBackupTab::AccountBackupTab(const Catalog &catalog, QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_inheritance(new ProfileInheritance(this))
{
    auto *outer = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    outer->addLayout(form);
    outer->addStretch();
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_profile = new QComboBox(this);
    m_profile->setObjectName(Field::profile);
    m_profile->addItem(tr("No profile"), qint64(0));
    for (const Profile &profile : catalog.profiles) {
        if (profile.dataLock)
            m_profile->addItem(AccountProfilePage::dataLockIcon(), tr("%1 (data lock)").arg(profile.name), profile.id);
        else
            m_profile->addItem(profile.name, profile.id);
    }
    m_profileMessage = addFieldRow(form, tr("&Profile:"), m_profile);

    m_storage = new QComboBox(this);
    m_storage->setObjectName(Field::storage);
    m_storage->addItem(tr("The group's default"), qint64(0));
    for (const Storage &storage : catalog.storages)
        m_storage->addItem(storage.region.isEmpty() ? storage.name : tr("%1 (%2)").arg(storage.name, storage.region),
                           storage.id);
    m_storageMessage = addFieldRow(form, tr("St&orage:"), m_storage);

    auto *quotasBox = new QGroupBox(tr("Quotas"), this);
    auto *grid = new QGridLayout(quotasBox);
    int gridRow = 0;
    for (Resource resource : allResources) {
        auto *row = new QuotaRow(resource, catalog.limits[resource].limit, *m_inheritance, grid, gridRow, quotasBox);
        const std::optional<Service> service = CatalogText::serviceFor(resource);
        row->setVisible(!service || catalog.services.testFlag(*service));
        m_rows.append(row);
        gridRow += 2;
    }
    form->addRow(quotasBox);

    const auto withIndicator = [this, form](const QString &label, QComboBox *combo, const QString &key,
                                            const QString &fieldName) {
        auto *cell = new QWidget(this);
        auto *row = new QHBoxLayout(cell);
        row->setContentsMargins(0, 0, 0, 0);
        combo->setParent(cell);
        row->addWidget(combo);
        row->addWidget(new ProfileValueIndicator(*m_inheritance, key, combo->objectName(), combo, fieldName, cell));
        row->addStretch();
        auto *labelWidget = new QLabel(label, this);
        labelWidget->setBuddy(combo);
        form->addRow(labelWidget, cell);
        connect(combo, &QComboBox::activated, this, [this, key] { m_inheritance->setOverridden(key, true); });
    };
    m_backupLocations = new QComboBox(this);
    m_backupLocations->setObjectName(u"backupLocations"_s);
    for (auto locations : {BackupLocations::LocalAndCloud, BackupLocations::CloudOnly})
        m_backupLocations->addItem(AccountText::label(locations), static_cast<int>(locations));
    withIndicator(tr("Backup &locations:"), m_backupLocations, ProfileRules::backupLocationsKey(),
                  tr("backup locations"));
    m_notificationLevel = new QComboBox(this);
    m_notificationLevel->setObjectName(u"notificationLevel"_s);
    for (auto level :
         {NotificationLevel::Off, NotificationLevel::Less, NotificationLevel::More, NotificationLevel::All})
        m_notificationLevel->addItem(AccountText::label(level), static_cast<int>(level));
    withIndicator(tr("&Notifications:"), m_notificationLevel, ProfileRules::notificationLevelKey(),
                  tr("notification level"));
    m_businessNotifications = new QCheckBox(tr("B&usiness notifications"), this);
    m_businessNotifications->setObjectName(u"businessNotifications"_s);
    form->addRow(QString(), m_businessNotifications);

    connect(m_profile, &QComboBox::activated, this, &AccountBackupTab::profileChosen);
    connect(m_inheritance, &ProfileInheritance::profileChanged, this, &AccountBackupTab::followProfile);
    connect(m_inheritance, &ProfileInheritance::stateChanged, this, &AccountBackupTab::followProfile);
}

std::optional<Profile> AccountBackupTab::profileById(qint64 id) const
{
    for (const Profile &profile : m_catalog.profiles) {
        if (profile.id == id)
            return profile;
    }
    return std::nullopt;
}

void AccountBackupTab::load(const Account &account)
{
    const std::optional<Profile> profile = profileById(account.profileId);
    m_dataLocked = profile && profile->dataLock;
    m_profile->setCurrentIndex(std::max(0, m_profile->findData(account.profileId)));
    // Data lock: the profile stays; say why rather than just greying it out.
    m_profile->setEnabled(!m_dataLocked);
    m_profileMessage->setHint(m_dataLocked ? tr("\"%1\" has data lock: this account cannot move to another profile, "
                                                "cannot be deleted, and its licenses cannot be removed.")
                                                 .arg(profile->name)
                                           : QString());
    m_profile->setToolTip(m_dataLocked ? m_profileMessage->text() : QString());
    m_storage->setCurrentIndex(std::max(0, m_storage->findData(account.storageId)));
    m_inheritance->setFromDraft(account.draft(), profile);
    for (QuotaRow *row : std::as_const(m_rows))
        row->setQuota(account.quotas[row->resource()]);
    {
        const QSignalBlocker blocker(m_backupLocations);
        m_backupLocations->setCurrentIndex(m_backupLocations->findData(static_cast<int>(account.backupLocations)));
        m_notificationLevel->setCurrentIndex(
            m_notificationLevel->findData(static_cast<int>(account.notificationLevel)));
    }
    m_businessNotifications->setChecked(account.businessNotifications);
    clearErrors();
}

void AccountBackupTab::profileChosen()
{
    m_inheritance->setProfile(profileById(m_profile->currentData().toLongLong()));
}

void AccountBackupTab::followProfile()
{
    const std::optional<Profile> &profile = m_inheritance->profile();
    if (!profile)
        return;
    if (m_inheritance->isInherited(ProfileRules::backupLocationsKey()))
        m_backupLocations->setCurrentIndex(m_backupLocations->findData(static_cast<int>(profile->backupLocations)));
    if (m_inheritance->isInherited(ProfileRules::notificationLevelKey()))
        m_notificationLevel->setCurrentIndex(
            m_notificationLevel->findData(static_cast<int>(profile->notificationLevel)));
}

bool AccountBackupTab::applyTo(AccountDraft &draft) const
{
    m_inheritance->writeTo(draft);
    draft.storageId = m_storage->currentData().toLongLong();
    draft.backupLocations = static_cast<BackupLocations>(m_backupLocations->currentData().toInt());
    draft.notificationLevel = static_cast<NotificationLevel>(m_notificationLevel->currentData().toInt());
    draft.businessNotifications = m_businessNotifications->isChecked();
    bool valid = true;
    for (QuotaRow *row : m_rows) {
        const Resource resource = row->resource();
        const auto limit = Quotas::parseLimit(resource, row->limitText(), Field::quotaLimit(resource), row->locale());
        const auto overage =
            Quotas::parseOverage(resource, row->overageText(), Field::quotaOverage(resource), row->locale());
        valid = row->limitMessage()->showResult(limit) && valid;
        valid = row->overageMessage()->showResult(overage) && valid;
        if (limit && overage)
            draft.quotas[resource] = Quota {*limit, *overage};
    }
    return valid;
}

bool AccountBackupTab::showError(const Error &error)
{
    if (error.field == Field::profile) {
        m_profileMessage->setError(error.message);
        return true;
    }
    if (error.field == Field::storage) {
        m_storageMessage->setError(error.message);
        return true;
    }
    for (QuotaRow *row : std::as_const(m_rows)) {
        if (error.field == Field::quotaLimit(row->resource())) {
            row->limitMessage()->setError(error.message);
            return true;
        }
        if (error.field == Field::quotaOverage(row->resource())) {
            row->overageMessage()->setError(error.message);
            return true;
        }
    }
    return false;
}

void AccountBackupTab::clearErrors()
{
    m_profileMessage->clearError();
    m_storageMessage->clearError();
    for (QuotaRow *row : std::as_const(m_rows)) {
        row->limitMessage()->clearError();
        row->overageMessage()->clearError();
    }
}

} // namespace bc
