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

class ProfileInheritance;

// The last page: everything that will be saved (the password only as set or not), read-only, and the banner that says
// why saving failed. The wizard has core validate and save the whole draft on Finish.
class AccountSummaryPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountSummaryPage)

public:
    using DraftSource = std::function<AccountDraft()>;

    AccountSummaryPage(const ProfileInheritance &inheritance, DraftSource draft, QWidget *parent = nullptr);

    // The group's path and catalog, once read (the storage and subscription names come from it).
    void setGroup(const QString &groupPath, const Catalog &catalog);
    // Finish was pressed: the last problem no longer stands.
    void showSaving();

    // Shows a problem that is no field's fault (the database); everything typed stays.
    void showProblem(const QString &message);
    // The database is unreachable; the wizard tries again by itself (attempt is 1, 2, …).
    void showRetrying(const QString &message, int attempt);

    void initializePage() override;

private:
    QString summaryHtml(const AccountDraft &draft) const;
    QString inheritedValue(const QString &value, const QString &key) const;
    QString namesOf(const QList<qint64> &ids, bool subscriptions) const;

    QString m_groupPath;
    Catalog m_catalog;
    const ProfileInheritance &m_inheritance;
    DraftSource m_draft;
    QLabel *m_banner = nullptr;
    QTextBrowser *m_summary = nullptr;
};

} // namespace bc
