#include "ui/connection/connectiondialog.h"

#include "core/platform/secretstore.h"
#include "ui/connection/connectionform.h"
#include "ui/connection/connectiontestbar.h"
#include "ui/widgets/discardguard.h"
#include "ui/widgets/fieldmessage.h"
#include "ui/widgets/formfield.h"

#include "core/platform/settings.h"
#include "core/storage/database.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bc {

ConnectionDialog::ConnectionDialog(Settings &settings, SecretStore &secrets, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_check(&ConnectionCheck::run)
{
    setObjectName(u"connectionDialog"_s);
    // The list holds several connections and the form shows one: compare the connections.
    (new DiscardGuard(this))->setState([this] {
        commitForm();
        QList<ConnectionProfile> profiles;
        bool passwordTyped = false;
        for (const Entry &entry : std::as_const(m_entries)) {
            profiles.append(entry.profile);
            passwordTyped = passwordTyped || entry.passwordEdited;
        }
        return QVariant(QVariantList {QVariant::fromValue(profiles), passwordTyped});
    });
    setWindowTitle(tr("Connect to Database"));

    // Created in the order Tab visits them: the list and its buttons, the form, the buttons below.
    auto *side = new QWidget(this);
    buildList(side);
    auto *formBox = new QWidget(this);
    auto *formLayout = new QVBoxLayout(formBox);
    formLayout->setContentsMargins(0, 0, 0, 0);
    m_form = new ConnectionForm(formBox);
    formLayout->addWidget(m_form);
    formLayout->addStretch();
    buildButtons();

    auto *top = new QHBoxLayout;
    top->addWidget(side);
    top->addSpacing(12);
    top->addWidget(formBox, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(m_testBar);
    layout->addWidget(m_buttons);

    connect(m_form, &ConnectionForm::addressEdited, this, [this] { showResult(QString(), false); });
    connect(m_form, &ConnectionForm::passwordEdited, this, [this] {
        if (Entry *entry = current())
            entry->passwordEdited = true;
    });

    // The copy the dialog works on; the first run offers this computer's database file.
    for (const ConnectionProfile &profile : m_settings.connectionProfiles())
        appendEntry({0, profile, profile.name, {}, false, true, {}, {}}, false);
    m_seeded = m_entries.isEmpty();
    if (m_seeded) {
        ConnectionProfile local;
        local.name = tr("This computer");
        local.address = DatabaseAddress::parse(Database::defaultLocation()).value_or(DatabaseAddress());
        appendEntry({0, local, {}, {}, false, true, {}, {}}, false);
    }
    int selected = 0;
    const QString last = m_settings.lastConnectionProfile();
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).profile.name == last)
            selected = row;
    }
    m_list->setCurrentRow(selected);
    m_list->setFocus();
    updateButtons();
    resize(sizeHint().expandedTo(QSize(760, 440)));
}

ConnectionDialog::~ConnectionDialog() = default;

void ConnectionDialog::buildList(QWidget *side)
{
    auto *label = new QLabel(tr("Saved connect&ions:"), side);
    m_list = named(new QListWidget(side), u"profiles"_s);
    m_list->setMinimumWidth(190);
    m_list->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    label->setBuddy(m_list);
    m_listMessage = new FieldMessage(m_list, side);
    m_new = named(new QPushButton(tr("&New"), side), u"newProfile"_s);
    m_duplicate = named(new QPushButton(tr("Duplic&ate"), side), u"duplicateProfile"_s);
    m_rename = named(new QPushButton(tr("Rena&me"), side), u"renameProfile"_s);
    m_delete = named(new QPushButton(tr("De&lete…"), side), u"deleteProfile"_s);

    auto *buttons = new QGridLayout;
    buttons->addWidget(m_new, 0, 0);
    buttons->addWidget(m_duplicate, 0, 1);
    buttons->addWidget(m_rename, 1, 0);
    buttons->addWidget(m_delete, 1, 1);
    auto *layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_listMessage);
    layout->addLayout(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, &ConnectionDialog::onCurrentRowChanged);
    connect(m_list, &QListWidget::itemChanged, this, &ConnectionDialog::onItemChanged);
    connect(m_new, &QPushButton::clicked, this, &ConnectionDialog::addProfile);
    connect(m_duplicate, &QPushButton::clicked, this, &ConnectionDialog::duplicateProfile);
    connect(m_rename, &QPushButton::clicked, this, &ConnectionDialog::renameProfile);
    connect(m_delete, &QPushButton::clicked, this, &ConnectionDialog::deleteProfile);
}

