#include "ui/mail/emailsettingsdialog.h"

#include "core/platform/secretstore.h"
#include "core/rules/portrules.h"
#include "core/services/mailcontroller.h"
#include "ui/widgets/discardguard.h"
#include "ui/widgets/fieldmessage.h"
#include "ui/widgets/formfield.h"

#include "core/services/actingoperator.h"
#include "core/services/activationservice.h"
#include "core/services/workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bc {

EmailSettingsDialog::EmailSettingsDialog(MailController &mail, Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_mail(mail)
    , m_workspace(workspace)
{
    setObjectName(u"emailSettingsDialog"_s);
    new DiscardGuard(this);
    setWindowTitle(tr("Email Settings"));

    m_host = named(new QLineEdit(this), u"host"_s);
    m_host->setPlaceholderText(tr("smtp.example.com"));
    m_port = named(new QSpinBox(this), u"port"_s);
    m_port->setRange(PortRules::lowest, PortRules::highest);
    m_security = named(new QComboBox(this), u"security"_s);
    m_security->addItem(tr("STARTTLS"), static_cast<int>(SmtpSettings::Security::StartTls));
    m_security->addItem(tr("TLS from the start"), static_cast<int>(SmtpSettings::Security::Tls));
    m_security->addItem(tr("None (unencrypted)"), static_cast<int>(SmtpSettings::Security::None));
    m_user = named(new QLineEdit(this), u"user"_s);
    m_user->setPlaceholderText(tr("Empty: no sign-in"));
    m_password = named(new QLineEdit(this), u"password"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Reading the keychain…"));
    m_sender = named(new QLineEdit(this), u"sender"_s);
    m_sender->setPlaceholderText(tr("Backup Desk <backup@msp.example>"));
    m_caFile = named(new QLineEdit(this), u"caFile"_s);
    m_caFile->setPlaceholderText(tr("Empty: the system's certificates"));
    auto *browse = named(new QPushButton(tr("&Browse…"), this), u"browseCaFile"_s);
    connect(browse, &QPushButton::clicked, this, &EmailSettingsDialog::browseCaFile);
    auto *caRow = new QWidget(this);
    auto *caLayout = new QHBoxLayout(caRow);
    caLayout->setContentsMargins(0, 0, 0, 0);
    caLayout->addWidget(m_caFile);
    caLayout->addWidget(browse);
    m_timeout = named(new QSpinBox(this), u"timeout"_s);
    m_timeout->setRange(1, 600);
    m_timeout->setSuffix(tr(" s"));
    m_baseUrl = named(new QLineEdit(this), u"activationBaseUrl"_s);
    m_baseUrl->setPlaceholderText(tr("https://activate.msp.example"));

    auto *form = new QFormLayout;
    m_messages.append(addFieldRow(form, tr("&Host:"), m_host));
    m_messages.append(addFieldRow(form, tr("&Port:"), m_port));
    m_messages.append(addFieldRow(form, tr("S&ecurity:"), m_security));
    m_messages.append(addFieldRow(form, tr("&User:"), m_user));
    m_messages.append(addFieldRow(form, tr("Pass&word:"), m_password));
    m_messages.last()->setHint(tr("Kept in this computer's keychain, not in the database."));
    m_messages.append(addFieldRow(form, tr("&Sender:"), m_sender));
    // The browse row carries the CA file's message.
    auto *caMessage = new FieldMessage(m_caFile, this);
    form->addRow(tr("&CA file:"), caRow);
    form->addRow(QString(), caMessage);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(caRow)))
        label->setBuddy(m_caFile);
    m_messages.append(caMessage);
    m_messages.append(addFieldRow(form, tr("&Timeout:"), m_timeout));
    m_messages.append(addFieldRow(form, tr("Activation &link base:"), m_baseUrl));
    m_messages.last()->setHint(tr("Where backup-console-server answers; every activation link starts here."));

    auto *testBox = new QGroupBox(tr("Test"), this);
    m_testRecipient = named(new QLineEdit(testBox), u"testRecipient"_s);
    m_testRecipient->setPlaceholderText(tr("you@msp.example"));
    m_sendTest = named(new QPushButton(tr("Send &test email"), testBox), u"sendTest"_s);
    connect(m_sendTest, &QPushButton::clicked, this, &EmailSettingsDialog::sendTest);
    m_testResult = named(new QLabel(testBox), u"testResult"_s);
    m_testResult->setWordWrap(true);
    m_testResult->setTextFormat(Qt::PlainText);
    auto *testForm = new QFormLayout(testBox);
    m_messages.append(addFieldRow(testForm, tr("Send t&o:"), m_testRecipient));
    testForm->addRow(QString(), m_sendTest);
    testForm->addRow(QString(), m_testResult);

    m_generalError = named(new QLabel(this), u"generalError"_s);
    m_generalError->setWordWrap(true);
    m_generalError->setVisible(false);
    m_busy = named(new QLabel(this), u"busy"_s);
    m_busy->setVisible(false);
    m_buttons = named(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this), u"buttons"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EmailSettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &EmailSettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(testBox);
    layout->addWidget(m_generalError);
    layout->addWidget(m_busy);
    layout->addWidget(m_buttons);

    // Every placeholder whole: a field is at least as wide as its example (plus its frame and a
    // clear button's room), and the dialog as wide as its title with the window's buttons.
    const QList<QLineEdit *> edits = findChildren<QLineEdit *>();
    for (QLineEdit *edit : edits) {
        if (!edit->placeholderText().isEmpty())
            edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(edit->placeholderText())
                                  + 4 * edit->fontMetrics().averageCharWidth());
    }
    setMinimumWidth(qMax(minimumSizeHint().width(), fontMetrics().horizontalAdvance(windowTitle()) * 2 + 120));

    connect(m_password, &QLineEdit::textEdited, this, [this] { m_passwordEdited = true; });
    connect(&m_mail, &MailController::delivered, this, &EmailSettingsDialog::onDelivered);
    connect(&m_mail, &MailController::deliveryFailed, this, &EmailSettingsDialog::onDeliveryFailed);
    load();
    // The form starts where it starts, at Host, whatever the keychain said about the password.
    m_host->setFocus(Qt::OtherFocusReason);
}

