#pragma once

#include "core/domain/connectionprofile.h"
#include "core/storage/connectioncheck.h"
#include "ui/connection/connectiontestbar.h"

#include <QDialog>

class QDialogButtonBox;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace bc {

class ConnectionForm;
class FieldMessage;
class SecretStore;
class Settings;

// File → Connect to database…: the saved connections on the left (new, duplicate, rename,
// delete), the selected one's address on the right (ConnectionForm). The dialog works on a copy:
// Save or a successful Connect writes the list to Settings (names and URLs, never a password);
// Cancel forgets the changes. Passwords come from and go to the SecretStore (the keychain), under
// DatabaseAddress::secretKey(), once a connection succeeded and "Remember" is ticked.
// Test connection and Connect open the database on a worker thread (ConnectionCheck), so the
// window never waits; Stop gives up waiting. The result is shown beside the button in plain
// words (Error::message), a field's error under that field.
class ConnectionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionDialog)

public:
    // Runs on the worker thread; ConnectionCheck::run unless a test sets another.
    using Check = ConnectionTestBar::Check;

    ConnectionDialog(Settings &settings, SecretStore &secrets, QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    void setCheck(Check check) { m_check = std::move(check); }
    // The database the console shows now: its connection is selected; with no saved
    // connections yet, it is offered as the first one (instead of the default file).
    void setCurrentAddress(const DatabaseAddress &address);
    bool isChecking() const { return m_testBar->isRunning(); }

    // After Connect: what to open, and with which password.
    ConnectionProfile profile() const;
    QString password() const;

    void testConnection();
    void stopChecking();
    // Writes the connections to the settings; false (and the error shown) when one is incomplete.
    bool save();
    void addProfile();
    void duplicateProfile();
    void renameProfile();
    void deleteProfile();

    // Connect.
    void accept() override;
    void reject() override;

private:
    // One row of the list, with what the form held for it.
    struct Entry
    {
        quint64 id = 0;
        ConnectionProfile profile;
        QString savedName; // its name in the settings (empty: not saved yet)
        QString password;
        bool passwordEdited = false; // typed here, not read from the keychain
        bool remember = true;
        QString storedKey; // the keychain key read, and what it held
        QString storedPassword;
    };
    enum class Purpose
    {
        Test,
        Connect,
    };

    void buildList(QWidget *side);
    void buildButtons();
    Entry *current();
    Entry *entryById(quint64 id);
    QStringList namesExcept(int row) const;
    void appendEntry(Entry entry, bool select);
    void onCurrentRowChanged(int row);
    void onItemChanged(QListWidgetItem *item);
    void commitForm();
    void loadForm();
    // Reads the keychain's password of the entry's address, then runs `then` (may be empty).
    void readPassword(Entry &entry, std::function<void()> then);
    void updateButtons();
    // Every connection has a name and a complete address; else the first that has not is shown.
    bool checkAll();
    // Writes the list to the settings (the last connection follows a rename).
    void persist();
    void startCheck(Purpose purpose);
    void onCheckFinished(const Result<ConnectionCheck::Outcome> &result);
    void finishConnect();
    void showResult(const QString &text, bool failed);

    Settings &m_settings;
    SecretStore &m_secrets;
    Check m_check;
    QList<Entry> m_entries;
    int m_current = -1;
    quint64 m_nextId = 1;
    bool m_updatingList = false;
    bool m_seeded = false; // no connection was saved; the first one is offered
    Purpose m_purpose = Purpose::Test;

    QListWidget *m_list = nullptr;
    FieldMessage *m_listMessage = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_duplicate = nullptr;
    QPushButton *m_rename = nullptr;
    QPushButton *m_delete = nullptr;
    ConnectionForm *m_form = nullptr;
    ConnectionTestBar *m_testBar = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_connect = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace bc
