#pragma once

#include "core/domain/bulkoutcome.h"

#include <QDialog>
#include <QList>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;
class QTimer;

namespace bc {

class BulkActionRunner;
class DeletedAccountsModel;
class FieldMessage;
class Settings;
class Workspace;

// View → Deleted accounts…: the recycle bin of what the signed-in operator reaches (its top group
// and below). Restore brings the selected accounts back, Delete permanently… purges them, both as
// bulk jobs on the workspace's worker that ask the acting operator first (Delete accounts, in each
// group of the selection). Whoever may change the database's settings sets how long deleted
// accounts are kept. Everything is read and written on the worker: the dialog shows "Loading…"
// until the answer arrives, and drops an answer that comes after it closed. It reads the bin again
// when this console deletes accounts, and when another program commits a change.
class DeletedAccountsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeletedAccountsDialog)

public:
    DeletedAccountsDialog(Workspace &workspace, Settings &settings, QWidget *parent = nullptr);
    ~DeletedAccountsDialog() override;

    DeletedAccountsModel *model() const { return m_model; }
    BulkActionRunner *runner() const { return m_runner; }
    // The last read answered and none is on its way.
    [[nodiscard]] bool isLoaded() const { return m_loadedOnce && m_pendingLoads == 0; }
    // The ids of the selected rows, in the order shown.
    [[nodiscard]] QList<qint64> selectedIds() const;
    // Reads the bin again, keeping the selection of the accounts still in it.
    void reload();

Q_SIGNALS:
    // The bin's answer arrived and is shown (or its error is).
    void loaded();

protected:
    void hideEvent(QHideEvent *event) override;

private:
    struct Loaded;

    void restoreSelected();
    void purgeSelected();
    void saveRetention();
    void showLoaded(const Loaded &loaded);
    void finishRun(const BulkOutcome &outcome, bool restoring);
    void updateButtons();
    void updateStatus();
    // Each selected account's id and group, and the first logins, for the job and the question.
    void selection(QList<qint64> &ids, QList<qint64> &groupIds, QStringList &logins) const;

    Workspace &m_workspace;
    Settings &m_settings;
    DeletedAccountsModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    BulkActionRunner *m_runner = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_problems = nullptr;
    QPushButton *m_restore = nullptr;
    QPushButton *m_purge = nullptr;
    QSpinBox *m_retention = nullptr;
    FieldMessage *m_retentionMessage = nullptr;
    QTimer *m_changes = nullptr;
    QString m_loadError;
    QString m_outcome; // what the last Restore or Delete permanently did
    quint64 m_generation = 0;
    int m_pendingLoads = 0;
    int m_savedDays = 0;
    bool m_loadedOnce = false;
    bool m_maySetRetention = false;
    bool m_saving = false;
};

} // namespace bc
