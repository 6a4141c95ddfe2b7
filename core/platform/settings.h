#pragma once

#include "core/domain/connectionprofile.h"
#include "core/domain/savedfilter.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSettings>
#include <QString>
#include <QStringList>

#include <memory>

namespace bc {

// Every persisted preference of the console, its key and its default, in one place.
// Tests point it at a temporary file with the constructor that takes a path.
class Settings final
{
    Q_DISABLE_COPY_MOVE(Settings)

public:
    Settings();
    explicit Settings(const QString &fileName);
    ~Settings();

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &value);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &value);
    QByteArray splitterState() const;
    void setSplitterState(const QByteArray &value);
    // The account list's columns, per language ("de"): widths fit the titles of one language.
    QByteArray accountHeaderState(const QString &language) const;
    void setAccountHeaderState(const QString &language, const QByteArray &value);
    // The group selected last in the database at `database` (its location: a file path or a URL
    // without password), 0 when none; each database remembers its own.
    qint64 lastGroupId(const QString &database) const;
    void setLastGroupId(const QString &database, qint64 id);
    bool includeSubgroups() const;
    void setIncludeSubgroups(bool value);
    // The audit log window: where it was, its columns, and whether its group filter takes the
    // subgroups along (default: yes).
    QByteArray auditWindowGeometry() const;
    void setAuditWindowGeometry(const QByteArray &value);
    QByteArray auditHeaderState() const;
    void setAuditHeaderState(const QByteArray &value);
    bool auditIncludeSubgroups() const;
    void setAuditIncludeSubgroups(bool value);
    // View → Deleted accounts…: where the dialog was, and its columns.
    QByteArray deletedAccountsGeometry() const;
    void setDeletedAccountsGeometry(const QByteArray &value);
    QByteArray deletedAccountsHeaderState() const;
    void setDeletedAccountsHeaderState(const QByteArray &value);
    // The saved connections, in the user's order; addresses as URLs, never a password.
    QList<ConnectionProfile> connectionProfiles() const;
    void setConnectionProfiles(const QList<ConnectionProfile> &profiles);
    // The name of the connection the console opens at start (empty: the default database file).
    QString lastConnectionProfile() const;
    void setLastConnectionProfile(const QString &name);

    // The import's column choices for files of one format ("microsoft-365"): a column's key → the
    // fields it feeds (ImportMapping::Choices), kept for the next file of that format.
    QHash<QString, QStringList> importColumns(const QString &format) const;
    void setImportColumns(const QString &format, const QHash<QString, QStringList> &columns);

    // The account list's saved filters of one operator (its login; empty: nobody signed in) on the
    // database at `database` (as lastGroupId's): each operator of each database has its own.
    SavedFilters savedFilters(const QString &database, const QString &operatorLogin) const;
    void setSavedFilters(const QString &database, const QString &operatorLogin, const SavedFilters &filters);

    void sync();

private:
    struct LastGroup
    {
        QString database;
        qint64 groupId = 0;
    };
    QList<LastGroup> lastGroups() const;

    std::unique_ptr<QSettings> m_settings;
};

} // namespace bc
