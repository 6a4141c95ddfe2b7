#include "ui/widgets/passwordfield.h"

#include "core/rules/accountrules.h"
#include "core/rules/passwordpolicy.h"
#include "ui/widgets/discardguard.h"
#include "ui/widgets/fieldmessage.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace bc {

PasswordField::PasswordField(QWidget *parent)
    : QWidget(parent)
    , m_emptyHint(tr("Optional. Leave empty and the user chooses a password from the activation email."))
{
    setObjectName(u"passwordField"_s);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(u"password"_s);
    m_edit->setEchoMode(QLineEdit::Password);
    m_edit->setMaxLength(1024);
    m_edit->setPlaceholderText(tr("Optional, at least %n characters", nullptr, PasswordPolicy::minimumLength));
    m_edit->setAccessibleName(tr("Password"));
    m_toggle = new QToolButton(this);
    m_toggle->setObjectName(u"showPassword"_s);
    m_toggle->setCheckable(true);
    DiscardGuard::ignore(m_toggle); // shows, does not change
    m_toggle->setText(tr("S&how"));
    m_toggle->setToolTip(tr("Show the password as plain text"));
    m_toggle->setFocusPolicy(Qt::StrongFocus);
    m_message = new FieldMessage(m_edit, this);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_toggle);
    setFocusProxy(m_edit);

    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        refresh();
        Q_EMIT changed();
    });
    connect(m_toggle, &QToolButton::toggled, this, [this](bool shown) {
        m_edit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_toggle->setText(shown ? tr("&Hide") : tr("S&how"));
        m_toggle->setToolTip(shown ? tr("Hide the password") : tr("Show the password as plain text"));
    });
    refresh();
}

void PasswordField::setLogin(const QString &login)
{
    if (login == m_login)
        return;
    m_login = login;
    refresh();
}

void PasswordField::setEmptyHint(const QString &hint)
{
    m_emptyHint = hint;
    refresh();
}

QString PasswordField::password() const
{
    return m_edit->text();
}

void PasswordField::clear()
{
    m_edit->clear();
}

void PasswordField::writeTo(AccountDraft &draft) const
{
    draft.password = m_edit->text();
}

std::optional<Error> PasswordField::error() const
{
    if (m_edit->text().isEmpty())
        return std::nullopt;
    const Result<void> checked = PasswordPolicy::check(m_edit->text(), m_login, Field::password);
    return checked ? std::nullopt : std::optional<Error>(checked.error());
}

bool PasswordField::showError(const Error &error)
{
    if (error.field != Field::password)
        return false;
    m_message->setError(error.message);
    m_edit->setFocus();
    return true;
}

void PasswordField::refresh()
{
    const std::optional<Error> problem = error();
    m_message->setHint(m_edit->text().isEmpty() ? m_emptyHint
                                                : tr("Meets the password policy. Only a secure hash of it is stored."));
    m_message->setError(problem ? problem->message : QString());
    if (m_valid != !problem) {
        m_valid = !problem;
        Q_EMIT validityChanged(m_valid);
    }
}

} // namespace bc
