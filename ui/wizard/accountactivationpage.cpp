#include "ui/wizard/accountactivationpage.h"

#include "core/platform/logging.h"
#include "core/services/activationservice.h"
#include "core/services/workspace.h"
#include "ui/widgets/discardguard.h"
#include "ui/widgets/fieldmessage.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bc {

namespace {

constexpr int previewDelayMs = 300;
const QString subjectField = u"subject"_s;
const QString bodyField = u"body"_s;

// Core's rule for an account's own email: a subject, and a text with {link}.
Result<void> checkEmail(const EmailTemplate &email)
{
    return ActivationService::checkTemplate(email);
}

} // namespace

AccountActivationPage::AccountActivationPage(Workspace &workspace, qint64 groupId, DraftSource draft, QWidget *parent)
    : QWizardPage(parent)
    , m_groupId(groupId)
    , m_draft(std::move(draft))
    , m_workspace(workspace)
{
    setObjectName(u"activationPage"_s);
    setTitle(tr("Activation email"));
    setSubTitle(tr("The email with the link the user follows to choose a password and activate the account."));

    m_send = new QCheckBox(tr("Send an &activation email"), this);
    m_send->setObjectName(u"sendActivationEmail"_s);
    m_send->setChecked(true);
    m_sendMessage = new FieldMessage(m_send, this);

    m_email = new QWidget(this);
    m_email->setObjectName(u"activationEmail"_s);
    m_subject = new QLineEdit(m_email);
    m_subject->setObjectName(u"activationSubject"_s);
    m_subjectMessage = new FieldMessage(m_subject, m_email);
    m_body = new QPlainTextEdit(m_email);
    m_body->setObjectName(u"activationBody"_s);
    m_body->setTabChangesFocus(true);
    m_body->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_bodyMessage = new FieldMessage(m_body, m_email);
    m_useGroupEmail = new QPushButton(tr("Use the &group's email"), m_email);
    m_useGroupEmail->setObjectName(u"useGroupEmail"_s);
    m_useGroupEmail->setToolTip(tr("Forget the changes and send the email the group's accounts get."));
    m_preview = new QTextBrowser(m_email);
    m_preview->setObjectName(u"activationPreview"_s);
    m_preview->setAccessibleName(tr("Preview of the activation email"));
    m_preview->setOpenLinks(false);
    m_preview->setTabChangesFocus(true);
    // It shows what was typed elsewhere, and arrives late: no change of its own.
    DiscardGuard::ignore(m_preview);

    auto *subjectLabel = new QLabel(tr("&Subject:"), m_email);
    subjectLabel->setObjectName(u"activationSubjectLabel"_s);
    subjectLabel->setBuddy(m_subject);
    auto *bodyLabel = new QLabel(tr("B&ody:"), m_email);
    bodyLabel->setObjectName(u"activationBodyLabel"_s);
    bodyLabel->setBuddy(m_body);
    // Not the body's hint: an error there would hide the very list that helps to fix it.
    auto *placeholders =
        new QLabel(tr("Placeholders: %1 the user's name, %2 the login, %3 your organization, %4 the activation link "
                      "(required), %5 when the link expires.")
                       .arg(EmailTemplates::placeholders().value(0), EmailTemplates::placeholders().value(1),
                            EmailTemplates::placeholders().value(2), EmailTemplates::placeholders().value(3),
                            EmailTemplates::placeholders().value(4)),
                   m_email);
    placeholders->setObjectName(u"activationPlaceholders"_s);
    placeholders->setWordWrap(true);
    placeholders->setTextFormat(Qt::PlainText);
    placeholders->setBuddy(m_body);
    auto *previewLabel = new QLabel(tr("Pre&view, as the user will see it:"), m_email);
    previewLabel->setObjectName(u"activationPreviewLabel"_s);
    previewLabel->setBuddy(m_preview);

    m_linkWarning = new QLabel(m_email);
    m_linkWarning->setObjectName(u"activationLinkWarning"_s);
    m_linkWarning->setWordWrap(true);
    m_linkWarning->setTextFormat(Qt::PlainText);
    m_linkWarning->setFrameShape(QFrame::StyledPanel);
    m_linkWarning->setMargin(4);
    m_linkWarning->setAutoFillBackground(true);
    QPalette warningColours = m_linkWarning->palette();
    warningColours.setColor(QPalette::Window, warningColours.color(QPalette::ToolTipBase));
    warningColours.setColor(QPalette::WindowText, warningColours.color(QPalette::ToolTipText));
    m_linkWarning->setPalette(warningColours);
    m_linkWarning->setBuddy(m_preview); // it is about the link in the preview
    m_linkWarning->hide();

    auto *bodyHeader = new QHBoxLayout;
    bodyHeader->addWidget(bodyLabel, 1);
    bodyHeader->addWidget(m_useGroupEmail);
    auto *email = new QVBoxLayout(m_email);
    email->setContentsMargins(0, 0, 0, 0);
    email->addWidget(subjectLabel);
    email->addWidget(m_subject);
    email->addWidget(m_subjectMessage);
    email->addLayout(bodyHeader);
    email->addWidget(m_body, 2);
    email->addWidget(m_bodyMessage);
    email->addWidget(placeholders);
    email->addSpacing(6);
    email->addWidget(previewLabel);
    email->addWidget(m_preview, 3);
    email->addWidget(m_linkWarning);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_send, 0, Qt::AlignLeft);
    layout->addWidget(m_sendMessage);
    layout->addSpacing(6);
    layout->addWidget(m_email, 1);
    layout->addStretch();
    setTabOrder(m_send, m_subject);
    setTabOrder(m_subject, m_body);
    setTabOrder(m_body, m_useGroupEmail);
    setTabOrder(m_useGroupEmail, m_preview);

    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(previewDelayMs);
    connect(m_previewTimer, &QTimer::timeout, this, &AccountActivationPage::updatePreview);
    connect(m_send, &QCheckBox::toggled, this, [this] {
        describeSending();
        validate();
        if (m_send->isChecked())
            updatePreview();
    });
    connect(m_subject, &QLineEdit::textChanged, this, &AccountActivationPage::edited);
    connect(m_body, &QPlainTextEdit::textChanged, this, &AccountActivationPage::edited);
    connect(m_useGroupEmail, &QPushButton::clicked, this, &AccountActivationPage::useGroupEmail);
    // The wizard reads the group's email with its catalog (setGroupEmail()).
    describeSending();
}

