// Faults: unreadable and vanishing plan files, a damaged library file, a library locked by another process,
// and a full disk. Each gives a clear message and leaves every plan file as it was.

#include "libraryfixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <csignal>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace pw;
using namespace pw::library;
using pw::test::LibraryTest;

namespace {

test::PlanSpec spec(const QString &title)
{
    return { title, AdminLevel::City, u"甲市"_s, {}, {}, { u"推进屋顶分布式光伏建设"_s, u"发展新型储能"_s } };
}

/** A SQLite library of @p count plans in DIR/plans, closed again; returns its location. */
LibraryLocation sqliteLibrary(const QTemporaryDir &dir, int count)
{
    QDir().mkpath(dir.filePath(u"plans"_s));
    for (int i = 0; i < count; ++i)
        test::writePlan(dir.filePath(u"plans"_s), u"p%1"_s.arg(i), spec(u"第%1号方案"_s.arg(i)));
    LibraryLocation location;
    location.sqlitePath = dir.filePath(u"library.sqlite"_s);
    QString error;
    auto library = Library::open(location, &error);
    EXPECT_TRUE(library) << qPrintable(error);
    if (library)
        test::addPaths(*library, { dir.filePath(u"plans"_s) });
    return location;
}

} // namespace

TEST_P(LibraryTest, CorruptAndVanishingPlanFilesAreReportedAndSkipped)
{
    test::writePlan(planDir(), u"good"_s, spec(u"甲市方案"_s));
    const QString vanishing = test::writePlan(planDir(), u"later"_s, spec(u"乙市方案"_s));
    QFile corrupt(QDir(planDir()).filePath(u"broken.pwplan"_s));
    ASSERT_TRUE(corrupt.open(QIODevice::WriteOnly));
    corrupt.write("PK\x03\x04 not really a zip");
    corrupt.close();
    const auto before = test::hashFiles(planDir());
    auto library = openLibrary();
    ASSERT_TRUE(library);
    const IndexReport report = library->add({ planDir() }, [&](int, int, const QString &file) {
        if (file == vanishing)
            QFile::remove(vanishing); // removed while the library is indexing
        return true;
    });
    ASSERT_TRUE(report.ok()) << qPrintable(report.fatal);
    EXPECT_EQ(report.added, 1);
    ASSERT_EQ(report.errors.size(), 2) << qPrintable(report.errors.join(u'\n'));
    EXPECT_TRUE(report.errors[0].contains(u"broken.pwplan"_s)) << qPrintable(report.errors[0]);
    EXPECT_TRUE(report.errors[1].contains(u"later.pwplan"_s)) << qPrintable(report.errors[1]);
    for (const QString &line : report.errors)
        EXPECT_FALSE(line.contains(u'\n'));
    QString error;
    EXPECT_EQ(library->plans(&error)->size(), 1);
    auto unchanged = before;
    unchanged.remove(vanishing); // the test removed it; nothing else changed
    EXPECT_EQ(test::hashFiles(planDir()), unchanged);
}

TEST(LibraryFaults, ALibraryWithFlippedBytesIsMovedAsideAndRebuilt)
{
    QTemporaryDir dir;
    const LibraryLocation location = sqliteLibrary(dir, 30);
    const auto before = test::hashFiles(dir.filePath(u"plans"_s));
    {
        QFile file(location.sqlitePath);
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        const qint64 pages = file.size() / 4096;
        ASSERT_GT(pages, 3);
        // Flip the b-tree page header bytes of every page after the first.
        for (qint64 page = 1; page < pages; ++page) {
            file.seek(page * 4096);
            QByteArray header = file.read(8);
            for (char &c : header)
                c = char(~c);
            file.seek(page * 4096);
            file.write(header);
        }
    }
    QString error;
    auto library = Library::open(location, &error);
    ASSERT_TRUE(library) << qPrintable(error);
    ASSERT_FALSE(library->notices().isEmpty());
    EXPECT_TRUE(library->notices().first().contains(u"damaged"_s)) << qPrintable(library->notices().first());
    EXPECT_EQ(library->plans(&error)->size(), 30);
    EXPECT_EQ(library->search(u"储能"_s, {}, 100, &error)->size(), 30);
    EXPECT_EQ(QDir(dir.path()).entryList({ u"library.sqlite.damaged-*"_s }).size(), 1);
    EXPECT_EQ(test::hashFiles(dir.filePath(u"plans"_s)), before);
}

