#include "core/platform/csvreader.h"

#include <QIODevice>
#include <QStringDecoder>

#include <array>

#include <csv.h>

using namespace Qt::StringLiterals;

namespace bc {

namespace {

constexpr qint64 chunkSize = 256 * 1024;

// The separator the first line uses most, outside quotes: ',' when it uses none.
char separatorOf(QByteArrayView firstLine)
{
    std::array<int, 3> counts {};
    constexpr std::array<char, 3> candidates {',', ';', '\t'};
    bool quoted = false;
    for (char c : firstLine) {
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && (c == '\n' || c == '\r'))
            break;
        for (size_t i = 0; !quoted && i < candidates.size(); ++i) {
            if (c == candidates[i])
                ++counts[i];
        }
    }
    size_t best = 0;
    for (size_t i = 1; i < counts.size(); ++i) {
        if (counts[i] > counts[best])
            best = i;
    }
    return candidates[best];
}

} // namespace

struct CsvReader::Parser
{
    csv_parser parser {};
    QStringDecoder utf8 {QStringDecoder::Utf8, QStringDecoder::Flag::Stateless};
    bool invalidText = false;
};

CsvReader::CsvReader(QIODevice &device)
    : m_device(device)
    , m_parser(std::make_unique<Parser>())
{
    // Strict: a quote inside an unquoted field, or a quoted field still open at the end of the file,
    // is a broken file, said as such, not records silently joined or split.
    csv_init(&m_parser->parser, CSV_STRICT | CSV_STRICT_FINI);
}

CsvReader::~CsvReader()
{
    csv_free(&m_parser->parser);
}

std::optional<QStringList> CsvReader::next()
{
    while (m_ready.isEmpty() && m_error.isEmpty() && !m_finished) {
        if (!readChunk())
            break;
    }
    // The records before a problem are given first; the problem ends the file.
    if (m_ready.isEmpty())
        return std::nullopt;
    ++m_taken;
    return m_ready.takeFirst();
}

bool CsvReader::readChunk()
{
    QByteArray chunk = m_device.read(chunkSize);
    if (chunk.isEmpty() && !m_device.atEnd()) {
        m_error = tr("The file could not be read: %1").arg(m_device.errorString());
        return false;
    }
    const auto onField = [](void *data, size_t size, void *self) {
        static_cast<CsvReader *>(self)->addField(static_cast<const char *>(data), size);
    };
    const auto onRecord = [](int, void *self) {
        static_cast<CsvReader *>(self)->endRecord();
    };
    if (chunk.isEmpty()) {
        m_finished = true;
        if (csv_fini(&m_parser->parser, onField, onRecord, this) != 0 && m_error.isEmpty())
            m_error =
                tr("Record %1 has a quoted field that is never closed: a quote (\") is missing.").arg(m_parsed + 1);
        return m_error.isEmpty();
    }
    m_bytesRead += chunk.size();
    QByteArrayView view(chunk);
    if (!m_started) {
        m_started = true;
        if (view.startsWith("\xEF\xBB\xBF"))
            view = view.sliced(3);
        m_separator = separatorOf(view);
        csv_set_delim(&m_parser->parser, static_cast<unsigned char>(m_separator));
    }
    if (csv_parse(&m_parser->parser, view.data(), size_t(view.size()), onField, onRecord, this) != size_t(view.size())
        && m_error.isEmpty()) {
        m_error = csv_error(&m_parser->parser) == CSV_EPARSE
            ? tr("Record %1 has a quote (\") inside a field that does not start with one. Put the field in quotes "
                 "and double the quotes inside it (\"5\"\" disk\"), as spreadsheets save it.")
                  .arg(m_parsed + 1)
            : tr("The file could not be read at record %1: it holds a field too long to keep in memory.")
                  .arg(m_parsed + 1);
    }
    return m_error.isEmpty();
}

void CsvReader::addField(const char *data, size_t size)
{
    QString text = m_parser->utf8.decode(QByteArrayView(data, qsizetype(size)));
    if (m_parser->utf8.hasError()) {
        m_parser->utf8.resetState();
        m_parser->invalidText = true;
    }
    // Spreadsheets keep non-breaking spaces where people typed them; a login or a name means a space.
    text.replace(QChar(0x00A0), u' ').replace(QChar(0x202F), u' ');
    m_fields.append(text.trimmed());
}

void CsvReader::endRecord()
{
    ++m_parsed;
    QStringList fields = std::exchange(m_fields, {});
    if (m_parser->invalidText && m_error.isEmpty())
        m_error = tr("Record %1 is not UTF-8 text. Save the file as \"CSV UTF-8\" and import it again.").arg(m_parsed);
    m_parser->invalidText = false;
    if (m_error.isEmpty())
        m_ready.append(std::move(fields));
}

} // namespace bc
