#pragma once

#include "core/domain/auditquery.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace bc {

class CsvFileExport;
class AuditLogModel;
class Settings;
class Workspace;

// The audit log for people: who changed what and when, newest first, with filters above the
// table (group and its subgroups, operator, object type, a time range, a search), live as other
// consoles write to the log, and an export of every entry the filters keep. Not modal; one per
// main window (AuditLogLauncher).
class AuditLogWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogWindow)

public:
    // `groupId` and `groupName`: the group the filter starts at (0: all groups).
    AuditLogWindow(Workspace &workspace, Settings &settings, qint64 groupId, const QString &groupName,
                   QWidget *parent = nullptr);
    ~AuditLogWindow() override;

    AuditLogModel *model() const { return m_model; }
    CsvFileExport *csvExport() const { return m_export; }
    // What the filters above the table keep.
    AuditQuery query() const;
    // Writes what the filters keep to `path` (the Export button asks for it first).
    void exportCsv(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createFilters();
    void applyFilters();
    void updateStatus();
    void keepScrollPosition(int first, int last);
    void askAndExport();
    void exported(qint64 written, const QString &problem, bool canceled, const QString &path);

    Workspace &m_workspace;
    Settings &m_settings;
    AuditLogModel *m_model = nullptr;
    CsvFileExport *m_export = nullptr;
    QComboBox *m_group = nullptr;
    QCheckBox *m_subgroups = nullptr;
    QLineEdit *m_actor = nullptr;
    QComboBox *m_objectType = nullptr;
    QDateEdit *m_since = nullptr;
    QDateEdit *m_until = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_exportButton = nullptr;
    // Typing waits for a pause before it reads again; a burst of changes elsewhere reads once.
    QTimer *m_typing = nullptr;
    QTimer *m_live = nullptr;
    QString m_exportNote;
};

} // namespace bc