EmailSettingsDialog::~EmailSettingsDialog() = default;

void EmailSettingsDialog::setBusy(const QString &what)
{
    const bool busy = !what.isEmpty();
    m_busy->setText(what);
    m_busy->setVisible(busy);
    for (FieldMessage *message : std::as_const(m_messages)) {
        if (message->field())
            message->field()->setEnabled(!busy);
    }
    m_sendTest->setEnabled(!busy && m_testMessageId.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
}

void EmailSettingsDialog::load()
{
    setBusy(tr("Loading…"));
    m_workspace.call(
        this,
        [](WorkspaceServices &services) -> Result<SmtpSettings> {
            // The mail server is the whole database's, as for the CLI's `mail` commands.
            if (auto allowed = services.acting.allows(Permission::ManageSettings, 0); !allowed)
                return fail(allowed.error());
            return services.activation.smtpSettings();
        },
        [this](const Result<SmtpSettings> &stored) {
            setBusy(QString());
            if (!stored)
                showError(stored.error(), false);
            loaded(stored.value_or(SmtpSettings()));
        });
    m_mail.secrets().read(MailController::passwordKey(), this, [this](const QString &secret, const QString &error) {
        m_password->setPlaceholderText(QString());
        if (!m_passwordEdited)
            m_password->setText(secret);
        // Shown under the field, without taking the focus from where the user is typing.
        if (!error.isEmpty())
            showError({Error::Code::Invalid, u"password"_s, error}, false);
    });
}

void EmailSettingsDialog::loaded(const SmtpSettings &current)
{
    m_host->setText(current.host);
    m_port->setValue(current.port);
    m_security->setCurrentIndex(m_security->findData(static_cast<int>(current.security)));
    m_user->setText(current.user);
    m_sender->setText(current.sender);
    m_caFile->setText(current.caFile);
    m_timeout->setValue(current.timeoutSeconds);
    m_baseUrl->setText(current.activationBaseUrl);
    m_loaded = true;
    DiscardGuard::markUnchanged(this); // what arrived is no change of the user's
    m_host->setFocus(Qt::OtherFocusReason);
}

SmtpSettings EmailSettingsDialog::settings() const
{
    SmtpSettings result;
    result.host = m_host->text().trimmed();
    result.port = m_port->value();
    result.security = static_cast<SmtpSettings::Security>(m_security->currentData().toInt());
    result.user = m_user->text().trimmed();
    result.sender = m_sender->text().trimmed();
    result.caFile = m_caFile->text().trimmed();
    result.timeoutSeconds = m_timeout->value();
    result.activationBaseUrl = m_baseUrl->text().trimmed();
    return result;
}

void EmailSettingsDialog::clearErrors()
{
    for (FieldMessage *message : std::as_const(m_messages))
        message->clearError();
    m_generalError->clear();
    m_generalError->setVisible(false);
}

void EmailSettingsDialog::showError(const Error &error, bool moveFocus)
{
    // Core names the fields as the widgets' objectNames do ("port", "sender").
    const QString &name = error.field;
    for (FieldMessage *message : std::as_const(m_messages)) {
        if (message->field() && message->field()->objectName() == name) {
            message->setError(error.message);
            if (moveFocus)
                message->field()->setFocus();
            return;
        }
    }
    m_generalError->setText(error.message);
    m_generalError->setVisible(true);
}

void EmailSettingsDialog::save(std::function<void()> then)
{
    if (!m_loaded || m_saving)
        return;
    clearErrors();
    m_saving = true;
    setBusy(tr("Saving…"));
    m_workspace.call(
        this,
        [typed = settings()](WorkspaceServices &services) -> Result<void> {
            if (auto allowed = services.acting.allows(Permission::ManageSettings, 0); !allowed)
                return allowed;
            return services.activation.setSmtpSettings(typed);
        },
        [this, then = std::move(then)](const Result<void> &saved) {
            m_saving = false;
            setBusy(QString());
            if (!saved) {
                // Everything typed stays, with the reason under its field.
                showError(saved.error());
                return;
            }
            then();
        });
}

void EmailSettingsDialog::accept()
{
    save([this] { storePassword(); });
}

void EmailSettingsDialog::storePassword()
{
    if (!m_passwordEdited) {
        QDialog::accept();
        return;
    }
    m_buttons->setEnabled(false);
    const QString password = m_password->text();
    m_mail.secrets().write(MailController::passwordKey(), password, this, [this, password](const QString &error) {
        m_buttons->setEnabled(true);
        if (!error.isEmpty()) {
            // Not remembered, but used until the console closes, as the keychain's message says.
            m_mail.setPassword(password);
            m_mail.wake();
            showError({Error::Code::Invalid, u"password"_s, error});
            return;
        }
        m_passwordEdited = false;
        m_mail.setPassword(password);
        m_mail.wake(); // what waited for a password may go now
        QDialog::accept();
    });
}

void EmailSettingsDialog::sendTest()
{
    save([this] {
        // The test uses what the dialog shows, the password too, before OK stores it.
        m_mail.setPassword(m_password->text());
        m_sendTest->setEnabled(false);
        m_testResult->setText(tr("Sending…"));
        m_workspace.call(
            this,
            [recipient = m_testRecipient->text()](WorkspaceServices &services) -> Result<QString> {
                auto queued = services.activation.enqueueTestMessage(recipient);
                if (!queued) {
                    Error error = queued.error();
                    error.field = u"testRecipient"_s;
                    return fail(error);
                }
                auto message = services.activation.message(*queued);
                return message ? message->messageId : QString();
            },
            [this](const Result<QString> &messageId) {
                if (!messageId) {
                    m_testResult->clear();
                    m_sendTest->setEnabled(true);
                    showError(messageId.error());
                    return;
                }
                m_testMessageId = *messageId;
                m_mail.wake();
            });
    });
}

void EmailSettingsDialog::onDelivered(qint64 accountId, const QString &messageId)
{
    if (accountId == 0 && !m_testMessageId.isEmpty() && messageId == m_testMessageId)
        finishTest(tr("Delivered to %1. Check that it arrived.").arg(m_testRecipient->text().trimmed()));
}

void EmailSettingsDialog::onDeliveryFailed(qint64 accountId, const QString &error)
{
    // Test emails belong to no account; only one is waited for at a time.
    if (accountId == 0 && !m_testMessageId.isEmpty())
        finishTest(tr("Not delivered: %1").arg(error));
}

void EmailSettingsDialog::finishTest(const QString &result)
{
    m_testMessageId.clear();
    m_testResult->setText(result);
    m_sendTest->setEnabled(true);
}

void EmailSettingsDialog::browseCaFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Root Certificate"), m_caFile->text(),
                                                      tr("PEM certificates (*.pem *.crt);;All files (*)"));
    if (!file.isEmpty())
        m_caFile->setText(file);
}

void EmailSettingsDialog::reject()
{
    if (DiscardGuard::mayDiscard(this))
        QDialog::reject();
}

} // namespace bc
