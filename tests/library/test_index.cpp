// Indexing: seeds and plan files in, re-index on change, drop missing; schema version; catalogues.

#include "libraryfixture.h"

#include "import/indicatorcatalog.h"
#include "library/libraryschema.h"
#include "library/sqlutil.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace pw;
using namespace pw::library;
using pw::test::LibraryTest;

namespace {

void copySeeds(const QString &dir)
{
    for (const QString &name : QDir(QStringLiteral(TEST_DATA_DIR "/seeds")).entryList(QDir::Files))
        ASSERT_TRUE(QFile::copy(QStringLiteral(TEST_DATA_DIR "/seeds/") + name, QDir(dir).filePath(name)));
}

} // namespace

TEST_P(LibraryTest, IndexesTheSeedsAndFindsPhotovoltaicsInThreePlans)
{
    copySeeds(planDir());
    const auto before = test::hashFiles(planDir());
    auto library = openLibrary();
    ASSERT_TRUE(library);
    int progressCalls = 0;
    const IndexReport report = library->add({ planDir() }, [&](int, int total, const QString &) {
        EXPECT_EQ(total, 5);
        ++progressCalls;
        return true;
    });
    ASSERT_TRUE(report.ok()) << qPrintable(report.fatal);
    EXPECT_EQ(report.added, 5) << qPrintable(report.errors.join(u'\n'));
    EXPECT_EQ(progressCalls, 6);
    QString error;
    auto plans = library->plans(&error);
    ASSERT_TRUE(plans);
    ASSERT_EQ(plans->size(), 5);
    for (const PlanRow &row : *plans) {
        EXPECT_FALSE(row.title.isEmpty());
        EXPECT_GT(row.taskCount, 10) << qPrintable(row.title);
    }

    auto hits = library->search(u"光伏"_s, {}, 500, &error);
    ASSERT_TRUE(hits) << qPrintable(error);
    QSet<qint64> plansHit;
    for (const SearchHit &hit : *hits) {
        plansHit.insert(hit.planId);
        ASSERT_GE(hit.snippet.matchStart, 0) << qPrintable(hit.title);
        EXPECT_EQ(hit.snippet.text.mid(hit.snippet.matchStart, hit.snippet.matchLength), u"光伏"_s);
        EXPECT_TRUE(QFile::exists(hit.file));
    }
    EXPECT_GE(plansHit.size(), 3);
    // A task hit names its node and path.
    const auto task
        = std::find_if(hits->begin(), hits->end(), [](const SearchHit &h) { return !h.nodeId.isNull(); });
    ASSERT_NE(task, hits->end());
    EXPECT_FALSE(task->path.isEmpty());
    EXPECT_EQ(test::hashFiles(planDir()), before);
}

TEST_P(LibraryTest, ReindexesChangedPlansAndDropsMissingOnes)
{
    test::PlanSpec spec { u"甲市碳达峰实施方案"_s, AdminLevel::City, u"甲市"_s, {}, {},
        { u"推进屋顶分布式光伏"_s } };
    const QString a = test::writePlan(planDir(), u"a"_s, spec);
    spec.title = u"乙市碳达峰实施方案"_s;
    const QString b = test::writePlan(planDir(), u"b"_s, spec);
    auto library = openLibrary();
    ASSERT_TRUE(library);
    EXPECT_EQ(test::addPaths(*library, { planDir() }).added, 2);

    IndexReport again = test::addPaths(*library, { planDir() });
    EXPECT_EQ(again.unchanged, 2);

    // Same bytes with a new time: unchanged (hash); new content: updated.
    QFile touched(a);
    ASSERT_TRUE(touched.open(QIODevice::ReadOnly));
    ASSERT_TRUE(
        touched.setFileTime(QDateTime::currentDateTime().addSecs(60), QFileDevice::FileModificationTime));
    touched.close();
    spec.title = u"乙市碳达峰实施方案（修订）"_s;
    spec.tasks = { u"发展新型储能"_s };
    test::writePlan(planDir(), u"b"_s, spec);
    again = library->refresh();
    EXPECT_EQ(again.unchanged, 1);
    EXPECT_EQ(again.updated, 1);
    QString error;
    EXPECT_EQ(library->search(u"储能"_s, {}, 10, &error)->size(), 1); // one passage per node, none stale
    EXPECT_TRUE(library->search(u"乙市碳达峰实施方案（修订）"_s, {}, 10, &error)->size() == 1);

    ASSERT_TRUE(QFile::remove(b));
    again = library->refresh();
    EXPECT_EQ(again.removed, 1);
    EXPECT_EQ(library->plans(&error)->size(), 1);
    EXPECT_TRUE(library->search(u"储能"_s, {}, 10, &error)->isEmpty());
}

