#pragma once

#include <QStringList>
#include <QWidget>

class QLineEdit;
class QListWidget;
class QPushButton;

namespace bc {

class FieldMessage;

// A list of email addresses (summary-digest recipients): type one, Add; select, Remove.
// Each address is checked by core (AccountRules::checkEmail) before it joins the list; the error
// shows under the input, which keeps what was typed. ObjectNames: "<name>Input", "<name>Add",
// "<name>List", "<name>Remove", "<name>InputError".
class EmailListEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmailListEditor)

public:
    explicit EmailListEditor(const QString &name, QWidget *parent = nullptr);

    void setEmails(const QStringList &emails);
    QStringList emails() const;
    // What is typed but not yet added.
    QString pendingText() const;
    // Adds what is typed; false (and the error shown) when core refuses it.
    bool addPending();
    void showError(const QString &message);
    QLineEdit *input() const { return m_input; }

Q_SIGNALS:
    void changed();

private:
    void updateButtons();

    QLineEdit *m_input = nullptr;
    QPushButton *m_add = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_remove = nullptr;
    FieldMessage *m_message = nullptr;
};

} // namespace bc
