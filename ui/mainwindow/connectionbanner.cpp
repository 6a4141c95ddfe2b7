#include "ui/mainwindow/connectionbanner.h"

#include "core/services/workspace.h"

#include <QLabel>

using namespace Qt::StringLiterals;

namespace bc {

ConnectionBanner::ConnectionBanner(Workspace &workspace, QWidget *parent)
    : Banner(u"connectionBanner"_s, QStyle::SP_MessageBoxWarning, parent)
{
    text()->setObjectName(u"connectionBannerText"_s);
    text()->setTextInteractionFlags(Qt::TextSelectableByMouse);
    hide();
    connect(&workspace, &Workspace::reachabilityChanged, this, &ConnectionBanner::setReachable);
}

void ConnectionBanner::setReachable(bool reachable, const QString &problem)
{
    if (reachable) {
        const bool wasShown = !isHidden();
        hide();
        if (wasShown)
            Q_EMIT reconnected();
        return;
    }
    text()->setText(tr("The database server does not answer. %1\nThe console keeps trying in the background; what "
                       "you have typed stays in its window, and everything that needs no database still works.")
                        .arg(problem));
    show();
}

} // namespace bc
