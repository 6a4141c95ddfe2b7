#pragma once

#include "core/storage/database.h"
#include "tests/common/testdatabase.h"

#include <QCommandLineParser>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QTextStream>

#include <memory>
#include <optional>

// A throwaway server as the tests get it (tests/servers/*.sh), for a benchmark's run: started in a
// temporary folder, pointed at by BC_TEST_BACKEND and BC_TEST_SERVER_DIR (so that
// bc::test::freshLocation() makes its databases there), stopped when this goes.
class ThrowawayServer final
{
public:
    // `backend`: "postgresql" or "mariadb"; `serversDir`: tests/servers.
    ThrowawayServer(const QString &backend, const QString &serversDir)
        : m_script(QStringLiteral("%1/%2.sh").arg(serversDir, backend))
        , m_dir(m_parent.filePath(QStringLiteral("server")))
    {
        // As root the server runs as its own user, who must reach the folder.
        QFile::setPermissions(m_parent.path(), QFile::permissions(m_parent.path()) | QFile::ExeOther);
        m_started = QProcess::execute(m_script, {QStringLiteral("start"), m_dir}) == 0;
        if (m_started) {
            qputenv("BC_TEST_BACKEND", backend.toUtf8());
            qputenv("BC_TEST_SERVER_DIR", m_dir.toUtf8());
            if (qEnvironmentVariableIsEmpty("BACKUP_CONSOLE_DATABASE_PASSWORD"))
                qputenv("BACKUP_CONSOLE_DATABASE_PASSWORD", "bc-test-password");
        }
    }
    ~ThrowawayServer()
    {
        if (m_started)
            QProcess::execute(m_script, {QStringLiteral("stop"), m_dir});
    }
    Q_DISABLE_COPY_MOVE(ThrowawayServer)

    bool isStarted() const { return m_started; }

private:
    QTemporaryDir m_parent {QStringLiteral("/tmp/bench-server-XXXXXX")};
    QString m_script;
    QString m_dir;
    bool m_started = false;
};

// The empty database a benchmark fills, as its options say (addOptions()): --server BACKEND starts a
// throwaway server and makes a fresh database there, --database names one, and without either it
// is a temporary SQLite file. Needs BC_SOURCE_DIR (the project's folder) defined.
class BenchDatabase final
{
public:
    BenchDatabase() = default;
    Q_DISABLE_COPY_MOVE(BenchDatabase)

    static void addOptions(QCommandLineParser &parser)
    {
        parser.addOption({QStringLiteral("database"),
                          QStringLiteral("An empty database: a file path, sqlite://, postgresql:// or mariadb:// URL "
                                         "(password from BACKUP_CONSOLE_DATABASE_PASSWORD); default a temporary "
                                         "SQLite file."),
                          QStringLiteral("URL")});
        parser.addOption(
            {QStringLiteral("server"),
             QStringLiteral("Start a throwaway postgresql or mariadb server (tests/servers) and run there."),
             QStringLiteral("BACKEND")});
    }

    // The database the options name, opened; null when it could not be, the reason on `err`.
    std::unique_ptr<bc::Database> open(const QCommandLineParser &parser, QTextStream &err)
    {
        QString location = m_dir.filePath(QStringLiteral("bench.sqlite"));
        if (parser.isSet(QStringLiteral("server"))) {
            m_server.emplace(parser.value(QStringLiteral("server")), QStringLiteral(BC_SOURCE_DIR "/tests/servers"));
            if (!m_server->isStarted()) {
                err << "the server could not be started\n";
                return nullptr;
            }
            location = bc::test::freshLocation(QStringLiteral("bench"));
        } else if (parser.isSet(QStringLiteral("database"))) {
            location = parser.value(QStringLiteral("database"));
        }
        bc::Database::OpenOptions options;
        options.password = qEnvironmentVariable("BACKUP_CONSOLE_DATABASE_PASSWORD");
        auto opened = bc::Database::open(location, options);
        if (!opened) {
            err << opened.error().message << '\n';
            return nullptr;
        }
        return std::move(*opened);
    }

private:
    QTemporaryDir m_dir;
    std::optional<ThrowawayServer> m_server; // after m_dir: stopped before the folder goes
};
