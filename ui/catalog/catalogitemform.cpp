#include "ui/catalog/catalogitemform.h"

#include "core/rules/accountrules.h"
#include "ui/widgets/fieldmessage.h"
#include "ui/widgets/formfield.h"

#include <QFormLayout>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace bc {

CatalogItemForm::CatalogItemForm(QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout(this))
{
    m_form->setContentsMargins(0, 0, 0, 0);
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"itemName"_s);
    m_name->setMaxLength(AccountRules::maxNameLength);
    m_name->setMinimumWidth(280);
    m_nameMessage = addFieldRow(m_form, tr("&Name:"), m_name);
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &text) {
        // The same check core makes on save, as the name is typed; an empty field says nothing yet.
        if (text.trimmed().isEmpty())
            m_nameMessage->clearError();
        else
            m_nameMessage->showResult(AccountRules::checkName(text.trimmed(), Field::groupName));
    });
}

CatalogItemForm::~CatalogItemForm() = default;

QString CatalogItemForm::name() const
{
    return m_name->text();
}

void CatalogItemForm::setName(const QString &name)
{
    m_name->setText(name);
}

bool CatalogItemForm::showError(const Error &error)
{
    if (error.field != Field::groupName)
        return false;
    m_nameMessage->setError(error.message);
    m_name->setFocus();
    return true;
}

void CatalogItemForm::clearErrors()
{
    m_nameMessage->clearError();
}

} // namespace bc
