#include "app/cli/output.h"

#include <QJsonDocument>

#include <cstdio>
#include <utility>

using namespace Qt::StringLiterals;

namespace bc::cli {

void Output::write(FILE *stream, const QString &text)
{
    QString line = text;
    if (!line.endsWith(u'\n'))
        line += u'\n';
    const QByteArray utf8 = line.toUtf8();
    std::fwrite(utf8.constData(), 1, static_cast<size_t>(utf8.size()), stream);
    std::fflush(stream);
}

void Output::data(const QString &text)
{
    write(stdout, text);
}

void Output::json(const QJsonObject &object)
{
    data(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
}

void Output::json(const QJsonArray &array)
{
    data(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
}

void Output::beginJsonArray(const QString &key)
{
    m_jsonItems = 0;
    m_jsonPending = u"{\n    \"%1\": ["_s.arg(key);
}

void Output::jsonArrayItem(const QJsonObject &item)
{
    // As QJsonDocument indents it two levels down: four spaces a level.
    QString text = QString::fromUtf8(QJsonDocument(item).toJson(QJsonDocument::Indented)).trimmed();
    text.replace(u'\n', u"\n        "_s);
    m_jsonPending += (m_jsonItems++ == 0 ? u"\n        "_s : u",\n        "_s) + text;
    // Out in pieces of some size, not a system call per item.
    if (m_jsonPending.size() >= 64 * 1024) {
        const QByteArray utf8 = m_jsonPending.toUtf8();
        std::fwrite(utf8.constData(), 1, static_cast<size_t>(utf8.size()), stdout);
        m_jsonPending.clear();
    }
}

void Output::endJsonArray(const QJsonObject &rest)
{
    QString members;
    if (!rest.isEmpty()) {
        // The members without the braces around them, indented as the array is.
        members = QString::fromUtf8(QJsonDocument(rest).toJson(QJsonDocument::Indented));
        members = u",\n"_s + members.mid(2, members.size() - 5);
    }
    data(std::exchange(m_jsonPending, {}) + (m_jsonItems == 0 ? u"]"_s : u"\n    ]"_s) + members + u"\n}"_s);
}

void Output::message(const QString &text)
{
    write(stderr, text);
}

ExitCode Output::exitCodeOf(const Error &error)
{
    return error.isDatabaseProblem() ? ExitCode::DatabaseProblem : ExitCode::Rejected;
}

ExitCode Output::error(const Error &error)
{
    const QString text = error.message.isEmpty() ? tr("The change was refused.") : error.message;
    if (error.field.isEmpty())
        message(text);
    else
        //: An error about one input: the input's key (e.g. "login"), then the reason.
        message(tr("%1: %2").arg(error.field, text));
    return exitCodeOf(error);
}

ExitCode Output::errors(const QList<Error> &errors)
{
    ExitCode code = ExitCode::Success;
    for (const Error &item : errors) {
        const ExitCode itemCode = error(item);
        if (code != ExitCode::DatabaseProblem)
            code = itemCode;
    }
    return code;
}

QList<Error> Output::merged(QList<Error> errors, const QList<Error> &more)
{
    for (const Error &error : more) {
        const bool known = std::any_of(errors.cbegin(), errors.cend(),
                                       [&error](const Error &other) { return other.field == error.field; });
        if (!known)
            errors.append(error);
    }
    return errors;
}

ExitCode Output::refused(const Error &refusal)
{
    const ExitCode code = error(refusal);
    return code == ExitCode::DatabaseProblem ? code : ExitCode::NotAllowed;
}

ExitCode Output::usageError(const QString &text, const QString &hint)
{
    message(text);
    if (!hint.isEmpty())
        message(hint);
    return ExitCode::Usage;
}

} // namespace bc::cli
