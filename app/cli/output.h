#pragma once

#include "app/cli/exitcode.h"

#include "core/domain/error.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace bc::cli {

// Where the CLI writes: data to stdout, messages and errors to stderr, both UTF-8.
// With --json, stdout carries exactly one JSON document and nothing else.
class Output
{
    Q_DECLARE_TR_FUNCTIONS(bc::cli::Output)

public:
    Output() = default;

    void data(const QString &text);
    void json(const QJsonObject &object);
    void json(const QJsonArray &array);
    void message(const QString &text);
    // An object whose array under `key` is written item by item as they come, then its other
    // members (`rest`): what json() would write, for a list of any length. A failure part way
    // leaves the document unfinished, and the exit status says so.
    void beginJsonArray(const QString &key);
    void jsonArrayItem(const QJsonObject &item);
    void endJsonArray(const QJsonObject &rest);

    // Writes "field: message" (or the message alone) and returns the exit status it means.
    ExitCode error(const Error &error);
    // The first database problem decides the status; otherwise the input was rejected.
    ExitCode errors(const QList<Error> &errors);
    ExitCode usageError(const QString &message, const QString &hint);
    // Writes why the operator may not (or nobody signed in): exit status 4, or 3 for a database problem.
    ExitCode refused(const Error &error);

    static ExitCode exitCodeOf(const Error &error);
    // `errors`, then those of `more` about a field none of `errors` names: one message per field.
    static QList<Error> merged(QList<Error> errors, const QList<Error> &more);

private:
    static void write(FILE *stream, const QString &text);

    qsizetype m_jsonItems = 0; // since beginJsonArray()
    QString m_jsonPending; // not written yet
};

} // namespace bc::cli
