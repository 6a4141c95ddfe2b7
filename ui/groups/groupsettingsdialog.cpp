#include "ui/groups/groupsettingsdialog.h"

#include "ui/groups/groupactivationtab.h"
#include "ui/widgets/discardguard.h"

#include "core/rules/accountrules.h"
#include "core/rules/groupdefaults.h"
#include "core/services/actingoperator.h"
#include "core/services/activationservice.h"
#include "core/services/authority.h"
#include "core/services/catalogservice.h"
#include "core/services/groupservice.h"
#include "core/services/operatorsignin.h"
#include "core/services/workspace.h"
#include "ui/mail/emaillisteditor.h"
#include "ui/widgets/fieldmessage.h"
#include "ui/widgets/formfield.h"
#include "ui/widgets/quotaseditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bc {

namespace {

const QString customerIdField = u"customerId"_s;
const QString companyField = u"contactCompany"_s;
const QString addressField = u"contactAddress"_s;
const QString phoneField = u"contactPhone"_s;
const QString emailField = u"contactEmail"_s;
const QString digestField = u"digestRecipients"_s;
const QString mfaRequiredField = u"mfaRequired"_s;

constexpr std::array<Service, 4> microsoft365 {Service::M365Mailboxes, Service::M365OneDrive, Service::M365SharePoint,
                                               Service::M365Teams};

QString autoBackupLabel(Service service)
{
    switch (service) {
    case Service::M365Mailboxes:
        return GroupSettingsDialog::tr("Back up new Microsoft 365 &users automatically");
    case Service::M365OneDrive:
        return GroupSettingsDialog::tr("Back up new &OneDrive accounts automatically");
    case Service::M365SharePoint:
        return GroupSettingsDialog::tr("Back up new &SharePoint sites automatically");
    case Service::M365Teams:
        return GroupSettingsDialog::tr("Back up new &Teams automatically");
    default:
        return {};
    }
}

QLineEdit *lineEdit(const QString &objectName, int maxLength, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setMaxLength(maxLength);
    return edit;
}

} // namespace

// What the dialog reads before it can show the settings.
struct GroupSettingsDialog::Loaded
{
    QString groupName;
    Quotas caps;
    GroupSettings settings;
    Catalog catalog;
    GroupActivationTab::Values activation;
    bool mfaRequired = false; // the group's own switch
    OperatorSignIn::MfaRequirement mfa; // whether its operators need MFA, and why
};

GroupSettingsDialog::GroupSettingsDialog(Workspace &workspace, qint64 groupId, const QString &groupName,
                                         QWidget *parent, AuthoritySource authority)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_authority(std::move(authority))
    , m_groupId(groupId)
    , m_groupName(groupName)
{
    setObjectName(u"groupSettingsDialog"_s);
    new DiscardGuard(this);
    setWindowTitle(tr("Settings of \"%1\"").arg(groupName));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"settingsTabs"_s);
    m_tabs->addTab(createGeneralTab(), tr("&General"));
    m_tabs->addTab(createServicesTab(), tr("Ser&vices"));
    m_tabs->addTab(createNotificationsTab(), tr("&Notifications"));
    m_tabs->addTab(createStorageTab(), tr("Defaults and &limits"));
    m_activationTab = new GroupActivationTab(this);
    m_tabs->addTab(m_activationTab, tr("&Activation"));
    m_busy = new QLabel(this);
    m_busy->setObjectName(u"settingsBusy"_s);

    m_error = new QLabel(this);
    m_error->setObjectName(u"settingsError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #c62828;"_s);
    m_error->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &GroupSettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &GroupSettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_busy);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    resize(sizeHint().expandedTo(QSize(620, 480)));

    setBusy(tr("Loading…"));
    workspace.call(
        this,
        [groupId](WorkspaceServices &services) -> Result<Loaded> {
            auto view = services.catalog.settingsView(groupId);
            if (!view)
                return fail(view.error());
            return Loaded {
                view->groupName,
                view->caps,
                view->settings,
                view->catalog,
                {view->email.activationDays, view->email.ownTemplate(groupId), view->email.effectiveTemplate()},
                view->mfa.requiredBy == groupId,
                view->mfa};
        },
        [this](const Result<Loaded> &loaded) {
            setBusy(QString());
            if (!loaded) {
                // Nothing to edit: the reason, and Cancel.
                m_error->setText(loaded.error().message);
                m_error->show();
                m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
                return;
            }
            load(*loaded);
        });
}

