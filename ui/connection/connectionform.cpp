#include "ui/connection/connectionform.h"

#include "ui/widgets/fieldmessage.h"
#include "ui/widgets/formfield.h"

#include "core/domain/connectionprofile.h"
#include "core/domain/error.h"
#include "core/rules/portrules.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace bc {

namespace {

using Backend = DatabaseAddress::Backend;

} // namespace

int ConnectionForm::defaultPort(Backend backend)
{
    DatabaseAddress address;
    address.backend = backend;
    return backend == Backend::Sqlite ? 0 : address.effectivePort();
}

ConnectionForm::ConnectionForm(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"connectionForm"_s);
    m_form = new QFormLayout(this);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    // Created in the order Tab visits them.
    m_backend = named(new QComboBox(this), u"backend"_s);
    m_backend->addItem(tr("SQLite file on this computer"), static_cast<int>(Backend::Sqlite));
    m_backend->addItem(tr("PostgreSQL server"), static_cast<int>(Backend::PostgreSql));
    m_backend->addItem(tr("MariaDB server"), static_cast<int>(Backend::MariaDb));
    m_messages.append(addRow(tr("&Backend:"), m_backend));

    m_file = named(new QLineEdit(this), u"file"_s);
    auto *browseFile = named(new QPushButton(tr("Bro&wse…"), this), u"browseFile"_s);
    m_fileRow = browseRow(m_file, browseFile);
    m_messages.append(addRow(tr("&File:"), m_file, m_fileRow));

    m_host = named(new QLineEdit(this), u"host"_s);
    m_host->setPlaceholderText(u"localhost"_s);
    m_messages.append(addRow(tr("&Host:"), m_host));
    m_port = named(new QSpinBox(this), u"port"_s);
    m_port->setRange(PortRules::lowest, PortRules::highest);
    m_port->setGroupSeparatorShown(false);
    m_port->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_portMessage = addRow(tr("&Port:"), m_port);
    m_messages.append(m_portMessage);
    m_database = named(new QLineEdit(this), u"database"_s);
    m_messages.append(addRow(tr("&Database:"), m_database));
    m_operatorSignIn = named(new QCheckBox(tr("Sign in as an &operator, with your own login and password"), this),
                             u"operatorSignIn"_s);
    m_operatorSignIn->setToolTip(tr("The server knows each operator as a user of its own and shows it only its part "
                                    "of the groups. Leave this off to connect as the database's owner."));
    m_form->addRow(QString(), m_operatorSignIn);
    m_user = named(new QLineEdit(this), u"user"_s);
    m_user->setPlaceholderText(tr("Empty: your login name on this computer"));
    m_messages.append(addRow(tr("&User:"), m_user));
    m_password = named(new QLineEdit(this), u"password"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_messages.append(addRow(tr("Pa&ssword:"), m_password));
    m_remember = named(new QCheckBox(tr("Remember in the system &keychain"), this), u"remember"_s);
    m_remember->setChecked(true);
    m_form->addRow(QString(), m_remember);

    m_sslMode = named(new QComboBox(this), u"sslMode"_s);
    m_sslMode->addItem(tr("Default of the client library (prefer)"), QString());
    m_sslMode->addItem(tr("Off (disable)"), u"disable"_s);
    m_sslMode->addItem(tr("Only if the server insists (allow)"), u"allow"_s);
    m_sslMode->addItem(tr("When the server offers it (prefer)"), u"prefer"_s);
    m_sslMode->addItem(tr("Always, without checking the server (require)"), u"require"_s);
    m_sslMode->addItem(tr("Always, checking the certificate (verify-ca)"), u"verify-ca"_s);
    m_sslMode->addItem(tr("Always, checking certificate and host name (verify-full)"), u"verify-full"_s);
    m_messages.append(addRow(tr("&TLS:"), m_sslMode));
    m_certificate = named(new QLineEdit(this), u"sslRootCertificate"_s);
    m_certificate->setPlaceholderText(tr("Empty: ~/.postgresql/root.crt"));
    auto *browseCertificate = named(new QPushButton(tr("Bro&wse…"), this), u"browseCertificate"_s);
    m_certificateRow = browseRow(m_certificate, browseCertificate);
    m_messages.append(addRow(tr("&Root certificate:"), m_certificate, m_certificateRow));

    connect(m_backend, &QComboBox::currentIndexChanged, this, &ConnectionForm::onBackendChanged);
    connect(m_backend, &QComboBox::activated, this, &ConnectionForm::addressEdited);
    connect(m_sslMode, &QComboBox::activated, this, &ConnectionForm::addressEdited);
    connect(m_operatorSignIn, &QCheckBox::toggled, this, [this] {
        updateRows();
        if (!m_loading)
            Q_EMIT addressEdited();
    });
    // QSpinBox::textChanged stays silent while the text is no value ("0", ""): listen to its editor.
    if (auto *portEdit = m_port->findChild<QLineEdit *>())
        connect(portEdit, &QLineEdit::textChanged, this, &ConnectionForm::checkPortText);
    connect(m_port, &QSpinBox::valueChanged, this, [this] {
        if (!m_loading)
            Q_EMIT addressEdited();
    });
    for (QLineEdit *edit : {m_file, m_host, m_database, m_user, m_certificate})
        connect(edit, &QLineEdit::textEdited, this, &ConnectionForm::addressEdited);
    // Typing in a field takes its error away.
    for (QLineEdit *edit : {m_file, m_host, m_database, m_user, m_password, m_certificate}) {
        connect(edit, &QLineEdit::textEdited, this, [this, edit] {
            for (FieldMessage *message : std::as_const(m_messages)) {
                if (message->field() == edit)
                    message->clearError();
            }
        });
    }
    connect(m_password, &QLineEdit::textEdited, this, &ConnectionForm::passwordEdited);
    connect(browseFile, &QPushButton::clicked, this, &ConnectionForm::browseFile);
    connect(browseCertificate, &QPushButton::clicked, this, &ConnectionForm::browseCertificate);

    // The field column stays put when rows of another backend show: every label as wide as the widest.
    int labelWidth = 0;
    const QList<QLabel *> labels = findChildren<QLabel *>(Qt::FindDirectChildrenOnly);
    for (QLabel *label : labels) {
        if (label->buddy())
            labelWidth = std::max(labelWidth, label->sizeHint().width());
    }
    for (QLabel *label : labels) {
        if (label->buddy())
            label->setMinimumWidth(labelWidth);
    }

    m_port->setValue(defaultPort(Backend::PostgreSql));
    updateRows();
}

