#include "ui/widgets/loginfield.h"

#include "core/platform/logging.h"
#include "core/rules/accountrules.h"
#include "core/services/accountservice.h"
#include "core/services/workspace.h"
#include "ui/widgets/fieldmessage.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace bc {

LoginField::LoginField(Workspace &workspace, QLineEdit *edit, QWidget *host)
    : QObject(host)
    , m_workspace(workspace)
    , m_edit(edit)
{
    m_message = new FieldMessage(m_edit, host);
    m_suggestionButton = new QPushButton(host);
    m_suggestionButton->setObjectName(u"useSuggestedLogin"_s);
    m_suggestionButton->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_suggestionButton->setVisible(false);

    m_check.setSingleShot(true);
    m_check.setInterval(checkDelayMs);
    connect(&m_check, &QTimer::timeout, this, &LoginField::checkAvailability);
    connect(m_edit, &QLineEdit::textChanged, this, &LoginField::edited);
    connect(m_suggestionButton, &QPushButton::clicked, this, &LoginField::useSuggestion);
}

void LoginField::insertRows(QFormLayout *form)
{
    m_form = form;
    int row = -1;
    QFormLayout::ItemRole role = QFormLayout::FieldRole;
    form->getWidgetPosition(m_edit, &row, &role);
    Q_ASSERT(row >= 0);
    form->insertRow(row + 1, static_cast<QWidget *>(nullptr), m_message);
    form->insertRow(row + 2, static_cast<QWidget *>(nullptr), m_suggestionButton);
    showSuggestion(false);
}

void LoginField::setOwnLogin(const QString &login)
{
    m_ownLogin = login;
}

bool LoginField::isValid() const
{
    return !m_taken && AccountRules::checkLogin(m_edit->text()).has_value();
}

bool LoginField::validate()
{
    // Found free a moment ago: over a slow link another check is a round trip before the next page.
    constexpr qint64 freeForMs = 30'000;
    const bool knownFree = m_edit->text() == m_freeLogin && m_freeSince.isValid() && m_freeSince.elapsed() < freeForMs;
    if (m_message->showResult(AccountRules::checkLogin(m_edit->text())) && !m_checking && !m_taken && !knownFree)
        checkAvailability();
    if (m_taken)
        m_message->setError(m_takenMessage);
    return isValid();
}

void LoginField::showError(const Error &error)
{
    if (error.code == Error::Code::LoginTaken) {
        // Core knows better than the last answer: taken it is; ask again for a free variant.
        m_taken = true;
        m_freeLogin.clear();
        m_takenMessage = error.message;
        checkAvailability();
        Q_EMIT changed();
    }
    m_message->setError(error.message);
    m_edit->setFocus();
    m_edit->selectAll();
}

void LoginField::clearError()
{
    if (!m_taken)
        m_message->clearError();
}

void LoginField::edited()
{
    // An answer still on its way is about the login before this edit.
    ++m_sequence;
    if (m_pending)
        m_pending->cancel();
    m_checking = false;
    m_taken = false;
    m_freeLogin.clear();
    m_suggestion.clear();
    showSuggestion(false);
    m_message->setHint(QString());
    m_check.stop();
    if (m_message->showResult(AccountRules::checkLogin(m_edit->text())) && !isOwnLogin())
        m_check.start();
    Q_EMIT changed();
}

bool LoginField::isOwnLogin() const
{
    return !m_ownLogin.isEmpty() && AccountRules::loginKey(m_edit->text()) == AccountRules::loginKey(m_ownLogin);
}

void LoginField::checkAvailability()
{
    m_check.stop();
    const QString login = m_edit->text();
    if (!AccountRules::checkLogin(login) || isOwnLogin())
        return;
    const quint64 sequence = ++m_sequence;
    m_checking = true;
    m_message->setHint(tr("Checking whether this login is free…"));
    if (m_pending)
        m_pending->cancel();
    m_pending = m_workspace.call(
        this, [login](WorkspaceServices &services) { return services.accounts.checkLogin(login); },
        [this, sequence, login](const Result<LoginAvailability> &availability) {
            // A later edit or check made this answer stale.
            if (sequence != m_sequence || login != m_edit->text())
                return;
            if (availability && availability->available) {
                m_freeLogin = login;
                m_freeSince.start();
            }
            availabilityKnown(availability);
        },
        Workspace::Priority::Check);
}

void LoginField::availabilityKnown(const Result<LoginAvailability> &availability)
{
    m_checking = false;
    m_message->setHint(QString());
    if (!availability) {
        // Not the person's mistake: say so, and let saving check again.
        qCWarning(lcUi) << "login check failed:" << availability.error().message;
        m_message->setHint(tr("Could not check whether this login is free: %1").arg(availability.error().message));
        Q_EMIT changed();
        return;
    }
    m_taken = !availability->available;
    m_suggestion = availability->suggestion;
    if (m_taken) {
        m_takenMessage = availability->message;
        m_message->setError(availability->message);
        m_suggestionButton->setText(tr("Use \"%1\"").arg(m_suggestion));
    }
    showSuggestion(m_taken && !m_suggestion.isEmpty());
    Q_EMIT changed();
}

void LoginField::useSuggestion()
{
    if (m_suggestion.isEmpty())
        return;
    m_edit->setText(m_suggestion);
    m_edit->setFocus();
}

void LoginField::showSuggestion(bool visible)
{
    if (m_form && m_form->indexOf(m_suggestionButton) >= 0)
        m_form->setRowVisible(m_suggestionButton, visible);
    else
        m_suggestionButton->setVisible(visible);
}

} // namespace bc
