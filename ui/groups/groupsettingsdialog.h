#pragma once

#include "core/domain/catalog.h"
#include "core/domain/error.h"
#include "ui/operators/actingauthority.h"

#include <QDialog>
#include <QHash>
#include <QList>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTabWidget;

namespace bc {

class GroupActivationTab;
class EmailListEditor;
class FieldMessage;
class QuotasEditor;
class Workspace;

// A group's organization settings: customer id and contact details, the
// services it backs up and which of them take new Microsoft 365 users automatically, who gets the
// summary digest, the defaults of its new accounts (profile, subscription, storage; its own or what
// it inherits) and its limits, and on the "Activation" tab how long links stay valid and the group's
// own activation email. The General tab has the group's switch "operators need two-step sign-in"
// (GroupService::setMfaRequired, saved with OK when Authority::maySetMfaRequired allows; a refusal
// shows under it). Everything is read on the workspace's worker: until it arrives the form is
// off, the dialog says "Loading…" and OK waits. Every check is core's; OK saves through
// CatalogService and ActivationService on the worker ("Saving…") and, when core refuses or the
// server does not answer, stays open with everything typed and the reason shown next to the field
// concerned. An answer that comes after the dialog closed is dropped with it.
class GroupSettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupSettingsDialog)

public:
    // `groupName` titles the dialog until the group's own settings arrive (the tree's name of it).
    // `authority`: who acts when the MFA switch changes (actingauthority.h); tests act as a given operator.
    GroupSettingsDialog(Workspace &workspace, qint64 groupId, const QString &groupName, QWidget *parent = nullptr,
                        AuthoritySource authority = authorityFor);

    // The group's name: the tree's until the settings arrive, then the database's.
    [[nodiscard]] QString groupName() const { return m_groupName; }
    // Whether the settings arrived (false while loading and when they could not be read).
    [[nodiscard]] bool isLoaded() const { return m_loaded; }
    // Whether OK was pressed and the answer has not come yet.
    [[nodiscard]] bool isSaving() const { return m_saving; }

    void accept() override;
    // Asks before throwing away what was typed (DiscardGuard).
    void reject() override;

private:
    QWidget *createGeneralTab();
    QWidget *createMfaBox(QWidget *parent);
    QWidget *createServicesTab();
    QWidget *createNotificationsTab();
    QWidget *createStorageTab();
    struct Loaded;
    void load(const Loaded &loaded);
    void setBusy(const QString &what);
    // What the form holds; nullopt when a value does not even parse (the error is shown).
    std::optional<GroupSettings> settings();
    void checkContactField(const QString &field);
    void showErrors(const QList<Error> &errors);
    void updateAutoBackup();

    Workspace &m_workspace;
    AuthoritySource m_authority;
    GroupActivationTab *m_activationTab = nullptr;
    qint64 m_groupId;
    QString m_groupName;
    bool m_loaded = false;
    bool m_saving = false;
    QLabel *m_busy = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_customerId = nullptr;
    QLineEdit *m_company = nullptr;
    QPlainTextEdit *m_address = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_email = nullptr;
    QHash<Service, QCheckBox *> m_services;
    QHash<Service, QCheckBox *> m_autoBackup;
    EmailListEditor *m_digest = nullptr;
    QComboBox *m_defaultProfile = nullptr;
    QComboBox *m_defaultSubscription = nullptr;
    QComboBox *m_defaultStorage = nullptr;
    QuotasEditor *m_limits = nullptr;
    QCheckBox *m_mfaRequired = nullptr;
    bool m_mfaRequiredLoaded = false; // the switch as read: OK changes it only when it differs
    QHash<QString, FieldMessage *> m_messages; // by core's field key
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace bc
