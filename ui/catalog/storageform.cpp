#include "ui/catalog/storageform.h"

#include "core/rules/accountrules.h"
#include "ui/widgets/fieldmessage.h"
#include "ui/widgets/formfield.h"

#include <QFormLayout>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace bc {

namespace {
const QString regionField = u"region"_s;
}

StorageForm::StorageForm(QWidget *parent)
    : CatalogItemForm(parent)
{
    m_region = new QLineEdit(this);
    m_region->setObjectName(regionField);
    m_region->setMaxLength(AccountRules::maxNameLength);
    m_region->setPlaceholderText(tr("e.g. EU West (Frankfurt)"));
    m_regionMessage = addFieldRow(form(), tr("&Region:"), m_region);
    connect(m_region, &QLineEdit::textEdited, this,
            [this](const QString &text) { m_regionMessage->showResult(AccountRules::checkName(text, regionField)); });
}

void StorageForm::setStorage(const Storage &storage)
{
    m_storage = storage;
    setName(storage.name);
    m_region->setText(storage.region);
}

Storage StorageForm::storage() const
{
    Storage result = m_storage;
    result.name = name();
    result.region = m_region->text().trimmed();
    return result;
}

bool StorageForm::showError(const Error &error)
{
    if (error.field == regionField) {
        m_regionMessage->setError(error.message);
        return true;
    }
    return CatalogItemForm::showError(error);
}

void StorageForm::clearErrors()
{
    CatalogItemForm::clearErrors();
    m_regionMessage->clearError();
}

} // namespace bc
