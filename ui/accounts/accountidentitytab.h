#pragma once

#include "core/domain/account.h"
#include "core/domain/error.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace bc {

class ContactFields;
class Workspace;
class FieldMessage;
class LoginField;
class PasswordField;

// The account editor's first tab, in the wizard's words and order: login (the wizard's LoginField:
// checked against the database as typed, a free variant offered), email, names, how to reach the
// user (the wizard's ContactFields), a new password, the administrator and agent auto-update
// switches; below them what cannot be edited here: status, group, created, activation.
class AccountIdentityTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountIdentityTab)

public:
    // The login field's live check asks `workspace`.
    AccountIdentityTab(Workspace &workspace, QWidget *parent = nullptr);

    void load(const Account &account);
    // The read-only facts that come from elsewhere: the group's path, the activation state (its
    // tooltip says since when and until when).
    void setGroup(const QString &path);
    void setActivation(const QString &state, const QString &details);
    // The operator may not make this account an administrator (Authority::grantRefusals): the
    // switch is greyed out, the reason its tooltip and hint. An administrator's switch stays, so
    // that it can be turned off. Call after load().
    void setAdministratorRefusal(const QString &refusal);
    void applyTo(AccountDraft &draft) const;
    bool showError(const Error &error);
    void clearErrors();

private:
    QLineEdit *lineEdit(const QString &name, int maxLength);
    QLabel *fact(const QString &name);
    void checkField(const QString &field);

    LoginField *m_login = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_firstName = nullptr;
    QLineEdit *m_lastName = nullptr;
    QCheckBox *m_administrator = nullptr;
    QLabel *m_administratorHint = nullptr;
    QCheckBox *m_agentAutoUpdate = nullptr;
    ContactFields *m_contact = nullptr;
    PasswordField *m_password = nullptr;
    FieldMessage *m_emailMessage = nullptr;
    FieldMessage *m_firstNameMessage = nullptr;
    FieldMessage *m_lastNameMessage = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_group = nullptr;
    QLabel *m_created = nullptr;
    QLabel *m_activation = nullptr;
};

} // namespace bc
