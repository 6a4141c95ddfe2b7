#pragma once

#include "core/domain/account.h"
#include "core/domain/error.h"

#include <QWizardPage>

#include <memory>

namespace Ui {
class AccountIdentityPage;
}

namespace bc {

class ContactFields;
class FieldMessage;
class LoginField;
class PasswordField;
class Workspace;

// Page 1: login, email, names, how to reach the user (ContactFields), an optional password
// (PasswordField) and the two switches. Every field is checked by core as it is typed; the login
// is also looked up in the database once typing pauses (LoginField, shared with the account details).
class AccountIdentityPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountIdentityPage)

public:
    static constexpr int loginCheckDelayMs = 300; // LoginField::checkDelayMs

    explicit AccountIdentityPage(Workspace &workspace, QWidget *parent = nullptr);
    ~AccountIdentityPage() override;

    void applyTo(AccountDraft &draft) const;
    [[nodiscard]] bool hasField(const QString &field) const;
    // Shows an error from core next to its field; false when no field of this page is concerned.
    bool showError(const Error &error);

    // The acting operator may not make administrators: the switch stays off and says why (empty: it may).
    void setAdministratorRefusal(const QString &refusal);

    bool isComplete() const override;
    bool validatePage() override;
    void cleanupPage() override;

private:
    void focusFirstProblem();
    void checkName(FieldMessage *message, const QString &name, const QString &field);
    void addContactAndPasswordRows();

    std::unique_ptr<Ui::AccountIdentityPage> m_ui;
    LoginField *m_login = nullptr;
    FieldMessage *m_emailMessage = nullptr;
    FieldMessage *m_firstNameMessage = nullptr;
    FieldMessage *m_lastNameMessage = nullptr;
    ContactFields *m_contact = nullptr;
    PasswordField *m_password = nullptr;
};

} // namespace bc
