#pragma once

#include "core/domain/auditentry.h"
#include "core/services/auditlog.h"
#include "core/storage/auditstore.h"
#include "core/storage/database.h"
#include "core/storage/groupstore.h"
#include "tests/common/fixture.h"
#include "tests/common/testdatabase.h"

#include <QHash>
#include <QTest>

namespace bc::test {

// The audit log the audit window's tests read: MSP, its customers Contoso and Fabrikam, Contoso's
// unit Sales (made without entries of their own), and seven entries, written through `db`.
//
// Newest first: frida (MSP, 3 March), erik (Sales), dora (Fabrikam), gold (a profile, Contoso),
// fabrikam (the group renamed), bert (Sales), anna (Contoso), an hour apart from 1 March 11:00 UTC.
struct AuditTestLog
{
    static QDateTime start() { return QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC); }

    QHash<QString, qint64> groups; // by name

    // A new database (freshLocation(hint)) opened as the test's own connection, with this log
    // seeded; null when it could not be made or seeded (the reason went to qWarning).
    std::unique_ptr<Database> openSeeded(const QString &hint)
    {
        auto db = openFixture(freshLocation(hint));
        if (!db) {
            qWarning("the test's database did not open: %s", qPrintable(describe(db.error())));
            return nullptr;
        }
        if (!seed(**db))
            return nullptr;
        return std::move(*db);
    }

    bool seed(Database &db)
    {
        auto added = db.write([&]() -> Result<void> {
            GroupStore store(db);
            const auto add = [&](const QString &name, qint64 parent) -> Result<void> {
                auto id = store.insert(parent, name, {}, start());
                if (!id)
                    return fail(id.error());
                groups.insert(name, *id);
                return {};
            };
            using namespace Qt::StringLiterals;
            if (auto done = add(u"MSP"_s, 0); !done)
                return done;
            if (auto done = add(u"Contoso"_s, groups.value(u"MSP"_s)); !done)
                return done;
            if (auto done = add(u"Fabrikam"_s, groups.value(u"MSP"_s)); !done)
                return done;
            if (auto done = add(u"Sales"_s, groups.value(u"Contoso"_s)); !done)
                return done;
            const auto entry = [&](int hours, const QString &actor, const QString &action, const QString &type,
                                   qint64 objectId, const QString &group, const QString &summary) {
                return AuditEntry {.at = start().addSecs(hours * 3600),
                                   .actor = actor,
                                   .origin = actor + u"@desk"_s,
                                   .action = action,
                                   .objectType = type,
                                   .objectId = objectId,
                                   .groupId = groups.value(group),
                                   .summary = summary};
            };
            return AuditStore(db).appendAll({
                entry(1, u"alice"_s, u"account.created"_s, u"account"_s, 101, u"Contoso"_s, u"anna"_s),
                entry(2, u"bob"_s, u"account.changed"_s, u"account"_s, 102, u"Sales"_s, u"bert"_s),
                entry(3, u"alice"_s, u"group.renamed"_s, u"group"_s, groups.value(u"Fabrikam"_s), u"Fabrikam"_s,
                      u"fabrikam"_s),
                entry(4, u"carol"_s, u"profile.created"_s, u"profile"_s, 7, u"Contoso"_s, u"gold"_s),
                entry(5, u"bob"_s, u"account.deleted"_s, u"account"_s, 103, u"Fabrikam"_s, u"dora"_s),
                entry(6, u"alice"_s, u"account.changed"_s, u"account"_s, 104, u"Sales"_s, u"erik"_s),
                entry(49, u"alice"_s, u"account.created"_s, u"account"_s, 105, u"MSP"_s, u"frida"_s),
            });
        });
        if (!added)
            qWarning("could not seed the audit log: %s", qPrintable(added.error().message));
        return added.has_value();
    }

    // What AuditLog itself gives for `query`, every page: what the window must show and export.
    static QList<AuditEntry> expected(Database &db, const AuditQuery &query)
    {
        QList<AuditEntry> all;
        AuditLog log(db);
        AuditAnchor after;
        while (true) {
            auto page = log.page(query, after, 3);
            if (!page)
                return all;
            all += *page;
            if (page->size() < 3)
                return all;
            after = AuditLog::anchorOf(page->constLast());
        }
    }
};

} // namespace bc::test
