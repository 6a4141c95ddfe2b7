#include "ui/catalog/securitygroupform.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bc {

SecurityGroupForm::SecurityGroupForm(QWidget *parent)
    : CatalogItemForm(parent)
{
    auto *box = new QGroupBox(tr("Members may"), this);
    auto *layout = new QVBoxLayout(box);
    for (Permission permission : allPermissions) {
        auto *check = new QCheckBox(CatalogText::label(permission), box);
        check->setObjectName(u"permission-"_s + toKey(permission));
        layout->addWidget(check);
        m_permissions.append(check);
    }
    form()->addRow(box);
}

void SecurityGroupForm::setSecurityGroup(const SecurityGroup &securityGroup)
{
    m_securityGroup = securityGroup;
    setName(securityGroup.name);
    for (size_t i = 0; i < allPermissions.size(); ++i)
        m_permissions.at(static_cast<qsizetype>(i))->setChecked(securityGroup.permissions.testFlag(allPermissions[i]));
}

SecurityGroup SecurityGroupForm::securityGroup() const
{
    SecurityGroup result = m_securityGroup;
    result.name = name();
    result.permissions = {};
    for (size_t i = 0; i < allPermissions.size(); ++i)
        result.permissions.setFlag(allPermissions[i], m_permissions.at(static_cast<qsizetype>(i))->isChecked());
    return result;
}

} // namespace bc