void AccountActivationPage::setGroupEmail(const ActivationService::NewAccountEmail &email)
{
    loaded(email);
}

void AccountActivationPage::load()
{
    m_loading = true;
    describeSending();
    m_workspace.call(
        this,
        [groupId = m_groupId](WorkspaceServices &services) { return services.activation.newAccountEmail(groupId); },
        [this](const Result<ActivationService::NewAccountEmail> &email) {
            if (!email)
                qCWarning(lcUi) << "activation email of group" << m_groupId << "unavailable:" << email.error().message;
            loaded(email ? std::optional(*email) : std::nullopt);
        });
}

void AccountActivationPage::loaded(const std::optional<ActivationService::NewAccountEmail> &email)
{
    // The group's email is no change of the person's (unless they typed already).
    auto *guard = window()->findChild<DiscardGuard *>(QString(), Qt::FindDirectChildrenOnly);
    const bool untouched = guard && !guard->hasChanges();
    m_loading = false;
    if (email) {
        m_groupEmail = email->email;
        m_group = *email;
        fill(email->email);
    }
    showLinkAddress(email ? email->linkBase : SmtpSettings().activationBaseUrl);
    describeSending();
    validate();
    if (untouched)
        guard->markUnchanged();
    if (isVisible())
        updatePreview();
}

void AccountActivationPage::applyTo(AccountDraft &draft) const
{
    draft.sendActivationEmail = m_send->isChecked();
    draft.activationEmail.reset();
    if (m_send->isChecked() && isOwnEmail()) {
        EmailTemplate own = typed();
        own.bodyHtml = EmailTemplates::htmlFromText(own.bodyText);
        // As in the default email, the link is a link in HTML; {link} itself is filled in when sending.
        own.bodyHtml.replace(u"{link}"_s, u"<a href=\"{link}\">{link}</a>"_s);
        draft.activationEmail = own;
    }
}

void AccountActivationPage::initializePage()
{
    // The group's email is read once; what was typed stays when the person goes back and forth.
    validate();
    updatePreview();
}

void AccountActivationPage::showLinkAddress(const QString &base)
{
    const bool local = ActivationService::linksPointToThisComputer(base);
    m_linkWarning->setVisible(local);
    if (local)
        m_linkWarning->setText(
            tr("The activation link points to %1, which only this computer can open: the public address of the "
               "activation server is not set up. Set it in File → Email settings… under \"Activation link base\", "
               "before the email is sent.")
                .arg(base.trimmed().isEmpty() ? tr("nowhere") : base.trimmed()));
}