void GroupSettingsDialog::setBusy(const QString &what)
{
    m_busy->setText(what);
    m_busy->setVisible(!what.isEmpty());
    m_tabs->setEnabled(what.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(what.isEmpty());
}

QWidget *GroupSettingsDialog::createGeneralTab()
{
    auto *page = new QWidget(this);
    auto *outer = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    outer->addLayout(form);
    outer->addStretch();
    m_customerId = lineEdit(u"customerId"_s, AccountRules::maxNameLength, page);
    m_customerId->setToolTip(tr("Your own identifier for this customer, e.g. from your billing system."));
    m_company = lineEdit(u"contactCompany"_s, AccountRules::maxNameLength, page);
    m_address = new QPlainTextEdit(page);
    m_address->setObjectName(u"contactAddress"_s);
    m_address->setTabChangesFocus(true);
    m_address->setFixedHeight(m_address->fontMetrics().lineSpacing() * 4 + 12);
    m_phone = lineEdit(u"contactPhone"_s, 40, page);
    m_phone->setPlaceholderText(tr("e.g. +44 20 7946 0958"));
    m_email = lineEdit(u"contactEmail"_s, AccountRules::maxEmailLength, page);
    m_email->setPlaceholderText(tr("name@example.com"));
    m_messages.insert(customerIdField, addFieldRow(form, tr("C&ustomer ID:"), m_customerId));
    m_messages.insert(companyField, addFieldRow(form, tr("&Company:"), m_company));
    m_messages.insert(addressField, addFieldRow(form, tr("&Address:"), m_address));
    m_messages.insert(phoneField, addFieldRow(form, tr("&Phone:"), m_phone));
    m_messages.insert(emailField, addFieldRow(form, tr("&Email:"), m_email));
    outer->insertWidget(1, createMfaBox(page));
    connect(m_customerId, &QLineEdit::textEdited, this, [this] { checkContactField(customerIdField); });
    connect(m_company, &QLineEdit::textEdited, this, [this] { checkContactField(companyField); });
    connect(m_address, &QPlainTextEdit::textChanged, this, [this] { checkContactField(addressField); });
    connect(m_phone, &QLineEdit::textEdited, this, [this] { checkContactField(phoneField); });
    connect(m_email, &QLineEdit::textEdited, this, [this] { checkContactField(emailField); });
    return page;
}

QWidget *GroupSettingsDialog::createMfaBox(QWidget *parent)
{
    auto *box = new QGroupBox(tr("Sign-in"), parent);
    m_mfaRequired = new QCheckBox(tr("Operators in this group and below must use t&wo-step sign-in"), box);
    m_mfaRequired->setObjectName(mfaRequiredField);
    auto *message = new FieldMessage(m_mfaRequired, box);
    m_messages.insert(mfaRequiredField, message);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_mfaRequired);
    layout->addWidget(message);
    return box;
}

QWidget *GroupSettingsDialog::createServicesTab()
{
    auto *page = new QWidget(this);
    auto *services = new QGroupBox(tr("Services to back up"), page);
    auto *servicesLayout = new QVBoxLayout(services);
    for (Service service : allServices) {
        auto *box = new QCheckBox(CatalogText::label(service), services);
        box->setObjectName(u"service-"_s + toKey(service));
        servicesLayout->addWidget(box);
        m_services.insert(service, box);
        connect(box, &QCheckBox::toggled, this, &GroupSettingsDialog::updateAutoBackup);
    }
    auto *newUsers = new QGroupBox(tr("New Microsoft 365 users and sites"), page);
    auto *newUsersLayout = new QVBoxLayout(newUsers);
    for (Service service : microsoft365) {
        auto *box = new QCheckBox(autoBackupLabel(service), newUsers);
        box->setObjectName(u"autoBackup-"_s + toKey(service));
        newUsersLayout->addWidget(box);
        m_autoBackup.insert(service, box);
    }
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(services);
    layout->addWidget(newUsers);
    layout->addStretch();
    return page;
}

