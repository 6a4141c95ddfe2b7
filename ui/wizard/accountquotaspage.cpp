#include "ui/wizard/accountquotaspage.h"

#include "core/rules/accountrules.h"
#include "ui/widgets/fieldmessage.h"
#include "ui/widgets/quotarow.h"

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bc {

AccountQuotasPage::AccountQuotasPage(ProfileInheritance &inheritance, QWidget *parent)
    : QWizardPage(parent)
    , m_inheritance(inheritance)
{
    setObjectName(u"quotasPage"_s);
    setTitle(tr("Quotas"));
    setSubTitle(tr("How much this account may back up. Overage is how far usage may pass the limit before "
                   "backups fail. Storage takes sizes such as \"500 GB\", \"1.5 TiB\" or \"750 MiB\"."));
    m_loading = new QLabel(tr("Loading the group's limits…"), this);
    m_loading->setObjectName(u"quotasLoading"_s);
    m_layout = new QVBoxLayout(this);
    m_layout->addWidget(m_loading);
}

void AccountQuotasPage::setLoadingText(const QString &text)
{
    if (m_loading)
        m_loading->setText(text);
}

void AccountQuotasPage::setCatalog(const Catalog &catalog)
{
    if (m_loaded)
        return;
    m_loaded = true;
    m_groupLimits = catalog.limits;
    delete m_loading;
    m_loading = nullptr;
    auto *grid = new QGridLayout;
    grid->setColumnStretch(6, 1);
    grid->setVerticalSpacing(2);
    grid->setColumnMinimumWidth(2, 16);
    int row = 0;
    QStringList switchedOff;
    for (Resource resource : allResources) {
        auto *quotaRow = new QuotaRow(resource, m_groupLimits[resource].limit, m_inheritance, grid, row, this);
        connect(quotaRow, &QuotaRow::edited, this, &AccountQuotasPage::showErrors);
        const std::optional<Service> service = CatalogText::serviceFor(resource);
        if (service && !catalog.services.testFlag(*service)) {
            quotaRow->setVisible(false);
            m_switchedOff.append(resource);
            switchedOff.append(CatalogText::label(*service));
        } else {
            m_rows.append(quotaRow);
            grid->setRowMinimumHeight(row + 1, 6);
        }
        row += 2;
    }
    for (qsizetype i = 1; i < m_rows.size(); ++i)
        setTabOrder(m_rows.at(i - 1)->lastWidget(), m_rows.at(i)->firstWidget());

    if (!switchedOff.isEmpty()) {
        // One line instead of rows that could only hold zero.
        auto *note = new QLabel(
            tr("Not offered: the organization has switched off %1.").arg(QLocale().createSeparatedList(switchedOff)),
            this);
        note->setObjectName(u"servicesOffNote"_s);
        note->setWordWrap(true);
        note->setBuddy(m_rows.isEmpty() ? nullptr : m_rows.first()->firstWidget());
        m_layout->addWidget(note);
    }
    m_layout->addLayout(grid);
    m_layout->addStretch(1);
    showErrors();
}

void AccountQuotasPage::applyTo(AccountDraft &draft) const
{
    draft.quotas = check().quotas;
}

bool AccountQuotasPage::hasField(const QString &field) const
{
    return std::any_of(allResources.cbegin(), allResources.cend(), [&field](Resource resource) {
        return field == Field::quotaLimit(resource) || field == Field::quotaOverage(resource);
    });
}

bool AccountQuotasPage::showError(const Error &error)
{
    for (QuotaRow *row : m_rows) {
        FieldMessage *message = nullptr;
        if (error.field == Field::quotaLimit(row->resource()))
            message = row->limitMessage();
        else if (error.field == Field::quotaOverage(row->resource()))
            message = row->overageMessage();
        if (message) {
            message->setError(error.message);
            message->field()->setFocus();
            Q_EMIT completeChanged();
            return true;
        }
    }
    return false;
}

bool AccountQuotasPage::isComplete() const
{
    return m_loaded && check().errors.isEmpty();
}

bool AccountQuotasPage::validatePage()
{
    showErrors();
    return isComplete();
}

void AccountQuotasPage::cleanupPage()
{
    // Keep what was typed when the person goes back.
}

AccountQuotasPage::Checked AccountQuotasPage::check() const
{
    Checked checked;
    // What core stores for a service that is off: nothing may be backed up.
    for (Resource resource : m_switchedOff)
        checked.quotas[resource] = Quota {0, 0};
    for (const QuotaRow *row : m_rows) {
        const Resource resource = row->resource();
        const QString limitField = Field::quotaLimit(resource);
        const QString overageField = Field::quotaOverage(resource);
        if (auto limit = Quotas::parseLimit(resource, row->limitText(), limitField, row->locale()))
            checked.quotas[resource].limit = *limit;
        else
            checked.errors.insert(limitField, limit.error().message);
        if (auto overage = Quotas::parseOverage(resource, row->overageText(), overageField, row->locale()))
            checked.quotas[resource].overage = *overage;
        else
            checked.errors.insert(overageField, overage.error().message);
    }
    // A value that does not parse keeps its parse error; the group's caps apply to the rest.
    for (const Error &error : AccountRules::checkQuotas(checked.quotas, m_groupLimits)) {
        if (!checked.errors.contains(error.field))
            checked.errors.insert(error.field, error.message);
    }
    return checked;
}

void AccountQuotasPage::showErrors()
{
    const Checked checked = check();
    for (QuotaRow *row : m_rows) {
        row->limitMessage()->setError(checked.errors.value(Field::quotaLimit(row->resource())));
        row->overageMessage()->setError(checked.errors.value(Field::quotaOverage(row->resource())));
    }
    Q_EMIT completeChanged();
}

} // namespace bc
