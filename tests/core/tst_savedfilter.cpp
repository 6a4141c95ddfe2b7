#include "core/domain/savedfilter.h"

#include "core/domain/accountquery.h"
#include "core/platform/settings.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using bc::SavedFilter;
using bc::SavedFilters;

Q_DECLARE_METATYPE(bc::SavedFilter)

// The account list's saved filters: their names, their round trip through QSettings values, and
// Settings keeping them per database and operator.
class TestSavedFilter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsANameTrimmedOrSaysWhyNot_data();
    void keepsANameTrimmedOrSaysWhyNot();
    void readsBackWhatItWrote_data();
    void readsBackWhatItWrote();
    void readsWhatIsDamagedAsWellAsItCan_data();
    void readsWhatIsDamagedAsWellAsItCan();
    void replacesAFilterOfTheSameNameRegardlessOfCase();
    void keepsTheNamesSortedAndDropsDuplicatesOnReading();
    void removesOnlyANameItHas();
    void keepsTheFiltersOfEachOperatorOnEachDatabase();
};

void TestSavedFilter::keepsANameTrimmedOrSaysWhyNot_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("kept"); // empty: refused

    QTest::newRow("plain") << u"Inactive"_s << u"Inactive"_s;
    QTest::newRow("trimmed") << u"  Inactive admins \t"_s << u"Inactive admins"_s;
    QTest::newRow("inner runs of spaces") << u"Contoso   inactive"_s << u"Contoso inactive"_s;
    QTest::newRow("non-ASCII") << u"Gesperrt „Contoso“"_s << u"Gesperrt „Contoso“"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("white space only") << u"  \t "_s << QString();
    QTest::newRow("at the limit") << QString(SavedFilters::maxNameLength, u'x')
                                  << QString(SavedFilters::maxNameLength, u'x');
    QTest::newRow("one too long") << QString(SavedFilters::maxNameLength + 1, u'x') << QString();
}

void TestSavedFilter::keepsANameTrimmedOrSaysWhyNot()
{
    QFETCH(QString, typed);
    QFETCH(QString, kept);
    const auto name = SavedFilters::checkName(typed);
    if (kept.isEmpty()) {
        QVERIFY2(!name, qPrintable(u"accepted \"%1\""_s.arg(typed)));
        QCOMPARE(name.error().code, bc::Error::Code::Invalid);
        QCOMPARE(name.error().field, u"name"_s);
        QVERIFY2(!name.error().message.isEmpty(), "a refusal says why");
    } else {
        QVERIFY2(name, qPrintable(name ? QString() : name.error().message));
        QCOMPARE(*name, kept);
    }
}

void TestSavedFilter::readsBackWhatItWrote_data()
{
    QTest::addColumn<SavedFilter>("filter");

    SavedFilter defaults;
    defaults.name = u"Everything"_s;
    QTest::newRow("defaults") << defaults;

    SavedFilter full;
    full.name = u"Inactive at Contoso"_s;
    full.status = u"inactive"_s;
    full.search = u"alex"_s;
    full.groupId = 42;
    full.includeSubgroups = false;
    full.hiddenColumns = {u"email"_s, u"created"_s};
    full.sortColumn = u"storage"_s;
    full.sortOrder = Qt::DescendingOrder;
    QTest::newRow("everything set") << full;

    for (const QString &key : bc::StatusFilter::keys()) {
        SavedFilter byKey;
        byKey.name = key;
        byKey.status = key;
        QTest::addRow("status %s", qPrintable(key)) << byKey;
    }
}

