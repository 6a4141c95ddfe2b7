// bench_account_list --operators: what PostgreSQL's row-level security costs the account list
// (issue 16, "Performance"). In one run, the console's own list (AccountListModel, its
// AccountPages worker and AccountListQuery's statements, as measureProject times them) as the
// owner, whom no policy filters, and as an organization's and the top group's operator, each on
// its own database role (Database::OpenOptions::operatorLogin, then OperatorSignIn, as the
// console signs in). Both sides list the same group with its subgroups. See README.
#include "benchlist.h"

#include "core/domain/databaseaddress.h"
#include "core/services/accountservice.h"
#include "core/services/groupservice.h"
#include "core/services/operatorsignin.h"
#include "core/storage/database.h"

#include <QLocale>

#include <array>
#include <memory>

using namespace Qt::StringLiterals;
using namespace bc;

namespace {

const QString operatorPassword = u"Bench-Operator-Password-16"_s;

// The operations compared, in the order they are printed.
const QList<Operation> compared {FirstPage, PrefixSearch, SubstringSearch, Resort, Jump, JumpAfterSort};

// Makes the operator (an administrator with a password: core gives it its database role) unless
// an earlier run on this database did.
Result<void> ensureOperator(AccountService &accounts, qint64 groupId, const QString &login)
{
    auto existing = accounts.findByLogin(login);
    if (!existing)
        return fail(existing.error());
    if (*existing)
        return {};
    AccountDraft draft;
    draft.login = login;
    draft.email = login + u"@example.com"_s;
    draft.firstName = u"Bench"_s;
    draft.lastName = u"Operator"_s;
    draft.phone = u"+41 44 123 45 67"_s;
    draft.address = u"Bahnhofstrasse 1, Zürich"_s;
    draft.administrator = true;
    draft.password = operatorPassword;
    draft.sendActivationEmail = false;
    auto created = accounts.create(groupId, draft, AccountStatus::Active);
    if (!created)
        return fail(created.error());
    return {};
}

// The operator signed in as the console does: a connection on its own role, then the sign-in.
Result<std::unique_ptr<Database>> signIn(const Database &owner, const QString &login)
{
    DatabaseAddress address = owner.address();
    address.user.clear(); // an address without a user: the operator's own role
    Database::OpenOptions options;
    options.operatorLogin = login;
    options.operatorPassword = operatorPassword;
    auto opened = Database::open(address, options);
    if (!opened)
        return fail(opened.error());
    if (!(*opened)->isOperatorRole())
        return fail(Error::Code::NotAllowed, QString(), u"%1 did not connect on its own role"_s.arg(login));
    auto signedIn = OperatorSignIn(**opened).signIn(login, operatorPassword);
    if (!signedIn)
        return fail(signedIn.error());
    return opened;
}

struct Side
{
    QString label;
    QString login;
    Scenario scenario;
    std::unique_ptr<Database> db;
    std::unique_ptr<AccountService> accounts;
    QList<QList<double>> owner {OperationCount};
    QList<QList<double>> role {OperationCount};
};

QString operationName(Operation operation, const Scenario &scenario)
{
    switch (operation) {
    case FirstPage:
        return u"first page (group with subgroups)"_s;
    case PrefixSearch:
        return u"search login prefix \"%1\""_s.arg(scenario.prefix);
    case SubstringSearch:
        return u"search substring \"%1\""_s.arg(scenario.substring);
    case Resort:
        return u"re-sort by name, descending"_s;
    case Jump:
        return u"jump to row %1"_s.arg(QLocale::c().toString(scenario.jumpRow));
    case JumpAfterSort:
        return u"jump there right after a sort"_s;
    default:
        return QString();
    }
}

void report(QTextStream &stream, int run, const QString &who, const QList<double> &figures)
{
    stream << "run " << run << ' ' << who << ':';
    for (Operation operation : compared)
        stream << ' ' << QString::number(figures.at(operation), 'f', 1);
    stream << '\n';
    stream.flush();
}

} // namespace

