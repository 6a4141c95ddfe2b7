#include "ui/wizard/accountidentitypage.h"
#include "ui_accountidentitypage.h"

#include "core/rules/accountrules.h"
#include "ui/widgets/contactfields.h"
#include "ui/widgets/fieldmessage.h"
#include "ui/widgets/identitytext.h"
#include "ui/widgets/loginfield.h"
#include "ui/widgets/passwordfield.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace bc {

namespace {

// Puts `widget` in the field column of a new row right below `field`'s row.
void insertBelow(QFormLayout *form, QWidget *field, QWidget *widget)
{
    int row = -1;
    QFormLayout::ItemRole role = QFormLayout::FieldRole;
    form->getWidgetPosition(field, &row, &role);
    Q_ASSERT(row >= 0);
    form->insertRow(row + 1, static_cast<QWidget *>(nullptr), widget);
}

int rowBelow(QFormLayout *form, QWidget *widget)
{
    int row = -1;
    QFormLayout::ItemRole role = QFormLayout::FieldRole;
    form->getWidgetPosition(widget, &row, &role);
    Q_ASSERT(row >= 0);
    return row + 1;
}

} // namespace

AccountIdentityPage::AccountIdentityPage(Workspace &workspace, QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::AccountIdentityPage>())
{
    m_ui->setupUi(this);
    // The words are shared with the account details dialog.
    m_ui->loginLabel->setText(IdentityText::login());
    m_ui->emailLabel->setText(IdentityText::email());
    m_ui->firstNameLabel->setText(IdentityText::firstName());
    m_ui->lastNameLabel->setText(IdentityText::lastName());
    m_ui->administrator->setText(IdentityText::administrator());
    m_ui->administratorHint->setText(IdentityText::administratorHint());
    m_ui->agentAutoUpdate->setText(IdentityText::agentAutoUpdate());
    m_ui->agentAutoUpdateHint->setText(IdentityText::agentAutoUpdateHint());

    m_login = new LoginField(workspace, m_ui->login, this);
    m_emailMessage = new FieldMessage(m_ui->email, this);
    m_firstNameMessage = new FieldMessage(m_ui->firstName, this);
    m_lastNameMessage = new FieldMessage(m_ui->lastName, this);

    // Bottom-up, so each insertion finds its field's row unchanged.
    insertBelow(m_ui->form, m_ui->lastName, m_lastNameMessage);
    insertBelow(m_ui->form, m_ui->firstName, m_firstNameMessage);
    insertBelow(m_ui->form, m_ui->email, m_emailMessage);
    m_login->insertRows(m_ui->form);
    addContactAndPasswordRows();

    registerField(Field::login + u'*', m_ui->login);
    registerField(Field::email + u'*', m_ui->email);

    connect(m_login, &LoginField::changed, this, &AccountIdentityPage::completeChanged);
    connect(m_ui->email, &QLineEdit::textChanged, this, [this](const QString &email) {
        m_emailMessage->showResult(AccountRules::checkEmail(email));
        Q_EMIT completeChanged();
    });
    connect(m_ui->firstName, &QLineEdit::textChanged, this,
            [this](const QString &name) { checkName(m_firstNameMessage, name, Field::firstName); });
    connect(m_ui->lastName, &QLineEdit::textChanged, this,
            [this](const QString &name) { checkName(m_lastNameMessage, name, Field::lastName); });
    connect(m_ui->administrator, &QCheckBox::toggled, m_contact, &ContactFields::setAdministrator);
    connect(m_ui->login, &QLineEdit::textChanged, m_password, &PasswordField::setLogin);
    connect(m_contact, &ContactFields::changed, this, &AccountIdentityPage::completeChanged);
    connect(m_password, &PasswordField::changed, this, &AccountIdentityPage::completeChanged);
}

void AccountIdentityPage::addContactAndPasswordRows()
{
    // Email, then where notifications go; names, then the display name made of them; how to sign
    // in; the administrator switch, then the contact details it requires.
    m_contact = new ContactFields(this);
    m_password = new PasswordField(this);
    m_contact->insertRows(m_ui->form, rowBelow(m_ui->form, m_ui->administratorHint),
                          ContactFields::Part::AdministratorContact);
    int row = m_contact->insertRows(m_ui->form, rowBelow(m_ui->form, m_lastNameMessage),
                                    ContactFields::Part::DisplayName | ContactFields::Part::Mobile);
    auto *passwordLabel = new QLabel(IdentityText::password(), this);
    passwordLabel->setObjectName(u"passwordLabel"_s);
    passwordLabel->setBuddy(m_password->edit());
    m_ui->form->insertRow(row++, passwordLabel, m_password);
    m_ui->form->insertRow(row, static_cast<QWidget *>(nullptr), m_password->message());
    m_contact->insertRows(m_ui->form, rowBelow(m_ui->form, m_emailMessage), ContactFields::Part::NotificationEmail);

    QWidgetList order {m_ui->login, m_login->suggestionButton(), m_ui->email};
    order << m_contact->tabOrder(ContactFields::Part::NotificationEmail) << m_ui->firstName << m_ui->lastName
          << m_contact->tabOrder(ContactFields::Part::DisplayName | ContactFields::Part::Mobile) << m_password->edit()
          << m_password->toggle() << m_ui->administrator
          << m_contact->tabOrder(ContactFields::Part::AdministratorContact) << m_ui->agentAutoUpdate;
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
}

