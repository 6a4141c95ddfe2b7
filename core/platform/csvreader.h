#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QIODevice;

namespace bc {

// Reads the records of a CSV file as people have them, through libcsv (Debian: libcsv-dev): UTF-8
// with or without a byte order mark, separated by commas, semicolons (Excel in German or French)
// or tabs, whichever the first line uses most; LF or CR LF line ends; quoted fields holding
// separators, quotes and line breaks. Non-breaking spaces become spaces and every field is
// trimmed. Empty lines are skipped. Reads a chunk at a time, so a file of any length costs a
// chunk and the records not taken yet.
class CsvReader final
{
    Q_DECLARE_TR_FUNCTIONS(bc::CsvReader)
    Q_DISABLE_COPY_MOVE(CsvReader)

public:
    explicit CsvReader(QIODevice &device);
    ~CsvReader();

    // The next record's fields; nullopt at the end of the file, or at a problem (errorString()).
    std::optional<QStringList> next();
    // What went wrong, in plain words naming the record; empty while the file reads well.
    [[nodiscard]] QString errorString() const { return m_error; }
    // The number of the record next() gave last: 1 for the first (the header).
    [[nodiscard]] qint64 recordNumber() const { return m_taken; }
    // The separator found in the first line (',' until it is read).
    [[nodiscard]] char separator() const { return m_separator; }
    // How much of the device has been read, for progress.
    [[nodiscard]] qint64 bytesRead() const { return m_bytesRead; }

private:
    struct Parser;
    bool readChunk();
    void addField(const char *data, size_t size);
    void endRecord();

    QIODevice &m_device;
    std::unique_ptr<Parser> m_parser;
    QList<QStringList> m_ready; // parsed, not taken yet
    QStringList m_fields; // of the record being parsed
    QString m_error;
    qint64 m_taken = 0;
    qint64 m_parsed = 0;
    qint64 m_bytesRead = 0;
    char m_separator = ',';
    bool m_started = false;
    bool m_finished = false;
};

} // namespace bc
