#pragma once

#include "core/domain/error.h"
#include "core/services/authority.h"

#include <functional>

namespace bc {

struct WorkspaceServices;

// Whose permissions the console's jobs ask (Authority) before they act for an operator: enrol or
// reset one's MFA, turn a group's "operators need MFA" switch. Runs on the workspace's worker.
//
// MERGE NOTE: the console does not sign in yet (branch i16-signin builds it). Until then nobody is
// signed in, so this is Authority::withoutSignIn(): every permission while the database has no
// operator, and a refusal ("sign in as one of them") once it has one. When the console signs in,
// point this ONE function at the signed-in operator (Authority::of(services.database, signed-in
// operator)); every caller in ui/ goes through it.
Result<Authority> authorityFor(WorkspaceServices &services);

// Where a dialog gets its Authority: authorityFor() unless a test acts as a given operator.
using AuthoritySource = std::function<Result<Authority>(WorkspaceServices &)>;

} // namespace bc
