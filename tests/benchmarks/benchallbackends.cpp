// bench_account_list --all-backends: the three backends side by side, each run in a process of its
// own, so that the resident memory measured is that backend's alone.
#include "benchlist.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace {

struct Backend
{
    QString key;
    QString title;
    QStringList arguments;
};

const QList<Backend> backends {{u"sqlite"_s, u"SQLite"_s, {}},
                               {u"postgresql"_s, u"PostgreSQL"_s, {u"--server"_s, u"postgresql"_s}},
                               {u"mariadb"_s, u"MariaDB"_s, {u"--server"_s, u"mariadb"_s}}};

// A figure of one operation: "project_ms" or "project_mb".
QJsonValue figureOf(const QJsonObject &run, const QString &operation)
{
    const QJsonObject entry = run.value(operation).toObject();
    return entry.contains(u"project_mb"_s) ? entry.value(u"project_mb"_s) : entry.value(u"project_ms"_s);
}

} // namespace

int runAllBackends(const QStringList &arguments, bool json, QTextStream &out, QTextStream &err)
{
    QJsonObject all;
    int status = 0;
    for (const Backend &backend : backends) {
        err << "--- " << backend.title << '\n';
        err.flush();
        QProcess run;
        run.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        run.start(QCoreApplication::applicationFilePath(),
                  arguments + backend.arguments + QStringList {u"--json"_s, u"--no-baseline"_s});
        run.waitForFinished(-1);
        // The object, after whatever the server's start script printed.
        const QByteArray printed = run.readAllStandardOutput();
        const qsizetype start = printed.startsWith('{') ? 0 : printed.indexOf("\n{") + 1;
        const QJsonDocument answer = QJsonDocument::fromJson(start >= 0 ? printed.mid(start) : QByteArray());
        if (run.exitStatus() != QProcess::NormalExit || run.exitCode() != 0 || !answer.isObject()) {
            err << backend.title << ": the run failed (exit status " << run.exitCode() << ")\n";
            all.insert(backend.key, QJsonValue());
            status = 3;
            continue;
        }
        all.insert(backend.key, answer.object());
    }
    if (json) {
        out << QJsonDocument(all).toJson(QJsonDocument::Indented);
        return status;
    }
    // The rows in the order of the first run that answered; each run names its own searches.
    QJsonArray order;
    for (const Backend &backend : backends) {
        if (all.value(backend.key).isObject()) {
            order = all.value(backend.key).toObject().value(u"operations"_s).toArray();
            break;
        }
    }
    out << u"%1"_s.arg(u"operation"_s, -40);
    for (const Backend &backend : backends)
        out << u" %1"_s.arg(backend.title, 12);
    out << '\n';
    const auto row = [&](const QString &title, const std::function<QString(const QJsonObject &)> &cell) {
        out << u"%1"_s.arg(title, -40);
        for (const Backend &backend : backends) {
            const QJsonValue run = all.value(backend.key);
            out << u" %1"_s.arg(run.isObject() ? cell(run.toObject()) : u"failed"_s, 12);
        }
        out << '\n';
    };
    for (qsizetype i = 0; i < order.size(); ++i) {
        const QString title = order.at(i).toString();
        const QString unit = title.startsWith(u"resident"_s) ? u"MB"_s : u"ms"_s;
        row(title, [&](const QJsonObject &run) {
            const QString own = run.value(u"operations"_s).toArray().at(i).toString();
            const QJsonValue figure = figureOf(run, own);
            return figure.isDouble() ? u"%1 %2"_s.arg(figure.toDouble(), 0, 'f', 1).arg(unit) : u"-"_s;
        });
    }
    row(u"generated in"_s, [](const QJsonObject &run) {
        const QJsonValue generated = run.value(u"generation_ms"_s);
        return generated.isDouble() ? u"%1 s"_s.arg(generated.toDouble() / 1000, 0, 'f', 0) : u"(existing)"_s;
    });
    row(u"accounts"_s, [](const QJsonObject &run) { return QString::number(run.value(u"accounts"_s).toInt()); });
    row(u"groups"_s, [](const QJsonObject &run) { return QString::number(run.value(u"groups"_s).toInt()); });
    return status;
}