ConnectionForm::~ConnectionForm() = default;

QWidget *ConnectionForm::browseRow(QLineEdit *edit, QPushButton *browse)
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit);
    layout->addWidget(browse);
    return row;
}

FieldMessage *ConnectionForm::addRow(const QString &label, QWidget *field, QWidget *row)
{
    auto *labelWidget = new QLabel(label, this);
    labelWidget->setBuddy(field);
    m_form->addRow(labelWidget, row ? row : field);
    // The message is a row of its own under the field, hidden while empty.
    auto *message = new FieldMessage(field, this);
    m_form->addRow(static_cast<QWidget *>(nullptr), message);
    return message;
}

Backend ConnectionForm::backend() const
{
    return static_cast<Backend>(m_backend->currentData().toInt());
}

void ConnectionForm::onBackendChanged()
{
    const Backend previous = m_shownBackend;
    m_shownBackend = backend();
    // The port follows the backend unless the user chose one of their own.
    if (m_shownBackend != Backend::Sqlite
        && (previous == Backend::Sqlite || m_port->value() == defaultPort(previous))) {
        const bool loading = std::exchange(m_loading, true);
        m_port->setValue(defaultPort(m_shownBackend));
        m_loading = loading;
    }
    clearErrors();
    updateRows();
}

void ConnectionForm::updateRows()
{
    const bool server = backend() != Backend::Sqlite;
    const bool postgres = backend() == Backend::PostgreSql;
    // An operator's own login and password are asked for by the sign-in, after Connect.
    const bool operatorSignIn = postgres && m_operatorSignIn->isChecked();
    m_form->setRowVisible(m_fileRow, !server);
    for (QWidget *field :
         {static_cast<QWidget *>(m_host), static_cast<QWidget *>(m_port), static_cast<QWidget *>(m_database)})
        m_form->setRowVisible(field, server);
    m_form->setRowVisible(m_operatorSignIn, postgres);
    for (QWidget *field :
         {static_cast<QWidget *>(m_user), static_cast<QWidget *>(m_password), static_cast<QWidget *>(m_remember)})
        m_form->setRowVisible(field, server && !operatorSignIn);
    m_form->setRowVisible(m_sslMode, postgres);
    m_form->setRowVisible(m_certificateRow, postgres);
}

