#include "core/platform/csvreader.h"

#include <QBuffer>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Read
{
    QList<QStringList> records;
    QString error;
    char separator = ',';
};

Read readAll(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    bc::CsvReader reader(buffer);
    Read read;
    while (const std::optional<QStringList> record = reader.next())
        read.records.append(*record);
    read.error = reader.errorString();
    read.separator = reader.separator();
    return read;
}

} // namespace

class TestCsvReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsFilesAsPeopleHaveThem_data();
    void readsFilesAsPeopleHaveThem();
    void saysWhatIsWrongWithABrokenFile_data();
    void saysWhatIsWrongWithABrokenFile();
    void readsAFileLongerThanOneChunkRecordByRecord();
};

void TestCsvReader::readsFilesAsPeopleHaveThem_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QList<QStringList>>("records");
    QTest::addColumn<char>("separator");

    const QList<QStringList> plain {{u"login"_s, u"email"_s}, {u"ada"_s, u"ada@example.com"_s}};
    QTest::newRow("comma, LF") << QByteArray("login,email\nada,ada@example.com\n") << plain << ',';
    QTest::newRow("no line end at the end") << QByteArray("login,email\nada,ada@example.com") << plain << ',';
    QTest::newRow("CR LF") << QByteArray("login,email\r\nada,ada@example.com\r\n") << plain << ',';
    QTest::newRow("UTF-8 byte order mark")
        << QByteArray("\xEF\xBB\xBFlogin,email\r\nada,ada@example.com\r\n") << plain << ',';
    QTest::newRow("semicolons (Excel in German)")
        << QByteArray("login;email\r\nada;ada@example.com\r\n") << plain << ';';
    QTest::newRow("tabs") << QByteArray("login\temail\nada\tada@example.com\n") << plain << '\t';
    QTest::newRow("empty lines are skipped") << QByteArray("login,email\n\n\nada,ada@example.com\n\n") << plain << ',';
    QTest::newRow("blanks around fields") << QByteArray("login , email\n ada,ada@example.com \n") << plain << ',';
    QTest::newRow("quoted separators, quotes and a line break")
        << QByteArray("login;name;note\r\nada;\"Lovelace; Ada\";\"said \"\"hi\"\"\r\nand left\"\r\n")
        << QList<QStringList> {{u"login"_s, u"name"_s, u"note"_s},
                               {u"ada"_s, u"Lovelace; Ada"_s, u"said \"hi\"\r\nand left"_s}}
        << ';';
    QTest::newRow("a semicolon in a quoted header does not decide")
        << QByteArray("\"a;b\",c\n1,2\n") << QList<QStringList> {{u"a;b"_s, u"c"_s}, {u"1"_s, u"2"_s}} << ',';
    QTest::newRow("non-breaking spaces become spaces and are trimmed")
        << QByteArray("first,last\n\xC2\xA0Jean\xC2\xA0Marc\xC2\xA0,M\xC3\xBCller\xE2\x80\xAF\n")
        << QList<QStringList> {{u"first"_s, u"last"_s}, {u"Jean Marc"_s, u"Müller"_s}} << ',';
    QTest::newRow("empty fields") << QByteArray("a;b;c\n;;\n")
                                  << QList<QStringList> {{u"a"_s, u"b"_s, u"c"_s}, {QString(), QString(), QString()}}
                                  << ';';
    QTest::newRow("nothing") << QByteArray() << QList<QStringList> {} << ',';
}

void TestCsvReader::readsFilesAsPeopleHaveThem()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QList<QStringList>, records);
    QFETCH(char, separator);
    const Read read = readAll(bytes);
    QCOMPARE(read.error, QString());
    QCOMPARE(read.records, records);
    QCOMPARE(read.separator, separator);
}

void TestCsvReader::saysWhatIsWrongWithABrokenFile_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");
    QTest::addColumn<int>("recordsBefore");
    QTest::newRow("a quote never closed")
        << QByteArray("login,note\nada,ok\nbob,\"open\nand on\n")
        << u"Record 3 has a quoted field that is never closed: a quote (\") is missing."_s << 2;
    QTest::newRow("a quote inside an unquoted field")
        << QByteArray("login,note\nada,ok\nbob,5\" disk\ncarol,ok\n")
        << u"Record 3 has a quote (\") inside a field that does not start with one. Put the field in quotes and "
           "double the quotes inside it (\"5\"\" disk\"), as spreadsheets save it."_s
        << 2;
    QTest::newRow("not UTF-8 (Windows-1252 from Excel)")
        << QByteArray("login,name\nada,Ada\nbob,M\xFCller\ncarol,ok\n")
        << u"Record 3 is not UTF-8 text. Save the file as \"CSV UTF-8\" and import it again."_s << 2;
}

void TestCsvReader::saysWhatIsWrongWithABrokenFile()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);
    QFETCH(int, recordsBefore);
    const Read read = readAll(bytes);
    QCOMPARE(read.error, error);
    QCOMPARE(read.records.size(), recordsBefore);
}

void TestCsvReader::readsAFileLongerThanOneChunkRecordByRecord()
{
    // Several of the reader's chunks, a record split across each boundary somewhere.
    QByteArray bytes = "login;email\r\n";
    constexpr int count = 40000;
    for (int i = 0; i < count; ++i)
        bytes += "user" + QByteArray::number(i) + ";\"user" + QByteArray::number(i) + "@example.com\"\r\n";
    QVERIFY(bytes.size() > 3 * 256 * 1024);
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    bc::CsvReader reader(buffer);
    QVERIFY(reader.next());
    for (int i = 0; i < count; ++i) {
        const std::optional<QStringList> record = reader.next();
        QVERIFY2(record, qPrintable(u"record %1: %2"_s.arg(i + 2).arg(reader.errorString())));
        QCOMPARE(record->value(0), u"user%1"_s.arg(i));
        QCOMPARE(record->value(1), u"user%1@example.com"_s.arg(i));
        QCOMPARE(reader.recordNumber(), qint64(i + 2));
    }
    QVERIFY(!reader.next());
    QCOMPARE(reader.errorString(), QString());
    QCOMPARE(reader.bytesRead(), qint64(bytes.size()));
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
