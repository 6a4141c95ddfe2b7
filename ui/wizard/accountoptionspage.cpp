#include "ui/wizard/accountoptionspage.h"
#include "ui_accountoptionspage.h"

#include "core/domain/fields.h"
#include "core/rules/profilerules.h"
#include "ui/widgets/profileinheritance.h"
#include "ui/widgets/profilevalueindicator.h"

#include <QComboBox>
#include <QSignalBlocker>

using namespace Qt::StringLiterals;

namespace bc {

AccountOptionsPage::AccountOptionsPage(ProfileInheritance &inheritance, QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::AccountOptionsPage>())
    , m_inheritance(inheritance)
{
    m_ui->setupUi(this);
    const AccountDraft defaults;
    for (auto level :
         {NotificationLevel::Off, NotificationLevel::Less, NotificationLevel::More, NotificationLevel::All})
        m_ui->notificationLevel->addItem(AccountText::label(level), static_cast<int>(level));
    setNotificationLevel(defaults.notificationLevel);
    setBackupLocations(defaults.backupLocations);
    m_ui->businessNotifications->setChecked(defaults.businessNotifications);

    m_ui->backupLocationsRow->insertWidget(1,
                                           new ProfileValueIndicator(inheritance, ProfileRules::backupLocationsKey(),
                                                                     Field::backupLocations, m_ui->localAndCloud,
                                                                     tr("backup locations"), this));
    m_ui->notificationLevelRow->insertWidget(
        1,
        new ProfileValueIndicator(inheritance, ProfileRules::notificationLevelKey(), Field::notificationLevel,
                                  m_ui->notificationLevel, tr("notification level"), this));

    connect(m_ui->notificationLevel, &QComboBox::currentIndexChanged, this, &AccountOptionsPage::describeLevel);
    // Only what the person does makes an override; the profile's values arrive with signals blocked.
    connect(m_ui->notificationLevel, &QComboBox::activated, this,
            [this] { m_inheritance.setOverridden(ProfileRules::notificationLevelKey(), true); });
    for (QAbstractButton *button : {m_ui->localAndCloud, m_ui->cloudOnly}) {
        connect(button, &QAbstractButton::clicked, this,
                [this] { m_inheritance.setOverridden(ProfileRules::backupLocationsKey(), true); });
    }
    connect(&inheritance, &ProfileInheritance::profileChanged, this, &AccountOptionsPage::followProfile);
    connect(&inheritance, &ProfileInheritance::stateChanged, this, &AccountOptionsPage::followProfile);
    describeLevel();
}

AccountOptionsPage::~AccountOptionsPage() = default;

void AccountOptionsPage::applyTo(AccountDraft &draft) const
{
    draft.backupLocations = m_ui->cloudOnly->isChecked() ? BackupLocations::CloudOnly : BackupLocations::LocalAndCloud;
    draft.notificationLevel = static_cast<NotificationLevel>(m_ui->notificationLevel->currentData().toInt());
    draft.businessNotifications = m_ui->businessNotifications->isChecked();
}

void AccountOptionsPage::cleanupPage()
{
    // Keep what was chosen when the person goes back.
}

void AccountOptionsPage::describeLevel()
{
    const auto level = static_cast<NotificationLevel>(m_ui->notificationLevel->currentData().toInt());
    m_ui->notificationLevelDescription->setText(AccountText::description(level));
}

void AccountOptionsPage::setBackupLocations(BackupLocations locations)
{
    m_ui->localAndCloud->setChecked(locations == BackupLocations::LocalAndCloud);
    m_ui->cloudOnly->setChecked(locations == BackupLocations::CloudOnly);
}

void AccountOptionsPage::setNotificationLevel(NotificationLevel level)
{
    m_ui->notificationLevel->setCurrentIndex(m_ui->notificationLevel->findData(static_cast<int>(level)));
}

void AccountOptionsPage::followProfile()
{
    const std::optional<Profile> &profile = m_inheritance.profile();
    if (m_inheritance.isInherited(ProfileRules::backupLocationsKey()))
        setBackupLocations(profile->backupLocations);
    if (m_inheritance.isInherited(ProfileRules::notificationLevelKey()))
        setNotificationLevel(profile->notificationLevel);
}

} // namespace bc
