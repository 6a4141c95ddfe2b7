#pragma once

#include "core/domain/savedfilter.h"

#include <QDialog>

class QLineEdit;

namespace bc {

class FieldMessage;

// Asks for the name a filter is saved under. A name that is empty or too long is refused next to
// the field (SavedFilters::checkName); a name that exists already is replaced only when the person
// says so.
class SavedFilterNameDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SavedFilterNameDialog)

public:
    SavedFilterNameDialog(SavedFilters existing, QWidget *parent = nullptr);

    // The name as it is kept (trimmed), once accepted.
    QString name() const { return m_accepted; }

    void accept() override;

private:
    void updateHint();

    SavedFilters m_existing;
    QLineEdit *m_name = nullptr;
    FieldMessage *m_message = nullptr;
    QString m_accepted;
};

} // namespace bc
