#pragma once
// What bench_account_list.cpp and its operators' mode (benchoperators.cpp) share: the operations
// of the console's list and one timed run of them (measureProject).

#include "core/domain/error.h"
#include "core/storage/database.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace bc {
class AccountService;
} // namespace bc

// The operations measured, in the order they run and are printed.
enum Operation
{
    FirstPage,
    PrefixSearch,
    SubstringSearch,
    Resort,
    Jump,
    JumpAfterSort,
    Memory,
    AddAccount,
    Stall,
    TreeOpen, // the group tree shown, its top group open (measureGroupTree)
    TreeExpand, // a customer opened in it
    OperationCount
};

struct Scenario
{
    qint64 rootId = 0; // the group clicked, listed with its subgroups
    qint64 addGroupId = 0; // the group listed before, where an account is added
    int accountCount = 0;
    QString prefix;
    QString substring;
    int jumpRow = 0;
    bool addAccount = true;
};

inline constexpr int visibleRows = 40;

double median(QList<double> values);

// What a person types in the list of `rootId` with its subgroups, and where it jumps to: the start
// of some login, a piece from the middle of another, 70 % down the list.
bc::Result<Scenario> scenarioOf(bc::AccountService &accounts, qint64 rootId, qint64 addGroupId);

// This project: the console's model in a table view of a realistic size. One value per operation.
QList<double> measureProject(bc::AccountService &accounts, const Scenario &scenario, QTextStream &log);

// --operators: the list as the owner (no policies) and as an organization's and the top group's
// operator (their own database roles), in one run. Returns main's exit status.
int measureOperators(bc::Database &owner, const QList<qint64> &groupIds, int repeat, QTextStream &out,
                     QTextStream &err);

struct TreeFigures
{
    double openMs = 0;
    double expandMs = 0;
    int topChildren = 0;
};

// The main window's group tree on a workspace of its own (worker, connection): how long until it
// shows the top group open with its children, and until `customerId`'s children show once it is
// opened.
bc::Result<TreeFigures> measureGroupTree(const bc::DatabaseAddress &address, const bc::Database::OpenOptions &options,
                                         qint64 customerId);

// --all-backends: this program run once per backend, each in a process of its own (a temporary
// SQLite file, then throwaway PostgreSQL and MariaDB servers: --server) with `arguments` and
// --json; their figures side by side, or (`json`) one object with a member per backend. Returns
// main's exit status.
int runAllBackends(const QStringList &arguments, bool json, QTextStream &out, QTextStream &err);