TEST(LibraryFaults, ALibraryLockedByAnotherProcessGivesAClearMessage)
{
    QTemporaryDir dir;
    const LibraryLocation location = sqliteLibrary(dir, 2);
    int ready[2], release[2];
    ASSERT_EQ(::pipe(ready), 0);
    ASSERT_EQ(::pipe(release), 0);
    const pid_t pid = ::fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) { // another program writing to the library
        ::close(release[1]);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"holder"_s);
            db.setDatabaseName(location.sqlitePath);
            QSqlQuery query(db);
            const bool locked
                = db.open() && query.exec(u"BEGIN IMMEDIATE"_s) && query.exec(u"DELETE FROM sources"_s);
            const char c = locked ? '1' : '0';
            [[maybe_unused]] auto w = ::write(ready[1], &c, 1);
            char buffer;
            [[maybe_unused]] auto r = ::read(release[0], &buffer, 1);
        }
        ::_exit(0);
    }
    ::close(release[0]);
    ::close(ready[1]);
    char c = 0;
    ASSERT_EQ(::read(ready[0], &c, 1), 1);
    ASSERT_EQ(c, '1');

    OpenOptions options;
    options.busyTimeoutMs = 200;
    QString error;
    auto library = Library::open(location, &error, options);
    IndexReport report;
    if (library) { // reading works in WAL mode; writing waits, then fails clearly
        EXPECT_EQ(library->plans(&error)->size(), 2);
        report = library->add({ dir.filePath(u"plans"_s) });
        error = report.fatal;
    }
    EXPECT_TRUE(error.contains(u"in use by another program"_s)) << qPrintable(error);
    ::close(release[1]);
    int status = 0;
    ::waitpid(pid, &status, 0);
    // Once the other program is done, the same works.
    if (library) {
        EXPECT_TRUE(library->add({ dir.filePath(u"plans"_s) }).ok());
    }
}

TEST(LibraryFaults, AFullDiskStopsIndexingWithAMessageAndTheLibraryStaysUsable)
{
    QTemporaryDir dir;
    const LibraryLocation location = sqliteLibrary(dir, 1);
    for (int i = 0; i < 200; ++i)
        test::writePlan(dir.filePath(u"plans"_s), u"more%1"_s.arg(i), spec(u"第%1号补充方案"_s.arg(i)));
    const auto before = test::hashFiles(dir.filePath(u"plans"_s));
    QString error;
    auto library = Library::open(location, &error);
    ASSERT_TRUE(library) << qPrintable(error);

    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit previous {};
    ASSERT_EQ(::getrlimit(RLIMIT_FSIZE, &previous), 0);
    rlimit small = previous;
    small.rlim_cur = rlim_t(QFileInfo(location.sqlitePath).size() + 64 * 1024);
    ASSERT_EQ(::setrlimit(RLIMIT_FSIZE, &small), 0);
    const IndexReport report = library->add({ dir.filePath(u"plans"_s) });
    ::setrlimit(RLIMIT_FSIZE, &previous);
    std::signal(SIGXFSZ, previousHandler);

    EXPECT_FALSE(report.ok());
    EXPECT_TRUE(report.fatal.contains(u"disk full"_s)) << qPrintable(report.fatal);
    EXPECT_EQ(test::hashFiles(dir.filePath(u"plans"_s)), before);
    library.reset();
    library = Library::open(location, &error);
    ASSERT_TRUE(library) << qPrintable(error);
    EXPECT_TRUE(library->notices().isEmpty()) << qPrintable(library->notices().join(u'\n'));
    const IndexReport again = library->add({ dir.filePath(u"plans"_s) });
    EXPECT_TRUE(again.ok()) << qPrintable(again.fatal);
    EXPECT_EQ(library->plans(&error)->size(), 201);
}