void AccountActivationPage::cleanupPage()
{
    // Keep the choice and the text when the person goes back.
}

bool AccountActivationPage::isComplete() const
{
    return !m_send->isChecked() || !hasEmail() || checkEmail(typed()).has_value();
}

EmailTemplate AccountActivationPage::typed() const
{
    return {m_subject->text(), m_body->toPlainText(), QString()};
}

bool AccountActivationPage::isOwnEmail() const
{
    return hasEmail()
        && (m_subject->text() != m_groupEmail->subject || m_body->toPlainText() != m_groupEmail->bodyText);
}

bool AccountActivationPage::hasEmail() const
{
    return m_groupEmail.has_value();
}

void AccountActivationPage::fill(const EmailTemplate &email)
{
    m_subject->setText(email.subject);
    m_body->setPlainText(email.bodyText);
}

void AccountActivationPage::useGroupEmail()
{
    if (!m_groupEmail)
        return;
    fill(*m_groupEmail);
    m_subject->setFocus();
    updatePreview();
}

void AccountActivationPage::edited()
{
    validate();
    m_useGroupEmail->setEnabled(isOwnEmail());
    m_previewTimer->start();
}

void AccountActivationPage::validate()
{
    const bool check = m_send->isChecked() && hasEmail();
    const EmailTemplate email = typed();
    // Core names the first problem; the body is checked on its own as well, so that both fields say theirs.
    const Result<void> whole = checkEmail(email);
    const Result<void> body = checkEmail({u"-"_s, email.bodyText, QString()});
    m_subjectMessage->setError(check && !whole && whole.error().field == subjectField ? whole.error().message
                                                                                      : QString());
    m_bodyMessage->setError(check && !body && body.error().field == bodyField ? body.error().message : QString());
    Q_EMIT completeChanged();
}

void AccountActivationPage::updatePreview()
{
    m_previewTimer->stop();
    if (!m_send->isChecked() || !hasEmail() || !m_draft)
        return;
    const quint64 sequence = ++m_previewSequence;
    // A preview still queued is of text typed since: it need not be rendered.
    if (m_pendingPreview)
        m_pendingPreview->cancel();
    if (m_group) {
        // The group's part is read already: nothing to ask the database, nothing to queue before a save.
        showPreview(ActivationService::previewOf(*m_group, m_draft()));
        return;
    }
    // Not read (its read failed): asked on the worker, after what the user waits on, such as the
    // login check.
    m_pendingPreview = m_workspace.call(
        this,
        [groupId = m_groupId, draft = m_draft()](WorkspaceServices &services) {
            return services.activation.preview(groupId, draft);
        },
        [this, sequence](const Result<RenderedEmail> &rendered) {
            if (sequence == m_previewSequence)
                showPreview(rendered);
        },
        Workspace::Priority::Background);
}

void AccountActivationPage::showPreview(const Result<RenderedEmail> &rendered)
{
    if (!rendered) {
        m_preview->setPlainText(tr("The preview is not available: %1").arg(rendered.error().message));
        return;
    }
    // The HTML body as the user's mail program shows it, under the subject (inserted as plain text).
    m_preview->setHtml(rendered->html);
    QTextCursor cursor(m_preview->document());
    QTextCharFormat bold;
    bold.setFontWeight(QFont::Bold);
    cursor.insertText(tr("Subject: %1").arg(rendered->subject), bold);
    cursor.insertBlock();
}

void AccountActivationPage::describeSending()
{
    const bool send = m_send->isChecked();
    m_email->setVisible(send && hasEmail());
    m_useGroupEmail->setEnabled(isOwnEmail());
    if (send && m_loading) {
        m_sendMessage->setHint(tr("Loading the group's activation email…"));
    } else if (!send) {
        m_sendMessage->setHint(tr("No email is sent: the account stays inactive until you send one later with "
                                  "\"Resend activation email\"."));
    } else if (hasEmail()) {
        m_sendMessage->setHint(tr("Sent when you press Finish. Change the subject or the text to give this account "
                                  "its own email; the account stays inactive until the user follows the link."));
    } else {
        m_sendMessage->setHint(tr("The group's activation email is sent when you press Finish; the account stays "
                                  "inactive until the user follows the link."));
    }
}

} // namespace bc
