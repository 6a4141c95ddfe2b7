#pragma once

#include "core/domain/error.h"

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace bc {

class FieldMessage;

// The operator's sign-in, keyboard-first: the focus starts on the login (on the password when the
// login is filled in), Enter signs in, and a refusal shows under the field it names (login,
// password, code) or, a wait, above the fields. The code field is optional: it is needed once the
// operator is enrolled in multi-factor authentication. Cancel closes the database.
class SignInDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInDialog)

public:
    // Called with what was typed; the one who signs in (SignInFlow) answers with answer().
    using Submit = std::function<void(const QString &login, const QString &password, const QString &code)>;

    SignInDialog(const QString &databaseName, Submit submit, QWidget *parent = nullptr);
    ~SignInDialog() override;

    void setLogin(const QString &login);
    // Shows a refusal of a sign-in that was tried before the dialog (the environment's password).
    void showRefusal(const Error &error);
    // The sign-in's answer: accepted when it worked, else the refusal shown and the field focused.
    void answer(const Result<void> &signedIn);

    QString login() const;

    void accept() override;

private:
    void setWaiting(bool waiting);

    Submit m_submit;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_code = nullptr;
    FieldMessage *m_loginMessage = nullptr;
    FieldMessage *m_passwordMessage = nullptr;
    FieldMessage *m_codeMessage = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_signIn = nullptr;
    bool m_waiting = false;
    bool m_signedIn = false;
};

} // namespace bc