TEST_P(LibraryTest, SchemaHasAVersionAndCataloguesAreSeeded)
{
    auto library = openLibrary();
    ASSERT_TRUE(library);
    QString error;
    auto indicators = library->indicators(&error);
    ASSERT_TRUE(indicators);
    EXPECT_EQ(indicators->size(), IndicatorCatalog::builtin().entries().size());
    ASSERT_TRUE(
        library->addIndicator({ u"充电桩数量"_s, u"个"_s, u"交通"_s, false, { u"公共充电桩"_s } }, &error))
        << qPrintable(error);
    EXPECT_EQ(library->indicators(&error)->size(), IndicatorCatalog::builtin().entries().size() + 1);
    library.reset();
    // Opening again migrates nothing and keeps the user's indicator.
    library = openLibrary();
    EXPECT_EQ(library->indicators(&error)->size(), IndicatorCatalog::builtin().entries().size() + 1);

    // Departments of several plans merge through their aliases.
    test::PlanSpec spec { u"甲区方案"_s, AdminLevel::District, u"甲区"_s, {}, {}, { u"任务一"_s } };
    spec.lead = u"市发改委"_s;
    test::writePlan(planDir(), u"a"_s, spec);
    spec.title = u"乙区方案"_s;
    spec.lead = u"市发展改革委"_s;
    test::writePlan(planDir(), u"b"_s, spec);
    ASSERT_EQ(test::addPaths(*library, { planDir() }).added, 2);
    auto departments = library->departments(&error);
    ASSERT_TRUE(departments);
    ASSERT_EQ(departments->size(), 1);
    EXPECT_EQ(departments->first().plans, 2);
    EXPECT_TRUE(departments->first().aliases.contains(u"市发改委"_s));
    EXPECT_TRUE(departments->first().aliases.contains(u"市发展改革委"_s));
}

TEST_P(LibraryTest, ABulkAddRebuildsTheSearchIndexOnce)
{
    for (int i = 0; i < 60; ++i)
        test::writePlan(planDir(), u"p%1"_s.arg(i), { u"第%1区方案"_s.arg(i), AdminLevel::District,
            u"第%1区"_s.arg(i), {}, {}, { u"推进分布式光伏建设第%1项"_s.arg(i) } });
    auto library = openLibrary();
    ASSERT_TRUE(library);
    ASSERT_EQ(test::addPaths(*library, { planDir() }).added, 60);
    QString error;
    const auto hits = library->search(u"分布式光伏"_s, {}, 100, &error);
    ASSERT_TRUE(hits) << qPrintable(error);
    EXPECT_EQ(hits->size(), 60);
    if (!isSqlite())
        return;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        db.setDatabaseName(m_location.sqlitePath);
        ASSERT_TRUE(db.open());
        QSqlQuery query(db);
        ASSERT_TRUE(query.exec(u"SELECT COUNT(*) FROM sqlite_master WHERE name = 'grams_gram'"_s));
        ASSERT_TRUE(query.next());
        EXPECT_EQ(query.value(0).toInt(), 1);
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
}

TEST(LibrarySchema, ALibraryOfANewerSchemaIsRefused)
{
    QTemporaryDir dir;
    LibraryLocation location;
    location.sqlitePath = dir.filePath(u"library.sqlite"_s);
    QString error;
    ASSERT_TRUE(Library::open(location, &error)) << qPrintable(error);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        db.setDatabaseName(location.sqlitePath);
        ASSERT_TRUE(db.open());
        EXPECT_EQ(schemaVersion(db), kSchemaVersion);
        ASSERT_TRUE(
            library::exec(db, u"UPDATE meta SET value = '99' WHERE name = 'schema_version'"_s, {}, &error));
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
    EXPECT_FALSE(Library::open(location, &error));
    EXPECT_TRUE(error.contains(u"99"_s)) << qPrintable(error);
}

TEST(LibrarySchema, AVersion1LibraryIsUpgradedAndKeepsItsSearchIndex)
{
    QTemporaryDir dir;
    LibraryLocation location;
    location.sqlitePath = dir.filePath(u"library.sqlite"_s);
    const QString plan = test::writePlan(dir.path(), u"a"_s,
        { u"甲市方案"_s, AdminLevel::City, u"甲市"_s, {}, {}, { u"推进分布式光伏建设"_s } });
    QString error;
    {
        auto library = Library::open(location, &error);
        ASSERT_TRUE(library) << qPrintable(error);
        ASSERT_EQ(test::addPaths(*library, { plan }).added, 1);
    }
    {
        // Back to the version 1 layout: the bigram index keyed by bigram, then passage; no counterparts.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        db.setDatabaseName(location.sqlitePath);
        ASSERT_TRUE(db.open());
        for (const QString &sql : { u"DROP INDEX grams_gram"_s,
                 u"CREATE TABLE grams_v1 (gram BIGINT NOT NULL, doc BIGINT NOT NULL, PRIMARY KEY (gram, doc))"
                 " WITHOUT ROWID"_s,
                 u"INSERT INTO grams_v1 SELECT gram, doc FROM grams"_s, u"DROP TABLE grams"_s,
                 u"ALTER TABLE grams_v1 RENAME TO grams"_s, u"DROP TABLE counterparts"_s,
                 u"UPDATE meta SET value = '1' WHERE name = 'schema_version'"_s })
            ASSERT_TRUE(library::exec(db, sql, {}, &error)) << qPrintable(error);
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
    auto library = Library::open(location, &error);
    ASSERT_TRUE(library) << qPrintable(error);
    const auto hits = library->search(u"光伏"_s, {}, 10, &error);
    ASSERT_TRUE(hits) << qPrintable(error);
    EXPECT_EQ(hits->size(), 1);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
    db.setDatabaseName(location.sqlitePath);
    ASSERT_TRUE(db.open());
    EXPECT_EQ(schemaVersion(db), kSchemaVersion);
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"raw"_s);
}

INSTANTIATE_TEST_SUITE_P(Backends, LibraryTest,
    ::testing::Values(test::Backend::Sqlite, test::Backend::Postgres), test::backendName);
