#include "accountidentitytab.h"

#include "accountrules.h"
#include "contactfields.h"
#include "fieldmessage.h"
#include "formfield.h"
#include "passwordfield.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bc {

AccountIdentityTab::AccountIdentityTab(QWidget *parent)
    : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    outer->addLayout(form);
    outer->addStretch();
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_login = lineEdit(Field::login, AccountRules::maxLoginLength);
    m_email = lineEdit(Field::email, AccountRules::maxEmailLength);
    m_firstName = lineEdit(Field::firstName, AccountRules::maxNameLength);
    m_lastName = lineEdit(Field::lastName, AccountRules::maxNameLength);
    m_loginMessage = addFieldRow(form, tr("&Login:"), m_login);
    m_emailMessage = addFieldRow(form, tr("&Email:"), m_email);
    m_firstNameMessage = addFieldRow(form, tr("&First name:"), m_firstName);
    m_lastNameMessage = addFieldRow(form, tr("Las&t name:"), m_lastName);

    m_contact = new ContactFields(this);
    int row = m_contact->insertRows(form, form->rowCount(),
                                    ContactFields::Part::DisplayName | ContactFields::Part::NotificationEmail
                                        | ContactFields::Part::Mobile);
    m_administrator = new QCheckBox(tr("&Administrator: may operate the console for this organization"), this);
    m_administrator->setObjectName(u"administrator"_s);
    form->insertRow(row++, QString(), m_administrator);
    row = m_contact->insertRows(form, row, ContactFields::Part::AdministratorContact);
    m_agentAutoUpdate = new QCheckBox(tr("Agent a&uto-update"), this);
    m_agentAutoUpdate->setObjectName(u"agentAutoUpdate"_s);
    form->insertRow(row++, QString(), m_agentAutoUpdate);

    m_password = new PasswordField(this);
    m_password->setEmptyHint(tr("Leave empty to keep the current password."));
    auto *passwordLabel = new QLabel(tr("Ne&w password:"), this);
    passwordLabel->setBuddy(m_password->edit());
    form->insertRow(row++, passwordLabel, m_password);
    form->insertRow(row++, static_cast<QWidget *>(nullptr), m_password->message());

    connect(m_login, &QLineEdit::textEdited, this, [this] {
        checkField(Field::login);
        m_password->setLogin(m_login->text());
    });
    connect(m_email, &QLineEdit::textEdited, this, [this] { checkField(Field::email); });
    for (QLineEdit *name : {m_firstName, m_lastName}) {
        connect(name, &QLineEdit::textEdited, this, [this, name] {
            checkField(name->objectName());
            m_contact->setNames(m_firstName->text(), m_lastName->text());
        });
    }
    connect(m_administrator, &QCheckBox::toggled, m_contact, &ContactFields::setAdministrator);
}

QLineEdit *AccountIdentityTab::lineEdit(const QString &name, int maxLength)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(name);
    edit->setMaxLength(maxLength);
    return edit;
}

void AccountIdentityTab::checkField(const QString &field)
{
    if (field == Field::login)
        m_loginMessage->showResult(AccountRules::checkLogin(m_login->text()));
    else if (field == Field::email)
        m_emailMessage->showResult(AccountRules::checkEmail(m_email->text()));
    else if (field == Field::firstName)
        m_firstNameMessage->showResult(AccountRules::checkName(m_firstName->text(), field));
    else if (field == Field::lastName)
        m_lastNameMessage->showResult(AccountRules::checkName(m_lastName->text(), field));
}

void AccountIdentityTab::load(const Account &account)
{
    m_login->setText(account.login);
    m_email->setText(account.email);
    m_firstName->setText(account.firstName);
    m_lastName->setText(account.lastName);
    m_administrator->setChecked(account.administrator);
    m_agentAutoUpdate->setChecked(account.agentAutoUpdate);
    m_contact->setNames(account.firstName, account.lastName);
    m_contact->setAdministrator(account.administrator);
    m_contact->setFromDraft(account.draft());
    m_password->setLogin(account.login);
    m_password->clear();
    clearErrors();
}

void AccountIdentityTab::applyTo(AccountDraft &draft) const
{
    draft.login = m_login->text();
    draft.email = m_email->text();
    draft.firstName = m_firstName->text();
    draft.lastName = m_lastName->text();
    draft.administrator = m_administrator->isChecked();
    draft.agentAutoUpdate = m_agentAutoUpdate->isChecked();
    m_contact->writeTo(draft);
    m_password->writeTo(draft);
}

bool AccountIdentityTab::showError(const Error &error)
{
    FieldMessage *message = error.field == Field::login ? m_loginMessage
        : error.field == Field::email                   ? m_emailMessage
        : error.field == Field::firstName               ? m_firstNameMessage
        : error.field == Field::lastName                ? m_lastNameMessage
                                                        : nullptr;
    if (message) {
        message->setError(error.message);
        return true;
    }
    return m_contact->showError(error) || m_password->showError(error);
}

void AccountIdentityTab::clearErrors()
{
    for (FieldMessage *message : {m_loginMessage, m_emailMessage, m_firstNameMessage, m_lastNameMessage})
        message->clearError();
}

} // namespace bc