void ConnectionDialog::buildButtons()
{
    m_testBar = new ConnectionTestBar(this);

    m_buttons = named(new QDialogButtonBox(this), u"buttons"_s);
    m_save = m_buttons->addButton(QDialogButtonBox::Save);
    m_save->setObjectName(u"save"_s);
    m_save->setText(tr("Sa&ve"));
    m_save->setToolTip(tr("Keep the connections without connecting"));
    m_save->setAutoDefault(false);
    m_connect = m_buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_connect->setObjectName(u"connect"_s);
    m_connect->setDefault(true);
    QPushButton *cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(u"cancel"_s);
    cancel->setAutoDefault(false);

    connect(m_testBar, &ConnectionTestBar::testRequested, this, &ConnectionDialog::testConnection);
    connect(m_testBar, &ConnectionTestBar::runningChanged, this, &ConnectionDialog::updateButtons);
    connect(m_save, &QPushButton::clicked, this, &ConnectionDialog::save);
    connect(m_connect, &QPushButton::clicked, this, &ConnectionDialog::accept);
    connect(cancel, &QPushButton::clicked, this, &ConnectionDialog::reject);
}

void ConnectionDialog::setCurrentAddress(const DatabaseAddress &address)
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).profile.address == address) {
            m_list->setCurrentRow(row);
            return;
        }
    }
    if (!m_seeded || m_entries.size() != 1)
        return;
    // Nothing saved yet: the first connection is the database in use.
    Entry &seed = m_entries.first();
    seed.profile.address = address;
    if (address.isServer())
        seed.profile.name = address.displayName();
    m_list->item(0)->setText(seed.profile.name);
    loadForm();
}

ConnectionDialog::Entry *ConnectionDialog::current()
{
    return m_current >= 0 && m_current < m_entries.size() ? &m_entries[m_current] : nullptr;
}

ConnectionDialog::Entry *ConnectionDialog::entryById(quint64 id)
{
    for (Entry &entry : m_entries) {
        if (entry.id == id)
            return &entry;
    }
    return nullptr;
}

QStringList ConnectionDialog::namesExcept(int row) const
{
    QStringList names;
    for (int i = 0; i < m_entries.size(); ++i) {
        if (i != row)
            names.append(m_entries.at(i).profile.name);
    }
    return names;
}

ConnectionProfile ConnectionDialog::profile() const
{
    return m_current >= 0 && m_current < m_entries.size() ? m_entries.at(m_current).profile : ConnectionProfile();
}

QString ConnectionDialog::password() const
{
    return m_current >= 0 && m_current < m_entries.size() ? m_entries.at(m_current).password : QString();
}

void ConnectionDialog::appendEntry(Entry entry, bool select)
{
    entry.id = m_nextId++;
    auto *item = new QListWidgetItem(entry.profile.name);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    m_entries.append(std::move(entry));
    {
        const QSignalBlocker blocker(m_list);
        m_list->addItem(item);
    }
    if (select)
        m_list->setCurrentItem(item);
}

void ConnectionDialog::onCurrentRowChanged(int row)
{
    if (m_updatingList)
        return;
    commitForm();
    m_current = row;
    m_listMessage->clearError();
    showResult(QString(), false);
    loadForm();
    updateButtons();
}

void ConnectionDialog::onItemChanged(QListWidgetItem *item)
{
    if (m_updatingList)
        return;
    const int row = m_list->row(item);
    if (row < 0 || row >= m_entries.size())
        return;
    Entry &entry = m_entries[row];
    const QString name = item->text().trimmed();
    const QScopedValueRollback updating(m_updatingList, true);
    if (auto checked = ConnectionProfile::checkName(name, namesExcept(row)); !checked) {
        m_listMessage->setError(checked.error().message);
        item->setText(entry.profile.name);
        return;
    }
    m_listMessage->clearError();
    entry.profile.name = name;
    item->setText(name);
}

void ConnectionDialog::commitForm()
{
    Entry *entry = current();
    if (!entry)
        return;
    entry->profile.address = m_form->address();
    entry->password = m_form->password();
    entry->remember = m_form->remember();
}

void ConnectionDialog::loadForm()
{
    Entry *entry = current();
    if (!entry) {
        m_form->setAddress(DatabaseAddress());
        m_form->setPassword(QString());
        return;
    }
    m_form->setAddress(entry->profile.address);
    m_form->setPassword(entry->password);
    m_form->setRemember(entry->remember);
    m_form->setPasswordPending(false);
    if (entry->profile.address.isServer() && !entry->passwordEdited
        && entry->storedKey != entry->profile.address.secretKey())
        readPassword(*entry, {});
}

