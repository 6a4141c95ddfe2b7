#pragma once

#include "core/mail/smtpsettings.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace bc {

class FieldMessage;
class MailController;
struct Error;

// File → Email settings…: the mail server that sends activation emails (stored in the database
// for the whole team through ActivationService) and its password (stored in this desk's keychain
// on OK, never in the database). "Send test email" queues a test message and shows what became
// of it without blocking the window; core's errors appear under the field they concern.
class EmailSettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmailSettingsDialog)

public:
    explicit EmailSettingsDialog(MailController &mail, QWidget *parent = nullptr);
    ~EmailSettingsDialog() override;

    void accept() override;
    // Asks before throwing away what was typed (DiscardGuard).
    void reject() override;
    void sendTest();

private:
    SmtpSettings settings() const;
    void load();
    // Saves the settings; shows core's error under its field and returns false when refused.
    bool save();
    // Shows core's error under its field, and goes there unless `moveFocus` is false.
    void showError(const Error &error, bool moveFocus = true);
    void clearErrors();
    void browseCaFile();
    void onDelivered(qint64 accountId, const QString &messageId);
    void onDeliveryFailed(qint64 accountId, const QString &error);
    void finishTest(const QString &result);

    MailController &m_mail;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QComboBox *m_security = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_sender = nullptr;
    QLineEdit *m_caFile = nullptr;
    QSpinBox *m_timeout = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QLineEdit *m_testRecipient = nullptr;
    QPushButton *m_sendTest = nullptr;
    QLabel *m_testResult = nullptr;
    QLabel *m_generalError = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QList<FieldMessage *> m_messages;
    bool m_passwordEdited = false;
    QString m_testMessageId; // the test email being waited for
};

} // namespace bc
