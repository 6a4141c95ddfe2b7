#include "ui/mainwindow/gettingstartedpanel.h"

#include "core/platform/logging.h"

#include "core/services/groupservice.h"
#include "core/services/workspace.h"

#include <QAction>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bc {

GettingStartedPanel::GettingStartedPanel(Workspace &workspace, QWidget *parent)
    : QFrame(parent)
    , m_workspace(workspace)
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
    hide(); // until the first answer says whether the database is past its first steps

    // What changes a step: refreshed once the event loop runs, however many signals came.
    connect(&workspace, &Workspace::groupAdded, this, &GettingStartedPanel::scheduleRefresh);
    connect(&workspace, &Workspace::groupRemoved, this, &GettingStartedPanel::scheduleRefresh);
    connect(&workspace, &Workspace::accountAdded, this, &GettingStartedPanel::scheduleRefresh);
    connect(&workspace, &Workspace::accountRemoved, this, &GettingStartedPanel::scheduleRefresh);
    connect(&workspace, &Workspace::accountsRemoved, this, &GettingStartedPanel::scheduleRefresh);
    connect(&workspace, &Workspace::accountsAdded, this, &GettingStartedPanel::scheduleRefresh);
    connect(&workspace, &Workspace::catalogChanged, this, &GettingStartedPanel::scheduleRefresh);
    connect(&workspace, &Workspace::smtpSettingsChanged, this, &GettingStartedPanel::scheduleRefresh);
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
    const auto show = [this](const Result<FirstSteps> &steps) {
        if (m_finished)
            return;
        if (!steps) {
            // A checklist: it stays as it was, and the next refresh asks again.
            qCWarning(lcUi) << "getting started: the database could not be read:" << steps.error().message;
            Q_EMIT refreshed();
            return;
        }
        if (!steps->hasRoot) {
            hide();
            Q_EMIT refreshed();
            return;
        }
        setDone(Step::Customer, steps->customers);
        setDone(Step::Storage, steps->storages);
        setDone(Step::Profile, steps->profiles);
        setDone(Step::Email, steps->email);
        m_finished = steps->customers && steps->accounts;
        setVisible(!m_finished);
        Q_EMIT refreshed();
    };
    // A checklist, not an answer anyone waits for: after what the user asked for.
    m_workspace.call(
        this, [](WorkspaceServices &services) { return services.groups.firstSteps(); }, show,
        Workspace::Priority::Background);
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
