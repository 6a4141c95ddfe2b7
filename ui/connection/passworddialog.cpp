#include "ui/connection/passworddialog.h"

#include "ui/widgets/formproblem.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bc {

PasswordDialog::PasswordDialog(const DatabaseAddress &address, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"passwordDialog"_s);
    setWindowTitle(tr("Database Password"));

    const QString text = address.user.isEmpty()
        ? tr("Enter your password for %1.").arg(address.displayName())
        : tr("Enter the password of the user \"%1\" for %2.").arg(address.user, address.displayName());
    auto *prompt = new QLabel(text, this);
    prompt->setObjectName(u"prompt"_s);
    prompt->setTextFormat(Qt::PlainText);
    prompt->setWordWrap(true);
    m_problem = formProblem(u"problem"_s, this);
    m_password = new QLineEdit(this);
    m_password->setObjectName(u"password"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMinimumWidth(280);
    m_remember = new QCheckBox(tr("Remember in the system &keychain"), this);
    m_remember->setObjectName(u"remember"_s);
    m_remember->setChecked(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(u"buttons"_s);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));

    auto *form = new QFormLayout;
    auto *label = new QLabel(tr("Pa&ssword:"), this);
    label->setBuddy(m_password);
    form->addRow(label, m_password);
    form->addRow(QString(), m_remember);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(prompt);
    layout->addWidget(m_problem);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);
    layout->setSizeConstraint(QLayout::SetFixedSize);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_password->setFocus();
}

PasswordDialog::~PasswordDialog() = default;

void PasswordDialog::setProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

QString PasswordDialog::password() const
{
    return m_password->text();
}

bool PasswordDialog::remember() const
{
    return m_remember->isChecked();
}

} // namespace bc
