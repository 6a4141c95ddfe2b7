#include "accountoptionspage.h"
#include "ui_accountoptionspage.h"

#include <QComboBox>

namespace bc {

AccountOptionsPage::AccountOptionsPage(QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::AccountOptionsPage>())
{
    m_ui->setupUi(this);
    const AccountDraft defaults;
    for (auto level :
         {NotificationLevel::Off, NotificationLevel::Less, NotificationLevel::More, NotificationLevel::All})
        m_ui->notificationLevel->addItem(AccountText::label(level), static_cast<int>(level));
    m_ui->notificationLevel->setCurrentIndex(
        m_ui->notificationLevel->findData(static_cast<int>(defaults.notificationLevel)));
    m_ui->localAndCloud->setChecked(defaults.backupLocations == BackupLocations::LocalAndCloud);
    m_ui->cloudOnly->setChecked(defaults.backupLocations == BackupLocations::CloudOnly);
    m_ui->businessNotifications->setChecked(defaults.businessNotifications);
    connect(m_ui->notificationLevel, &QComboBox::currentIndexChanged, this, &AccountOptionsPage::describeLevel);
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

} // namespace bc
