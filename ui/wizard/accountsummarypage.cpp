#include "ui/wizard/accountsummarypage.h"

#include "core/rules/accountrules.h"
#include "core/rules/profilerules.h"
#include "ui/widgets/discardguard.h"
#include "ui/widgets/profileinheritance.h"

#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bc {

AccountSummaryPage::AccountSummaryPage(const ProfileInheritance &inheritance, DraftSource draft, QWidget *parent)
    : QWizardPage(parent)
    , m_inheritance(inheritance)
    , m_draft(std::move(draft))
{
    setObjectName(u"summaryPage"_s);
    setTitle(tr("Summary"));
    setSubTitle(tr("Check the new account. Press Finish to create it; it stays inactive until the user "
                   "activates it from the email."));
    setFinalPage(true);

    m_banner = new QLabel(this);
    m_banner->setObjectName(u"saveError"_s);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setStyleSheet(u"QLabel#saveError { background: #fdecea; color: #5f2120; border: 1px solid #e6a6a1;"
                            " border-radius: 4px; padding: 8px; }"_s);
    m_banner->setVisible(false);

    m_summary = new QTextBrowser(this);
    m_summary->setObjectName(u"summary"_s);
    m_summary->setAccessibleName(tr("Summary of the new account"));
    m_summary->setReadOnly(true);
    m_summary->setOpenLinks(false);
    m_summary->setTabChangesFocus(true);
    m_summary->setFrameShape(QFrame::StyledPanel);
    DiscardGuard::ignore(m_summary);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_summary, 1);
}

void AccountSummaryPage::setGroup(const QString &groupPath, const Catalog &catalog)
{
    m_groupPath = groupPath;
    m_catalog = catalog;
    if (isVisible())
        m_summary->setHtml(summaryHtml(AccountRules::normalized(m_draft())));
}

void AccountSummaryPage::showSaving()
{
    m_banner->setVisible(false);
}

void AccountSummaryPage::showProblem(const QString &message)
{
    m_banner->setText(
        tr("The account was not saved. %1\nEverything you entered is still here; press Finish to try again.")
            .arg(message));
    m_banner->setVisible(true);
}

void AccountSummaryPage::showRetrying(const QString &message, int attempt)
{
    m_banner->setText(tr("The account is not saved yet: %1\nRetrying by itself every few seconds (attempt %2); "
                         "everything you entered is kept. Cancel stops trying.")
                          .arg(message)
                          .arg(attempt));
    m_banner->setVisible(true);
}

void AccountSummaryPage::initializePage()
{
    m_banner->setVisible(false);
    m_summary->setHtml(summaryHtml(AccountRules::normalized(m_draft())));
}