void ConnectionForm::setAddress(const DatabaseAddress &address)
{
    const bool loading = std::exchange(m_loading, true);
    m_shownBackend = address.backend;
    m_backend->setCurrentIndex(m_backend->findData(static_cast<int>(address.backend)));
    m_file->setText(QDir::toNativeSeparators(address.file));
    m_host->setText(address.host);
    m_port->setValue(address.isServer() ? address.effectivePort() : defaultPort(Backend::PostgreSql));
    m_database->setText(address.database);
    m_user->setText(address.user);
    m_operatorSignIn->setChecked(address.operatorSignIn);
    const int mode = m_sslMode->findData(address.sslMode);
    m_sslMode->setCurrentIndex(mode >= 0 ? mode : 0);
    m_certificate->setText(QDir::toNativeSeparators(address.sslRootCertificate));
    m_loading = loading;
    clearErrors();
    updateRows();
}

DatabaseAddress ConnectionForm::address() const
{
    DatabaseAddress address;
    address.backend = backend();
    if (!address.isServer()) {
        const QString file = m_file->text().trimmed();
        address.file = file.isEmpty() ? QString() : QFileInfo(QDir::fromNativeSeparators(file)).absoluteFilePath();
        return address;
    }
    address.host = m_host->text().trimmed();
    address.port = m_port->value() == defaultPort(address.backend) ? 0 : m_port->value();
    address.database = m_database->text().trimmed();
    address.user = m_user->text().trimmed();
    if (address.backend == Backend::PostgreSql) {
        address.sslMode = m_sslMode->currentData().toString();
        address.sslRootCertificate = QDir::fromNativeSeparators(m_certificate->text().trimmed());
        address.operatorSignIn = m_operatorSignIn->isChecked();
        if (address.operatorSignIn)
            address.user.clear();
    }
    return address;
}

void ConnectionForm::setPassword(const QString &password)
{
    m_password->setText(password);
}

QString ConnectionForm::password() const
{
    return m_password->text();
}

void ConnectionForm::setRemember(bool remember)
{
    m_remember->setChecked(remember);
}

bool ConnectionForm::remember() const
{
    return m_remember->isChecked();
}

void ConnectionForm::setPasswordPending(bool pending)
{
    m_password->setPlaceholderText(pending ? tr("Reading the keychain…") : QString());
}

void ConnectionForm::checkPortText()
{
    if (backend() != Backend::Sqlite && !m_port->hasAcceptableInput())
        m_portMessage->setError(check().error().message);
    else
        m_portMessage->clearError();
}

Result<void> ConnectionForm::check() const
{
    if (backend() != Backend::Sqlite && !m_port->hasAcceptableInput())
        return fail(PortRules::invalid());
    return ConnectionProfile::checkAddress(address());
}

bool ConnectionForm::showFieldError(const Error &error, bool focus)
{
    for (FieldMessage *message : std::as_const(m_messages)) {
        QWidget *field = message->field();
        if (field && field->objectName() == error.field && field->isVisibleTo(this)) {
            message->setError(error.message);
            if (focus)
                field->setFocus();
            return true;
        }
    }
    return false;
}

void ConnectionForm::clearErrors()
{
    for (FieldMessage *message : std::as_const(m_messages))
        message->clearError();
}

void ConnectionForm::browseFile()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Database File"), m_file->text(),
                                                      tr("SQLite databases (*.sqlite *.db);;All files (*)"), nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (file.isEmpty())
        return;
    m_file->setText(QDir::toNativeSeparators(file));
    Q_EMIT addressEdited();
}

void ConnectionForm::browseCertificate()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Root Certificate"), m_certificate->text(),
                                                      tr("PEM certificates (*.pem *.crt);;All files (*)"));
    if (file.isEmpty())
        return;
    m_certificate->setText(QDir::toNativeSeparators(file));
    Q_EMIT addressEdited();
}

} // namespace bc
