// While the Library window is open, its worker watches the plan files and the added folders: a changed plan
// is re-indexed, a removed one dropped, a new file (also in a new subfolder) added — with real files on disk,
// and with the SQLite library itself inside the watched folder; files that are not plans trigger nothing.

#include "libraryfixture.h"

#include "library/librarywindow.h"

#include <QAbstractItemModel>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pw;

namespace {

QStringList titles(const LibraryWindow &window)
{
    QStringList list;
    const QAbstractItemModel *model = window.planView()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        list << model->index(row, 0).data().toString();
    list.sort();
    return list;
}

test::PlanSpec plan(const QString &title)
{
    return { title, AdminLevel::District, {}, {}, {}, { u"推进屋顶分布式光伏建设"_s } };
}

} // namespace

TEST(LibraryWatch, ChangedRemovedAndNewPlanFilesReachTheOpenWindow)
{
    QTemporaryDir dir;
    const QString plans = dir.filePath(u"plans"_s);
    QDir().mkpath(plans);
    const QString first = test::writePlan(plans, u"first"_s, plan(u"甲区方案"_s));
    const QString second = test::writePlan(plans, u"second"_s, plan(u"乙区方案"_s));
    library::LibraryLocation location;
    location.sqlitePath = QDir(plans).filePath(u"library.sqlite"_s); // the library's own writes land here too
    LibraryWindow window(location);
    window.show();
    QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 20000);
    window.addPaths({ plans });
    QTRY_COMPARE_WITH_TIMEOUT(titles(window), (QStringList { u"乙区方案"_s, u"甲区方案"_s }), 20000);
    QTRY_VERIFY(!window.isBusy());
    QSignalSpy refreshes(&window, &LibraryWindow::changedOnDisk);

    // A plan saved again (replaced by rename) with a new title.
    test::writePlan(plans, u"first"_s, plan(u"甲区方案（修订）"_s));
    QTRY_COMPARE_WITH_TIMEOUT(titles(window), (QStringList { u"乙区方案"_s, u"甲区方案（修订）"_s }), 10000);
    // A plan file removed.
    ASSERT_TRUE(QFile::remove(second));
    QTRY_COMPARE_WITH_TIMEOUT(titles(window), QStringList { u"甲区方案（修订）"_s }, 10000);
    // A new plan file in a new subfolder of the added folder.
    const QString sub = QDir(plans).filePath(u"districts"_s);
    ASSERT_TRUE(QDir().mkpath(sub));
    QTest::qWait(800); // the subfolder is watched once the refresh it caused has run
    test::writePlan(sub, u"third"_s, plan(u"丙区方案"_s));
    QTRY_COMPARE_WITH_TIMEOUT(titles(window), (QStringList { u"丙区方案"_s, u"甲区方案（修订）"_s }), 10000);
    QTRY_VERIFY(!window.isBusy());
    EXPECT_GE(refreshes.size(), 3);

    // Settled: files that are not plans (an editor's scratch file, the library's own journal) trigger nothing.
    const qsizetype settled = refreshes.size();
    QFile scratch(QDir(plans).filePath(u"notes.tmp"_s));
    ASSERT_TRUE(scratch.open(QIODevice::WriteOnly));
    scratch.write("draft");
    scratch.close();
    QTest::qWait(1500);
    EXPECT_EQ(refreshes.size(), settled);
    EXPECT_TRUE(QFileInfo::exists(first));
}
