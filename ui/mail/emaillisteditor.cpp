#include "ui/mail/emaillisteditor.h"

#include "core/rules/accountrules.h"
#include "ui/widgets/fieldmessage.h"

#include <QGridLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace bc {

EmailListEditor::EmailListEditor(const QString &name, QWidget *parent)
    : QWidget(parent)
{
    m_input = new QLineEdit(this);
    m_input->setObjectName(name + u"Input"_s);
    m_input->setPlaceholderText(tr("name@example.com"));
    m_input->setMaxLength(AccountRules::maxEmailLength);
    m_input->setAccessibleName(tr("Address to add"));
    m_add = new QPushButton(tr("A&dd"), this);
    m_add->setObjectName(name + u"Add"_s);
    m_add->setAutoDefault(false);
    m_list = new QListWidget(this);
    m_list->setObjectName(name + u"List"_s);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setAccessibleName(tr("Recipients"));
    m_remove = new QPushButton(tr("Re&move"), this);
    m_remove->setObjectName(name + u"Remove"_s);
    m_remove->setAutoDefault(false);
    m_message = new FieldMessage(m_input, this);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_input, 0, 0);
    grid->addWidget(m_add, 0, 1);
    grid->addWidget(m_message, 1, 0, 1, 2);
    grid->addWidget(m_list, 2, 0);
    grid->addWidget(m_remove, 2, 1, Qt::AlignTop);

    connect(m_add, &QPushButton::clicked, this, &EmailListEditor::addPending);
    connect(m_input, &QLineEdit::returnPressed, this, &EmailListEditor::addPending);
    connect(m_input, &QLineEdit::textEdited, this, [this] {
        // Live: say what is wrong with a typed address once it looks finished enough to judge.
        const QString text = m_input->text().trimmed();
        if (text.isEmpty() || !text.contains(u'@'))
            m_message->clearError();
        else
            m_message->showResult(AccountRules::checkEmail(text, u"digestRecipients"_s));
        updateButtons();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        qDeleteAll(m_list->selectedItems());
        updateButtons();
        Q_EMIT changed();
    });
    connect(m_list, &QListWidget::itemSelectionChanged, this, &EmailListEditor::updateButtons);
    updateButtons();
}

void EmailListEditor::setEmails(const QStringList &emails)
{
    m_list->clear();
    m_list->addItems(emails);
    updateButtons();
}

QStringList EmailListEditor::emails() const
{
    QStringList result;
    for (int i = 0; i < m_list->count(); ++i)
        result.append(m_list->item(i)->text());
    return result;
}

QString EmailListEditor::pendingText() const
{
    return m_input->text().trimmed();
}

bool EmailListEditor::addPending()
{
    const QString email = pendingText();
    if (email.isEmpty())
        return true;
    if (!m_message->showResult(AccountRules::checkEmail(email, u"digestRecipients"_s))) {
        m_input->setFocus();
        return false;
    }
    if (!emails().contains(email, Qt::CaseInsensitive))
        m_list->addItem(email);
    m_input->clear();
    updateButtons();
    Q_EMIT changed();
    return true;
}

void EmailListEditor::showError(const QString &message)
{
    m_message->setError(message);
}

void EmailListEditor::updateButtons()
{
    m_add->setEnabled(!pendingText().isEmpty());
    m_remove->setEnabled(!m_list->selectedItems().isEmpty());
}

} // namespace bc