QWidget *GroupSettingsDialog::createNotificationsTab()
{
    auto *page = new QWidget(this);
    auto *label = new QLabel(tr("Summary digest &recipients:"), page);
    auto *explanation =
        new QLabel(tr("They receive a regular email about the health of this organization's backups."), page);
    explanation->setWordWrap(true);
    m_digest = new EmailListEditor(digestField, page);
    label->setBuddy(m_digest->input());
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(label);
    layout->addWidget(explanation);
    layout->addWidget(m_digest, 1);
    return page;
}

QWidget *GroupSettingsDialog::createStorageTab()
{
    auto *page = new QWidget(this);
    auto *outer = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    outer->addLayout(form);
    outer->addStretch();
    // What new accounts of this group and of the groups below start with (GroupDefaults); the
    // first entry of each is what the group has without a default of its own.
    m_defaultProfile = new QComboBox(page);
    m_defaultProfile->setObjectName(u"defaultProfile"_s);
    FieldMessage *profileMessage = addFieldRow(form, tr("Default &profile:"), m_defaultProfile);
    profileMessage->setHint(tr("New accounts start with its quotas and settings; they can still choose another."));
    m_messages.insert(Field::profile, profileMessage);
    m_defaultSubscription = new QComboBox(page);
    m_defaultSubscription->setObjectName(u"defaultSubscription"_s);
    FieldMessage *subscriptionMessage = addFieldRow(form, tr("Default &subscription:"), m_defaultSubscription);
    subscriptionMessage->setHint(tr("New accounts start licensed by it."));
    m_messages.insert(Field::subscriptions, subscriptionMessage);
    m_defaultStorage = new QComboBox(page);
    m_defaultStorage->setObjectName(u"defaultStorage"_s);
    m_messages.insert(Field::storage, addFieldRow(form, tr("&Default storage:"), m_defaultStorage));
    auto *limitsBox = new QGroupBox(tr("Limits for the accounts of this group"), page);
    auto *limitsLayout = new QVBoxLayout(limitsBox);
    m_limits = new QuotasEditor(QuotasEditor::Overages::Hidden, limitsBox);
    limitsLayout->addWidget(m_limits);
    form->addRow(limitsBox);
    return page;
}

