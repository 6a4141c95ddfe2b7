#pragma once

#include "core/domain/error.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

class QFormLayout;
class QLineEdit;
class QPushButton;

namespace bc {

class AccountService;
class FieldMessage;

// The login input's live check, shared by the wizard and the account details dialog: core's rule
// as it is typed, then, once typing pauses, whether the login is free across the whole database
// (AccountService::checkLogin), with a free variant offered on a button ("Use "alice2"").
// ObjectNames: the message "loginError", the button "useSuggestedLogin".
class LoginField final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginField)

public:
    static constexpr int checkDelayMs = 300;

    // `edit` is the host's login input; the message and the button are children of `host`.
    LoginField(AccountService &accounts, QLineEdit *edit, QWidget *host);

    // Puts the message and the button in rows right below the input's row of `form`.
    void insertRows(QFormLayout *form);
    // The login the account already has (account details): never reported as taken by itself.
    void setOwnLogin(const QString &login);

    [[nodiscard]] QLineEdit *edit() const { return m_edit; }
    [[nodiscard]] QPushButton *suggestionButton() const { return m_suggestionButton; }
    [[nodiscard]] FieldMessage *message() const { return m_message; }

    // Core's rule passes and the login is not known to be taken.
    [[nodiscard]] bool isValid() const;
    // Shows the rule's verdict and asks the database now (not after the pause); returns isValid().
    bool validate();
    // Shows an error from core about the login (a login taken meanwhile is looked up again).
    void showError(const Error &error);
    void clearError();

Q_SIGNALS:
    // The verdict may have changed.
    void changed();

private:
    void edited();
    void checkAvailability();
    void useSuggestion();
    void showSuggestion(bool visible);
    [[nodiscard]] bool isOwnLogin() const;

    AccountService &m_accounts;
    QLineEdit *m_edit;
    FieldMessage *m_message = nullptr;
    QPushButton *m_suggestionButton = nullptr;
    QPointer<QFormLayout> m_form;
    QTimer m_check;
    QString m_ownLogin;
    QString m_suggestion;
    bool m_taken = false;
};

} // namespace bc
