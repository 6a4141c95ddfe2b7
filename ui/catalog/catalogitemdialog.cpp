#include "ui/catalog/catalogitemdialog.h"

#include "ui/catalog/catalogitemform.h"
#include "ui/widgets/discardguard.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bc {

CatalogItemDialog::CatalogItemDialog(const QString &title, CatalogItemForm *form, QWidget *parent)
    : QDialog(parent)
    , m_form(form)
{
    setObjectName(u"catalogItemDialog"_s);
    new DiscardGuard(this);
    setWindowTitle(title);
    m_form->setParent(this);
    m_error = new QLabel(this);
    m_error->setObjectName(u"itemError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #c62828;"_s);
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &CatalogItemDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CatalogItemDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addStretch();
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void CatalogItemDialog::accept()
{
    m_form->clearErrors();
    m_error->hide();
    if (!m_save || m_saving)
        return;
    m_saving = true;
    m_ok->setEnabled(false);
    m_save([this](const Result<void> &verdict) { saved(verdict); });
}

void CatalogItemDialog::saved(const Result<void> &verdict)
{
    m_saving = false;
    m_ok->setEnabled(true);
    if (!verdict) {
        // An empty message: the form has already said what is wrong.
        if (!verdict.error().message.isEmpty() && !m_form->showError(verdict.error())) {
            m_error->setText(verdict.error().message);
            m_error->show();
        }
        return;
    }
    QDialog::accept();
}

void CatalogItemDialog::reject()
{
    if (DiscardGuard::mayDiscard(this))
        QDialog::reject();
}

} // namespace bc
