#pragma once

#include "ui/widgets/banners.h"

namespace bc {

class Workspace;

// A strip across the top of the main window while the database server does not answer: what
// happened, that the console keeps trying, and that nothing typed is lost. Everything that needs no
// database stays usable meanwhile. It goes away when the server answers again.
class ConnectionBanner final : public Banner
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionBanner)

public:
    explicit ConnectionBanner(Workspace &workspace, QWidget *parent = nullptr);

    void setReachable(bool reachable, const QString &problem);

Q_SIGNALS:
    // The server answers again after it did not.
    void reconnected();
};

} // namespace bc
