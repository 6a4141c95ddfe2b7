#pragma once

#include "core/domain/databaseaddress.h"
#include "core/domain/error.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace bc {

class FieldMessage;

// The address of one saved connection as a form: the backend, then the SQLite file or the
// server's host, port, database, user and password (and, for PostgreSQL, the TLS mode and root
// certificate). Rows that do not apply to the backend are hidden. Core checks the fields
// (ConnectionProfile::checkAddress); its errors appear under the field they name, whose
// objectName is the error's field.
class ConnectionForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionForm)

public:
    explicit ConnectionForm(QWidget *parent = nullptr);
    ~ConnectionForm() override;

    void setAddress(const DatabaseAddress &address);
    DatabaseAddress address() const;
    void setPassword(const QString &password);
    QString password() const;
    void setRemember(bool remember);
    bool remember() const;
    // While the keychain is being read the password field says so.
    void setPasswordPending(bool pending);

    // Checks the fields with core (ConnectionProfile::checkAddress); the first error found.
    Result<void> check() const;
    // Shows `error` under the field it names and, if `focus`, focuses that field; false when it
    // names none of the visible fields.
    bool showFieldError(const Error &error, bool focus = true);
    void clearErrors();

    static int defaultPort(DatabaseAddress::Backend backend);

Q_SIGNALS:
    // The user changed the address (not the password).
    void addressEdited();
    void passwordEdited();

private:
    QWidget *browseRow(QLineEdit *edit, QPushButton *browse);
    FieldMessage *addRow(const QString &label, QWidget *field, QWidget *row = nullptr);
    DatabaseAddress::Backend backend() const;
    void onBackendChanged();
    void updateRows();
    void checkPortText();
    void browseFile();
    void browseCertificate();

    QFormLayout *m_form = nullptr;
    QComboBox *m_backend = nullptr;
    QLineEdit *m_file = nullptr;
    QWidget *m_fileRow = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QCheckBox *m_operatorSignIn = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
    QComboBox *m_sslMode = nullptr;
    QLineEdit *m_certificate = nullptr;
    QWidget *m_certificateRow = nullptr;
    FieldMessage *m_portMessage = nullptr;
    QList<FieldMessage *> m_messages;
    DatabaseAddress::Backend m_shownBackend = DatabaseAddress::Backend::Sqlite;
    bool m_loading = false;
};

} // namespace bc
