#include "ui/accounts/accountchangedialog.h"

#include "core/domain/fields.h"
#include "core/services/accountservice.h"
#include "core/services/actingoperator.h"
#include "core/services/catalogservice.h"
#include "core/services/groupservice.h"
#include "core/services/workspace.h"
#include "ui/accounts/bulkactionrunner.h"
#include "ui/widgets/fieldmessage.h"
#include "ui/widgets/formproblem.h"
#include "ui/widgets/quotarow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bc {

namespace {

// A combo box's entry that leaves the field as each account has it.
constexpr qint64 leaveAsIs = -1;

QComboBox *choiceBox(const QString &objectName, const QString &none, const QList<QPair<qint64, QString>> &items,
                     QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(objectName);
    box->addItem(AccountChangeDialog::tr("Leave as it is"), leaveAsIs);
    if (!none.isEmpty())
        box->addItem(none, qint64(0));
    for (const auto &[id, text] : items)
        box->addItem(text, id);
    return box;
}

std::optional<qint64> chosen(const QComboBox *box)
{
    const qint64 id = box->currentData().toLongLong();
    return id == leaveAsIs ? std::nullopt : std::optional(id);
}

template<typename Item> QList<QPair<qint64, QString>> named(const QList<Item> &items)
{
    QList<QPair<qint64, QString>> result;
    for (const Item &item : items)
        result.append({item.id, item.name});
    return result;
}

} // namespace

Result<AccountChangeChoices> AccountChangeDialog::offered(WorkspaceServices &services, qint64 groupId)
{
    AccountChangeChoices choices;
    auto catalog = services.catalog.catalog(groupId);
    if (!catalog)
        return fail(catalog.error());
    choices.catalog = *catalog;
    choices.grantRefusals = services.acting.grantRefusals(catalog->securityGroups);
    auto groups = services.groups.all();
    if (!groups)
        return fail(groups.error());
    // The operator's own group and those below it (all of them when it reaches the top).
    const qint64 scope = services.acting.scope();
    QHash<qint64, qint64> parentOf;
    for (const Group &group : std::as_const(*groups))
        parentOf.insert(group.id, group.parentId);
    QList<qint64> reached;
    for (const Group &group : std::as_const(*groups)) {
        qint64 id = group.id;
        while (scope != 0 && id != 0 && id != scope)
            id = parentOf.value(id);
        if (scope == 0 || id == scope)
            reached.append(group.id);
    }
    auto paths = services.groups.paths(reached);
    if (!paths)
        return fail(paths.error());
    for (qint64 id : std::as_const(reached))
        choices.groups.append({id, paths->value(id)});
    std::sort(choices.groups.begin(), choices.groups.end(),
              [](const auto &a, const auto &b) { return a.path.localeAwareCompare(b.path) < 0; });
    return choices;
}