void GroupSettingsDialog::load(const Loaded &loaded)
{
    const GroupSettings *settings = &loaded.settings;
    const Catalog *catalog = &loaded.catalog;
    m_groupName = loaded.groupName;
    setWindowTitle(tr("Settings of \"%1\"").arg(m_groupName));
    m_limits->setCaps(loaded.caps);
    m_customerId->setText(settings->customerId);
    m_company->setText(settings->contactCompany);
    m_address->setPlainText(settings->contactAddress);
    m_phone->setText(settings->contactPhone);
    m_email->setText(settings->contactEmail);
    for (Service service : allServices)
        m_services.value(service)->setChecked(settings->services.testFlag(service));
    for (Service service : microsoft365)
        m_autoBackup.value(service)->setChecked(settings->backupNewUsersAutomatically.testFlag(service));
    m_digest->setEmails(settings->digestRecipients);
    const auto nameOf = [](const auto &items, qint64 id) {
        const auto found = std::find_if(items.cbegin(), items.cend(), [id](const auto &item) { return item.id == id; });
        return found == items.cend() ? QString() : found->name;
    };
    m_defaultProfile->addItem(GroupDefaults::inheritedText(catalog->inheritedProfile,
                                                           nameOf(catalog->profiles, catalog->inheritedProfile.id)),
                              qint64(0));
    for (const Profile &profile : catalog->profiles)
        m_defaultProfile->addItem(profile.dataLock ? tr("%1 (data lock)").arg(profile.name) : profile.name, profile.id);
    m_defaultProfile->setCurrentIndex(std::max(0, m_defaultProfile->findData(settings->defaultProfileId)));
    m_defaultSubscription->addItem(
        GroupDefaults::inheritedText(catalog->inheritedSubscription,
                                     nameOf(catalog->subscriptions, catalog->inheritedSubscription.id)),
        qint64(0));
    for (const Subscription &subscription : catalog->subscriptions)
        m_defaultSubscription->addItem(subscription.name, subscription.id);
    m_defaultSubscription->setCurrentIndex(
        std::max(0, m_defaultSubscription->findData(settings->defaultSubscriptionId)));
    m_defaultStorage->addItem(GroupDefaults::inheritedText(catalog->inheritedStorage,
                                                           nameOf(catalog->storages, catalog->inheritedStorage.id)),
                              qint64(0));
    for (const Storage &storage : catalog->storages) {
        const QString text = storage.region.isEmpty() ? storage.name : tr("%1 (%2)").arg(storage.name, storage.region);
        m_defaultStorage->addItem(text, storage.id);
    }
    m_defaultStorage->setCurrentIndex(std::max(0, m_defaultStorage->findData(settings->defaultStorageId)));
    m_limits->setQuotas(settings->limits);
    m_activationTab->load(loaded.activation);
    m_mfaRequiredLoaded = loaded.mfaRequired;
    m_mfaRequired->setChecked(loaded.mfaRequired);
    updateAutoBackup();
    // Messages from loading are no news: start clean.
    for (FieldMessage *message : std::as_const(m_messages))
        message->clearError();
    // Required from above already: the switch here changes nothing for now, and says so.
    m_messages.value(mfaRequiredField)
        ->setHint(loaded.mfa.needed && !loaded.mfaRequired
                      ? tr("Its operators must use it already: %1").arg(loaded.mfa.reason)
                      : QString());
    m_loaded = true;
    DiscardGuard::markUnchanged(this); // what arrived is no change of the user's
}

void GroupSettingsDialog::updateAutoBackup()
{
    for (Service service : microsoft365) {
        const bool on = m_services.value(service)->isChecked();
        QCheckBox *box = m_autoBackup.value(service);
        box->setEnabled(on);
        box->setToolTip(on ? QString() : tr("Switch the service on to back up its new users automatically."));
    }
}

void GroupSettingsDialog::checkContactField(const QString &field)
{
    FieldMessage *message = m_messages.value(field);
    if (field == customerIdField)
        message->showResult(AccountRules::checkName(m_customerId->text(), field));
    else if (field == companyField)
        message->showResult(AccountRules::checkName(m_company->text(), field));
    else if (field == addressField)
        message->showResult(AccountRules::checkAddress(m_address->toPlainText(), field));
    else if (field == phoneField)
        message->showResult(m_phone->text().trimmed().isEmpty() ? Result<void>()
                                                                : AccountRules::checkPhone(m_phone->text(), field));
    else if (field == emailField)
        message->showResult(m_email->text().trimmed().isEmpty() ? Result<void>()
                                                                : AccountRules::checkEmail(m_email->text(), field));
}

std::optional<GroupSettings> GroupSettingsDialog::settings()
{
    GroupSettings settings;
    settings.customerId = m_customerId->text();
    settings.contactCompany = m_company->text();
    settings.contactAddress = m_address->toPlainText();
    settings.contactPhone = m_phone->text();
    settings.contactEmail = m_email->text();
    settings.services = {};
    for (Service service : allServices)
        settings.services.setFlag(service, m_services.value(service)->isChecked());
    for (Service service : microsoft365)
        settings.backupNewUsersAutomatically.setFlag(service, m_autoBackup.value(service)->isChecked());
    settings.defaultStorageId = m_defaultStorage->currentData().toLongLong();
    settings.defaultProfileId = m_defaultProfile->currentData().toLongLong();
    settings.defaultSubscriptionId = m_defaultSubscription->currentData().toLongLong();
    // An address typed but not added is meant to be added; a bad one keeps the dialog open.
    if (!m_digest->addPending()) {
        m_tabs->setCurrentIndex(tabOf(m_tabs, m_digest));
        return std::nullopt;
    }
    settings.digestRecipients = m_digest->emails();
    const std::optional<Quotas> limits = m_limits->quotas();
    if (!limits) {
        m_tabs->setCurrentIndex(tabOf(m_tabs, m_limits));
        return std::nullopt;
    }
    settings.limits = *limits;
    return settings;
}