void TestSavedFilter::readsBackWhatItWrote()
{
    QFETCH(SavedFilter, filter);
    const auto read = SavedFilter::fromVariant(filter.toVariant());
    QVERIFY(read);
    QCOMPARE(*read, filter);

    // Through an INI file, as Settings stores it (numbers and lists come back as strings there).
    QTemporaryDir dir;
    {
        QSettings settings(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
        settings.setValue(u"filter"_s, filter.toVariant());
    }
    QSettings settings(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
    const auto reread = SavedFilter::fromVariant(settings.value(u"filter"_s).toMap());
    QVERIFY(reread);
    QCOMPARE(*reread, filter);
}

void TestSavedFilter::readsWhatIsDamagedAsWellAsItCan_data()
{
    QTest::addColumn<QVariantMap>("stored");
    QTest::addColumn<bool>("readable");
    QTest::addColumn<QString>("status");
    QTest::addColumn<qint64>("groupId");
    QTest::addColumn<Qt::SortOrder>("sortOrder");

    QTest::newRow("no name") << QVariantMap {{u"status"_s, u"active"_s}} << false << QString() << qint64(0)
                             << Qt::AscendingOrder;
    QTest::newRow("blank name") << QVariantMap {{u"name"_s, u"   "_s}} << false << QString() << qint64(0)
                                << Qt::AscendingOrder;
    QTest::newRow("unknown status: every status") << QVariantMap {{u"name"_s, u"x"_s}, {u"status"_s, u"suspended"_s}}
                                                  << true << QString() << qint64(0) << Qt::AscendingOrder;
    QTest::newRow("negative group: none") << QVariantMap {{u"name"_s, u"x"_s}, {u"groupId"_s, -3}} << true << QString()
                                          << qint64(0) << Qt::AscendingOrder;
    QTest::newRow("odd order: ascending") << QVariantMap {{u"name"_s, u"x"_s}, {u"sortOrder"_s, u"sideways"_s}} << true
                                          << QString() << qint64(0) << Qt::AscendingOrder;
    QTest::newRow("group as text") << QVariantMap {{u"name"_s, u"x"_s},
                                                   {u"groupId"_s, u"17"_s},
                                                   {u"sortOrder"_s, u"descending"_s}}
                                   << true << QString() << qint64(17) << Qt::DescendingOrder;
}

void TestSavedFilter::readsWhatIsDamagedAsWellAsItCan()
{
    QFETCH(QVariantMap, stored);
    QFETCH(bool, readable);
    const auto read = SavedFilter::fromVariant(stored);
    QCOMPARE(read.has_value(), readable);
    if (!read)
        return;
    QTEST(read->status, "status");
    QTEST(read->groupId, "groupId");
    QTEST(read->sortOrder, "sortOrder");
    QVERIFY2(read->includeSubgroups, "subgroups included unless the filter says otherwise");
}

void TestSavedFilter::replacesAFilterOfTheSameNameRegardlessOfCase()
{
    SavedFilters filters;
    SavedFilter first;
    first.name = u"Inactive"_s;
    first.status = u"inactive"_s;
    QVERIFY(filters.put(first));
    SavedFilter second;
    second.name = u"  inactive "_s;
    second.status = u"disabled"_s;
    QVERIFY(filters.put(second));
    QCOMPARE(filters.names(), QStringList {u"inactive"_s});
    QCOMPARE(filters.find(u"INACTIVE"_s)->status, u"disabled"_s);

    SavedFilter unnamed;
    unnamed.name = u" "_s;
    QVERIFY2(!filters.put(unnamed), "a filter without a name is refused");
    QCOMPARE(filters.filters().size(), 1);
}

void TestSavedFilter::keepsTheNamesSortedAndDropsDuplicatesOnReading()
{
    SavedFilters filters;
    for (const QString &name : {u"b"_s, u"C"_s, u"a"_s}) {
        SavedFilter filter;
        filter.name = name;
        QVERIFY(filters.put(filter));
    }
    QCOMPARE(filters.names(), (QStringList {u"a"_s, u"b"_s, u"C"_s}));

    QVariantList stored = filters.toVariant();
    stored.append(QVariantMap {{u"name"_s, u"B"_s}, {u"status"_s, u"active"_s}}); // a later duplicate
    stored.append(QVariantMap {{u"status"_s, u"active"_s}}); // no name
    const SavedFilters read = SavedFilters::fromVariant(stored);
    QCOMPARE(read.names(), (QStringList {u"a"_s, u"b"_s, u"C"_s}));
    QCOMPARE(read.find(u"b"_s)->status, QString());
}

void TestSavedFilter::removesOnlyANameItHas()
{
    SavedFilters filters;
    SavedFilter filter;
    filter.name = u"Admins"_s;
    QVERIFY(filters.put(filter));
    QVERIFY(!filters.remove(u"Admin"_s));
    QVERIFY(filters.remove(u" admins"_s));
    QVERIFY(filters.isEmpty());
}

void TestSavedFilter::keepsTheFiltersOfEachOperatorOnEachDatabase()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"settings.ini"_s);
    const QString here = u"/home/ann/console.db"_s;
    const QString there = u"postgresql://db.example.com/backup"_s;
    const auto only = [](const QString &name, const QString &status) {
        SavedFilters filters;
        SavedFilter filter;
        filter.name = name;
        filter.status = status;
        (void)filters.put(filter);
        return filters;
    };
    {
        bc::Settings settings(file);
        settings.setSavedFilters(here, u"ann"_s, only(u"Ann's"_s, u"active"_s));
        settings.setSavedFilters(here, u"bob"_s, only(u"Bob's"_s, u"disabled"_s));
        settings.setSavedFilters(here, QString(), only(u"Nobody's"_s, u"inactive"_s));
        settings.setSavedFilters(there, u"ann"_s, only(u"Ann's there"_s, u"admin"_s));
        settings.sync();
    }
    bc::Settings settings(file);
    QCOMPARE(settings.savedFilters(here, u"ann"_s).names(), QStringList {u"Ann's"_s});
    QCOMPARE(settings.savedFilters(here, u"bob"_s).names(), QStringList {u"Bob's"_s});
    QCOMPARE(settings.savedFilters(here, QString()).names(), QStringList {u"Nobody's"_s});
    QCOMPARE(settings.savedFilters(there, u"ann"_s).find(u"Ann's there"_s)->status, u"admin"_s);
    QVERIFY(settings.savedFilters(there, u"bob"_s).isEmpty());

    // Replacing one operator's filters leaves the others' alone; none left: the entry goes.
    settings.setSavedFilters(here, u"ann"_s, SavedFilters());
    QVERIFY(settings.savedFilters(here, u"ann"_s).isEmpty());
    QCOMPARE(settings.savedFilters(here, u"bob"_s).names(), QStringList {u"Bob's"_s});
    QCOMPARE(settings.savedFilters(there, u"ann"_s).names(), QStringList {u"Ann's there"_s});
}

QTEST_GUILESS_MAIN(TestSavedFilter)
#include "tst_savedfilter.moc"
