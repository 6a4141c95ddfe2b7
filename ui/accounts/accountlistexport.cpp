#include "ui/accounts/accountlistexport.h"

#include "core/services/accountexport.h"
#include "core/services/actingoperator.h"
#include "core/services/workspace.h"
#include "ui/widgets/csvfileexport.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace bc {

AccountListExport::AccountListExport(Workspace &workspace, std::function<std::pair<AccountQuery, int>()> list,
                                     QMenu *menu, QWidget *window)
    : QObject(window)
    , m_list(std::move(list))
    , m_window(window)
{
    m_export = new CsvFileExport(workspace, window,
                                 //: %1 the file's name, %2 how many accounts are in it so far.
                                 {tr("Export Accounts"), tr("Exporting the accounts to \"%1\"…\nAccounts written: %2")},
                                 u"accountExportProgress"_s);
    connect(m_export, &CsvFileExport::finished, this, [this](qint64 written, const QString &problem, bool canceled) {
        finished(written, problem, canceled, std::exchange(m_path, {}));
    });
    m_action = new QAction(tr("E&xport accounts…"), this);
    m_action->setObjectName(u"exportAccountsAction"_s);
    m_action->setStatusTip(tr("Write every account of the list, as it is filtered and sorted, to a CSV file that "
                              "an import reads back."));
    connect(m_action, &QAction::triggered, this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(m_window, tr("Export Accounts"), QDir::home().filePath(u"accounts.csv"_s),
                                         tr("CSV files (*.csv);;All files (*)"));
        if (!path.isEmpty())
            exportTo(path);
    });
    menu->addAction(m_action);
}

void AccountListExport::exportTo(const QString &path)
{
    const auto [query, count] = m_list();
    const CsvFileExport::Writer writer = [query, count](WorkspaceServices &services, JobProgress &progress,
                                                        QSaveFile &file, qint64 &written) -> QString {
        // What the acting operator may read of the list: never more than the list shows it.
        auto scoped = services.acting.accountScope(query);
        if (!scoped)
            return scoped.error().message;
        QString problem;
        auto done = AccountExport(services.accounts, services.groups, services.catalog)
                        .run(*scoped, -1, [&](const QString &text, qint64 sofar) {
                            if (file.write(text.toUtf8()) < 0) {
                                problem = CsvFileExport::writeProblem(file);
                                return false;
                            }
                            written = sofar;
                            progress.report(int(std::min<qint64>(sofar, INT_MAX)), std::max(count, 0));
                            return !progress.isCanceled();
                        });
        if (!done)
            return done.error().message;
        return problem;
    };
    if (!m_export->start(path, writer))
        return;
    m_path = QDir::toNativeSeparators(path);
    m_action->setEnabled(false);
}

void AccountListExport::finished(qint64 written, const QString &problem, bool canceled, const QString &path)
{
    m_action->setEnabled(true);
    if (canceled) {
        Q_EMIT statusMessage(tr("The export was canceled; no file was written."));
    } else if (!problem.isEmpty()) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Export Accounts"), problem, QMessageBox::Ok, m_window);
        box->setObjectName(u"accountExportError"_s);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    } else {
        //: %1 the file the accounts went to.
        Q_EMIT statusMessage(tr("%n account(s) exported to %1.", nullptr, int(written)).arg(path));
    }
}

} // namespace bc
