#include "ui/wizard/accountprofilepage.h"

#include "core/rules/accountrules.h"
#include "core/rules/groupdefaults.h"
#include "ui/widgets/fieldmessage.h"
#include "ui/widgets/profileinheritance.h"

#include <QComboBox>
#include <QFormLayout>
#include <QIcon>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace bc {

namespace {

QString profileToolTip(const Profile &profile)
{
    const Quota &storage = profile.quotas[Resource::Storage];
    return AccountProfilePage::tr("Storage quota %1, backup locations %2, notifications %3")
        .arg(Quotas::formatLimit(Resource::Storage, storage.limit), AccountText::label(profile.backupLocations),
             AccountText::label(profile.notificationLevel));
}

} // namespace

AccountProfilePage::AccountProfilePage(ProfileInheritance &inheritance, QWidget *parent)
    : QWizardPage(parent)
    , m_inheritance(inheritance)
{
    setObjectName(u"profilePage"_s);
    setTitle(tr("Profile and storage"));
    setSubTitle(tr("A profile gives the account its quotas, backup locations and notification level. A value you "
                   "change on the next pages becomes the account's own; profile changes no longer touch it."));

    m_profile = new QComboBox(this);
    m_profile->setObjectName(u"profile"_s);
    m_profile->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_profileMessage = new FieldMessage(m_profile, this);
    m_storage = new QComboBox(this);
    m_storage->setObjectName(u"storage"_s);
    m_storage->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_storageMessage = new FieldMessage(m_storage, this);
    // Until the group's catalog arrives (setCatalog).
    m_profile->setEnabled(false);
    m_storage->setEnabled(false);
    m_profileMessage->setHint(loadingText());

    auto *profileLabel = new QLabel(tr("&Profile:"), this);
    profileLabel->setObjectName(u"profileLabel"_s);
    profileLabel->setBuddy(m_profile);
    auto *storageLabel = new QLabel(tr("&Storage:"), this);
    storageLabel->setObjectName(u"storageChoiceLabel"_s);
    storageLabel->setBuddy(m_storage);

    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(profileLabel, m_profile);
    form->addRow(static_cast<QWidget *>(nullptr), m_profileMessage);
    form->addRow(storageLabel, m_storage);
    form->addRow(static_cast<QWidget *>(nullptr), m_storageMessage);
}

QString AccountProfilePage::loadingText()
{
    return tr("Loading the group's profiles and storages…");
}

void AccountProfilePage::setLoadingText(const QString &text)
{
    if (!m_loaded)
        m_profileMessage->setHint(text);
}

void AccountProfilePage::setCatalog(const Catalog &catalog)
{
    if (m_loaded)
        return;
    m_loaded = true;
    m_catalog = catalog;
    m_profile->setEnabled(true);
    m_profile->addItem(tr("No profile"), qint64(0));
    for (const Profile &profile : catalog.profiles) {
        QString text = profile.dataLock ? tr("%1 (data lock)").arg(profile.name) : profile.name;
        if (profile.id == catalog.defaultProfile.id)
            text = tr("%1, the group's default").arg(text);
        if (profile.dataLock) {
            m_profile->addItem(dataLockIcon(), text, profile.id);
            m_anyLocked = true;
        } else {
            m_profile->addItem(text, profile.id);
        }
        m_profile->setItemData(m_profile->count() - 1, profileToolTip(profile), Qt::ToolTipRole);
    }
    // A new account starts on the group's default profile (core's draft); "No profile" stays a choice.
    m_profile->setCurrentIndex(std::max(0, m_profile->findData(GroupDefaults::newDraft(catalog).profileId)));
    for (const Storage &storage : catalog.storages) {
        QString text = storage.region.isEmpty() ? storage.name : tr("%1 (%2)").arg(storage.name, storage.region);
        if (storage.id == catalog.defaultStorageId)
            text = tr("%1, the group's default").arg(text);
        m_storage->addItem(text, storage.id);
    }
    if (catalog.storages.isEmpty()) {
        m_storage->addItem(tr("No storage defined"), qint64(0));
        m_storageMessage->setHint(tr("The organization has no storage yet; the account gets the default one."));
    } else {
        m_storage->setEnabled(true);
        m_storage->setCurrentIndex(std::max(0, m_storage->findData(catalog.defaultStorageId)));
        m_storageMessage->setHint(tr("Where this account's backups are kept."));
    }

    connect(m_profile, &QComboBox::currentIndexChanged, this, &AccountProfilePage::profileChosen);
    profileChosen();
    Q_EMIT completeChanged();
}

bool AccountProfilePage::isComplete() const
{
    return m_loaded;
}

QIcon AccountProfilePage::dataLockIcon()
{
    return QIcon(u":/wizard/lock.svg"_s);
}

void AccountProfilePage::applyTo(AccountDraft &draft) const
{
    draft.storageId = m_storage->currentData().toLongLong();
}

bool AccountProfilePage::hasField(const QString &field) const
{
    return field == Field::profile || field == Field::storage;
}

bool AccountProfilePage::showError(const Error &error)
{
    return FieldMessage::showIn(error, {{Field::profile, m_profileMessage}, {Field::storage, m_storageMessage}});
}

void AccountProfilePage::cleanupPage()
{
    // Keep what was chosen when the person goes back.
}

void AccountProfilePage::profileChosen()
{
    const qint64 id = m_profile->currentData().toLongLong();
    const auto profile = std::find_if(m_catalog.profiles.cbegin(), m_catalog.profiles.cend(),
                                      [id](const Profile &p) { return p.id == id; });
    const bool chosen = profile != m_catalog.profiles.cend();
    m_profileMessage->clearError();
    if (chosen && profile->dataLock)
        m_profileMessage->setHint(tr("Data lock: once created, this account cannot be deleted, cannot move to "
                                     "another profile, and its licenses cannot be removed."));
    else if (m_anyLocked)
        m_profileMessage->setHint(tr("Profiles marked with a lock have data lock: their accounts cannot be "
                                     "deleted and cannot move to another profile."));
    else if (m_catalog.profiles.isEmpty())
        m_profileMessage->setHint(tr("This organization has no profiles; set the account's values yourself."));
    else
        m_profileMessage->setHint(QString());
    m_inheritance.setProfile(chosen ? std::optional<Profile>(*profile) : std::nullopt);
}

} // namespace bc
