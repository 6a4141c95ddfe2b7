// bench_account_list: the group tree as the main window shows it (GroupTreeModel on a workspace's
// worker, in a GroupTreeView, whose top group starts open), opened and one customer expanded.
#include "benchlist.h"

#include "core/services/workspace.h"
#include "ui/groups/grouptreemodel.h"
#include "ui/groups/grouptreeview.h"

#include <QCoreApplication>
#include <QElapsedTimer>

using namespace Qt::StringLiterals;
using namespace bc;

namespace {

bool waitFor(const std::function<bool()> &done, int timeoutMs = 120000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        if (timer.elapsed() > timeoutMs)
            return false;
    }
    return true;
}

} // namespace

Result<TreeFigures> measureGroupTree(const DatabaseAddress &address, const Database::OpenOptions &options,
                                     qint64 customerId)
{
    // The workspace open (connected, migrated) as in a console that shows its window.
    Workspace workspace(address, options);
    auto opened = workspace.open();
    if (!waitFor([&] { return opened.isFinished(); }) || !opened.result())
        return fail(opened.isFinished() ? opened.result().error()
                                        : Error {Error::Code::Internal, QString(), u"the workspace did not open"_s});
    TreeFigures figures;
    QElapsedTimer timer;
    timer.start();
    GroupTreeModel model(workspace);
    GroupTreeView view(&model);
    view.resize(300, 800);
    view.show();
    const auto topShown = [&] {
        if (model.isLoading() || model.rowCount() == 0)
            return false;
        const QModelIndex top = model.index(0, 0);
        return view.isExpanded(top) && model.rowCount(top) > 0 && !model.isLoading();
    };
    if (!waitFor(topShown))
        return fail(Error::Code::Internal, QString(), u"the group tree did not open"_s);
    figures.openMs = timer.nsecsElapsed() / 1e6;
    figures.topChildren = model.rowCount(model.index(0, 0));

    const QModelIndex customer = model.indexOfGroup(customerId);
    if (!customer.isValid())
        return fail(Error::Code::NotFound, QString(), u"the customer is not in the tree"_s);
    timer.start();
    view.expand(customer);
    const auto unitsShown = [&] {
        const QModelIndex shown = model.indexOfGroup(customerId);
        return !model.isLoading() && model.rowCount(shown) > 0
            && model.index(0, 0, shown).data(GroupTreeModel::GroupIdRole).toLongLong() != 0;
    };
    if (!waitFor(unitsShown))
        return fail(Error::Code::Internal, QString(), u"the customer's units did not show"_s);
    figures.expandMs = timer.nsecsElapsed() / 1e6;
    return figures;
}
