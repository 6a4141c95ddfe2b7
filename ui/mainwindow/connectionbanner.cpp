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
    // Core's message says what is away and that nothing typed is lost; the banner adds what goes on.
    text()->setText(tr("%1\nThe console keeps trying in the background; everything that needs no database "
                       "still works.")
                        .arg(problem));
    show();
}

} // namespace bc
