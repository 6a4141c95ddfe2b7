#include "ui/operators/actingauthority.h"

#include "core/services/authority.h"
#include "core/services/workspace.h"

namespace bc {

Result<Authority> authorityFor(WorkspaceServices &services)
{
    // MERGE NOTE (i16-signin): the signed-in operator goes here; see the header.
    return Authority::withoutSignIn(services.database);
}

} // namespace bc
