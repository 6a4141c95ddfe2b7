#pragma once

#include "core/domain/account.h"
#include "core/domain/accountmatch.h"
#include "core/domain/error.h"
#include "core/domain/group.h"
#include "core/storage/databaseworker.h"

#include <QList>

namespace bc {

// Answers "go to anything" (the command palette) on a worker thread, over a connection of its
// own (DatabaseWorker), as AccountPageLoader does for the account list: groups by their path
// (GroupStore::findByPath), accounts by login, email or name with the list's own search
// (AccountListQuery::searchCondition, the first page of the list of every group). Every request
// carries a generation. Move it to a QThread, call search() through QMetaObject::invokeMethod,
// and listen to its signals.
class QuickSearchLoader final : public DatabaseWorker
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuickSearchLoader)

public:
    explicit QuickSearchLoader(QString location, QObject *parent = nullptr);
    ~QuickSearchLoader() override;

    // Worker thread. At most `limit` groups, then at most `limit` accounts, that match `text`, in
    // the group `within` and below it (0: everywhere; the acting operator's scope, ActingOperator);
    // each list is announced as soon as it is read.
    void search(quint64 generation, const QString &text, int limit, qint64 within);

Q_SIGNALS:
    void groupsFound(quint64 generation, const QList<bc::GroupMatch> &groups);
    void accountsFound(quint64 generation, const QList<bc::AccountMatch> &accounts);
};

} // namespace bc