void ConnectionDialog::readPassword(Entry &entry, std::function<void()> then)
{
    const quint64 id = entry.id;
    const QString key = entry.profile.address.secretKey();
    if (&entry == current())
        m_form->setPasswordPending(true);
    m_secrets.read(key, this, [this, id, key, then = std::move(then)](const QString &secret, const QString &error) {
        Entry *found = entryById(id);
        if (!found)
            return;
        found->storedKey = key;
        found->storedPassword = secret;
        if (!found->passwordEdited)
            found->password = secret;
        // A keychain that cannot be read will not take the password either: connect without it.
        if (!error.isEmpty())
            found->remember = false;
        if (found == current()) {
            m_form->setPasswordPending(false);
            if (!found->passwordEdited)
                m_form->setPassword(secret);
            // Said, not focused: the user may be typing elsewhere when the keychain answers.
            if (!error.isEmpty()) {
                m_form->setRemember(false);
                m_form->showFieldError({Error::Code::Invalid, u"password"_s, error}, false);
            }
        }
        if (then)
            then();
    });
}

void ConnectionDialog::updateButtons()
{
    const bool busy = isChecking();
    const bool hasEntry = current() != nullptr;
    m_list->setEnabled(!busy);
    m_new->setEnabled(!busy);
    m_duplicate->setEnabled(!busy && hasEntry);
    m_rename->setEnabled(!busy && hasEntry);
    m_delete->setEnabled(!busy && hasEntry);
    m_form->setEnabled(!busy && hasEntry);
    m_testBar->setTestEnabled(hasEntry);
    m_connect->setEnabled(!busy && hasEntry);
    m_save->setEnabled(!busy);
}

void ConnectionDialog::showResult(const QString &text, bool failed)
{
    m_testBar->showResult(text, failed);
}

void ConnectionDialog::addProfile()
{
    commitForm();
    ConnectionProfile profile;
    profile.name = ConnectionProfile::uniqueName(tr("New connection"), namesExcept(-1));
    profile.address.backend = DatabaseAddress::Backend::PostgreSql;
    appendEntry({0, profile, {}, {}, false, true, {}, {}}, true);
    m_list->editItem(m_list->currentItem());
}

void ConnectionDialog::duplicateProfile()
{
    commitForm();
    const Entry *source = current();
    if (!source)
        return;
    Entry copy = *source;
    copy.savedName.clear();
    copy.profile.name = ConnectionProfile::uniqueName(tr("%1 (copy)").arg(source->profile.name), namesExcept(-1));
    appendEntry(std::move(copy), true);
}

void ConnectionDialog::renameProfile()
{
    if (QListWidgetItem *item = m_list->currentItem())
        m_list->editItem(item);
}

void ConnectionDialog::deleteProfile()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_entries.size())
        return;
    QMessageBox box(QMessageBox::Question, tr("Delete Connection"),
                    tr("Delete the saved connection \"%1\"?").arg(m_entries.at(row).profile.name), QMessageBox::Cancel,
                    this);
    box.setObjectName(u"confirmDeleteProfile"_s);
    box.setInformativeText(tr("The database itself is not changed. The deletion is kept when you save or connect."));
    QPushButton *confirm = box.addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != confirm)
        return;
    {
        const QScopedValueRollback updating(m_updatingList, true);
        m_current = -1;
        m_entries.removeAt(row);
        delete m_list->takeItem(row);
    }
    m_current = m_list->currentRow();
    m_listMessage->clearError();
    showResult(QString(), false);
    loadForm();
    updateButtons();
}

bool ConnectionDialog::save()
{
    if (!checkAll())
        return false;
    persist();
    DiscardGuard::markUnchanged(this);
    showResult(tr("The connections were saved."), false);
    return true;
}

bool ConnectionDialog::checkAll()
{
    commitForm();
    // Every connection must be complete; the first that is not is shown with its error.
    for (int row = 0; row < m_entries.size(); ++row) {
        const Entry &entry = m_entries.at(row);
        auto checked = ConnectionProfile::checkName(entry.profile.name, namesExcept(row));
        if (checked)
            checked = ConnectionProfile::checkAddress(entry.profile.address);
        if (checked)
            continue;
        m_list->setCurrentRow(row);
        if (checked.error().field == "name"_L1)
            m_listMessage->setError(checked.error().message);
        else if (!m_form->showFieldError(checked.error()))
            showResult(checked.error().message, true);
        return false;
    }
    return true;
}

