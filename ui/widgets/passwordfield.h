#pragma once

#include "core/domain/account.h"
#include "core/domain/error.h"

#include <QWidget>

#include <optional>

class QLineEdit;
class QToolButton;

namespace bc {

class FieldMessage;

// An optional password: the input (objectName "password"), a Show/Hide toggle
// ("showPassword") and a message checked live by PasswordPolicy ("passwordError"). Empty is valid:
// the user then chooses a password from the activation email. The host puts message() in its
// layout, below this widget.
class PasswordField final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasswordField)

public:
    explicit PasswordField(QWidget *parent = nullptr);

    // The policy refuses the login as password.
    void setLogin(const QString &login);
    // `emptyHint`: what an empty password means here ("... activation email", "... unchanged").
    void setEmptyHint(const QString &hint);

    [[nodiscard]] QString password() const;
    void clear();
    // Sets draft.password (empty: none).
    void writeTo(AccountDraft &draft) const;

    [[nodiscard]] std::optional<Error> error() const;
    [[nodiscard]] bool isValid() const { return !error(); }
    // Shows an error from core; false when it is not about the password.
    bool showError(const Error &error);

    [[nodiscard]] QLineEdit *edit() const { return m_edit; }
    [[nodiscard]] QToolButton *toggle() const { return m_toggle; }
    [[nodiscard]] FieldMessage *message() const { return m_message; }

Q_SIGNALS:
    void changed();
    void validityChanged(bool valid);

private:
    void refresh();

    QLineEdit *m_edit = nullptr;
    QToolButton *m_toggle = nullptr;
    FieldMessage *m_message = nullptr;
    QString m_login;
    QString m_emptyHint;
    bool m_valid = true;
};

} // namespace bc
