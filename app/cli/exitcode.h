#pragma once

namespace bc::cli {

// The exit statuses scripts rely on.
enum class ExitCode
{
    Success = 0, // done
    Rejected = 1, // the input broke a rule; the message names the field
    Usage = 2, // unknown command or option, missing argument
    DatabaseProblem = 3, // the database could not be opened, read or written
    NotAllowed = 4, // not signed in, or the operator may not do this; the message names what is missing
};

} // namespace bc::cli
