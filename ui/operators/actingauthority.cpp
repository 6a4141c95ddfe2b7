#include "ui/operators/actingauthority.h"

#include "core/services/actingoperator.h"
#include "core/services/authority.h"
#include "core/services/workspace.h"

namespace bc {

Result<Authority> authorityFor(WorkspaceServices &services)
{
    return services.acting.authority();
}

} // namespace bc