void GroupSettingsDialog::showErrors(const QList<Error> &errors)
{
    for (FieldMessage *message : std::as_const(m_messages))
        message->clearError();
    m_limits->clearErrors();
    m_error->hide();
    int firstTab = -1;
    for (const Error &error : errors) {
        QWidget *where = nullptr;
        if (FieldMessage *message = m_messages.value(error.field)) {
            message->setError(error.message);
            where = message;
        } else if (error.field == digestField) {
            m_digest->showError(error.message);
            where = m_digest;
        } else if (m_limits->showError(error)) {
            where = m_limits;
        } else {
            m_error->setText(error.message);
            m_error->show();
        }
        if (where && firstTab < 0)
            firstTab = tabOf(m_tabs, where);
    }
    if (firstTab >= 0)
        m_tabs->setCurrentIndex(firstTab);
}

void GroupSettingsDialog::accept()
{
    if (!m_loaded || m_saving)
        return;
    const std::optional<GroupSettings> typed = settings();
    if (!typed)
        return;
    if (!m_activationTab->check()) {
        m_tabs->setCurrentWidget(m_activationTab);
        return;
    }
    m_saving = true;
    setBusy(tr("Saving…"));
    m_workspace.call(
        this,
        [groupId = m_groupId, settings = *typed, days = m_activationTab->days(), email = m_activationTab->ownEmail(),
         mfaRequired = m_mfaRequired->isChecked(), mfaChanged = m_mfaRequired->isChecked() != m_mfaRequiredLoaded,
         authority = m_authority](WorkspaceServices &services) -> Result<QList<Error>> {
            // Asked here, not only when the window enabled the action: the operator's security
            // groups may have changed since on another desk.
            auto acting = authority(services);
            if (!acting)
                return fail(acting.error());
            if (auto allowed = acting->allows(Permission::ManageGroups, groupId); !allowed)
                return fail(allowed.error());
            if (QList<Error> errors = services.catalog.validate(groupId, settings); !errors.isEmpty())
                return withLostConnection(errors);
            // The switch is asked about first, so that a refusal saves nothing.
            if (mfaChanged) {
                if (auto allowed = acting->maySetMfaRequired(groupId, mfaRequired); !allowed) {
                    Error error = allowed.error();
                    error.field = mfaRequiredField;
                    return QList<Error> {error};
                }
            }
            if (auto saved = services.catalog.updateSettings(groupId, settings); !saved)
                return fail(saved.error());
            if (mfaChanged) {
                if (auto set = services.groups.setMfaRequired(groupId, mfaRequired); !set) {
                    Error error = set.error();
                    error.field = mfaRequiredField;
                    return fail(error);
                }
            }
            if (auto saved = services.activation.setGroupActivation(groupId, days, email); !saved) {
                Error error = saved.error();
                error.field = u"activation"_s; // shown below the tabs, on the Activation tab
                return fail(error);
            }
            return QList<Error>();
        },
        [this](const Result<QList<Error>> &result) {
            m_saving = false;
            setBusy(QString());
            const QList<Error> errors = result ? *result : QList<Error> {result.error()};
            if (errors.isEmpty()) {
                QDialog::accept();
                return;
            }
            showErrors(errors);
            if (errors.first().field == u"activation"_s)
                m_tabs->setCurrentWidget(m_activationTab);
        });
}

void GroupSettingsDialog::reject()
{
    if (DiscardGuard::mayDiscard(this))
        QDialog::reject();
}

} // namespace bc
