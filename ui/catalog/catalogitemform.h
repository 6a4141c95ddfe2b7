#pragma once

#include "core/domain/error.h"

#include <QWidget>

class QFormLayout;
class QLineEdit;

namespace bc {

class FieldMessage;

// The form of one profile, storage, subscription or security group: a name (objectName
// "itemName") and, in subclasses, the fields of that kind. Errors from core appear next to the
// field they name. A subscription is just this.
class CatalogItemForm : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogItemForm)

public:
    explicit CatalogItemForm(QWidget *parent = nullptr);
    ~CatalogItemForm() override;

    QString name() const;
    void setName(const QString &name);
    // Shows an error of core next to its field; false when it names no field of the form.
    virtual bool showError(const Error &error);
    virtual void clearErrors();

protected:
    QFormLayout *form() const { return m_form; }

private:
    QFormLayout *m_form = nullptr;
    QLineEdit *m_name = nullptr;
    FieldMessage *m_nameMessage = nullptr;
};

} // namespace bc
