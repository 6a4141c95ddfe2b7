#pragma once

#include "account.h"

#include <QWizardPage>

#include <memory>

namespace Ui {
class AccountOptionsPage;
}

namespace bc {

// Page 3: backup locations, notification level (with what each level sends), business notifications.
class AccountOptionsPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountOptionsPage)

public:
    explicit AccountOptionsPage(QWidget *parent = nullptr);
    ~AccountOptionsPage() override;

    void applyTo(AccountDraft &draft) const;
    void cleanupPage() override;

private:
    void describeLevel();

    std::unique_ptr<Ui::AccountOptionsPage> m_ui;
};

} // namespace bc