void ConnectionDialog::persist()
{
    QList<ConnectionProfile> profiles;
    const QString last = m_settings.lastConnectionProfile();
    QString newLast;
    for (Entry &entry : m_entries) {
        profiles.append(entry.profile);
        if (!last.isEmpty() && entry.savedName == last)
            newLast = entry.profile.name; // follows a rename; a deleted one is forgotten
        entry.savedName = entry.profile.name;
    }
    m_settings.setConnectionProfiles(profiles);
    m_settings.setLastConnectionProfile(newLast);
    m_settings.sync();
}

void ConnectionDialog::testConnection()
{
    startCheck(Purpose::Test);
}

void ConnectionDialog::accept()
{
    startCheck(Purpose::Connect);
}

void ConnectionDialog::reject()
{
    if (!DiscardGuard::mayDiscard(this))
        return;
    stopChecking();
    QDialog::reject();
}

void ConnectionDialog::startCheck(Purpose purpose)
{
    if (isChecking())
        return;
    commitForm();
    Entry *entry = current();
    if (!entry)
        return;
    m_form->clearErrors();
    showResult(QString(), false);
    if (auto checked = m_form->check(); !checked) {
        if (!m_form->showFieldError(checked.error()))
            showResult(checked.error().message, true);
        return;
    }
    // Connect saves the list: an incomplete connection is shown before anything is waited for.
    if (purpose == Purpose::Connect && !checkAll())
        return;
    entry = current();
    const DatabaseAddress address = entry->profile.address;
    // An operator's login and password are the sign-in's, which the server checks after Connect.
    if (address.operatorSignIn) {
        showResult(tr("Connect asks for your operator login and password; the server checks them then."), false);
        if (purpose == Purpose::Connect)
            finishConnect();
        return;
    }
    // A password not typed here belongs to the address: read it when the address changed.
    if (address.isServer() && !entry->passwordEdited && entry->storedKey != address.secretKey()) {
        readPassword(*entry, [this, purpose] { startCheck(purpose); });
        return;
    }

    m_purpose = purpose;
    const QString password = address.isServer() ? entry->password : QString();
    m_testBar->run(m_check, address, password,
                   [this](const Result<ConnectionCheck::Outcome> &result) { onCheckFinished(result); });
}

void ConnectionDialog::stopChecking()
{
    m_testBar->stop();
}

void ConnectionDialog::onCheckFinished(const Result<ConnectionCheck::Outcome> &result)
{
    if (!result) {
        if (m_form->showFieldError(result.error()))
            showResult(tr("Not connected: see the marked field."), true);
        else
            showResult(tr("Not connected: %1").arg(result.error().message), true);
        return;
    }
    using Kind = ConnectionCheck::Outcome::Kind;
    switch (result->kind) {
    case Kind::Ready:
        showResult(tr("Connected: the database is ready."), false);
        break;
    case Kind::WillCreate:
        showResult(tr("The file does not exist yet: Connect creates a new, empty database there."), false);
        break;
    case Kind::WillMigrate:
        showResult(tr("Connected. The database has an older layout (version %1); Connect asks before updating it "
                      "to version %2.")
                       .arg(result->from)
                       .arg(result->to),
                   false);
        break;
    }
    if (m_purpose == Purpose::Connect)
        finishConnect();
}

void ConnectionDialog::finishConnect()
{
    Entry *entry = current();
    if (!entry)
        return;
    persist();
    m_settings.setLastConnectionProfile(entry->profile.name);
    m_settings.sync();
    const DatabaseAddress &address = entry->profile.address;
    if (!address.isServer() || address.operatorSignIn) {
        QDialog::accept();
        return;
    }
    // Remembered: the password goes to the keychain; not remembered: any stored one is removed.
    const QString key = address.secretKey();
    const QString stored = entry->remember ? entry->password : QString();
    if (entry->storedKey == key && entry->storedPassword == stored) {
        QDialog::accept();
        return;
    }
    m_buttons->setEnabled(false);
    m_secrets.write(key, stored, this, [this, id = entry->id, key, stored](const QString &error) {
        m_buttons->setEnabled(true);
        if (Entry *written = entryById(id); written && error.isEmpty()) {
            written->storedKey = key;
            written->storedPassword = stored;
        }
        if (!error.isEmpty()) {
            m_form->showFieldError({Error::Code::Invalid, u"password"_s, error});
            showResult(tr("Connected, but the password could not be remembered. Untick \"Remember\" to go on "
                          "without it."),
                       true);
            return;
        }
        QDialog::accept();
    });
}

} // namespace bc
