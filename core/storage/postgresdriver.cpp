#include "core/storage/postgresdriver.h"

#include "core/platform/logging.h"
#include "core/storage/postgresresult.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>

#include <libpq-fe.h>

#include <cmath>

Q_DECLARE_OPAQUE_POINTER(PGconn *)
Q_DECLARE_METATYPE(PGconn *)

using namespace Qt::StringLiterals;

namespace bc {

PostgresDriver::PostgresDriver(QObject *parent)
    : QSqlDriver(parent)
{
}

PostgresDriver::~PostgresDriver()
{
    PQfinish(m_connection);
}

namespace {

// A value of a libpq connection string, quoted.
QString quoted(QString value)
{
    value.replace(u'\\', "\\\\"_L1);
    value.replace(u'\'', "\\'"_L1);
    return u'\'' + value + u'\'';
}

} // namespace

bool PostgresDriver::open(const QString &database, const QString &user, const QString &password, const QString &host,
                          int port, const QString &options)
{
    close();
    QStringList parameters;
    if (!host.isEmpty())
        parameters << u"host="_s + quoted(host);
    if (!database.isEmpty())
        parameters << u"dbname="_s + quoted(database);
    if (!user.isEmpty())
        parameters << u"user="_s + quoted(user);
    if (!password.isEmpty())
        parameters << u"password="_s + quoted(password);
    if (port != -1)
        parameters << u"port="_s + quoted(QString::number(port));
    // The encoding goes in the connection's first message, not in a SET of its own.
    parameters << u"client_encoding='UTF8'"_s;
    if (!options.isEmpty())
        parameters << QString(options).replace(u';', u' ');
    m_connection = PQconnectdb(parameters.join(u' ').toUtf8().constData());
    if (PQstatus(m_connection) != CONNECTION_OK) {
        setLastError(QSqlError(QStringLiteral("Unable to connect"),
                               QString::fromUtf8(PQerrorMessage(m_connection)).trimmed(), QSqlError::ConnectionError));
        setOpenError(true);
        PQfinish(std::exchange(m_connection, nullptr));
        return false;
    }
    // Dates and times are read as ISO 8601. The server said at the start how it writes them; only
    // one set up otherwise is asked to change.
    const char *dateStyle = PQparameterStatus(m_connection, "DateStyle");
    if ((!dateStyle || !QByteArrayView(dateStyle).startsWith("ISO"))
        && !command("SET DateStyle TO 'ISO'", QStringLiteral("Unable to set the date style"))) {
        setOpenError(true);
        PQfinish(std::exchange(m_connection, nullptr));
        return false;
    }
    // The server's notices go to the log, not to the program's standard error.
    PQsetNoticeProcessor(
        m_connection,
        [](void *, const char *message) { qCDebug(lcDb).noquote() << QString::fromUtf8(message).trimmed(); }, nullptr);
    setOpen(true);
    setOpenError(false);
    return true;
}

void PostgresDriver::close()
{
    m_aheadUnread = false;
    m_ahead = {};
    PQfinish(std::exchange(m_connection, nullptr));
    setOpen(false);
    setOpenError(false);
}

bool PostgresDriver::hasFeature(DriverFeature feature) const
{
    switch (feature) {
    case Transactions:
    case QuerySize:
    case BLOB:
    case Unicode:
    case MultipleResultSets:
    case LowPrecisionNumbers:
        return true;
    case PreparedQueries: // QSqlResult writes the values into the text (see the class's comment)
    case PositionalPlaceholders:
    case NamedPlaceholders:
    case LastInsertId: // INSERT … RETURNING
    case BatchOperations:
    case SimpleLocking:
    case EventNotifications: // read from libpq (ChangeWatcher)
    case FinishQuery:
    case CancelQuery:
        return false;
    }
    return false;
}

QSqlResult *PostgresDriver::createResult() const
{
    return new PostgresResult(this);
}

QVariant PostgresDriver::handle() const
{
    return QVariant::fromValue(m_connection);
}

void PostgresDriver::discardResults()
{
    if (!m_connection)
        return;
    if (std::exchange(m_aheadUnread, false)) {
        // One result a statement until the first that failed, which ends the message.
        m_ahead = {};
        while (PGresult *result = PQgetResult(m_connection)) {
            const ExecStatusType status = PQresultStatus(result);
            if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) {
                ++m_ahead.ran;
            } else if (!m_ahead.error.isValid()) {
                const bool failed = status == PGRES_FATAL_ERROR;
                m_ahead.error = QSqlError(
                    QStringLiteral("Unable to run the statement"),
                    QString::fromUtf8(failed ? PQresultErrorMessage(result) : PQerrorMessage(m_connection)).trimmed(),
                    QSqlError::StatementError,
                    failed ? QString::fromLatin1(PQresultErrorField(result, PG_DIAG_SQLSTATE)) : QString());
            }
            PQclear(result);
        }
        // The connection broke before the answer came: no result at all said so.
        if (!m_ahead.error.isValid() && PQstatus(m_connection) == CONNECTION_BAD)
            m_ahead.error =
                QSqlError(QStringLiteral("Unable to run the statement"),
                          QString::fromUtf8(PQerrorMessage(m_connection)).trimmed(), QSqlError::StatementError);
        return;
    }
    while (PGresult *result = PQgetResult(m_connection))
        PQclear(result);
}

