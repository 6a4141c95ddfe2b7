#pragma once

#include "core/domain/account.h"
#include "core/mail/emailtemplate.h"
#include "core/services/activationservice.h"

#include <QFutureWatcherBase>
#include <QPointer>
#include <QWizardPage>

#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;
class QTimer;

namespace bc {

class FieldMessage;
class Workspace;

// Page 6, "Activation email": whether the new account gets its activation email,
// and that email as it will be sent: the group's subject and body, or this account's own once edited,
// with a rendered preview. The group's email, the link address and the preview are read on the
// workspace's worker; until the email arrives (or when it cannot be read) only the choice to send
// is offered.
class AccountActivationPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountActivationPage)

public:
    using DraftSource = std::function<AccountDraft()>;

    AccountActivationPage(Workspace &workspace, qint64 groupId, DraftSource draft, QWidget *parent = nullptr);

    // Whether the group's email is still being read.
    [[nodiscard]] bool isLoading() const { return m_loading; }
    // The group's email, read by the wizard with the group's catalog (one round trip for both).
    void setGroupEmail(const ActivationService::NewAccountEmail &email);
    // Reads the group's email itself: when the wizard could not.
    void load();

    void applyTo(AccountDraft &draft) const;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

private:
    [[nodiscard]] EmailTemplate typed() const;
    [[nodiscard]] bool isOwnEmail() const;
    [[nodiscard]] bool hasEmail() const;
    void fill(const EmailTemplate &email);
    void useGroupEmail();
    void edited();
    void validate();
    void updatePreview();
    void showPreview(const Result<RenderedEmail> &rendered);
    void describeSending();
    void showLinkAddress(const QString &base);
    // The group's email arrived (nullopt: it could not be read; the defaults stand).
    void loaded(const std::optional<ActivationService::NewAccountEmail> &email);

    qint64 m_groupId;
    DraftSource m_draft;
    Workspace &m_workspace;
    std::optional<EmailTemplate> m_groupEmail; // read when the wizard opens
    // What the preview needs of the group, read with it: the preview renders here, not on the worker.
    std::optional<ActivationService::NewAccountEmail> m_group;
    bool m_loading = true; // until the wizard or load() brings the group's email
    quint64 m_previewSequence = 0; // a preview asked for before the last one is stale
    QPointer<QFutureWatcherBase> m_pendingPreview;
    QCheckBox *m_send = nullptr;
    FieldMessage *m_sendMessage = nullptr;
    QWidget *m_email = nullptr;
    QLineEdit *m_subject = nullptr;
    FieldMessage *m_subjectMessage = nullptr;
    QPlainTextEdit *m_body = nullptr;
    FieldMessage *m_bodyMessage = nullptr;
    QPushButton *m_useGroupEmail = nullptr;
    QTextBrowser *m_preview = nullptr;
    QLabel *m_linkWarning = nullptr; // the links point to this computer: no recipient can open them
    QTimer *m_previewTimer = nullptr;
};

} // namespace bc