AccountIdentityPage::~AccountIdentityPage() = default;

void AccountIdentityPage::setAdministratorRefusal(const QString &refusal)
{
    if (refusal.isEmpty())
        return;
    m_ui->administrator->setChecked(false);
    m_ui->administrator->setEnabled(false);
    m_ui->administrator->setToolTip(refusal);
    m_ui->administratorHint->setText(refusal);
}

void AccountIdentityPage::applyTo(AccountDraft &draft) const
{
    draft.login = m_ui->login->text();
    draft.email = m_ui->email->text();
    draft.firstName = m_ui->firstName->text();
    draft.lastName = m_ui->lastName->text();
    draft.administrator = m_ui->administrator->isChecked();
    draft.agentAutoUpdate = m_ui->agentAutoUpdate->isChecked();
    m_contact->writeTo(draft);
    m_password->writeTo(draft);
}

bool AccountIdentityPage::hasField(const QString &field) const
{
    return field == Field::login || field == Field::email || field == Field::firstName || field == Field::lastName
        || field == Field::password || ContactFields::hasField(field);
}

bool AccountIdentityPage::showError(const Error &error)
{
    if (error.field == Field::login) {
        m_login->showError(error);
    } else if (error.field == Field::email) {
        m_emailMessage->setError(error.message);
    } else if (error.field == Field::firstName) {
        m_firstNameMessage->setError(error.message);
    } else if (error.field == Field::lastName) {
        m_lastNameMessage->setError(error.message);
    } else if (!m_contact->showError(error) && !m_password->showError(error)) {
        return false;
    }
    Q_EMIT completeChanged();
    return true;
}

bool AccountIdentityPage::isComplete() const
{
    // The same pure checks as validatePage(); the database is asked by the debounced login check.
    return QWizardPage::isComplete() && m_login->isValid() && AccountRules::checkEmail(m_ui->email->text())
        && AccountRules::checkName(m_ui->firstName->text(), Field::firstName)
        && AccountRules::checkName(m_ui->lastName->text(), Field::lastName) && m_contact->isValid()
        && m_password->isValid();
}

bool AccountIdentityPage::validatePage()
{
    bool valid = m_emailMessage->showResult(AccountRules::checkEmail(m_ui->email->text()));
    valid = m_firstNameMessage->showResult(AccountRules::checkName(m_ui->firstName->text(), Field::firstName)) && valid;
    valid = m_lastNameMessage->showResult(AccountRules::checkName(m_ui->lastName->text(), Field::lastName)) && valid;
    m_contact->showAllErrors();
    valid = m_contact->isValid() && m_password->isValid() && valid;
    // The database is asked only about an otherwise valid page, and now: Next may come before the pause.
    valid =
        (valid ? m_login->validate() : m_login->message()->showResult(AccountRules::checkLogin(m_ui->login->text())))
        && valid;
    if (!valid)
        focusFirstProblem();
    return valid;
}

void AccountIdentityPage::focusFirstProblem()
{
    // In reading order: the tab order is the reading order.
    for (QWidget *widget = m_ui->login; widget; widget = widget->nextInFocusChain()) {
        if (widget->property(FieldMessage::invalidProperty).toBool() && widget->isVisibleTo(this)) {
            widget->setFocus(Qt::OtherFocusReason);
            return;
        }
        if (widget->nextInFocusChain() == m_ui->login)
            break;
    }
}

void AccountIdentityPage::cleanupPage()
{
    // Keep what was typed when the person goes back; QWizardPage would reset the fields.
}

void AccountIdentityPage::checkName(FieldMessage *message, const QString &name, const QString &field)
{
    message->showResult(AccountRules::checkName(name, field));
    m_contact->setNames(m_ui->firstName->text(), m_ui->lastName->text());
    Q_EMIT completeChanged();
}

} // namespace bc
