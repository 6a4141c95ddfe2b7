#pragma once

#include "core/domain/catalog.h"
#include "core/domain/error.h"

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

class ActivationService;
class GroupActivationTab;
class CatalogService;
class EmailListEditor;
class FieldMessage;
class QuotasEditor;

// A group's organization settings: customer id and contact details, the
// services it backs up and which of them take new Microsoft 365 users automatically, who gets the
// summary digest, the defaults of its new accounts (profile, subscription, storage; its own or what
// it inherits) and its limits. Every check is core's; OK saves through
// CatalogService and, when core refuses, stays open with everything typed and the reason shown
// next to the field concerned.
class GroupSettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupSettingsDialog)

public:
    // `caps`: the limits of the groups above, shown as hints.
    GroupSettingsDialog(CatalogService &catalog, qint64 groupId, const QString &groupName, const Quotas &caps,
                        QWidget *parent = nullptr);
    // Adds the "Activation" tab: link lifetime and the group's own activation email.
    void setActivationService(ActivationService &activation);

    void accept() override;
    // Asks before throwing away what was typed (DiscardGuard).
    void reject() override;

private:
    QWidget *createGeneralTab();
    QWidget *createServicesTab();
    QWidget *createNotificationsTab();
    QWidget *createStorageTab(const Quotas &caps);
    void load();
    // What the form holds; nullopt when a value does not even parse (the error is shown).
    std::optional<GroupSettings> settings();
    void checkContactField(const QString &field);
    void showErrors(const QList<Error> &errors);
    void updateAutoBackup();

    CatalogService &m_catalog;
    GroupActivationTab *m_activationTab = nullptr;
    qint64 m_groupId;
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
    QHash<QString, FieldMessage *> m_messages; // by core's field key
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace bc