int measureOperators(Database &owner, const QList<qint64> &groupIds, int repeat, QTextStream &out, QTextStream &err)
{
    if (owner.backend() != DatabaseAddress::Backend::PostgreSql) {
        err << "--operators needs PostgreSQL: the other backends have no operators' roles\n";
        return 2;
    }
    GroupService groups(owner);
    AccountService ownerAccounts(owner);
    auto all = groups.all();
    if (!all) {
        err << all.error().message << '\n';
        return 3;
    }
    // The organization: the first customer below the top group that has units of its own.
    const qint64 rootId = groupIds.first();
    qint64 orgId = 0;
    qint64 unitId = 0;
    int orgGroups = 0;
    for (const Group &customer : *all) {
        if (customer.parentId != rootId)
            continue;
        for (const Group &unit : *all) {
            if (unit.parentId == customer.id) {
                unitId = unitId ? unitId : unit.id;
                ++orgGroups;
            }
        }
        if (unitId) {
            orgId = customer.id;
            break;
        }
    }
    if (!orgId) {
        err << "no organization with units\n";
        return 3;
    }

    std::array<Side, 2> sides;
    sides[0].label = u"organization"_s;
    sides[0].login = u"bench.orgop"_s;
    sides[1].label = u"top group"_s;
    sides[1].login = u"bench.topop"_s;
    const std::array<std::pair<qint64, qint64>, 2> scopes {{{orgId, unitId}, {rootId, orgId}}};
    for (std::size_t i = 0; i < sides.size(); ++i) {
        Side &side = sides[i];
        auto made = ensureOperator(ownerAccounts, scopes[i].first, side.login);
        auto scenario = scenarioOf(ownerAccounts, scopes[i].first, scopes[i].second);
        auto db = made && scenario ? signIn(owner, side.login) : Result<std::unique_ptr<Database>>();
        if (!made || !scenario || !db || !*db) {
            const Error error = !made ? made.error() : !scenario ? scenario.error() : db ? Error() : db.error();
            err << side.login << ": " << error.message << '\n';
            return 3;
        }
        side.scenario = *scenario;
        side.scenario.addAccount = false; // reads only: the database stays as it was
        side.db = std::move(*db);
        side.accounts = std::make_unique<AccountService>(*side.db);
    }

    // Owner and operator in turn, so that whatever else the machine does weighs on both; a first
    // round unrecorded warms the caches and the connections.
    for (int run = 0; run <= repeat; ++run) {
        for (Side &side : sides) {
            const QList<double> asOwner = measureProject(ownerAccounts, side.scenario, err);
            const QList<double> asRole = measureProject(*side.accounts, side.scenario, err);
            report(err, run, side.label + u", owner"_s, asOwner);
            report(err, run, side.label + u", operator's role"_s, asRole);
            if (run == 0)
                continue;
            for (int i = 0; i < OperationCount; ++i) {
                side.owner[i].append(asOwner.at(i));
                side.role[i].append(asRole.at(i));
            }
        }
    }

    out << u"%1 accounts in %2 groups, %3; medians of %4 run(s)\n"_s.arg(sides[1].scenario.accountCount)
               .arg(groupIds.size())
               .arg(owner.displayName())
               .arg(repeat);
    out << u"organization: group %1 and its %2 units, %3 accounts, operator %4; top group: operator %5\n"_s.arg(orgId)
               .arg(orgGroups)
               .arg(sides[0].scenario.accountCount)
               .arg(sides[0].login, sides[1].login);
    out << u"target: the operator's role within 15 % or 10 ms (whichever is larger) of the owner's\n"_s;
    out << u"%1 %2 %3 %4 %5 %6\n"_s.arg(u"operation"_s, -36)
               .arg(u"operator"_s, -13)
               .arg(u"owner"_s, 10)
               .arg(u"operator's role"_s, 16)
               .arg(u"difference"_s, 11)
               .arg(u"within"_s, 7);
    bool allWithin = true;
    for (Operation operation : compared) {
        for (const Side &side : sides) {
            const double asOwner = median(side.owner.at(operation));
            const double asRole = median(side.role.at(operation));
            const bool within = asRole - asOwner <= qMax(asOwner * 0.15, 10.0);
            allWithin = allWithin && within;
            out << u"%1 %2 %3 %4 %5 %6\n"_s.arg(operationName(operation, side.scenario), -36)
                       .arg(side.label, -13)
                       .arg(u"%1 ms"_s.arg(asOwner, 0, 'f', 1), 10)
                       .arg(u"%1 ms"_s.arg(asRole, 0, 'f', 1), 16)
                       .arg(u"%1%2 ms"_s.arg(asRole >= asOwner ? u"+"_s : QString()).arg(asRole - asOwner, 0, 'f', 1),
                            11)
                       .arg(within ? u"yes"_s : u"NO"_s, 7);
        }
    }
    out << (allWithin ? "every operation within target\n" : "NOT every operation within target\n");
    return 0;
}
