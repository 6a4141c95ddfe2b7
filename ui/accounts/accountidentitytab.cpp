#include "ui/accounts/accountidentitytab.h"

#include "core/rules/accountrules.h"
#include "ui/widgets/contactfields.h"
#include "ui/widgets/fieldmessage.h"
#include "ui/widgets/formfield.h"
#include "ui/widgets/identitytext.h"
#include "ui/widgets/loginfield.h"
#include "ui/widgets/passwordfield.h"
#include "ui/widgets/wrappedlabel.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bc {

namespace {

QLabel *hint(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new WrappedLabel(parent);
    label->setText(text);
    label->setObjectName(buddy->objectName() + u"Hint"_s);
    label->setBuddy(buddy);
    return label;
}

} // namespace

AccountIdentityTab::AccountIdentityTab(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    outer->addLayout(form);
    outer->addStretch();
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    // The wizard's first page, row by row (AccountIdentityPage).
    auto *login = lineEdit(Field::login, AccountRules::maxLoginLength);
    auto *loginLabel = new QLabel(IdentityText::login(), this);
    loginLabel->setObjectName(u"loginLabel"_s);
    loginLabel->setBuddy(login);
    form->addRow(loginLabel, login);
    m_login = new LoginField(workspace, login, this);
    m_login->insertRows(form);
    m_email = lineEdit(Field::email, AccountRules::maxEmailLength);
    m_emailMessage = addFieldRow(form, IdentityText::email(), m_email);
    m_contact = new ContactFields(this);
    m_contact->insertRows(form, form->rowCount(), ContactFields::Part::NotificationEmail);
    m_firstName = lineEdit(Field::firstName, AccountRules::maxNameLength);
    m_lastName = lineEdit(Field::lastName, AccountRules::maxNameLength);
    m_firstNameMessage = addFieldRow(form, IdentityText::firstName(), m_firstName);
    m_lastNameMessage = addFieldRow(form, IdentityText::lastName(), m_lastName);
    int row =
        m_contact->insertRows(form, form->rowCount(), ContactFields::Part::DisplayName | ContactFields::Part::Mobile);

    m_password = new PasswordField(this);
    m_password->setEmptyHint(tr("Leave empty to keep the current password."));
    auto *passwordLabel = new QLabel(IdentityText::password(), this);
    passwordLabel->setObjectName(u"passwordLabel"_s);
    passwordLabel->setBuddy(m_password->edit());
    form->insertRow(row++, passwordLabel, m_password);
    form->insertRow(row++, static_cast<QWidget *>(nullptr), m_password->message());

    m_administrator = new QCheckBox(IdentityText::administrator(), this);
    m_administrator->setObjectName(u"administrator"_s);
    form->insertRow(row++, QString(), m_administrator);
    m_administratorHint = hint(IdentityText::administratorHint(), m_administrator, this);
    form->insertRow(row++, QString(), m_administratorHint);
    row = m_contact->insertRows(form, row, ContactFields::Part::AdministratorContact);
    m_agentAutoUpdate = new QCheckBox(IdentityText::agentAutoUpdate(), this);
    m_agentAutoUpdate->setObjectName(u"agentAutoUpdate"_s);
    form->insertRow(row++, QString(), m_agentAutoUpdate);
    form->insertRow(row++, QString(), hint(IdentityText::agentAutoUpdateHint(), m_agentAutoUpdate, this));

    // What this dialog shows but does not change.
    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    form->addRow(line);
    form->addRow(tr("Status:"), m_status = fact(u"status"_s));
    form->addRow(tr("Group:"), m_group = fact(u"group"_s));
    form->addRow(tr("Created:"), m_created = fact(u"created"_s));
    form->addRow(tr("Activation:"), m_activation = fact(u"activation"_s));

    QWidgetList order {login, m_login->suggestionButton(), m_email};
    order << m_contact->tabOrder(ContactFields::Part::NotificationEmail) << m_firstName << m_lastName
          << m_contact->tabOrder(ContactFields::Part::DisplayName | ContactFields::Part::Mobile) << m_password->edit()
          << m_password->toggle() << m_administrator << m_contact->tabOrder(ContactFields::Part::AdministratorContact)
          << m_agentAutoUpdate;
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));

    connect(login, &QLineEdit::textEdited, this, [this, login] { m_password->setLogin(login->text()); });
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

QLabel *AccountIdentityTab::fact(const QString &name)
{
    auto *label = new QLabel(this);
    label->setObjectName(name);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

void AccountIdentityTab::checkField(const QString &field)
{
    if (field == Field::email)
        m_emailMessage->showResult(AccountRules::checkEmail(m_email->text()));
    else if (field == Field::firstName)
        m_firstNameMessage->showResult(AccountRules::checkName(m_firstName->text(), field));
    else if (field == Field::lastName)
        m_lastNameMessage->showResult(AccountRules::checkName(m_lastName->text(), field));
}

void AccountIdentityTab::load(const Account &account)
{
    m_login->setOwnLogin(account.login);
    m_login->edit()->setText(account.login);
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
    const QLocale locale;
    m_status->setText(AccountText::label(account.status));
    m_created->setText(locale.toString(account.createdAt.toLocalTime(), QLocale::LongFormat));
    if (m_group->text().isEmpty())
        m_group->setText(tr("Group %1").arg(account.groupId));
    if (m_activation->text().isEmpty())
        m_activation->setText(account.status == AccountStatus::Inactive
                                  ? tr("Waiting for the user to activate the account")
                                  : tr("No activation pending"));
    clearErrors();
}

void AccountIdentityTab::setGroup(const QString &path)
{
    m_group->setText(path);
}

void AccountIdentityTab::setActivation(const QString &state, const QString &details)
{
    m_activation->setText(state);
    m_activation->setToolTip(details);
}

void AccountIdentityTab::setAdministratorRefusal(const QString &refusal)
{
    if (refusal.isEmpty() || m_administrator->isChecked())
        return;
    m_administrator->setEnabled(false);
    m_administrator->setToolTip(refusal);
    m_administratorHint->setText(refusal);
}

void AccountIdentityTab::applyTo(AccountDraft &draft) const
{
    draft.login = m_login->edit()->text();
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
    if (error.field == Field::login) {
        m_login->showError(error);
        return true;
    }
    FieldMessage *message = error.field == Field::email ? m_emailMessage
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
    m_login->clearError();
    for (FieldMessage *message : {m_emailMessage, m_firstNameMessage, m_lastNameMessage})
        message->clearError();
}

} // namespace bc
