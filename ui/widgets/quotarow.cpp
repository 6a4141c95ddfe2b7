#include "ui/widgets/quotarow.h"

#include "core/domain/storagesize.h"
#include "core/rules/profilerules.h"
#include "ui/widgets/fieldmessage.h"
#include "ui/widgets/profileinheritance.h"
#include "ui/widgets/profilevalueindicator.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>

using namespace Qt::StringLiterals;

namespace bc {

namespace {

// The row's label, with a mnemonic that no other label or wizard button of the page uses.
QString labelText(Resource resource)
{
    switch (resource) {
    case Resource::Workstations:
        return QuotaRow::tr("Physical &workstations:");
    case Resource::Servers:
        return QuotaRow::tr("Physical &servers:");
    case Resource::VirtualMachines:
        return QuotaRow::tr("&Virtual machines:");
    case Resource::MobileDevices:
        return QuotaRow::tr("&Mobile devices:");
    case Resource::M365Mailboxes:
        return QuotaRow::tr("Microsoft &365 mailboxes:");
    case Resource::Storage:
        return QuotaRow::tr("S&torage quota:");
    }
    Q_UNREACHABLE();
    return {};
}

// An amount as it can be typed back in `locale`: StorageSize::format reads back exactly.
QString editableAmount(Resource resource, qint64 amount, const QLocale &locale)
{
    return resource == Resource::Storage ? StorageSize::format(amount, locale) : QString::number(amount);
}

QLineEdit *amountEdit(Resource resource, const QString &objectName, QWidget *page)
{
    auto *edit = new QLineEdit(page);
    edit->setObjectName(objectName);
    edit->setMaxLength(64);
    edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(u"0000000000000"_s));
    edit->setPlaceholderText(resource == Resource::Storage ? QuotaRow::tr("e.g. 500 GB") : QuotaRow::tr("e.g. 10"));
    return edit;
}

} // namespace

QuotaRow::QuotaRow(Resource resource, const std::optional<qint64> &cap, ProfileInheritance &inheritance,
                   QGridLayout *grid, int row, QWidget *page)
    : QObject(page)
    , m_resource(resource)
    , m_inheritance(inheritance)
    , m_key(ProfileRules::quotaKey(resource))
{
    const QString stem = objectNameStem(resource);
    const QString name = Quotas::displayName(resource);

    m_label = new QLabel(labelText(resource), page);
    m_label->setObjectName(stem + u"Label"_s);
    m_limit = amountEdit(resource, stem + u"Limit"_s, page);
    m_limit->setAccessibleName(tr("%1 limit").arg(name));
    m_label->setBuddy(m_limit);
    m_unlimited = new QCheckBox(tr("Unlimited"), page);
    m_unlimited->setObjectName(stem + u"Unlimited"_s);
    m_unlimited->setAccessibleName(tr("%1 unlimited").arg(name));
    m_overageLabel = new QLabel(tr("Overage:"), page);
    m_overageLabel->setObjectName(stem + u"OverageLabel"_s);
    m_overage = amountEdit(resource, stem + u"Overage"_s, page);
    m_overage->setPlaceholderText(resource == Resource::Storage ? tr("0 GB") : tr("0"));
    m_overage->setAccessibleName(tr("%1 overage").arg(name));
    m_overage->setToolTip(tr("How far usage may pass the limit before backups fail."));
    m_overageLabel->setBuddy(m_overage);
    m_limitMessage = new FieldMessage(m_limit, page);
    m_overageMessage = new FieldMessage(m_overage, page);
    m_indicator = new ProfileValueIndicator(inheritance, m_key, stem, m_limit, name, page);

    grid->addWidget(m_label, row, 0);
    grid->addWidget(m_limit, row, 1);
    grid->addWidget(m_unlimited, row, 2);
    grid->addWidget(m_overageLabel, row, 3);
    grid->addWidget(m_overage, row, 4);
    grid->addWidget(m_limitMessage, row + 1, 1, 1, 2);
    grid->addWidget(m_overageMessage, row + 1, 4, 1, 2);
    grid->addWidget(m_indicator, row, 5);

    if (cap) {
        // A capped resource cannot be unlimited; start at the most the group allows.
        m_limit->setText(editableAmount(resource, *cap, locale()));
        m_unlimited->setEnabled(false);
        m_unlimited->setToolTip(tr("This group caps %1.").arg(name.toLower()));
        m_capHint = tr("At most %1 in this group.").arg(Quotas::formatAmount(resource, *cap, locale()));
    } else {
        m_unlimited->setChecked(true);
        m_limit->setPlaceholderText(tr("Unlimited"));
    }

    refresh();

    connect(m_limit, &QLineEdit::textEdited, this, &QuotaRow::limitEdited);
    connect(m_overage, &QLineEdit::textEdited, this, &QuotaRow::personEdited);
    connect(m_unlimited, &QCheckBox::toggled, this, &QuotaRow::unlimitedToggled);
    connect(&inheritance, &ProfileInheritance::profileChanged, this, &QuotaRow::followProfile);
    connect(&inheritance, &ProfileInheritance::stateChanged, this, [this](const QString &key) {
        if (key == m_key)
            followProfile();
    });
}