void PostgresDriver::sendAhead(const QString &statements)
{
    if (!m_connection) {
        m_ahead = {0,
                   QSqlError(QStringLiteral("Unable to send the statement"), QStringLiteral("no connection"),
                             QSqlError::ConnectionError)};
        return;
    }
    discardResults();
    ++m_sent;
    if (!PQsendQuery(m_connection, statements.toUtf8().constData())) {
        setLastError(QSqlError(QStringLiteral("Unable to send the statement"),
                               QString::fromUtf8(PQerrorMessage(m_connection)).trimmed(), QSqlError::StatementError));
        m_ahead = {0, lastError()};
        return;
    }
    m_aheadUnread = true;
}

PostgresDriver::AheadAnswer PostgresDriver::takeAhead()
{
    if (m_aheadUnread)
        discardResults();
    return std::exchange(m_ahead, {});
}

bool PostgresDriver::command(const char *sql, const QString &what)
{
    if (!m_connection)
        return false;
    discardResults();
    ++m_sent;
    PGresult *result = PQexec(m_connection, sql);
    // A COMMIT of a transaction that had failed answers ROLLBACK.
    const bool done = PQresultStatus(result) == PGRES_COMMAND_OK
        && (qstrcmp(sql, "COMMIT") != 0 || qstrcmp(PQcmdStatus(result), "ROLLBACK") != 0);
    if (!done) {
        const bool failed = PQresultStatus(result) == PGRES_FATAL_ERROR;
        setLastError(QSqlError(
            what, QString::fromUtf8(failed ? PQresultErrorMessage(result) : PQerrorMessage(m_connection)).trimmed(),
            QSqlError::TransactionError,
            failed ? QString::fromLatin1(PQresultErrorField(result, PG_DIAG_SQLSTATE)) : QString()));
    }
    PQclear(result);
    return done;
}

bool PostgresDriver::beginTransaction()
{
    return command("BEGIN", QStringLiteral("Unable to begin a transaction"));
}

bool PostgresDriver::commitTransaction()
{
    return command("COMMIT", QStringLiteral("Unable to commit the transaction"));
}

bool PostgresDriver::rollbackTransaction()
{
    return command("ROLLBACK", QStringLiteral("Unable to roll the transaction back"));
}

QStringList PostgresDriver::tables(QSql::TableType type) const
{
    QStringList kinds;
    if (type & QSql::Tables)
        kinds << u"'r'"_s << u"'p'"_s;
    if (type & QSql::Views)
        kinds << u"'v'"_s << u"'m'"_s;
    QStringList names;
    if (!isOpen() || (kinds.isEmpty() && !(type & QSql::SystemTables)))
        return names;
    // Tables of the public schema by their names, others with their schema's; the system's own
    // only when asked for.
    QStringList where;
    if (!kinds.isEmpty())
        where << u"(c.relkind IN (%1) AND n.nspname NOT IN ('pg_catalog', 'information_schema') "
                 "AND n.nspname NOT LIKE 'pg\\_%')"_s.arg(kinds.join(u", "_s));
    if (type & QSql::SystemTables)
        where << u"(c.relkind = 'r' AND n.nspname = 'pg_catalog')"_s;
    QSqlQuery query(createResult());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT CASE WHEN n.nspname IN ('public', 'pg_catalog') THEN c.relname "
                    "ELSE n.nspname || '.' || c.relname END FROM pg_class c "
                    "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE "_s
                    + where.join(u" OR "_s) + u" ORDER BY 1"_s))
        return names;
    while (query.next())
        names << query.value(0).toString();
    return names;
}

QString PostgresDriver::formatValue(const QSqlField &field, bool trimStrings) const
{
    if (field.isNull())
        return u"NULL"_s;
    const QVariant value = field.value();
    switch (field.metaType().id()) {
    case QMetaType::Bool:
        return value.toBool() ? u"TRUE"_s : u"FALSE"_s;
    case QMetaType::Float:
    case QMetaType::Double: {
        const double number = value.toDouble();
        if (std::isnan(number))
            return u"'NaN'"_s;
        if (std::isinf(number))
            return number < 0 ? u"'-Infinity'"_s : u"'Infinity'"_s;
        return QString::number(number, 'g', QLocale::FloatingPointShortest);
    }
    case QMetaType::QString:
    case QMetaType::QChar: {
        QString text = value.toString();
        if (trimStrings) {
            while (!text.isEmpty() && text.back().isSpace())
                text.chop(1);
        }
        text.replace(u'\'', "''"_L1);
        // An escape string reads the same whatever standard_conforming_strings says.
        if (text.contains(u'\\'))
            return "E'"_L1 + text.replace(u'\\', "\\\\"_L1) + u'\'';
        return u'\'' + text + u'\'';
    }
    case QMetaType::QByteArray: // hexadecimal bytea input, in an escape string for the same reason
        return "E'\\\\x"_L1 + QString::fromLatin1(value.toByteArray().toHex()) + u'\'';
    case QMetaType::QDateTime: {
        const QDateTime when = value.toDateTime();
        if (!when.isValid())
            return u"NULL"_s;
        return "TIMESTAMP WITH TIME ZONE '"_L1 + when.toUTC().toString(Qt::ISODateWithMs) + u'\'';
    }
    case QMetaType::QTime: {
        const QTime time = value.toTime();
        return time.isValid() ? u'\'' + time.toString(u"hh:mm:ss.zzz") + u'\'' : u"NULL"_s;
    }
    default:
        return QSqlDriver::formatValue(field, trimStrings);
    }
}

QString PostgresDriver::escapeIdentifier(const QString &identifier, IdentifierType type) const
{
    if (isIdentifierEscaped(identifier, type))
        return identifier;
    return u'"' + QString(identifier).replace(u'"', "\"\""_L1) + u'"';
}

} // namespace bc
