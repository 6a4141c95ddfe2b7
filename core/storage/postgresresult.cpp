#include "core/storage/postgresresult.h"

#include "core/storage/postgresdriver.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSqlField>
#include <QSqlRecord>

#include <libpq-fe.h>

#include <cmath>

using namespace Qt::StringLiterals;

namespace bc {

namespace {

// Type oids of the built-in types (PostgreSQL's catalog/pg_type_d.h, which is not installed for
// clients).
enum TypeOid : Oid
{
    BoolOid = 16,
    ByteaOid = 17,
    Int8Oid = 20,
    Int2Oid = 21,
    Int4Oid = 23,
    OidOid = 26,
    XidOid = 28,
    CidOid = 29,
    Float4Oid = 700,
    Float8Oid = 701,
    DateOid = 1082,
    TimeOid = 1083,
    TimestampOid = 1114,
    TimestampTzOid = 1184,
    TimeTzOid = 1266,
    NumericOid = 1700,
};

// The Qt type of a column of type `oid`, as QPSQL gives it.
QMetaType metaTypeOf(Oid oid)
{
    switch (oid) {
    case BoolOid:
        return QMetaType::fromType<bool>();
    case Int2Oid:
    case Int4Oid:
        return QMetaType::fromType<int>();
    case Int8Oid:
    case OidOid:
    case XidOid:
    case CidOid:
        return QMetaType::fromType<qlonglong>();
    case Float4Oid:
    case Float8Oid:
    case NumericOid:
        return QMetaType::fromType<double>();
    case DateOid:
        return QMetaType::fromType<QDate>();
    case TimeOid:
    case TimeTzOid:
        return QMetaType::fromType<QTime>();
    case TimestampOid:
    case TimestampTzOid:
        return QMetaType::fromType<QDateTime>();
    case ByteaOid:
        return QMetaType::fromType<QByteArray>();
    default:
        return QMetaType::fromType<QString>();
    }
}

double doubleOf(const char *text, bool *ok)
{
    const QByteArrayView view(text);
    if (view == "NaN")
        return std::nan("");
    if (view == "Infinity")
        return HUGE_VAL;
    if (view == "-Infinity")
        return -HUGE_VAL;
    return view.toDouble(ok);
}

// A timestamp as the server writes it with DateStyle ISO: "2026-12-07 02:30:00.123" (UTC for a
// column without time zone) or "2026-12-07 03:30:00.123+01" (with one; minutes and seconds of the
// offset when it has them, "+05:30").
QDateTime timestampOf(QByteArrayView text, bool withZone)
{
    QString iso = QString::fromLatin1(text);
    if (iso.size() > 10 && iso.at(10) == u' ')
        iso[10] = u'T';
    if (!withZone) {
        iso += u'Z';
    } else {
        // Qt reads "+hh:mm" and "+hhmm"; the server leaves out ":00".
        const qsizetype sign = std::max(iso.lastIndexOf(u'+'), iso.lastIndexOf(u'-'));
        if (sign > 10 && iso.size() - sign == 3)
            iso += ":00"_L1;
    }
    const QDateTime when = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return when.isValid() ? when.toUTC() : QDateTime();
}

} // namespace

PostgresResult::PostgresResult(const PostgresDriver *driver)
    : QSqlResult(driver)
{
}

PostgresResult::~PostgresResult()
{
    cleanup();
}

PostgresDriver *PostgresResult::owner() const
{
    return const_cast<PostgresDriver *>(static_cast<const PostgresDriver *>(driver()));
}

PGconn *PostgresResult::connection() const
{
    return driver() ? owner()->m_connection : nullptr;
}

QSqlError PostgresResult::error(const QString &text, QSqlError::ErrorType type) const
{
    QString message;
    QString code;
    if (m_result && PQresultStatus(m_result) == PGRES_FATAL_ERROR) {
        message = QString::fromUtf8(PQresultErrorMessage(m_result));
        code = QString::fromLatin1(PQresultErrorField(m_result, PG_DIAG_SQLSTATE));
    } else if (PGconn *conn = connection()) {
        message = QString::fromUtf8(PQerrorMessage(conn));
    }
    return QSqlError(text, message.trimmed(), type, code);
}

void PostgresResult::cleanup()
{
    // What the server still sends for these statements is read now: until then libpq keeps the
    // connection busy with them, and takes in nothing else (a notification, ChangeWatcher's).
    if (m_streaming && driver() && m_sent == owner()->m_sent)
        owner()->discardResults();
    PQclear(m_result);
    m_result = nullptr;
    for (PGresult *later : std::as_const(m_later))
        PQclear(later);
    m_later.clear();
    m_streaming = false;
    m_moreRows = false;
    setAt(QSql::BeforeFirstRow);
    setSelect(false);
    setActive(false);
}

bool PostgresResult::reset(const QString &query)
{
    cleanup();
    PGconn *conn = connection();
    if (!conn || !driver()->isOpen() || driver()->isOpenError())
        return false;
    owner()->discardResults();
    m_sent = ++owner()->m_sent;
    if (!PQsendQuery(conn, query.toUtf8().constData())) {
        setLastError(error(QStringLiteral("Unable to send the statement"), QSqlError::StatementError));
        return false;
    }
    m_streaming = isForwardOnly() && PQsetSingleRowMode(conn);
    m_result = PQgetResult(conn);
    if (!m_streaming) {
        while (PGresult *later = PQgetResult(conn))
            m_later.append(later);
    }
    return takeResult();
}

bool PostgresResult::takeResult()
{
    setAt(QSql::BeforeFirstRow);
    m_moreRows = false;
    switch (m_result ? PQresultStatus(m_result) : PGRES_EMPTY_QUERY) {
    case PGRES_SINGLE_TUPLE:
        m_moreRows = true;
        [[fallthrough]];
    case PGRES_TUPLES_OK:
        setSelect(true);
        setActive(true);
        return true;
    case PGRES_COMMAND_OK:
        setSelect(false);
        setActive(true);
        return true;
    default:
        setSelect(false);
        setActive(false);
        if (m_result) // no result at all: the statements before had all there was
            setLastError(error(QStringLiteral("Unable to run the statement"), QSqlError::StatementError));
        return false;
    }
}

bool PostgresResult::receiveRow()
{
    if (!m_moreRows)
        return false;
    if (m_sent != owner()->m_sent) {
        // Another statement went on this connection meanwhile: the rest of these rows is gone.
        m_moreRows = false;
        setLastError(QSqlError(QStringLiteral("The rest of the rows were dropped for a later statement"), QString(),
                               QSqlError::StatementError));
        return false;
    }
    PQclear(m_result);
    m_result = PQgetResult(connection());
    switch (m_result ? PQresultStatus(m_result) : PGRES_FATAL_ERROR) {
    case PGRES_SINGLE_TUPLE:
        return true;
    case PGRES_TUPLES_OK: // the end of the set, without rows
        m_moreRows = false;
        return false;
    default:
        m_moreRows = false;
        setLastError(error(QStringLiteral("Unable to read a row"), QSqlError::StatementError));
        return false;
    }
}

bool PostgresResult::fetch(int row)
{
    if (!isActive() || !isSelect() || row < 0)
        return false;
    if (at() == row)
        return true;
    if (m_streaming) {
        if (row < at())
            return false;
        while (at() < row) {
            if (!fetchNext())
                return false;
        }
        return true;
    }
    if (row >= PQntuples(m_result))
        return false;
    setAt(row);
    return true;
}

bool PostgresResult::fetchFirst()
{
    if (!isActive() || !isSelect())
        return false;
    if (at() == 0)
        return true;
    if (m_streaming) {
        // The first row came with the result set itself.
        if (at() != QSql::BeforeFirstRow || PQntuples(m_result) == 0)
            return false;
        setAt(0);
        return true;
    }
    return fetch(0);
}

bool PostgresResult::fetchNext()
{
    if (!isActive() || !isSelect() || at() == QSql::AfterLastRow)
        return false;
    if (at() == QSql::BeforeFirstRow)
        return fetchFirst();
    if (m_streaming) {
        if (!receiveRow())
            return false;
        setAt(at() + 1);
        return true;
    }
    return fetch(at() + 1);
}

bool PostgresResult::fetchLast()
{
    if (!isActive() || !isSelect())
        return false;
    if (m_streaming) {
        if (at() == QSql::AfterLastRow || !fetchFirst())
            return false;
        while (fetchNext()) { }
        return lastError().type() == QSqlError::NoError;
    }
    return fetch(PQntuples(m_result) - 1);
}

bool PostgresResult::nextResult()
{
    if (!isActive())
        return false;
    if (m_streaming) {
        // Whatever is left of this set is read and dropped first.
        while (m_moreRows) {
            if (!receiveRow() && lastError().isValid())
                return false;
        }
        if (m_sent != owner()->m_sent)
            return false;
        PQclear(m_result);
        m_result = PQgetResult(connection());
    } else {
        PQclear(m_result);
        m_result = m_later.isEmpty() ? nullptr : m_later.takeFirst();
    }
    return takeResult();
}

QVariant PostgresResult::data(int field)
{
    if (!m_result || field < 0 || field >= PQnfields(m_result) || row() < 0 || row() >= PQntuples(m_result))
        return {};
    const Oid type = PQftype(m_result, field);
    const QMetaType metaType = metaTypeOf(type);
    if (PQgetisnull(m_result, row(), field))
        return QVariant(metaType, nullptr);
    const char *text = PQgetvalue(m_result, row(), field);
    const QByteArrayView view(text, PQgetlength(m_result, row(), field));
    bool ok = true;
    switch (type) {
    case BoolOid:
        return view == "t";
    case Int2Oid:
    case Int4Oid:
        return view.toInt();
    case Int8Oid:
    case OidOid:
    case XidOid:
    case CidOid:
        return view.toLongLong();
    case NumericOid:
        switch (numericalPrecisionPolicy()) {
        case QSql::HighPrecision:
            return QString::fromLatin1(view);
        case QSql::LowPrecisionInt64:
            return qlonglong(doubleOf(text, &ok));
        case QSql::LowPrecisionInt32:
            return int(doubleOf(text, &ok));
        case QSql::LowPrecisionDouble:
            break;
        }
        [[fallthrough]];
    case Float4Oid:
    case Float8Oid: {
        const double value = doubleOf(text, &ok);
        return ok ? QVariant(value) : QVariant(metaType, nullptr);
    }
    case DateOid:
        return QDate::fromString(QString::fromLatin1(view), Qt::ISODate);
    case TimeOid:
    case TimeTzOid: {
        // "10:30:00.123456", and with a zone "10:30:00+01": to milliseconds, without the zone.
        QString time = QString::fromLatin1(view);
        if (const qsizetype zone = time.indexOf(QRegularExpression(u"[+-]"_s)); zone > 0)
            time.truncate(zone);
        return QTime::fromString(time.left(12), Qt::ISODateWithMs);
    }
    case TimestampOid:
    case TimestampTzOid:
        return timestampOf(view, type == TimestampTzOid);
    case ByteaOid: {
        size_t length = 0;
        unsigned char *bytes = PQunescapeBytea(reinterpret_cast<const unsigned char *>(text), &length);
        QByteArray value(reinterpret_cast<const char *>(bytes), qsizetype(length));
        PQfreemem(bytes);
        return value;
    }
    default:
        return QString::fromUtf8(view);
    }
}

bool PostgresResult::isNull(int field)
{
    if (!m_result || field < 0 || field >= PQnfields(m_result) || row() < 0 || row() >= PQntuples(m_result))
        return true;
    return PQgetisnull(m_result, row(), field);
}

int PostgresResult::size()
{
    return isSelect() && !m_streaming && m_result ? PQntuples(m_result) : -1;
}

int PostgresResult::numRowsAffected()
{
    return m_result ? QByteArrayView(PQcmdTuples(m_result)).toInt() : -1;
}

QSqlRecord PostgresResult::record() const
{
    QSqlRecord fields;
    if (!isActive() || !isSelect() || !m_result)
        return fields;
    for (int i = 0, count = PQnfields(m_result); i < count; ++i)
        fields.append(QSqlField(QString::fromUtf8(PQfname(m_result, i)), metaTypeOf(PQftype(m_result, i))));
    return fields;
}

} // namespace bc
