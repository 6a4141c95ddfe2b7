#include "accountidentitypage.h"
#include "ui_accountidentitypage.h"

#include "accountrules.h"
#include "accountservice.h"
#include "contactfields.h"
#include "fieldmessage.h"
#include "passwordfield.h"
#include "uilogging.h"

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

AccountIdentityPage::AccountIdentityPage(AccountService &accounts, QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::AccountIdentityPage>())
    , m_accounts(accounts)
{
    m_ui->setupUi(this);

    m_loginMessage = new FieldMessage(m_ui->login, this);
    m_emailMessage = new FieldMessage(m_ui->email, this);
    m_firstNameMessage = new FieldMessage(m_ui->firstName, this);
    m_lastNameMessage = new FieldMessage(m_ui->lastName, this);
    m_suggestionButton = new QPushButton(this);
    m_suggestionButton->setObjectName(u"useSuggestedLogin"_s);
    m_suggestionButton->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_suggestionButton->setVisible(false);

    // Bottom-up, so each insertion finds its field's row unchanged.
    insertBelow(m_ui->form, m_ui->lastName, m_lastNameMessage);
    insertBelow(m_ui->form, m_ui->firstName, m_firstNameMessage);
    insertBelow(m_ui->form, m_ui->email, m_emailMessage);
    insertBelow(m_ui->form, m_ui->login, m_suggestionButton);
    insertBelow(m_ui->form, m_ui->login, m_loginMessage);
    m_ui->form->setRowVisible(m_suggestionButton, false);
    addContactAndPasswordRows();

    registerField(u"login*"_s, m_ui->login);
    registerField(u"email*"_s, m_ui->email);

    m_loginCheck.setSingleShot(true);
    m_loginCheck.setInterval(loginCheckDelayMs);
    connect(&m_loginCheck, &QTimer::timeout, this, &AccountIdentityPage::checkLoginAvailability);
    connect(m_ui->login, &QLineEdit::textChanged, this, &AccountIdentityPage::loginChanged);
    connect(m_suggestionButton, &QPushButton::clicked, this, &AccountIdentityPage::useSuggestedLogin);
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
    m_ui->administratorHint->setText(tr("An administrator can manage the accounts and groups of this organization, "
                                        "and must give a telephone number and a postal address."));
    m_contact->insertRows(m_ui->form, rowBelow(m_ui->form, m_ui->administratorHint),
                          ContactFields::Part::AdministratorContact);
    int row = m_contact->insertRows(m_ui->form, rowBelow(m_ui->form, m_lastNameMessage),
                                    ContactFields::Part::DisplayName | ContactFields::Part::Mobile);
    auto *passwordLabel = new QLabel(tr("Pass&word:"), this);
    passwordLabel->setObjectName(u"passwordLabel"_s);
    passwordLabel->setBuddy(m_password->edit());
    m_ui->form->insertRow(row++, passwordLabel, m_password);
    m_ui->form->insertRow(row, static_cast<QWidget *>(nullptr), m_password->message());
    m_contact->insertRows(m_ui->form, rowBelow(m_ui->form, m_emailMessage), ContactFields::Part::NotificationEmail);

    QWidgetList order {m_ui->login, m_suggestionButton, m_ui->email};
    order << m_contact->tabOrder(ContactFields::Part::NotificationEmail) << m_ui->firstName << m_ui->lastName
          << m_contact->tabOrder(ContactFields::Part::DisplayName | ContactFields::Part::Mobile) << m_password->edit()
          << m_password->toggle() << m_ui->administrator
          << m_contact->tabOrder(ContactFields::Part::AdministratorContact) << m_ui->agentAutoUpdate;
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
}

AccountIdentityPage::~AccountIdentityPage() = default;

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
        if (error.code == Error::Code::LoginTaken)
            checkLoginAvailability();
        if (!m_loginTaken)
            m_loginMessage->setError(error.message);
        m_ui->login->setFocus();
        m_ui->login->selectAll();
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
    return QWizardPage::isComplete() && !m_loginTaken && AccountRules::checkLogin(m_ui->login->text())
        && AccountRules::checkEmail(m_ui->email->text())
        && AccountRules::checkName(m_ui->firstName->text(), Field::firstName)
        && AccountRules::checkName(m_ui->lastName->text(), Field::lastName) && m_contact->isValid()
        && m_password->isValid();
}

bool AccountIdentityPage::validatePage()
{
    bool valid = m_loginMessage->showResult(AccountRules::checkLogin(m_ui->login->text()));
    valid = m_emailMessage->showResult(AccountRules::checkEmail(m_ui->email->text())) && valid;
    valid = m_firstNameMessage->showResult(AccountRules::checkName(m_ui->firstName->text(), Field::firstName)) && valid;
    valid = m_lastNameMessage->showResult(AccountRules::checkName(m_ui->lastName->text(), Field::lastName)) && valid;
    m_contact->showAllErrors();
    valid = m_contact->isValid() && m_password->isValid() && valid;
    if (valid)
        checkLoginAvailability(); // now, not after the pause: Next may come before the timer
    return valid && !m_loginTaken;
}

void AccountIdentityPage::cleanupPage()
{
    // Keep what was typed when the person goes back; QWizardPage would reset the fields.
}

void AccountIdentityPage::loginChanged()
{
    m_loginTaken = false;
    m_suggestion.clear();
    m_ui->form->setRowVisible(m_suggestionButton, false);
    m_loginMessage->setHint(QString());
    m_loginCheck.stop();
    if (m_loginMessage->showResult(AccountRules::checkLogin(m_ui->login->text())))
        m_loginCheck.start();
    Q_EMIT completeChanged();
}

void AccountIdentityPage::checkLoginAvailability()
{
    m_loginCheck.stop();
    const QString login = m_ui->login->text();
    if (!AccountRules::checkLogin(login))
        return;
    const Result<LoginAvailability> availability = m_accounts.checkLogin(login);
    if (!availability) {
        // Not the person's mistake: say so, and let Finish check again.
        qCWarning(lcUi) << "login check failed:" << availability.error().message;
        m_loginMessage->setHint(tr("Could not check whether this login is free: %1").arg(availability.error().message));
        return;
    }
    m_loginTaken = !availability->available;
    m_suggestion = availability->suggestion;
    if (m_loginTaken) {
        m_loginMessage->setError(availability->message);
        m_suggestionButton->setText(tr("Use \"%1\"").arg(m_suggestion));
    }
    m_ui->form->setRowVisible(m_suggestionButton, m_loginTaken && !m_suggestion.isEmpty());
    Q_EMIT completeChanged();
}

void AccountIdentityPage::useSuggestedLogin()
{
    if (m_suggestion.isEmpty())
        return;
    m_ui->login->setText(m_suggestion);
    m_ui->login->setFocus();
}

void AccountIdentityPage::checkName(FieldMessage *message, const QString &name, const QString &field)
{
    message->showResult(AccountRules::checkName(name, field));
    m_contact->setNames(m_ui->firstName->text(), m_ui->lastName->text());
    Q_EMIT completeChanged();
}

} // namespace bc