QString QuotaRow::objectNameStem(Resource resource)
{
    // "virtual-machines" → "virtualMachines"
    const QStringList parts = toKey(resource).split(u'-');
    QString stem = parts.first();
    for (qsizetype i = 1; i < parts.size(); ++i)
        stem += parts.at(i).left(1).toUpper() + parts.at(i).mid(1);
    return stem;
}

QLocale QuotaRow::locale() const
{
    return m_limit->locale();
}

QString QuotaRow::limitText() const
{
    return m_limit->text();
}

QString QuotaRow::overageText() const
{
    return m_overage->text();
}

QWidget *QuotaRow::firstWidget() const
{
    return m_limit;
}

QWidget *QuotaRow::lastWidget() const
{
    return m_overage;
}

void QuotaRow::setQuota(const Quota &quota)
{
    const QSignalBlocker limitBlocker(m_limit);
    const QSignalBlocker unlimitedBlocker(m_unlimited);
    const QSignalBlocker overageBlocker(m_overage);
    if (quota.limit) {
        m_limit->setText(editableAmount(m_resource, *quota.limit, locale()));
    } else {
        if (!m_limit->text().isEmpty())
            m_typedLimit = m_limit->text();
        m_limit->clear();
    }
    m_unlimited->setChecked(!quota.limit);
    m_overage->setEnabled(true);
    m_overage->setText(quota.overage == 0 ? QString() : editableAmount(m_resource, quota.overage, locale()));
    m_typedOverage.clear();
    refresh();
    Q_EMIT edited();
}

void QuotaRow::setVisible(bool visible)
{
    m_visible = visible;
    for (QWidget *widget :
         {static_cast<QWidget *>(m_label), static_cast<QWidget *>(m_limit), static_cast<QWidget *>(m_unlimited),
          static_cast<QWidget *>(m_overageLabel), static_cast<QWidget *>(m_overage)})
        widget->setVisible(visible);
    if (!visible) {
        m_limitMessage->setVisible(false);
        m_overageMessage->setVisible(false);
        m_indicator->setVisible(false);
    }
}

void QuotaRow::refresh()
{
    // An overage only means something above a limit: while the quota is unlimited (Unlimited
    // ticked, or no limit typed, as core reads it) the overage waits, greyed and empty.
    const Result<std::optional<qint64>> limit = Quotas::parseLimit(m_resource, m_limit->text(), QString(), locale());
    const bool unlimited = limit && !limit->has_value();
    if (unlimited && m_overage->isEnabled()) {
        const QSignalBlocker blocker(m_overage);
        m_typedOverage = m_overage->text();
        m_overage->clear();
        m_overage->setEnabled(false);
        m_overage->setToolTip(tr("An overage applies once a limit is set."));
    } else if (!unlimited && !m_overage->isEnabled()) {
        const QSignalBlocker blocker(m_overage);
        if (m_overage->text().isEmpty())
            m_overage->setText(m_typedOverage);
        m_overage->setEnabled(true);
        m_overage->setToolTip(tr("How far usage may pass the limit before backups fail."));
    }

    // What a storage size was understood as ("= 1.5 TB"), shown while there is no error.
    QString limitHint = m_capHint;
    QString overageHint;
    if (m_resource == Resource::Storage) {
        const QString understood = StorageSize::understood(m_limit->text(), locale());
        if (!understood.isEmpty())
            limitHint = m_capHint.isEmpty() ? understood : tr("%1 · %2").arg(understood, m_capHint);
        overageHint = StorageSize::understood(m_overage->text(), locale());
    }
    m_limitMessage->setHint(limitHint);
    m_overageMessage->setHint(overageHint);
    if (!m_visible) {
        m_limitMessage->setVisible(false);
        m_overageMessage->setVisible(false);
    }
}

void QuotaRow::personEdited()
{
    refresh();
    m_inheritance.setOverridden(m_key, true);
    Q_EMIT edited();
}

void QuotaRow::followProfile()
{
    if (m_inheritance.isInherited(m_key))
        setQuota(m_inheritance.profile()->quotas[m_resource]);
    if (!m_visible)
        m_indicator->setVisible(false);
}

void QuotaRow::unlimitedToggled(bool unlimited)
{
    // The typed value waits while Unlimited is ticked and comes back when it is cleared.
    const QSignalBlocker blocker(m_limit);
    if (unlimited) {
        m_typedLimit = m_limit->text();
        m_limit->clear();
    } else {
        if (m_limit->text().isEmpty())
            m_limit->setText(m_typedLimit);
        if (m_limit->isVisible())
            m_limit->setFocus();
    }
    personEdited();
}

void QuotaRow::limitEdited(const QString &text)
{
    // Typing a value is choosing a limit; emptying the field is choosing none, as core reads it.
    // (A capped resource may show Unlimited from its profile, greyed: typing clears it.)
    if (m_unlimited->isEnabled() || m_unlimited->isChecked()) {
        const QSignalBlocker blocker(m_unlimited);
        m_unlimited->setChecked(text.trimmed().isEmpty() && m_unlimited->isEnabled());
    }
    personEdited();
}

} // namespace bc
