#pragma once

#include "account.h"
#include "error.h"

#include <QWidget>

class QCheckBox;
class QLineEdit;

namespace bc {

class ContactFields;
class FieldMessage;
class PasswordField;

// The account editor's first tab: login, sign-in email, names, how to reach the user (the
// wizard's ContactFields), the administrator and agent auto-update switches, a new password.
class AccountIdentityTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountIdentityTab)

public:
    explicit AccountIdentityTab(QWidget *parent = nullptr);

    void load(const Account &account);
    void applyTo(AccountDraft &draft) const;
    bool showError(const Error &error);
    void clearErrors();

private:
    QLineEdit *lineEdit(const QString &name, int maxLength);
    void checkField(const QString &field);

    QLineEdit *m_login = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_firstName = nullptr;
    QLineEdit *m_lastName = nullptr;
    QCheckBox *m_administrator = nullptr;
    QCheckBox *m_agentAutoUpdate = nullptr;
    ContactFields *m_contact = nullptr;
    PasswordField *m_password = nullptr;
    FieldMessage *m_loginMessage = nullptr;
    FieldMessage *m_emailMessage = nullptr;
    FieldMessage *m_firstNameMessage = nullptr;
    FieldMessage *m_lastNameMessage = nullptr;
};

} // namespace bc
