#include "core/platform/environment.h"
#include "core/storage/database.h"

#include <QApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;

// The rule "the GUI thread never waits on a database", as the test suite checks it: a statement on
// the GUI thread of a graphical program stops it and names the calls that led there. Each case runs
// in a child process, since the check ends the process.
class TestGuiThreadCheck final : public QObject
{
    Q_OBJECT

public:
    // In the child: runs `mode` and returns its exit code (reached only when the check let it be).
    static int child(const QString &mode, const QString &location);

private Q_SLOTS:
    void aStatementOnTheGuiThreadStopsTheProgramNamingTheCaller_data();
    void aStatementOnTheGuiThreadStopsTheProgramNamingTheCaller();
};

namespace {

[[gnu::noinline]] int askTheDatabaseFromAWidget(bc::Database &db)
{
    return db.changedElsewhere().has_value() ? 0 : 2;
}

} // namespace

int TestGuiThreadCheck::child(const QString &mode, const QString &location)
{
    if (mode != u"worker"_s) {
        bc::Database::OpenOptions options;
        options.testFixture = mode == u"fixture"_s;
        auto opened = bc::Database::open(location, options);
        return opened ? askTheDatabaseFromAWidget(**opened) : 3;
    }
    // A worker thread with a connection of its own may do as it likes.
    int result = 4;
    QThread *worker = QThread::create([&] {
        auto own = bc::Database::open(location);
        result = own ? askTheDatabaseFromAWidget(**own) : 3;
    });
    worker->start();
    worker->wait();
    delete worker;
    return result;
}

void TestGuiThreadCheck::aStatementOnTheGuiThreadStopsTheProgramNamingTheCaller_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("check");
    QTest::addColumn<bool>("stopped");

    QTest::newRow("GUI thread, check on") << u"gui"_s << u"1"_s << true;
    QTest::newRow("GUI thread, check off") << u"gui"_s << u"0"_s << false;
    QTest::newRow("a test's fixture") << u"fixture"_s << u"1"_s << false;
    QTest::newRow("a worker thread") << u"worker"_s << u"1"_s << false;
}

void TestGuiThreadCheck::aStatementOnTheGuiThreadStopsTheProgramNamingTheCaller()
{
    QFETCH(QString, mode);
    QFETCH(QString, check);
    QFETCH(bool, stopped);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(bc::Environment::checkGuiThread, check);
    process.setProcessEnvironment(environment);
    process.start(QCoreApplication::applicationFilePath(), {u"--child"_s, mode, dir.filePath(u"db.sqlite"_s)});
    QVERIFY(process.waitForFinished(60000));
    const QString output = QString::fromUtf8(process.readAllStandardError());
    if (stopped) {
        QVERIFY2(process.exitStatus() == QProcess::CrashExit, qPrintable(output));
        QVERIFY2(output.contains(u"Database statement on the GUI thread"_s), qPrintable(output));
        QVERIFY2(output.contains(u"bc::Database::open"_s), qPrintable(output));
        QVERIFY2(output.contains(u"TestGuiThreadCheck::child"_s), qPrintable(output));
    } else {
        QVERIFY2(process.exitStatus() == QProcess::NormalExit, qPrintable(output));
        QCOMPARE(process.exitCode(), 0);
    }
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() == 4 && arguments.at(1) == u"--child"_s)
        return TestGuiThreadCheck::child(arguments.at(2), arguments.at(3));
    TestGuiThreadCheck test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_guithreadcheck.moc"
