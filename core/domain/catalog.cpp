#include "core/domain/catalog.h"

using namespace Qt::StringLiterals;

namespace bc {

QString CatalogText::label(Service service)
{
    switch (service) {
    case Service::Workstations:
        return tr("Physical workstations");
    case Service::Servers:
        return tr("Physical servers");
    case Service::VirtualMachines:
        return tr("Virtual machines");
    case Service::MobileDevices:
        return tr("Mobile devices");
    case Service::M365Mailboxes:
        return tr("Microsoft 365 mailboxes");
    case Service::M365OneDrive:
        return tr("Microsoft 365 OneDrive");
    case Service::M365SharePoint:
        return tr("Microsoft 365 SharePoint");
    case Service::M365Teams:
        return tr("Microsoft 365 Teams");
    }
    return {};
}

QString CatalogText::label(Permission permission)
{
    switch (permission) {
    case Permission::CreateAccounts:
        return tr("Create accounts");
    case Permission::EditAccounts:
        return tr("Edit accounts");
    case Permission::DeleteAccounts:
        return tr("Delete accounts");
    case Permission::ManageGroups:
        return tr("Manage groups and their settings");
    case Permission::ViewAuditLog:
        return tr("View the audit log");
    case Permission::ManageSettings:
        return tr("Manage profiles, storages, subscriptions and security groups");
    case Permission::ManageOperators:
        return tr("Manage operators");
    }
    return {};
}

QString CatalogText::labels(Permissions permissions)
{
    QStringList names;
    for (Permission permission : allPermissions) {
        if (permissions.testFlag(permission))
            names.append(label(permission));
    }
    return names.join(u", "_s);
}

std::optional<Service> CatalogText::serviceFor(Resource resource)
{
    switch (resource) {
    case Resource::Workstations:
        return Service::Workstations;
    case Resource::Servers:
        return Service::Servers;
    case Resource::VirtualMachines:
        return Service::VirtualMachines;
    case Resource::MobileDevices:
        return Service::MobileDevices;
    case Resource::M365Mailboxes:
        return Service::M365Mailboxes;
    case Resource::Storage:
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace bc
