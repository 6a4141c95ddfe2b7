#pragma once

namespace bc {

// Gives every executable the same organization and application name, so that the console,
// the CLI and the server find the same default database (QStandardPaths) and settings.
// Call it before the QCoreApplication is constructed.
void setApplicationIdentity();

} // namespace bc
