#pragma once

#include "core/domain/error.h"

#include <QDialog>

#include <functional>

class QLabel;

namespace bc {

class CatalogItemForm;

// The shell around one item's form: OK asks `save`, which returns core's verdict. A refusal keeps
// the dialog open with everything typed and the reason next to its field (or above the buttons).
class CatalogItemDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogItemDialog)

public:
    using Save = std::function<Result<void>()>;

    CatalogItemDialog(const QString &title, CatalogItemForm *form, QWidget *parent = nullptr);
    void setSave(Save save) { m_save = std::move(save); }
    CatalogItemForm *form() const { return m_form; }

    void accept() override;
    // Asks before throwing away what was typed (DiscardGuard).
    void reject() override;

private:
    CatalogItemForm *m_form;
    QLabel *m_error = nullptr;
    Save m_save;
};

} // namespace bc
