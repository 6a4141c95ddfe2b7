#pragma once

#include "account.h"
#include "error.h"

#include <QTimer>
#include <QWizardPage>

#include <memory>

class QPushButton;

namespace Ui {
class AccountIdentityPage;
}

namespace bc {

class AccountService;
class ContactFields;
class FieldMessage;
class PasswordField;

// Page 1: login, email, names, how to reach the user (ContactFields), an optional password
// (PasswordField) and the two switches. Every field is checked by core as it is typed; the login
// is also looked up in the database once typing pauses.
class AccountIdentityPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountIdentityPage)

public:
    static constexpr int loginCheckDelayMs = 300;

    explicit AccountIdentityPage(AccountService &accounts, QWidget *parent = nullptr);
    ~AccountIdentityPage() override;

    void applyTo(AccountDraft &draft) const;
    [[nodiscard]] bool hasField(const QString &field) const;
    // Shows an error from core next to its field; false when no field of this page is concerned.
    bool showError(const Error &error);

    bool isComplete() const override;
    bool validatePage() override;
    void cleanupPage() override;

private:
    void loginChanged();
    void checkLoginAvailability();
    void useSuggestedLogin();
    void checkName(FieldMessage *message, const QString &name, const QString &field);
    void addContactAndPasswordRows();

    std::unique_ptr<Ui::AccountIdentityPage> m_ui;
    AccountService &m_accounts;
    QTimer m_loginCheck;
    FieldMessage *m_loginMessage = nullptr;
    FieldMessage *m_emailMessage = nullptr;
    FieldMessage *m_firstNameMessage = nullptr;
    FieldMessage *m_lastNameMessage = nullptr;
    QPushButton *m_suggestionButton = nullptr;
    ContactFields *m_contact = nullptr;
    PasswordField *m_password = nullptr;
    bool m_loginTaken = false;
    QString m_suggestion;
};

} // namespace bc
