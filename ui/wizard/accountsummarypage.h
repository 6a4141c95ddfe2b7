#pragma once

#include "core/domain/account.h"
#include "core/domain/catalog.h"
#include "core/domain/error.h"

#include <QList>
#include <QWizardPage>

#include <functional>

class QLabel;
class QTextBrowser;

namespace bc {

class AccountService;
class ProfileInheritance;

// The last page: everything that will be saved (the password only as set or not), read-only, and the banner that says
// why saving failed. Before Finish it has AccountService validate the whole draft, the taken login included.
class AccountSummaryPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountSummaryPage)

public:
    using DraftSource = std::function<AccountDraft()>;

    AccountSummaryPage(AccountService &accounts, qint64 groupId, const QString &groupPath, const Catalog &catalog,
                       const ProfileInheritance &inheritance, DraftSource draft, QWidget *parent = nullptr);

    // Shows a problem that is no field's fault (the database); everything typed stays.
    void showProblem(const QString &message);
    // The database is unreachable; the wizard tries again by itself (attempt is 1, 2, …).
    void showRetrying(const QString &message, int attempt);

    void initializePage() override;
    bool validatePage() override;

Q_SIGNALS:
    // The draft broke a rule after all (e.g. someone took the login meanwhile).
    void errorsFound(const QList<bc::Error> &errors);

private:
    QString summaryHtml(const AccountDraft &draft) const;
    QString inheritedValue(const QString &value, const QString &key) const;
    QString namesOf(const QList<qint64> &ids, bool subscriptions) const;

    AccountService &m_accounts;
    qint64 m_groupId;
    QString m_groupPath;
    Catalog m_catalog;
    const ProfileInheritance &m_inheritance;
    DraftSource m_draft;
    QLabel *m_banner = nullptr;
    QTextBrowser *m_summary = nullptr;
};

} // namespace bc
