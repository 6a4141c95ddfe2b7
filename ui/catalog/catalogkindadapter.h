#pragma once

#include "core/domain/catalog.h"
#include "core/domain/catalogkind.h"
#include "core/domain/error.h"
#include "ui/catalog/cataloglistmodel.h"

#include <QCoreApplication>
#include <QList>

#include <functional>
#include <memory>

class QObject;
class QWidget;

namespace bc {

class Workspace;

// What differs between the management dialogs of profiles, storages, subscriptions and security
// groups: their words, how they are listed and which form edits one. CatalogDialog does the rest
// once for all four. It reads and saves on the workspace's worker.
class CatalogKindAdapter
{
    Q_DECLARE_TR_FUNCTIONS(bc::CatalogKindAdapter)

public:
    virtual ~CatalogKindAdapter() = default;

    virtual CatalogKind kind() const = 0;
    // "profiles": the stem of the dialog's objectName ("profilesDialog").
    virtual QString objectNameStem() const = 0;
    virtual QString windowTitle(const QString &groupName) const = 0;
    virtual QString detailsHeader() const = 0;
    virtual QString deleteQuestion(const QString &name) const = 0;
    virtual QString emptyText() const = 0;

    using Rows = std::function<void(const Result<QList<CatalogRow>> &rows)>;

    // What the group itself defines, read on the worker and handed to `answer` on `receiver`'s
    // thread (not at all when `receiver` is gone by then; it must outlive this adapter's use).
    virtual void rows(QObject *receiver, qint64 groupId, Rows answer) = 0;
    // Opens the form for a new item (`id` 0) or one of the listed; the id saved, or 0 when cancelled.
    virtual qint64 edit(QWidget *parent, qint64 groupId, qint64 id) = 0;

    static std::unique_ptr<CatalogKindAdapter> create(CatalogKind kind, Workspace &workspace);

protected:
    CatalogKindAdapter() = default;
    Q_DISABLE_COPY_MOVE(CatalogKindAdapter)
};

} // namespace bc
