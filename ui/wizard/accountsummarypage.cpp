#include "accountsummarypage.h"

#include "accountrules.h"
#include "accountservice.h"

#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bc {

AccountSummaryPage::AccountSummaryPage(AccountService &accounts, qint64 groupId, const QString &groupPath,
                                       DraftSource draft, QWidget *parent)
    : QWizardPage(parent)
    , m_accounts(accounts)
    , m_groupId(groupId)
    , m_groupPath(groupPath)
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

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_summary, 1);
}

void AccountSummaryPage::showProblem(const QString &message)
{
    m_banner->setText(
        tr("The account was not saved. %1\nEverything you entered is still here; press Finish to try again.")
            .arg(message));
    m_banner->setVisible(true);
}

void AccountSummaryPage::initializePage()
{
    m_banner->setVisible(false);
    m_summary->setHtml(summaryHtml(AccountRules::normalized(m_draft())));
}

bool AccountSummaryPage::validatePage()
{
    m_banner->setVisible(false);
    const QList<Error> errors = m_accounts.validate(m_groupId, m_draft());
    if (errors.isEmpty())
        return true;
    Q_EMIT errorsFound(errors);
    return false;
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
    QList<std::pair<QString, QString>> rows {
        {tr("Group"), m_groupPath},
        {tr("Login"), draft.login},
        {tr("Email"), draft.email},
        {tr("First name"), orNone(draft.firstName)},
        {tr("Last name"), orNone(draft.lastName)},
        {tr("Administrator privileges"), draft.administrator ? tr("Yes") : tr("No")},
        {tr("Agent auto update"), onOff(draft.agentAutoUpdate)},
    };
    for (Resource resource : allResources) {
        const Quota &quota = draft.quotas[resource];
        const QString limit = Quotas::formatLimit(resource, quota.limit, locale);
        rows.append({Quotas::displayName(resource),
                     quota.overage == 0
                         ? limit
                         : tr("%1, overage %2").arg(limit, Quotas::formatAmount(resource, quota.overage, locale))});
    }
    rows.append({tr("Backup locations"), AccountText::label(draft.backupLocations)});
    rows.append({tr("Notification level"),
                 tr("%1 (%2)").arg(AccountText::label(draft.notificationLevel),
                                   AccountText::description(draft.notificationLevel))});
    rows.append({tr("Business notifications"), onOff(draft.businessNotifications)});

    QString html = u"<table cellspacing=\"0\" cellpadding=\"3\">"_s;
    for (const auto &[name, value] : rows) {
        html += u"<tr><td style=\"padding-right:16px\"><b>%1</b></td><td>%2</td></tr>"_s.arg(name.toHtmlEscaped(),
                                                                                             value.toHtmlEscaped());
    }
    html += u"</table>"_s;
    return html;
}

} // namespace bc
