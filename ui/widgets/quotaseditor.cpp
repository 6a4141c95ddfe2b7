#include "ui/widgets/quotaseditor.h"

#include "core/domain/storagesize.h"
#include "core/rules/accountrules.h"
#include "ui/widgets/fieldmessage.h"
#include "ui/widgets/quotarow.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>

using namespace Qt::StringLiterals;

namespace bc {

namespace {

QString rowLabel(Resource resource)
{
    switch (resource) {
    case Resource::Workstations:
        return QuotasEditor::tr("Physical &workstations:");
    case Resource::Servers:
        return QuotasEditor::tr("Physical ser&vers:");
    case Resource::VirtualMachines:
        return QuotasEditor::tr("&Virtual machines:");
    case Resource::MobileDevices:
        return QuotasEditor::tr("Mo&bile devices:");
    case Resource::M365Mailboxes:
        return QuotasEditor::tr("Microsoft &365 mailboxes:");
    case Resource::Storage:
        return QuotasEditor::tr("Storage &quota:");
    }
    return {};
}

// The amount as it is typed in `locale`: it parses back to exactly the same number.
QString typedAmount(Resource resource, qint64 amount, const QLocale &locale)
{
    return resource == Resource::Storage ? StorageSize::format(amount, locale) : QString::number(amount);
}

} // namespace

QuotasEditor::QuotasEditor(Overages overages, QWidget *parent)
    : QWidget(parent)
    , m_overages(overages)
    , m_grid(new QGridLayout(this))
{
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setColumnStretch(1, 1);
    if (m_overages == Overages::Shown)
        m_grid->setColumnStretch(4, 1);
    int gridRow = 0;
    for (Resource resource : allResources) {
        addRow(resource, gridRow);
        gridRow += 2;
    }
}

void QuotasEditor::addRow(Resource resource, int gridRow)
{
    const QString stem = QuotaRow::objectNameStem(resource);
    const QString name = Quotas::displayName(resource);
    Row &r = row(resource);
    r.label = new QLabel(rowLabel(resource), this);
    r.limit = new QLineEdit(this);
    r.limit->setObjectName(stem + u"Limit"_s);
    r.limit->setAccessibleName(tr("%1 limit").arg(name));
    r.limit->setPlaceholderText(resource == Resource::Storage ? tr("e.g. 500 GB") : tr("e.g. 10"));
    r.label->setBuddy(r.limit);
    r.unlimited = new QCheckBox(tr("Unlimited"), this);
    r.unlimited->setObjectName(stem + u"Unlimited"_s);
    r.unlimited->setAccessibleName(tr("%1 unlimited").arg(name));
    r.limitMessage = new FieldMessage(r.limit, this);
    m_grid->addWidget(r.label, gridRow, 0);
    m_grid->addWidget(r.limit, gridRow, 1);
    m_grid->addWidget(r.unlimited, gridRow, 2);
    m_grid->addWidget(r.limitMessage, gridRow + 1, 1, 1, 2);
    if (m_overages == Overages::Shown) {
        auto *overageLabel = new QLabel(tr("Overage:"), this);
        r.overage = new QLineEdit(this);
        r.overage->setObjectName(stem + u"Overage"_s);
        r.overage->setAccessibleName(tr("%1 overage").arg(name));
        r.overage->setPlaceholderText(resource == Resource::Storage ? tr("0 GB") : tr("0"));
        r.overage->setToolTip(tr("How far usage may pass the limit before backups fail."));
        overageLabel->setBuddy(r.overage);
        r.overageMessage = new FieldMessage(r.overage, this);
        m_grid->addWidget(overageLabel, gridRow, 3);
        m_grid->addWidget(r.overage, gridRow, 4);
        m_grid->addWidget(r.overageMessage, gridRow + 1, 4);
        connect(r.overage, &QLineEdit::textEdited, this, [this, resource] {
            refresh(resource);
            check(resource);
            Q_EMIT edited(resource);
        });
    }
    setUnlimited(resource, true);
    connect(r.unlimited, &QCheckBox::toggled, this, [this, resource](bool unlimited) {
        setUnlimited(resource, unlimited);
        if (!unlimited)
            row(resource).limit->setFocus();
        Q_EMIT edited(resource);
    });
    connect(r.limit, &QLineEdit::textEdited, this, [this, resource] {
        refresh(resource);
        check(resource);
        Q_EMIT edited(resource);
    });
}

void QuotasEditor::setUnlimited(Resource resource, bool unlimited)
{
    Row &r = row(resource);
    {
        const QSignalBlocker blocker(r.unlimited);
        r.unlimited->setChecked(unlimited);
    }
    if (unlimited)
        r.limit->clear();
    r.limit->setEnabled(!unlimited && r.unlimited->isEnabled());
    r.limit->setPlaceholderText(unlimited ? tr("Unlimited")
                                          : (resource == Resource::Storage ? tr("e.g. 500 GB") : tr("e.g. 10")));
    refresh(resource);
}

void QuotasEditor::refresh(Resource resource)
{
    Row &r = row(resource);
    const QLocale here = locale();
    // An overage only means something above a limit: while the quota is unlimited (Unlimited ticked,
    // or no limit typed, as core reads it) the overage waits, greyed and empty.
    if (r.overage) {
        const auto limit = Quotas::parseLimit(resource, r.limit->text(), QString(), here);
        const bool unlimited = r.unlimited->isChecked() || (limit && !limit->has_value());
        const bool enabled = r.offered && !unlimited;
        if (!enabled && r.overage->isEnabled()) {
            r.typedOverage = r.overage->text();
            r.overage->clear();
            r.overageMessage->clearError();
        } else if (enabled && !r.overage->isEnabled() && r.overage->text().isEmpty()) {
            r.overage->setText(r.typedOverage);
        }
        r.overage->setEnabled(enabled);
        r.overage->setToolTip(unlimited ? tr("An overage applies once a limit is set.")
                                        : tr("How far usage may pass the limit before backups fail."));
    }
    // What a storage size was understood as ("= 1.5 TB"), shown while there is no error.
    QString limitHint = r.capHint;
    if (resource == Resource::Storage) {
        const QString understood = StorageSize::understood(r.limit->text(), here);
        if (!understood.isEmpty())
            limitHint = r.capHint.isEmpty() ? understood : tr("%1 · %2").arg(understood, r.capHint);
        if (r.overage)
            r.overageMessage->setHint(StorageSize::understood(r.overage->text(), here));
    }
    r.limitMessage->setHint(limitHint);
}

void QuotasEditor::setQuotas(const Quotas &quotas)
{
    for (Resource resource : allResources) {
        const Quota &quota = quotas[resource];
        Row &r = row(resource);
        if (quota.limit)
            r.limit->setText(typedAmount(resource, *quota.limit, locale()));
        if (r.overage) {
            r.overage->setEnabled(true);
            r.overage->setText(quota.overage == 0 ? QString() : typedAmount(resource, quota.overage, locale()));
            r.typedOverage.clear();
        }
        setUnlimited(resource, quota.isUnlimited());
    }
    clearErrors();
}

bool QuotasEditor::check(Resource resource, Quota *quota)
{
    Row &r = row(resource);
    bool valid = true;
    if (!r.unlimited->isChecked()) {
        const auto limit = Quotas::parseLimit(resource, r.limit->text(), Field::quotaLimit(resource), locale());
        valid = r.limitMessage->showResult(limit) && valid;
        if (limit && quota)
            quota->limit = *limit;
    } else {
        r.limitMessage->clearError();
    }
    if (r.overage) {
        const auto overage = Quotas::parseOverage(resource, r.overage->text(), Field::quotaOverage(resource), locale());
        valid = r.overageMessage->showResult(overage) && valid;
        if (overage && quota)
            quota->overage = *overage;
    }
    return valid;
}

std::optional<Quotas> QuotasEditor::quotas()
{
    Quotas result;
    bool valid = true;
    for (Resource resource : allResources)
        valid = check(resource, &result[resource]) && valid;
    if (!valid)
        return std::nullopt;
    return result;
}

void QuotasEditor::setCaps(const Quotas &caps)
{
    for (Resource resource : allResources) {
        const std::optional<qint64> &cap = caps[resource].limit;
        row(resource).capHint =
            cap ? tr("At most %1 in this group.").arg(Quotas::formatAmount(resource, *cap, locale())) : QString();
        refresh(resource);
    }
}

void QuotasEditor::setResourceOffered(Resource resource, bool offered, const QString &why)
{
    Row &r = row(resource);
    r.offered = offered;
    for (QWidget *widget : {static_cast<QWidget *>(r.label), static_cast<QWidget *>(r.unlimited)})
        widget->setEnabled(offered);
    r.limit->setEnabled(offered && !r.unlimited->isChecked());
    refresh(resource);
    for (QWidget *widget : {static_cast<QWidget *>(r.limit), static_cast<QWidget *>(r.unlimited)})
        widget->setToolTip(offered ? QString() : why);
}

void QuotasEditor::setTrailingWidget(Resource resource, QWidget *widget)
{
    int gridRow = 0;
    for (Resource each : allResources) {
        if (each == resource)
            break;
        gridRow += 2;
    }
    m_grid->addWidget(widget, gridRow, m_overages == Overages::Shown ? 5 : 3);
}

bool QuotasEditor::showError(const Error &error)
{
    for (Resource resource : allResources) {
        Row &r = row(resource);
        if (error.field == Field::quotaLimit(resource)) {
            r.limitMessage->setError(error.message);
            return true;
        }
        if (r.overageMessage && error.field == Field::quotaOverage(resource)) {
            r.overageMessage->setError(error.message);
            return true;
        }
    }
    return false;
}

void QuotasEditor::clearErrors()
{
    for (Resource resource : allResources) {
        row(resource).limitMessage->clearError();
        if (row(resource).overageMessage)
            row(resource).overageMessage->clearError();
    }
}

} // namespace bc
