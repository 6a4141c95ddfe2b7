#pragma once

#include "core/domain/error.h"
#include "core/services/authority.h"

#include <functional>

namespace bc {

struct WorkspaceServices;

// Whose permissions the console's jobs ask (Authority) before they act for an operator: enrol or
// reset one's MFA, turn a group's "operators need MFA" switch. The operator signed in to the console
// (ActingOperator on the workspace's worker), or nobody on a database without operators. Runs on the
// workspace's worker.
Result<Authority> authorityFor(WorkspaceServices &services);

// Where a dialog gets its Authority: authorityFor() unless a test acts as a given operator.
using AuthoritySource = std::function<Result<Authority>(WorkspaceServices &)>;

} // namespace bc
