#pragma once

#include "core/domain/account.h"
#include "core/domain/error.h"

#include <QFlags>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QWidgetList>

class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace bc {

class FieldMessage;

// How to reach an account's user: display name, a separate notification email
//, mobile number for SMS MFA, phone and postal address (required for
// administrators). Rows of label, input and FieldMessage that the host inserts into its
// own QFormLayout, part by part, so the labels line up with the host's. Every check is core's
// (AccountRules::check on these fields); messages show for what was edited, or all after
// showAllErrors(). ObjectNames: displayName, useNotificationEmail, notificationEmail, mobile,
// phone, address, each input's message "<name>Error", each label "<name>Label".
class ContactFields final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactFields)

public:
    enum class Part
    {
        DisplayName = 0x1,
        NotificationEmail = 0x2, // the "Use a different email" switch and the email
        Mobile = 0x4,
        AdministratorContact = 0x8, // phone and address
        All = 0xf
    };
    Q_DECLARE_FLAGS(Parts, Part)

    // The widgets are children of `host`, the page or dialog whose form gets the rows.
    explicit ContactFields(QWidget *host);

    // Inserts the rows of `parts` into `form` from `row` on (in the order above); returns the row
    // after them. Call once per part.
    int insertRows(QFormLayout *form, int row, Parts parts);
    // The inputs of `parts` in reading order, for QWidget::setTabOrder.
    [[nodiscard]] QWidgetList tabOrder(Parts parts) const;

    void setFromDraft(const AccountDraft &draft);
    // Writes the five fields (never the names or the administrator switch).
    void writeTo(AccountDraft &draft) const;
    // The display name's placeholder follows them; an empty display name means "First Last".
    void setNames(const QString &firstName, const QString &lastName);
    // Administrators must give phone and address; the rows show while it is on or they hold text.
    void setAdministrator(bool administrator);

    [[nodiscard]] QList<Error> errors() const;
    [[nodiscard]] bool isValid() const { return errors().isEmpty(); }
    // Shows every error, also of fields not edited yet (before Next).
    void showAllErrors();
    // Shows an error from core next to its field; false when it concerns no field here.
    bool showError(const Error &error);
    [[nodiscard]] static bool hasField(const QString &field);

Q_SIGNALS:
    void changed();
    void validityChanged(bool valid);

private:
    QLineEdit *lineEdit(const QString &name, int maxLength);
    FieldMessage *messageFor(const QString &field) const;
    QWidget *inputFor(const QString &field) const;
    void edited(const QString &field);
    void refresh();

    QWidget *m_host = nullptr;
    QPointer<QFormLayout> m_form;
    QLabel *m_displayNameLabel = nullptr;
    QLineEdit *m_displayName = nullptr;
    QCheckBox *m_useNotificationEmail = nullptr;
    QLabel *m_notificationEmailLabel = nullptr;
    QLineEdit *m_notificationEmail = nullptr;
    QLabel *m_mobileLabel = nullptr;
    QLineEdit *m_mobile = nullptr;
    QLabel *m_phoneLabel = nullptr;
    QLineEdit *m_phone = nullptr;
    QLabel *m_addressLabel = nullptr;
    QPlainTextEdit *m_address = nullptr;
    QList<FieldMessage *> m_messages;
    QString m_firstName;
    QString m_lastName;
    bool m_administrator = false;
    bool m_contactShown = false;
    bool m_showAll = false;
    bool m_valid = true;
    QSet<QString> m_edited;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(ContactFields::Parts)

} // namespace bc
