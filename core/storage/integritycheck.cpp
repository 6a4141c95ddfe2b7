#include "core/storage/integritycheck.h"

#include "core/platform/logging.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMutex>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <condition_variable>
#include <mutex>
#include <thread>

using namespace Qt::StringLiterals;

namespace bc {

namespace {

// SQLite result codes (the low byte of an extended code).
constexpr int sqliteInterrupt = 9;
constexpr int sqliteCorrupt = 11;
constexpr int sqliteNotADb = 26;

int primaryCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

// The sqlite3 handle behind a QSQLITE connection. Debian's driver uses the system's libsqlite3,
// the library this one links, so the handle may be given to its functions.
sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

// Interrupts the statements of `handle` once `budget` has passed, unless stopped first.
class Watchdog final
{
public:
    Watchdog(sqlite3 *handle, std::chrono::milliseconds budget)
    {
        if (!handle || budget.count() <= 0)
            return;
        m_thread = std::jthread([this, handle, budget](std::stop_token stop) {
            std::unique_lock lock(m_mutex);
            if (!m_wakeUp.wait_for(lock, stop, budget, [] { return false; }) && !stop.stop_requested()) {
                m_fired = true;
                sqlite3_interrupt(handle);
            }
        });
    }
    ~Watchdog() { stop(); }
    Q_DISABLE_COPY_MOVE(Watchdog)

    // Stops waiting; true when the budget had run out.
    bool stop()
    {
        if (m_thread.joinable()) {
            m_thread.request_stop();
            m_thread.join();
        }
        return m_fired;
    }

private:
    std::mutex m_mutex;
    std::condition_variable_any m_wakeUp;
    bool m_fired = false;
    std::jthread m_thread;
};

} // namespace

Result<IntegrityCheck::Outcome> IntegrityCheck::checkFile(const QString &path, Depth depth,
                                                          std::chrono::milliseconds budget)
{
    static QAtomicInteger<quint64> counter;
    const QString name = u"bc-check-%1"_s.arg(counter.fetchAndAddRelaxed(1));
    Outcome outcome;
    std::optional<Error> error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        // Read-only: checking a file never writes it (nor creates it when it is missing).
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"_s);
        if (!db.isValid()) {
            error = Error {Error::Code::CannotOpen, QString(),
                           tr("The SQLite driver for Qt is missing; install the package libqt6sql6-sqlite.")};
        } else if (!db.open()) {
            qCWarning(lcDb).noquote() << "integrity check: cannot open" << path << db.lastError().text();
            error = Error {Error::Code::CannotOpen, QString(),
                           tr("The database file \"%1\" could not be read.").arg(QDir::toNativeSeparators(path))};
        } else {
            QElapsedTimer timer;
            timer.start();
            Watchdog watchdog(handleOf(db), budget);
            QSqlQuery query(db);
            const QString sql = depth == Depth::Quick ? u"PRAGMA quick_check"_s : u"PRAGMA integrity_check"_s;
            if (query.exec(sql)) {
                while (query.next()) {
                    const QString finding = query.value(0).toString();
                    if (finding != "ok"_L1)
                        outcome.findings.append(finding);
                }
            }
            const QSqlError failure = query.lastError();
            query.finish();
            const bool interrupted = watchdog.stop();
            if (failure.isValid()) {
                switch (primaryCode(failure)) {
                case sqliteInterrupt:
                    outcome.complete = !interrupted;
                    break;
                case sqliteNotADb:
                    outcome.notADatabase = true;
                    [[fallthrough]];
                case sqliteCorrupt:
                    outcome.findings.append(failure.databaseText());
                    break;
                default:
                    qCWarning(lcDb).noquote() << "integrity check of" << path << "failed:" << failure.text();
                    error =
                        Error {Error::Code::CannotOpen, QString(),
                               tr("The database file \"%1\" could not be read.").arg(QDir::toNativeSeparators(path))};
                }
            }
            outcome.damaged = !outcome.findings.isEmpty();
            qCInfo(lcPerf).noquote() << (depth == Depth::Quick ? "quick_check" : "integrity_check") << "of" << path
                                     << "took" << timer.elapsed() << "ms"
                                     << (outcome.complete ? "" : "(stopped: budget spent)");
            if (outcome.damaged)
                qCWarning(lcDb).noquote() << path << "is damaged:" << outcome.findings.mid(0, 20).join(u"; "_s);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    if (error)
        return fail(*error);
    return outcome;
}

Result<void> IntegrityCheck::beforeOpening(const QString &path)
{
    static QMutex mutex;
    static QSet<QString> intact; // path, size and time stamp of files found intact
    const QFileInfo info(path);
    if (!info.exists() || info.size() == 0)
        return {}; // a new database: nothing to check yet
    const QString key =
        u"%1|%2|%3"_s.arg(info.absoluteFilePath()).arg(info.size()).arg(info.lastModified().toMSecsSinceEpoch());
    {
        const QMutexLocker locker(&mutex);
        if (intact.contains(key))
            return {};
    }
    auto outcome = checkFile(info.absoluteFilePath(), Depth::Quick, openBudget);
    if (!outcome)
        return fail(outcome.error());
    if (outcome->notADatabase)
        return {}; // not damaged, not ours: opening says so
    if (outcome->damaged)
        return fail(damaged(info.absoluteFilePath()));
    if (!outcome->complete)
        qCWarning(lcDb).noquote() << "the quick check of" << path << "stopped after" << openBudget.count()
                                  << "ms; `backup-console-cli database check` checks all of it";
    // Checked as far as the budget went: the workers' connections do not wait for it again.
    const QMutexLocker locker(&mutex);
    intact.insert(key);
    return {};
}

Error IntegrityCheck::damaged(const QString &path)
{
    const QString file = QDir::toNativeSeparators(path);
    return {Error::Code::CannotOpen, QString(),
            tr("The database file \"%1\" is damaged: parts of it cannot be read. The console does not open "
               "it, so that nothing is written on top of the damage.\n\nRestore the file from a backup. To rescue "
               "what is still readable into a new file, run:\n    sqlite3 \"%1\" .recover | sqlite3 \"%2\"")
                .arg(file, QDir::toNativeSeparators(path + u".recovered"_s))};
}

} // namespace bc
