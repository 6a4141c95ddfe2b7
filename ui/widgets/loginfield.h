#pragma once

#include "core/domain/error.h"
#include "core/services/accountservice.h"

#include <QElapsedTimer>
#include <QFutureWatcherBase>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

class QFormLayout;
class QLineEdit;
class QPushButton;

namespace bc {

class FieldMessage;
class Workspace;

// The login input's live check, shared by the wizard and the account details dialog: core's rule
// as it is typed, then, once typing pauses, whether the login is free across the whole database
// (AccountService::checkLogin, a job on the workspace's worker), with a free variant offered on a
// button ("Use "alice2""). While the check runs the message says "Checking…"; an answer about a
// login that is no longer in the input is dropped.
// ObjectNames: the message "loginError", the button "useSuggestedLogin".
class LoginField final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginField)

public:
    static constexpr int checkDelayMs = 300;

    // `edit` is the host's login input; the message and the button are children of `host`.
    LoginField(Workspace &workspace, QLineEdit *edit, QWidget *host);

    // Puts the message and the button in rows right below the input's row of `form`.
    void insertRows(QFormLayout *form);
    // The login the account already has (account details): never reported as taken by itself.
    void setOwnLogin(const QString &login);

    [[nodiscard]] QLineEdit *edit() const { return m_edit; }
    [[nodiscard]] QPushButton *suggestionButton() const { return m_suggestionButton; }
    [[nodiscard]] FieldMessage *message() const { return m_message; }

    // Core's rule passes and the login is not known to be taken (as far as the last answer knows).
    [[nodiscard]] bool isValid() const;
    // Whether the database was asked about the login in the input and has not answered yet.
    [[nodiscard]] bool isChecking() const { return m_checking; }
    // Shows the rule's verdict and has the database asked now (not after the pause); returns the
    // rule's verdict and what the last answer knows (isValid()): core checks again on saving.
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
    void availabilityKnown(const Result<LoginAvailability> &availability);
    void useSuggestion();
    void showSuggestion(bool visible);
    [[nodiscard]] bool isOwnLogin() const;

    Workspace &m_workspace;
    QLineEdit *m_edit;
    FieldMessage *m_message = nullptr;
    QPushButton *m_suggestionButton = nullptr;
    QPointer<QFormLayout> m_form;
    QTimer m_check;
    // The check on its way, canceled by the next edit: a check still queued need not be run.
    QPointer<QFutureWatcherBase> m_pending;
    QString m_ownLogin;
    QString m_suggestion;
    QString m_takenMessage;
    bool m_taken = false;
    bool m_checking = false;
    // The login the last answer found free, and when: validate() (Next) need not ask again about it
    // for a while; the save checks it anyway (its unique index), and showError() takes that answer.
    QString m_freeLogin;
    QElapsedTimer m_freeSince;
    // Counts the checks asked for and the edits; an answer carrying an older count is stale.
    quint64 m_sequence = 0;
};

} // namespace bc
