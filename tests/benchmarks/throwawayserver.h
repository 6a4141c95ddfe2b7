#pragma once

#include <QFile>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

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