AccountChangeDialog::AccountChangeDialog(BulkActionRunner &runner, const AccountChangeChoices &choices,
                                         const AccountSelection &selection, qint64 groupId, bool moving,
                                         QWidget *parent)
    : QDialog(parent)
    , m_runner(runner)
    , m_selection(selection)
    , m_groupId(groupId)
{
    setObjectName(u"accountChangeDialog"_s);
    setWindowTitle(moving ? tr("Move accounts") : tr("Change accounts"));
    auto *intro = new QLabel(tr("Change %n account(s). Only what you set here changes; each account keeps the rest.",
                                nullptr, selection.count),
                             this);
    intro->setWordWrap(true);

    QList<QPair<qint64, QString>> groups;
    for (const AccountChangeChoices::GroupChoice &group : choices.groups)
        groups.append({group.id, group.path});
    m_group = choiceBox(u"changeGroup"_s, QString(), groups, this);
    m_group->setToolTip(tr("Move the accounts to this group. Its profiles, storages and limits apply."));
    m_profile = choiceBox(u"changeProfile"_s, tr("No profile"), named(choices.catalog.profiles), this);
    m_storage = choiceBox(u"changeStorage"_s, tr("The group's default storage"), named(choices.catalog.storages), this);

    auto *quotas = new QWidget(this);
    auto *grid = new QGridLayout(quotas);
    grid->setContentsMargins(0, 0, 0, 0);
    int row = 0;
    for (Resource resource : allResources) {
        QuotaFields &fields = m_quotas[static_cast<size_t>(resource)];
        QString stem = QuotaRow::objectNameStem(resource);
        stem = u"change"_s + stem.front().toUpper() + stem.mid(1); // "changeVirtualMachines"
        fields.set = new QCheckBox(Quotas::displayName(resource), quotas);
        fields.set->setObjectName(stem);
        fields.limit = new QLineEdit(quotas);
        fields.limit->setObjectName(stem + u"Limit"_s);
        fields.limit->setPlaceholderText(tr("Unlimited"));
        fields.limit->setAccessibleName(tr("%1 limit").arg(Quotas::displayName(resource)));
        fields.overage = new QLineEdit(quotas);
        fields.overage->setObjectName(stem + u"Overage"_s);
        fields.overage->setPlaceholderText(resource == Resource::Storage ? tr("Overage, 0 GB") : tr("Overage, 0"));
        fields.overage->setAccessibleName(tr("%1 overage").arg(Quotas::displayName(resource)));
        fields.overage->setMinimumWidth(
            fields.overage->fontMetrics().horizontalAdvance(fields.overage->placeholderText() + u"00"_s)
            + 2 * fields.overage->style()->pixelMetric(QStyle::PM_DefaultFrameWidth));
        fields.message = new FieldMessage(fields.limit, quotas);
        for (QLineEdit *edit : {fields.limit, fields.overage}) {
            edit->setEnabled(false);
            connect(fields.set, &QCheckBox::toggled, edit, &QWidget::setEnabled);
            connect(edit, &QLineEdit::textEdited, fields.message, &FieldMessage::clearError);
        }
        connect(fields.set, &QCheckBox::toggled, this, &AccountChangeDialog::updateButton);
        grid->addWidget(fields.set, row, 0);
        grid->addWidget(fields.limit, row, 1);
        grid->addWidget(fields.overage, row, 2);
        grid->addWidget(fields.message, row + 1, 1, 1, 2);
        row += 2;
    }

    m_subscriptions = threeStateList(u"changeSubscriptions"_s, named(choices.catalog.subscriptions));
    m_securityGroups = threeStateList(u"changeSecurityGroups"_s, named(choices.catalog.securityGroups));
    for (int i = 0; i < m_securityGroups->count(); ++i) {
        QListWidgetItem *item = m_securityGroups->item(i);
        if (const QString refusal = choices.grantRefusals.value(item->data(Qt::UserRole).toLongLong());
            !refusal.isEmpty()) {
            // It may not give it; taking it away is another operator's call too.
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
            item->setToolTip(refusal);
        }
    }
    auto *listsHint = new QLabel(
        tr("A ticked box adds it to every account, a cleared box removes it, a partly ticked box leaves each "
           "account as it is."),
        this);
    listsHint->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Group:"), m_group);
    form->addRow(tr("&Profile:"), m_profile);
    form->addRow(tr("S&torage:"), m_storage);
    form->addRow(tr("Quotas:"), quotas);
    form->addRow(tr("&Subscriptions:"), m_subscriptions);
    form->addRow(tr("Securit&y groups:"), m_securityGroups);
    form->addRow(QString(), listsHint);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(u"changeAccountsButton"_s);
    m_ok->setText(moving ? tr("&Move") : tr("&Change"));
    m_error = formProblem(u"changeError"_s, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &AccountChangeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AccountChangeDialog::reject);
    for (QComboBox *box : {m_group, m_profile, m_storage})
        connect(box, &QComboBox::currentIndexChanged, this, &AccountChangeDialog::updateButton);
    for (QListWidget *list : {m_subscriptions, m_securityGroups})
        connect(list, &QListWidget::itemChanged, this, &AccountChangeDialog::updateButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    (moving ? static_cast<QWidget *>(m_group) : m_profile)->setFocus();
    updateButton();
}

QListWidget *AccountChangeDialog::threeStateList(const QString &objectName, const QList<QPair<qint64, QString>> &items)
{
    auto *list = new QListWidget(this);
    list->setObjectName(objectName);
    for (const auto &[id, name] : items) {
        auto *item = new QListWidgetItem(name, list);
        item->setData(Qt::UserRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemIsUserTristate);
        item->setCheckState(Qt::PartiallyChecked);
    }
    if (items.isEmpty())
        (new QListWidgetItem(tr("None in this group"), list))->setFlags(Qt::NoItemFlags);
    list->setMaximumHeight(list->sizeHintForRow(0) * std::clamp(list->count(), 2, 5) + 2 * list->frameWidth());
    return list;
}

std::optional<AccountChange> AccountChangeDialog::change()
{
    AccountChange change;
    change.groupId = chosen(m_group);
    change.profileId = chosen(m_profile);
    change.storageId = chosen(m_storage);
    bool readable = true;
    for (Resource resource : allResources) {
        QuotaFields &fields = m_quotas[static_cast<size_t>(resource)];
        if (!fields.set->isChecked())
            continue;
        // Core reads what was typed, in the window's locale, as the quotas page does.
        auto limit = Quotas::parseLimit(resource, fields.limit->text(), Field::quotaLimit(resource), locale());
        auto overage = Quotas::parseOverage(resource, fields.overage->text(), Field::quotaOverage(resource), locale());
        if (!limit || !overage) {
            fields.message->setError(!limit ? limit.error().message : overage.error().message);
            if (readable)
                (!limit ? fields.limit : fields.overage)->setFocus();
            readable = false;
            continue;
        }
        change.setQuota(resource, Quota {*limit, *overage});
    }
    for (const auto &[list, added, removed] :
         {std::tuple {m_subscriptions, &change.addSubscriptions, &change.removeSubscriptions},
          std::tuple {m_securityGroups, &change.addSecurityGroups, &change.removeSecurityGroups}}) {
        for (int i = 0; i < list->count(); ++i) {
            const QListWidgetItem *item = list->item(i);
            const qint64 id = item->data(Qt::UserRole).toLongLong();
            if (!item->flags().testFlag(Qt::ItemIsUserCheckable))
                continue;
            if (item->checkState() == Qt::Checked)
                added->append(id);
            else if (item->checkState() == Qt::Unchecked)
                removed->append(id);
        }
    }
    if (!readable)
        return std::nullopt;
    return change;
}

void AccountChangeDialog::updateButton()
{
    const auto set = [](const QComboBox *box) {
        return chosen(box).has_value();
    };
    bool any = set(m_group) || set(m_profile) || set(m_storage)
        || std::any_of(m_quotas.cbegin(), m_quotas.cend(), [](const QuotaFields &f) { return f.set->isChecked(); });
    for (QListWidget *list : {m_subscriptions, m_securityGroups}) {
        for (int i = 0; i < list->count(); ++i) {
            const QListWidgetItem *item = list->item(i);
            any =
                any || (item->flags().testFlag(Qt::ItemIsUserCheckable) && item->checkState() != Qt::PartiallyChecked);
        }
    }
    m_ok->setEnabled(any && !m_runner.isRunning() && !m_selection.isEmpty());
}

void AccountChangeDialog::accept()
{
    if (m_runner.isRunning())
        return;
    const std::optional<AccountChange> wanted = change();
    if (!wanted || wanted->isEmpty())
        return;
    m_error->hide();
    const AccountChange change = *wanted;
    const auto job = [change, groupId = m_groupId](WorkspaceServices &services, const QList<qint64> &ids,
                                                   const BulkProgress &progress) {
        if (auto refused = services.acting.refusesBulk(Permission::EditAccounts, groupId, ids.size()))
            return *refused;
        // A move needs the same permission where the accounts go; a security group given, that
        // the operator has what it grants.
        if (change.groupId) {
            if (auto refused = services.acting.refusesBulk(Permission::EditAccounts, *change.groupId, ids.size()))
                return *refused;
        }
        if (!change.addSecurityGroups.isEmpty()) {
            AccountDraft granted;
            granted.securityGroupIds = change.addSecurityGroups;
            if (auto allowed = services.acting.mayGrant(granted); !allowed) {
                BulkOutcome outcome;
                outcome.total = static_cast<int>(ids.size());
                outcome.stoppedBy = allowed.error();
                return outcome;
            }
        }
        BulkOutcome outcome = services.accounts.changeAll(ids, change, progress);
        BulkActionRunner::nameFirstRefusal(services, outcome);
        return outcome;
    };
    const QPointer<AccountChangeDialog> self(this);
    const bool started = m_runner.run(change.groupId ? tr("Moving accounts…") : tr("Changing accounts…"), m_selection,
                                      job, [self](const BulkOutcome &outcome) {
                                          if (self)
                                              self->finishRun(outcome);
                                      });
    if (started)
        m_ok->setEnabled(false);
}

void AccountChangeDialog::finishRun(const BulkOutcome &outcome)
{
    Q_EMIT changed(static_cast<int>(outcome.changed.size()));
    m_selection.leave(outcome.changed + outcome.unchanged);
    updateButton();
    if (m_selection.isEmpty() || outcome.isComplete()) {
        QDialog::accept();
        return;
    }
    QStringList problems = BulkActionRunner::problems(outcome, 3);
    if (const QString stopped = BulkActionRunner::interruption(outcome); !stopped.isEmpty() && !outcome.stoppedBy)
        problems.prepend(stopped);
    m_error->setText(problems.join(u'\n'));
    m_error->show();
}

} // namespace bc
