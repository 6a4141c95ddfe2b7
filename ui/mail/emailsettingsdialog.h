#pragma once

#include "core/mail/smtpsettings.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace bc {

class FieldMessage;
class MailController;
class Workspace;
struct Error;

// File → Email settings…: the mail server that sends activation emails (stored in the database
// for the whole team through ActivationService) and its password (stored in this desk's keychain
// on OK, never in the database). The settings are read and saved on the workspace's worker: the
// form is off and says "Loading…" until they arrive, and OK waits while they are saved. "Send test
// email" queues a test message and shows what became of it without blocking the window; core's
// errors appear under the field they concern, and what was typed stays.
class EmailSettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmailSettingsDialog)

public:
    EmailSettingsDialog(MailController &mail, Workspace &workspace, QWidget *parent = nullptr);
    ~EmailSettingsDialog() override;

    void accept() override;
    // Asks before throwing away what was typed (DiscardGuard).
    void reject() override;
    void sendTest();
    // Whether the settings arrived; whether a save is on its way.
    [[nodiscard]] bool isLoaded() const { return m_loaded; }
    [[nodiscard]] bool isSaving() const { return m_saving; }

private:
    SmtpSettings settings() const;
    void load();
    void loaded(const SmtpSettings &current);
    // Off while loading or saving, with what is going on.
    void setBusy(const QString &what);
    // Saves the settings on the worker, then `then()`; shows core's error under its field instead
    // when refused.
    void save(std::function<void()> then);
    void storePassword();
    // Shows core's error under its field, and goes there unless `moveFocus` is false.
    void showError(const Error &error, bool moveFocus = true);
    void clearErrors();
    void browseCaFile();
    void onDelivered(qint64 accountId, const QString &messageId);
    void onDeliveryFailed(qint64 accountId, const QString &error);
    void finishTest(const QString &result);

    MailController &m_mail;
    Workspace &m_workspace;
    bool m_loaded = false;
    bool m_saving = false;
    QLabel *m_busy = nullptr;
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
