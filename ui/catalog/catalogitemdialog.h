#pragma once

#include "core/domain/error.h"

#include <QDialog>

#include <functional>

class QLabel;
class QPushButton;

namespace bc {

class CatalogItemForm;

// The shell around one item's form: OK asks `save`, which answers core's verdict, now or later (from
// the workspace's worker; OK is off until then). A refusal keeps the dialog open with everything
// typed and the reason next to its field (or above the buttons).
class CatalogItemDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogItemDialog)

public:
    using Answer = std::function<void(const Result<void> &verdict)>;
    using Save = std::function<void(Answer answer)>;

    CatalogItemDialog(const QString &title, CatalogItemForm *form, QWidget *parent = nullptr);
    void setSave(Save save) { m_save = std::move(save); }
    CatalogItemForm *form() const { return m_form; }

    void accept() override;
    // Asks before throwing away what was typed (DiscardGuard).
    void reject() override;

private:
    void saved(const Result<void> &verdict);

    CatalogItemForm *m_form;
    QPushButton *m_ok = nullptr;
    bool m_saving = false;
    QLabel *m_error = nullptr;
    Save m_save;
};

} // namespace bc