QString AccountSummaryPage::summaryHtml(const AccountDraft &draft) const
{
    const QLocale locale;
    const auto orNone = [](const QString &text) {
        return text.isEmpty() ? tr("(none)") : text;
    };
    const auto onOff = [](bool on) {
        return on ? tr("On") : tr("Off");
    };
    const std::optional<Profile> &profile = m_inheritance.profile();
    QString storage = tr("The group's default");
    for (const Storage &candidate : m_catalog.storages) {
        if (candidate.id == draft.storageId)
            storage = candidate.region.isEmpty() ? candidate.name : tr("%1 (%2)").arg(candidate.name, candidate.region);
    }
    QList<std::pair<QString, QString>> rows {
        {tr("Group"), m_groupPath},
        {tr("Login"), draft.login},
        {tr("Email"), draft.email},
        {tr("Notification email"),
         draft.notificationEmail.isEmpty() ? tr("The sign-in email") : draft.notificationEmail},
        {tr("First name"), orNone(draft.firstName)},
        {tr("Last name"), orNone(draft.lastName)},
        {tr("Display name"), orNone(draft.displayName)},
        {tr("Mobile (SMS MFA)"), orNone(draft.mobile)},
        {tr("Phone"), orNone(draft.phone)},
        {tr("Postal address"), orNone(draft.address.split(u'\n', Qt::SkipEmptyParts).join(tr(", ")))},
        {tr("Password"),
         !draft.password.isEmpty()       ? tr("Set")
             : draft.sendActivationEmail ? tr("Not set; the user chooses one from the activation email")
                                         : tr("Not set; the user chooses one once an activation email is sent")},
        {tr("Administrator privileges"), draft.administrator ? tr("Yes") : tr("No")},
        {tr("Agent auto update"), onOff(draft.agentAutoUpdate)},
        {tr("Profile"),
         !profile                ? tr("No profile")
             : profile->dataLock ? tr("%1 (data lock)").arg(profile->name)
                                 : profile->name},
        {tr("Storage location"), storage},
    };
    for (Resource resource : allResources) {
        const std::optional<Service> service = CatalogText::serviceFor(resource);
        if (service && !m_catalog.services.testFlag(*service)) {
            rows.append({Quotas::displayName(resource), tr("Not offered; the service is switched off")});
            continue;
        }
        const Quota &quota = draft.quotas[resource];
        const QString limit = Quotas::formatLimit(resource, quota.limit, locale);
        rows.append({Quotas::displayName(resource),
                     inheritedValue(
                         quota.overage == 0
                             ? limit
                             : tr("%1, overage %2").arg(limit, Quotas::formatAmount(resource, quota.overage, locale)),
                         ProfileRules::quotaKey(resource))});
    }
    rows.append({tr("Backup locations"),
                 inheritedValue(AccountText::label(draft.backupLocations), ProfileRules::backupLocationsKey())});
    rows.append({tr("Notification level"),
                 inheritedValue(tr("%1 (%2)").arg(AccountText::label(draft.notificationLevel),
                                                  AccountText::description(draft.notificationLevel)),
                                ProfileRules::notificationLevelKey())});
    rows.append({tr("Business notifications"), onOff(draft.businessNotifications)});
    rows.append({tr("Subscriptions"),
                 draft.subscriptionIds.isEmpty() ? tr("None; the account starts unlicensed")
                                                 : namesOf(draft.subscriptionIds, true)});
    rows.append({tr("Security groups"), orNone(namesOf(draft.securityGroupIds, false))});
    rows.append({tr("Activation email"),
                 !draft.sendActivationEmail
                     ? tr("Not sent; the account stays inactive until one is sent with \"Resend activation email\"")
                     : draft.activationEmail ? tr("Will be sent (own text)")
                                             : tr("Will be sent (group's text)")});

    QString html = u"<table cellspacing=\"0\" cellpadding=\"3\">"_s;
    for (const auto &[name, value] : rows) {
        html += u"<tr><td style=\"padding-right:16px\"><b>%1</b></td><td>%2</td></tr>"_s.arg(name.toHtmlEscaped(),
                                                                                             value.toHtmlEscaped());
    }
    html += u"</table>"_s;
    return html;
}

QString AccountSummaryPage::inheritedValue(const QString &value, const QString &key) const
{
    switch (m_inheritance.state(key)) {
    case ProfileInheritance::State::NoProfile:
        return value;
    case ProfileInheritance::State::Inherited:
        return tr("%1 (from profile)").arg(value);
    case ProfileInheritance::State::Overridden:
        return tr("%1 (changed; the profile has %2)").arg(value, m_inheritance.profileValueText(key));
    }
    return value;
}

QString AccountSummaryPage::namesOf(const QList<qint64> &ids, bool subscriptions) const
{
    QStringList names;
    if (subscriptions) {
        for (const Subscription &subscription : m_catalog.subscriptions) {
            if (ids.contains(subscription.id))
                names.append(subscription.name);
        }
    } else {
        for (const SecurityGroup &group : m_catalog.securityGroups) {
            if (ids.contains(group.id))
                names.append(group.name);
        }
    }
    return names.join(tr(", "));
}

} // namespace bc
