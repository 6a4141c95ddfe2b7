#include "ui/accounts/savedfilternamedialog.h"

#include "ui/widgets/fieldmessage.h"
#include "ui/widgets/questionbox.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::StringLiterals;

namespace bc {

SavedFilterNameDialog::SavedFilterNameDialog(SavedFilters existing, QWidget *parent)
    : QDialog(parent)
    , m_existing(std::move(existing))
{
    setObjectName(u"savedFilterNameDialog"_s);
    setWindowTitle(tr("Save Filter"));
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("&Name of the filter:"), this);
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"savedFilterName"_s);
    m_name->setMaxLength(int(SavedFilters::maxNameLength) + 20); // room to see it is too long
    m_name->setMinimumWidth(320);
    label->setBuddy(m_name);
    m_message = new FieldMessage(m_name, this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(label);
    layout->addWidget(m_name);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SavedFilterNameDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SavedFilterNameDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, [this] {
        m_message->clearError();
        updateHint();
    });
    updateHint();
}

void SavedFilterNameDialog::updateHint()
{
    const auto existing = m_existing.find(m_name->text());
    m_message->setHint(existing ? tr("A saved filter has this name: saving replaces it.") : QString());
}

void SavedFilterNameDialog::accept()
{
    const auto name = SavedFilters::checkName(m_name->text());
    if (!m_message->showResult(name)) {
        m_name->setFocus();
        return;
    }
    if (const auto existing = m_existing.find(*name)) {
        const bool replace =
            QuestionBox {
                .objectName = u"replaceSavedFilterQuestion"_s,
                .title = tr("Save Filter"),
                .text = tr("A saved filter named \"%1\" exists already. Replace it?").arg(existing->name),
                .informativeText = {},
                .act = {tr("&Replace"), u"replaceSavedFilter"_s},
                .actRole = QMessageBox::AcceptRole,
                .keep = {tr("&Choose Another Name"), u"keepSavedFilter"_s},
            }
                .ask(this);
        if (!replace) {
            m_name->setFocus();
            m_name->selectAll();
            return;
        }
    }
    m_accepted = *name;
    QDialog::accept();
}

} // namespace bc
