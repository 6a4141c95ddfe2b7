#pragma once

#include "core/domain/catalog.h"
#include "ui/catalog/catalogitemform.h"

#include <QList>

class QCheckBox;

namespace bc {

// A security group: a name and what its members may do.
class SecurityGroupForm final : public CatalogItemForm
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecurityGroupForm)

public:
    explicit SecurityGroupForm(QWidget *parent = nullptr);

    void setSecurityGroup(const SecurityGroup &securityGroup);
    SecurityGroup securityGroup() const;

private:
    SecurityGroup m_securityGroup;
    QList<QCheckBox *> m_permissions; // in the order of allPermissions
};

} // namespace bc
