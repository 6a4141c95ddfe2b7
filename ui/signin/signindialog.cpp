#include "ui/signin/signindialog.h"

#include "core/domain/fields.h"
#include "ui/widgets/fieldmessage.h"
#include "ui/widgets/formproblem.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bc {

SignInDialog::SignInDialog(const QString &databaseName, Submit submit, QWidget *parent)
    : QDialog(parent)
    , m_submit(std::move(submit))
{
    setObjectName(u"signInDialog"_s);
    setWindowTitle(tr("Sign In"));

    auto *prompt = new QLabel(tr("Sign in to %1 as an operator.").arg(databaseName), this);
    prompt->setObjectName(u"prompt"_s);
    prompt->setTextFormat(Qt::PlainText);
    prompt->setWordWrap(true);
    m_problem = formProblem(u"signInProblem"_s, this);

    m_login = new QLineEdit(this);
    m_login->setObjectName(u"login"_s);
    m_login->setMinimumWidth(300);
    m_password = new QLineEdit(this);
    m_password->setObjectName(u"password"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_code = new QLineEdit(this);
    m_code->setObjectName(u"otp"_s);
    m_loginMessage = new FieldMessage(m_login, this);
    m_passwordMessage = new FieldMessage(m_password, this);
    m_codeMessage = new FieldMessage(m_code, this);
    m_codeMessage->setHint(
        tr("Only with multi-factor authentication: the six digits your authenticator app shows, or a recovery code."));

    auto *form = new QFormLayout;
    const auto addRow = [this, form](const QString &text, QLineEdit *field, FieldMessage *message) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, field);
        form->addRow(QString(), message);
    };
    addRow(tr("&Login:"), m_login, m_loginMessage);
    addRow(tr("&Password:"), m_password, m_passwordMessage);
    addRow(tr("&Code:"), m_code, m_codeMessage);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(u"buttons"_s);
    m_signIn = buttons->button(QDialogButtonBox::Ok);
    m_signIn->setText(tr("&Sign in"));
    m_signIn->setObjectName(u"signInButton"_s);
    m_signIn->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(prompt);
    layout->addWidget(m_problem);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // An edit makes the refusal about the field old.
    for (auto [field, message] : {std::pair {m_login, m_loginMessage}, std::pair {m_password, m_passwordMessage},
                                  std::pair {m_code, m_codeMessage}}) {
        connect(field, &QLineEdit::textEdited, message, &FieldMessage::clearError);
    }
    m_login->setFocus();
}

SignInDialog::~SignInDialog() = default;

void SignInDialog::setLogin(const QString &login)
{
    m_login->setText(login);
    (login.isEmpty() ? m_login : m_password)->setFocus();
}

QString SignInDialog::login() const
{
    return m_login->text().trimmed();
}

void SignInDialog::accept()
{
    if (m_signedIn) {
        QDialog::accept();
        return;
    }
    if (m_waiting)
        return;
    if (login().isEmpty()) {
        m_loginMessage->setError(tr("Enter your login."));
        m_login->setFocus();
        return;
    }
    setWaiting(true);
    m_submit(login(), m_password->text(), m_code->text().trimmed());
}

void SignInDialog::answer(const Result<void> &signedIn)
{
    setWaiting(false);
    if (signedIn) {
        m_signedIn = true;
        accept();
        return;
    }
    showRefusal(signedIn.error());
}

void SignInDialog::showRefusal(const Error &error)
{
    m_loginMessage->clearError();
    m_passwordMessage->clearError();
    m_codeMessage->clearError();
    const bool underField = FieldMessage::showIn(
        error, {{Field::login, m_loginMessage}, {Field::password, m_passwordMessage}, {Field::otp, m_codeMessage}});
    // A wait, or what the database said: above the fields.
    m_problem->setText(underField ? QString() : error.message);
    m_problem->setVisible(!underField);
    if (error.field == Field::password) {
        m_password->selectAll();
    } else if (error.field == Field::otp) {
        m_code->selectAll();
    }
}

void SignInDialog::setWaiting(bool waiting)
{
    m_waiting = waiting;
    m_signIn->setEnabled(!waiting);
    m_signIn->setText(waiting ? tr("Signing in…") : tr("&Sign in"));
}

} // namespace bc
