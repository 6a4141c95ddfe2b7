#include "ui/catalog/profileform.h"

#include "ui/widgets/quotaseditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bc {

ProfileForm::ProfileForm(const Quotas &caps, QWidget *parent)
    : CatalogItemForm(parent)
{
    m_dataLock = new QCheckBox(tr("&Data lock: accounts on this profile cannot be deleted or change profile"), this);
    m_dataLock->setObjectName(u"dataLock"_s);
    form()->addRow(QString(), m_dataLock);

    m_backupLocations = new QComboBox(this);
    m_backupLocations->setObjectName(u"backupLocations"_s);
    for (auto locations : {BackupLocations::LocalAndCloud, BackupLocations::CloudOnly})
        m_backupLocations->addItem(AccountText::label(locations), static_cast<int>(locations));
    auto *locationsLabel = new QLabel(tr("&Backup locations:"), this);
    locationsLabel->setBuddy(m_backupLocations);
    form()->addRow(locationsLabel, m_backupLocations);

    m_notificationLevel = new QComboBox(this);
    m_notificationLevel->setObjectName(u"notificationLevel"_s);
    for (auto level :
         {NotificationLevel::Off, NotificationLevel::Less, NotificationLevel::More, NotificationLevel::All})
        m_notificationLevel->addItem(AccountText::label(level), static_cast<int>(level));
    auto *levelLabel = new QLabel(tr("N&otifications:"), this);
    levelLabel->setBuddy(m_notificationLevel);
    form()->addRow(levelLabel, m_notificationLevel);

    auto *quotasBox = new QGroupBox(tr("Quotas of the accounts on this profile"), this);
    auto *quotasLayout = new QVBoxLayout(quotasBox);
    m_quotas = new QuotasEditor(QuotasEditor::Overages::Shown, quotasBox);
    m_quotas->setCaps(caps);
    quotasLayout->addWidget(m_quotas);
    form()->addRow(quotasBox);
    setProfile(m_profile);
}

void ProfileForm::setProfile(const Profile &profile)
{
    m_profile = profile;
    setName(profile.name);
    m_dataLock->setChecked(profile.dataLock);
    m_backupLocations->setCurrentIndex(m_backupLocations->findData(static_cast<int>(profile.backupLocations)));
    m_notificationLevel->setCurrentIndex(m_notificationLevel->findData(static_cast<int>(profile.notificationLevel)));
    m_quotas->setQuotas(profile.quotas);
}

std::optional<Profile> ProfileForm::profile()
{
    Profile result = m_profile;
    result.name = name();
    result.dataLock = m_dataLock->isChecked();
    result.backupLocations = static_cast<BackupLocations>(m_backupLocations->currentData().toInt());
    result.notificationLevel = static_cast<NotificationLevel>(m_notificationLevel->currentData().toInt());
    const std::optional<Quotas> quotas = m_quotas->quotas();
    if (!quotas)
        return std::nullopt;
    result.quotas = *quotas;
    return result;
}

bool ProfileForm::showError(const Error &error)
{
    return CatalogItemForm::showError(error) || m_quotas->showError(error);
}

void ProfileForm::clearErrors()
{
    CatalogItemForm::clearErrors();
    m_quotas->clearErrors();
}

} // namespace bc
