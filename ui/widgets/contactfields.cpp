#include "ui/widgets/contactfields.h"

#include "core/rules/accountrules.h"
#include "ui/widgets/fieldmessage.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>

using namespace Qt::StringLiterals;

namespace bc {

namespace {

QString joinedNames(const QString &first, const QString &last)
{
    return QStringList {first.trimmed(), last.trimmed()}.join(u' ').trimmed();
}

QLabel *label(const QString &text, QWidget *buddy, QWidget *host)
{
    auto *result = new QLabel(text, host);
    result->setObjectName(buddy->objectName() + u"Label"_s);
    result->setBuddy(buddy);
    return result;
}

} // namespace

ContactFields::ContactFields(QWidget *host)
    : QObject(host)
    , m_host(host)
{
    m_displayName = lineEdit(Field::displayName, AccountRules::maxNameLength);
    m_displayNameLabel = label(tr("&Display name:"), m_displayName, host);
    m_useNotificationEmail = new QCheckBox(tr("Use a different email for n&otifications"), host);
    m_useNotificationEmail->setObjectName(u"useNotificationEmail"_s);
    m_useNotificationEmail->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    m_notificationEmail = lineEdit(Field::notificationEmail, AccountRules::maxEmailLength);
    m_notificationEmail->setPlaceholderText(tr("name@example.com"));
    m_notificationEmailLabel = label(tr("Notification ema&il:"), m_notificationEmail, host);
    m_mobile = lineEdit(Field::mobile, 32);
    m_mobile->setPlaceholderText(tr("Optional, e.g. +49 151 23456789"));
    m_mobileLabel = label(tr("&Mobile (SMS MFA):"), m_mobile, host);
    m_phone = lineEdit(Field::phone, 40);
    m_phone->setPlaceholderText(tr("e.g. +44 20 7946 0958"));
    m_phoneLabel = label(tr("&Phone:"), m_phone, host);
    m_address = new QPlainTextEdit(host);
    m_address->setObjectName(Field::address);
    m_address->setTabChangesFocus(true);
    m_address->setPlaceholderText(tr("Street, postcode and town, country"));
    m_address->setFixedHeight(m_address->fontMetrics().lineSpacing() * 3 + 2 * m_address->frameWidth()
                              + static_cast<int>(m_address->document()->documentMargin() * 2));
    m_addressLabel = label(tr("Postal addre&ss:"), m_address, host);
    for (QWidget *input : tabOrder(Part::All)) {
        if (input != m_useNotificationEmail)
            m_messages.append(new FieldMessage(input, host));
    }

    for (QLineEdit *edit : {m_displayName, m_notificationEmail, m_mobile, m_phone}) {
        connect(edit, &QLineEdit::textEdited, this, [this, edit] { edited(edit->objectName()); });
    }
    connect(m_address, &QPlainTextEdit::textChanged, this, [this] { edited(Field::address); });
    connect(m_useNotificationEmail, &QCheckBox::toggled, this, [this](bool on) {
        refresh();
        if (on && m_notificationEmail->isVisibleTo(m_host))
            m_notificationEmail->setFocus();
        Q_EMIT changed();
    });
    refresh();
}

QLineEdit *ContactFields::lineEdit(const QString &name, int maxLength)
{
    auto *edit = new QLineEdit(m_host);
    edit->setObjectName(name);
    edit->setMaxLength(maxLength);
    return edit;
}

int ContactFields::insertRows(QFormLayout *form, int row, Parts parts)
{
    m_form = form;
    const auto add = [form, &row](QWidget *labelWidget, QWidget *field) {
        form->insertRow(row++, labelWidget, field);
    };
    const auto addWithMessage = [this, &add](QLabel *labelWidget, QWidget *field) {
        add(labelWidget, field);
        add(nullptr, messageFor(field->objectName()));
    };
    if (parts.testFlag(Part::DisplayName))
        addWithMessage(m_displayNameLabel, m_displayName);
    if (parts.testFlag(Part::NotificationEmail)) {
        add(nullptr, m_useNotificationEmail);
        addWithMessage(m_notificationEmailLabel, m_notificationEmail);
    }
    if (parts.testFlag(Part::Mobile))
        addWithMessage(m_mobileLabel, m_mobile);
    if (parts.testFlag(Part::AdministratorContact)) {
        addWithMessage(m_phoneLabel, m_phone);
        addWithMessage(m_addressLabel, m_address);
    }
    refresh();
    return row;
}

QWidgetList ContactFields::tabOrder(Parts parts) const
{
    QWidgetList inputs;
    if (parts.testFlag(Part::DisplayName))
        inputs << m_displayName;
    if (parts.testFlag(Part::NotificationEmail))
        inputs << m_useNotificationEmail << m_notificationEmail;
    if (parts.testFlag(Part::Mobile))
        inputs << m_mobile;
    if (parts.testFlag(Part::AdministratorContact))
        inputs << m_phone << m_address;
    return inputs;
}

void ContactFields::setFromDraft(const AccountDraft &draft)
{
    {
        const QSignalBlocker blockers[] {QSignalBlocker(m_displayName),
                                         QSignalBlocker(m_useNotificationEmail),
                                         QSignalBlocker(m_notificationEmail),
                                         QSignalBlocker(m_mobile),
                                         QSignalBlocker(m_phone),
                                         QSignalBlocker(m_address)};
        m_firstName = draft.firstName;
        m_lastName = draft.lastName;
        // A display name that is just "First Last" keeps following the names.
        const bool derived = draft.displayName.trimmed() == joinedNames(draft.firstName, draft.lastName);
        m_displayName->setText(derived ? QString() : draft.displayName);
        m_useNotificationEmail->setChecked(!draft.notificationEmail.isEmpty());
        m_notificationEmail->setText(draft.notificationEmail);
        m_mobile->setText(draft.mobile);
        m_phone->setText(draft.phone);
        m_address->setPlainText(draft.address);
        m_administrator = draft.administrator;
        m_contactShown = AccountRules::showsContactFields(draft);
        m_edited.clear();
        m_showAll = false;
    }
    refresh();
    Q_EMIT changed();
}

void ContactFields::writeTo(AccountDraft &draft) const
{
    draft.displayName = m_displayName->text();
    draft.notificationEmail = m_useNotificationEmail->isChecked() ? m_notificationEmail->text() : QString();
    draft.mobile = m_mobile->text();
    draft.phone = m_phone->text();
    draft.address = m_address->toPlainText();
}

void ContactFields::setNames(const QString &firstName, const QString &lastName)
{
    m_firstName = firstName;
    m_lastName = lastName;
    refresh();
}

void ContactFields::setAdministrator(bool administrator)
{
    m_administrator = administrator;
    AccountDraft draft;
    writeTo(draft);
    draft.administrator = administrator;
    m_contactShown = AccountRules::showsContactFields(draft);
    refresh();
    Q_EMIT changed();
}

QList<Error> ContactFields::errors() const
{
    AccountDraft draft;
    writeTo(draft);
    draft.firstName = m_firstName;
    draft.lastName = m_lastName;
    draft.administrator = m_administrator;
    QList<Error> result;
    for (const Error &error : AccountRules::check(draft, Quotas())) {
        if (hasField(error.field))
            result.append(error);
    }
    // Ticking "different email" asks for one; core reads an empty one as "the sign-in email".
    if (m_useNotificationEmail->isChecked() && draft.notificationEmail.trimmed().isEmpty())
        result.append(AccountRules::checkEmail(QString(), Field::notificationEmail).error());
    return result;
}

void ContactFields::showAllErrors()
{
    m_showAll = true;
    refresh();
}

bool ContactFields::showError(const Error &error)
{
    FieldMessage *message = messageFor(error.field);
    if (!message)
        return false;
    if (error.field == Field::notificationEmail)
        m_useNotificationEmail->setChecked(true);
    if (error.field == Field::phone || error.field == Field::address)
        m_contactShown = true;
    refresh();
    message->setError(error.message);
    message->field()->setFocus();
    return true;
}

bool ContactFields::hasField(const QString &field)
{
    return field == Field::displayName || field == Field::notificationEmail || field == Field::mobile
        || field == Field::phone || field == Field::address;
}

FieldMessage *ContactFields::messageFor(const QString &field) const
{
    for (FieldMessage *message : m_messages) {
        if (message->field() && message->field()->objectName() == field)
            return message;
    }
    return nullptr;
}

void ContactFields::edited(const QString &field)
{
    m_edited.insert(field);
    refresh();
    Q_EMIT changed();
}

void ContactFields::refresh()
{
    const QString names = joinedNames(m_firstName, m_lastName);
    m_displayName->setPlaceholderText(names.isEmpty() ? tr("First and last name") : names);
    messageFor(Field::displayName)->setHint(tr("Leave empty to use the first and last name."));
    messageFor(Field::notificationEmail)->setHint(tr("Backup notifications go here instead of to the sign-in email."));
    messageFor(Field::mobile)->setHint(tr("Optional. Receives sign-in codes by SMS (multi-factor authentication)."));
    const QStringList required = AccountRules::requiredContactFields(m_administrator);
    messageFor(Field::phone)
        ->setHint(required.contains(Field::phone) ? tr("Required: administrators must be reachable by telephone.")
                                                  : QString());
    messageFor(Field::address)
        ->setHint(required.contains(Field::address) ? tr("Required: administrators must give a postal address.")
                                                    : QString());
    const auto showRow = [this](QWidget *field, bool visible) {
        if (m_form && m_form->indexOf(field) >= 0)
            m_form->setRowVisible(field, visible);
    };
    showRow(m_notificationEmail, m_useNotificationEmail->isChecked());
    showRow(m_phone, m_contactShown);
    showRow(m_address, m_contactShown);
    const QList<Error> problems = errors();
    for (FieldMessage *message : m_messages) {
        const QString field = message->field()->objectName();
        QString shown;
        if ((m_showAll || m_edited.contains(field)) && message->field()->isVisibleTo(m_host)) {
            for (const Error &error : problems) {
                if (error.field == field) {
                    shown = error.message;
                    break;
                }
            }
        }
        message->setError(shown);
        if (!message->field()->isVisibleTo(m_host))
            message->setVisible(false);
    }
    if (m_valid != problems.isEmpty()) {
        m_valid = problems.isEmpty();
        Q_EMIT validityChanged(m_valid);
    }
}

} // namespace bc
