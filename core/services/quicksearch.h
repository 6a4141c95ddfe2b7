#pragma once

#include "core/domain/accountmatch.h"
#include "core/domain/error.h"
#include "core/domain/group.h"
#include "core/services/workerthread.h"

#include <QList>
#include <QObject>

namespace bc {

class QuickSearchLoader;

// "Go to anything": groups by their path and accounts by login, email or name, found on a thread
// of their own over a second connection to the database (QuickSearchLoader). search() returns at
// once; the answers arrive as signals on the thread that made this object. Every request carries
// a generation; supersede() drops the requests of older generations still waiting.
class QuickSearch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuickSearch)

public:
    // `databaseLocation` is what Database::open() takes (AccountService::databaseLocation()).
    // `within`: what it finds is in that group or below it (the acting operator's scope,
    // ActingOperatorView::scopeGroupId); 0: anywhere.
    explicit QuickSearch(const QString &databaseLocation, qint64 within = 0, QObject *parent = nullptr);
    ~QuickSearch() override;

    // What QuickSearchLoader::supersede() and search() do, queued to the worker.
    void supersede(quint64 generation);
    void search(quint64 generation, const QString &text, int limit);

Q_SIGNALS:
    void groupsFound(quint64 generation, const QList<bc::GroupMatch> &groups);
    void accountsFound(quint64 generation, const QList<bc::AccountMatch> &accounts);
    void failed(quint64 generation, const bc::Error &error);

private:
    WorkerThreadPtr m_thread;
    QuickSearchLoader *m_loader = nullptr;
    qint64 m_within = 0;
};

} // namespace bc
