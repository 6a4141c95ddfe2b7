#pragma once

#include "core/domain/accountquery.h"

#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace bc {

class CsvFileExport;
class Workspace;

// File → Export accounts…: every account of the list as it is filtered and sorted, not only the
// loaded rows, to a CSV file in the import's format (AccountExport, as `account list --csv`
// writes it), on the workspace's worker with progress and Cancel (CsvFileExport).
class AccountListExport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountListExport)

public:
    // `list`: the list's query and how many accounts it has now (for the progress bar).
    AccountListExport(Workspace &workspace, std::function<std::pair<AccountQuery, int>()> list, QMenu *menu,
                      QWidget *window);

    QAction *action() const { return m_action; }
    CsvFileExport *csvExport() const { return m_export; }
    // Writes the list to `path` (the action asks for it first).
    void exportTo(const QString &path);

Q_SIGNALS:
    // How the export went, for the status bar.
    void statusMessage(const QString &message);

private:
    void finished(qint64 written, const QString &problem, bool canceled, const QString &path);

    std::function<std::pair<AccountQuery, int>()> m_list;
    QWidget *m_window = nullptr;
    QAction *m_action = nullptr;
    CsvFileExport *m_export = nullptr;
    QString m_path; // of the export under way
};

} // namespace bc
