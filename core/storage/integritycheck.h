#pragma once

#include "core/domain/error.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <chrono>

namespace bc {

// Whether a SQLite file is intact, read through a read-only connection of its own, so that
// checking a file never changes it. SQLite's own checks: PRAGMA quick_check (every page and row
// readable, in order; no index compared with its table) or PRAGMA integrity_check (everything).
class IntegrityCheck final
{
    Q_DECLARE_TR_FUNCTIONS(bc::IntegrityCheck)

public:
    enum class Depth
    {
        Quick, // quick_check: what Database::open runs
        Full, // integrity_check: `backup-console-cli database check --full`
    };

    struct Outcome
    {
        bool damaged = false;
        // False when the budget ran out before the check was done (what it read was intact).
        bool complete = true;
        // The file is no SQLite database at all (its first page is not one's).
        bool notADatabase = false;
        // SQLite's findings, in its own words: for the log and for experts, not for the user.
        QStringList findings;
    };

    // Checks the file at `path` (0 ms budget: no limit). An error when it cannot be read at all;
    // a file that is not a SQLite database counts as damaged.
    static Result<Outcome> checkFile(const QString &path, Depth depth, std::chrono::milliseconds budget);

    // What Database::open runs before it opens an existing SQLite file: a quick check, stopped after
    // openBudget on very big files (a million accounts, 780 MB, take 2.5 s of CPU, 3 to 9 s on a busy
    // 2-core machine), which are then opened as far as checked: every CLI command opens the file, and
    // one second is what a script may pay for it; `database check` checks all of it. A file found intact is not checked
    // again by this process while its size and time stamp stay (the workers' connections open the same file).
    static Result<void> beforeOpening(const QString &path);
    static constexpr std::chrono::milliseconds openBudget {1000};

    // What a person is told about a damaged file: what happened, and what to do.
    static Error damaged(const QString &path);
};

} // namespace bc
