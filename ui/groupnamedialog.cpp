#include "groupnamedialog.h"

#include "accountrules.h"
#include "discardguard.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bc {

GroupNameDialog::GroupNameDialog(const QString &title, const QString &prompt, const QString &initialName, Submit submit,
                                 QWidget *parent)
    : QDialog(parent)
    , m_submit(std::move(submit))
{
    setWindowTitle(title);
    new DiscardGuard(this);
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(prompt, this);
    label->setWordWrap(true);
    m_name = new QLineEdit(initialName, this);
    m_name->setObjectName(u"groupName"_s);
    m_name->setMaxLength(GroupRules::maxNameLength);
    m_name->setMinimumWidth(320);
    label->setBuddy(m_name);
    m_error = new QLabel(this);
    m_error->setObjectName(u"groupNameError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b00020;"_s);
    m_error->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(label);
    layout->addWidget(m_name);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &GroupNameDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &GroupNameDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &GroupNameDialog::validate);
    m_name->selectAll();
    validate();
}

QString GroupNameDialog::name() const
{
    return m_name->text().trimmed();
}

void GroupNameDialog::validate()
{
    const auto valid = GroupRules::checkName(m_name->text());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid.has_value());
    // An empty field is not an error yet: the OK button says enough until something is typed.
    if (!valid && !m_name->text().isEmpty())
        showError(valid.error().message);
    else
        showError(QString());
}

void GroupNameDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    m_name->setAccessibleDescription(message);
}

void GroupNameDialog::accept()
{
    if (!GroupRules::checkName(m_name->text()))
        return;
    if (auto done = m_submit(name()); !done) {
        showError(done.error().message);
        m_name->setFocus();
        return;
    }
    QDialog::accept();
}

void GroupNameDialog::reject()
{
    if (DiscardGuard::mayDiscard(this))
        QDialog::reject();
}

} // namespace bc
