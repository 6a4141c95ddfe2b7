#pragma once

#include "core/domain/catalog.h"
#include "ui/catalog/catalogitemform.h"

class QLineEdit;

namespace bc {

class FieldMessage;

// A storage: where backups go, with the region it is in.
class StorageForm final : public CatalogItemForm
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StorageForm)

public:
    explicit StorageForm(QWidget *parent = nullptr);

    void setStorage(const Storage &storage);
    Storage storage() const;

    bool showError(const Error &error) override;
    void clearErrors() override;

private:
    Storage m_storage;
    QLineEdit *m_region = nullptr;
    FieldMessage *m_regionMessage = nullptr;
};

} // namespace bc
