#include "ui/mainwindow/gettingstartedpanel.h"

#include "core/platform/logging.h"

#include "core/domain/accountquery.h"
#include "core/services/accountservice.h"
#include "core/services/activationservice.h"
#include "core/services/catalogservice.h"
#include "core/services/groupservice.h"

#include <QAction>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bc {

GettingStartedPanel::GettingStartedPanel(GroupService &groups, AccountService &accounts, CatalogService &catalog,
                                         QWidget *parent)
    : QFrame(parent)
    , m_groups(groups)
    , m_accounts(accounts)
    , m_catalog(catalog)
{
    setObjectName(u"gettingStarted"_s);
    setFrameShape(QFrame::StyledPanel);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    auto *heading = new QLabel(tr("Getting started"), this);
    heading->setObjectName(u"gettingStartedHeading"_s);
    QFont bold = heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    heading->setFont(bold);
    auto *intro = new QLabel(tr("A few steps before the first accounts; each opens the dialog that does it."), this);
    intro->setWordWrap(true);

    const struct
    {
        QString text;
        QString button;
        QString name;
    } steps[stepCount] = {
        {tr("Add your first customer organization below your top group."), tr("Add a &customer…"),
         u"gettingStartedCustomer"_s},
        {tr("Add a storage: where the accounts' backups go."), tr("Add a &storage…"), u"gettingStartedStorage"_s},
        {tr("Add a profile: the quotas and settings new accounts start with."), tr("Add a &profile…"),
         u"gettingStartedProfile"_s},
        {tr("Set up email, so that new accounts receive their activation links."), tr("Set up e&mail…"),
         u"gettingStartedEmail"_s},
    };
    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    for (int i = 0; i < stepCount; ++i) {
        Row &row = m_rows.at(static_cast<std::size_t>(i));
        row.mark = new QLabel(this);
        row.mark->setObjectName(steps[i].name + u"Mark"_s);
        row.mark->setAlignment(Qt::AlignCenter);
        row.mark->setMinimumWidth(fontMetrics().horizontalAdvance(u"✓"_s) * 2);
        row.text = new QLabel(steps[i].text, this);
        row.text->setWordWrap(true);
        row.button = new QPushButton(steps[i].button, this);
        row.button->setObjectName(steps[i].name);
        row.button->setEnabled(false);
        row.text->setBuddy(row.button);
        grid->addWidget(row.mark, i, 0);
        grid->addWidget(row.text, i, 1);
        grid->addWidget(row.button, i, 2);
        connect(row.button, &QPushButton::clicked, this, [this, i] {
            if (QAction *action = m_rows.at(static_cast<std::size_t>(i)).action; action && action->isEnabled())
                action->trigger();
            scheduleRefresh();
        });
        setDone(static_cast<Step>(i), false);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addLayout(grid);

    // What changes a step: refreshed once the event loop runs, however many signals came.
    connect(&groups, &GroupService::groupAdded, this, &GettingStartedPanel::scheduleRefresh);
    connect(&groups, &GroupService::groupRemoved, this, &GettingStartedPanel::scheduleRefresh);
    connect(&accounts, &AccountService::accountAdded, this, &GettingStartedPanel::scheduleRefresh);
    connect(&accounts, &AccountService::accountRemoved, this, &GettingStartedPanel::scheduleRefresh);
    connect(&accounts, &AccountService::accountsRemoved, this, &GettingStartedPanel::scheduleRefresh);
    connect(&catalog, &CatalogService::catalogChanged, this, &GettingStartedPanel::scheduleRefresh);
}

void GettingStartedPanel::setAction(Step step, QAction *action)
{
    Row &row = m_rows.at(static_cast<std::size_t>(step));
    row.action = action;
    row.button->setEnabled(action && action->isEnabled());
    if (action) {
        connect(action, &QAction::enabledChanged, row.button,
                [button = row.button](bool enabled) { button->setEnabled(enabled); });
    }
}

void GettingStartedPanel::setActivationService(ActivationService *activation)
{
    m_activation = activation;
}

bool GettingStartedPanel::isDone(Step step) const
{
    return m_rows.at(static_cast<std::size_t>(step)).done;
}

void GettingStartedPanel::setDone(Step step, bool done)
{
    Row &row = m_rows.at(static_cast<std::size_t>(step));
    row.done = done;
    row.mark->setText(done ? u"✓"_s : u"•"_s);
    row.mark->setAccessibleName(done ? tr("Done") : tr("To do"));
    row.button->setVisible(!done);
    row.text->setEnabled(!done);
}

void GettingStartedPanel::scheduleRefresh()
{
    if (std::exchange(m_refreshPending, true))
        return;
    QTimer::singleShot(0, this, [this] {
        m_refreshPending = false;
        refresh();
    });
}

void GettingStartedPanel::refresh()
{
    // Once there were customers and accounts the database is past its first steps: no more queries.
    if (m_finished)
        return;
    auto root = m_groups.root();
    if (!root || !*root) {
        hide();
        return;
    }
    const Group &top = **root;
    const bool customers = top.childCount > 0;
    AccountQuery everyAccount;
    auto firstAccount = m_accounts.page(everyAccount, 0, 1);
    const bool accounts = firstAccount && !firstAccount->isEmpty();
    auto storages = m_catalog.storages(top.id);
    auto profiles = m_catalog.profiles(top.id);
    bool email = false;
    if (m_activation) {
        if (auto settings = m_activation->smtpSettings())
            email = settings->isConfigured();
    }
    if (!firstAccount || !storages || !profiles)
        qCWarning(lcUi) << "getting started: the database could not be read";
    setDone(Step::Customer, customers);
    setDone(Step::Storage, storages && !storages->isEmpty());
    setDone(Step::Profile, profiles && !profiles->isEmpty());
    setDone(Step::Email, email);
    m_finished = customers && accounts;
    setVisible(!m_finished);
}

void GettingStartedPanel::showEvent(QShowEvent *event)
{
    QFrame::showEvent(event);
    // Dialogs such as Email settings say nothing when they save: look again when the window is
    // active again after them.
    if (!m_watchingWindow && window() != this) {
        window()->installEventFilter(this);
        m_watchingWindow = true;
    }
}

bool GettingStartedPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::WindowActivate && watched == window())
        scheduleRefresh();
    return QFrame::eventFilter(watched, event);
}

} // namespace bc
