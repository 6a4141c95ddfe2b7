#pragma once

#include "ui/widgets/banners.h"

class QAction;
class QPushButton;

namespace bc {

class MailController;

// A strip across the top of the main window while no mail server is set up: activation emails
// wait in the outbox until then. Its "Set up email…" button runs the Email settings action; it
// goes away once mail is set up.
class MailSetupBanner final : public Banner
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MailSetupBanner)

public:
    MailSetupBanner(MailController &mail, QAction *setUp, QWidget *parent = nullptr);

private:
    QPushButton *m_button = nullptr;
};

} // namespace bc
