// The Library window with real widgets driven by QTest (offscreen): File ▸ Library (Ctrl+L), indexing in the
// worker thread, the plan list, families, search as you type, opening a hit at its task, the roll-up and its
// chart, and "Review against parent". Saves screenshots (to $PLANWRIGHT_SCREENSHOT_DIR when set).

#include "libraryfixture.h"
#include "popplertools.h"

#include "document/document.h"
#include "editor/outlineview.h"
#include "editor/planeditor.h"
#include "languagemanager.h"
#include "library/librarywindow.h"
#include "mainwindow.h"
#include "review/reviewworkspace.h"
#include "reviewwindow.h"

#include <QChart>
#include <QChartView>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace pw;

namespace {

/** File ▸ Library (Ctrl+L) of @p main, shown, on the SQLite library @p sqlitePath, once it is open. */
LibraryWindow *openLibraryWindow(MainWindow &main, const QString &sqlitePath)
{
    QSettings().setValue(u"library/location"_s, sqlitePath);
    main.show();
    EXPECT_TRUE(QTest::qWaitForWindowExposed(&main));
    QTest::keyClick(&main, Qt::Key_L, Qt::ControlModifier);
    auto *library = main.findChild<LibraryWindow *>();
    QSettings().remove(u"library/location"_s);
    if (!library || !QTest::qWaitForWindowExposed(library))
        return nullptr;
    EXPECT_TRUE(QTest::qWaitFor([&] { return !library->isBusy(); }, 20000));
    return library;
}

} // namespace

TEST(LibraryWindow, SearchOpenRollupAndReviewWithRealWidgets)
{
    QTemporaryDir dir;
    const QString plans = dir.filePath(u"plans"_s);
    QDir().mkpath(plans);
    ASSERT_TRUE(QFile::copy(QStringLiteral(TEST_DATA_DIR "/seeds/xiangtan-2023-carbon-peak.txt"),
        QDir(plans).filePath(u"xiangtan.txt"_s)));
    test::PlanSpec city { u"甲市碳达峰实施方案"_s, AdminLevel::City, u"甲市"_s, {}, {},
        { u"推进屋顶分布式光伏建设"_s, u"各区县推进公共建筑节能改造"_s } };
    city.targets
        = { { u"光伏装机容量"_s, u"万千瓦"_s, 2025, 100 }, { u"非化石能源消费比重"_s, u"%"_s, 2025, 20 } };
    test::writePlan(plans, u"city"_s, city);
    const QList<std::pair<QString, double>> districts { { u"乙区"_s, 40 }, { u"丙区"_s, 35 },
        { u"丁县"_s, 30 } };
    for (const auto &[region, capacity] : districts) {
        test::PlanSpec child { region + u"碳达峰实施方案"_s, AdminLevel::District, region, {},
            u"甲市碳达峰实施方案"_s, { u"推进屋顶分布式光伏建设"_s } };
        child.targets = { { u"光伏装机容量"_s, u"万千瓦"_s, 2025, capacity },
            { u"非化石能源消费比重"_s, u"%"_s, 2025, 18 } };
        test::writePlan(plans, region, child);
    }
    const auto before = test::hashFiles(plans);

    MainWindow main(nullptr, dir.filePath(u"recovery"_s));
    main.resize(1200, 800);
    LibraryWindow *library = openLibraryWindow(main, dir.filePath(u"library.sqlite"_s));
    ASSERT_TRUE(library);

    library->addPaths({ plans });
    EXPECT_TRUE(library->progressBar()->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(library->planView()->model()->rowCount(), 5, 30000);
    QTRY_VERIFY(!library->isBusy());
    EXPECT_FALSE(library->progressBar()->isVisible());

    // Sortable and filterable plan list.
    library->planView()->sortByColumn(0, Qt::AscendingOrder);
    library->planFilter()->insert(
        u"县"_s); // QTest cannot type Chinese keys; insert() is what an input method does
    EXPECT_EQ(library->planView()->model()->rowCount(), 1);
    library->planFilter()->clear();

    // The family tree: the city with its three districts.
    library->tabs()->setCurrentIndex(1);
    QTreeWidgetItem *cityItem = nullptr;
    for (int i = 0; i < library->families()->topLevelItemCount(); ++i) {
        if (library->families()->topLevelItem(i)->text(0) == u"甲市碳达峰实施方案"_s)
            cityItem = library->families()->topLevelItem(i);
    }
    ASSERT_TRUE(cityItem);
    ASSERT_EQ(cityItem->childCount(), 3);
    EXPECT_FALSE(library->reviewButton()->isEnabled());
    library->families()->setCurrentItem(cityItem->child(0));
    ASSERT_TRUE(library->reviewButton()->isEnabled());
    QTest::mouseClick(library->reviewButton(), Qt::LeftButton);
    QTRY_VERIFY(main.findChild<ReviewWindow *>());

    // Search as you type.
    library->tabs()->setCurrentIndex(2);
    library->searchBox()->setFocus();
    library->searchBox()->insert(u"光"_s);
    library->searchBox()->insert(u"伏"_s);
    QTRY_VERIFY_WITH_TIMEOUT(library->results()->topLevelItemCount() >= 5, 10000);
    for (int i = 0; i < library->results()->topLevelItemCount(); ++i)
        EXPECT_TRUE(library->results()->topLevelItem(i)->text(2).contains(u"【光伏】"_s));
    library->levelFilter()->setCurrentIndex(library->levelFilter()->findData(u"district"_s));
    QTRY_COMPARE(library->results()->topLevelItemCount(), 3);
    library->levelFilter()->setCurrentIndex(0);
    QTRY_VERIFY(library->results()->topLevelItemCount() > 3);
    library->tabs()->setCurrentIndex(2);
    library->resize(1200, 640);
    QCoreApplication::processEvents();
    const QString out = qEnvironmentVariableIsSet("PLANWRIGHT_SCREENSHOT_DIR")
        ? qEnvironmentVariable("PLANWRIGHT_SCREENSHOT_DIR")
        : dir.path();
    EXPECT_TRUE(library->grab().save(out + u"/library-search.png"_s));

    // Opening a hit of the imported document opens it at that task.
    QTreeWidgetItem *hit = nullptr;
    for (int i = 0; i < library->results()->topLevelItemCount() && !hit; ++i) {
        if (library->results()->topLevelItem(i)->text(0).contains(u"湘潭"_s))
            hit = library->results()->topLevelItem(i);
    }
    ASSERT_TRUE(hit);
    library->results()->setCurrentItem(hit);
    QTest::keyClick(library->results(), Qt::Key_Return);
    PlanEditor *editor = main.currentEditor();
    ASSERT_TRUE(editor);
    ASSERT_EQ(editor->outline()->selectedNodes().size(), 1);
    EXPECT_TRUE(editor->outline()->selectedNodes().first()->content.text.contains(u"光伏"_s)
        || editor->outline()->selectedNodes().first()->content.title.contains(u"光伏"_s));

    // The roll-up of the city: a row per target, the children's sum, and the chart.
    library->tabs()->setCurrentIndex(3);
    QTRY_VERIFY_WITH_TIMEOUT(library->rollupTable()->rowCount() >= 2, 10000);
    ASSERT_EQ(library->rollup().children.size(), 3);
    EXPECT_EQ(library->rollupTable()->item(0, library->rollupTable()->columnCount() - 1)->text(), u"105"_s);
    ASSERT_TRUE(library->rollupChart()->chart());
    EXPECT_EQ(library->rollupChart()->chart()->series().size(), 1);
    QCoreApplication::processEvents();
    EXPECT_TRUE(library->grab().save(out + u"/library-rollup.png"_s));

    // Export: the roll-up report as PDF through the file dialog, read back with Poppler.
    ASSERT_TRUE(library->exportRollupButton()->isEnabled());
    EXPECT_TRUE(library->printRollupButton()->isEnabled());
    const QString pdf = dir.filePath(u"rollup.pdf"_s);
    QTimer answer;
    QObject::connect(&answer, &QTimer::timeout, [&] {
        if (auto *files = qobject_cast<QFileDialog *>(QApplication::activeModalWidget())) {
            files->setDirectory(QFileInfo(pdf).absolutePath());
            if (auto *name = files->findChild<QLineEdit *>(u"fileNameEdit"_s))
                name->setText(QFileInfo(pdf).fileName());
            if (files->selectedFiles().value(0) == pdf)
                static_cast<QDialog *>(files)->accept();
        }
    });
    answer.start(20);
    QTest::mouseClick(library->exportRollupButton(), Qt::LeftButton);
    answer.stop();
    EXPECT_TRUE(library->statusLabel()->text().contains(u"rollup.pdf"_s))
        << qPrintable(library->statusLabel()->text());
    if (pw::testing::popplerAvailable()) {
        const QString text = pw::testing::pdfText(pdf).remove(QRegularExpression(u"\\s+"_s));
        EXPECT_TRUE(text.contains(u"《甲市碳达峰实施方案》上下级方案汇总平衡报告"_s)) << qPrintable(text.left(500));
        EXPECT_TRUE(text.contains(u"乙区碳达峰实施方案"_s));
        EXPECT_TRUE(text.contains(u"各可加总指标的下级方案合计均不低于上级目标"_s));
    }
    QString error;
    ASSERT_TRUE(library->exportRollupTo(dir.filePath(u"rollup.csv"_s), &error)) << qPrintable(error);
    EXPECT_FALSE(library->exportRollupTo(dir.path(), &error));

    EXPECT_EQ(test::hashFiles(plans), before);
}

TEST(LibraryWindow, ReviewAgainstParentOffersCounterpartsASiblingsReviewerRecorded)
{
    QTemporaryDir dir;
    const QString plans = dir.filePath(u"plans"_s);
    QDir().mkpath(plans);
    test::PlanSpec city { test::kCityOfDistricts, AdminLevel::City, u"甲市"_s, {}, {}, { u"推进工业领域节能降碳"_s } };
    city.lead = u"市工业和信息化局"_s;
    test::writePlan(plans, u"city"_s, city);
    test::writeDistrictReview(plans, u"乙区"_s, u"乙区科技工业信息化局"_s,
        { { u"市工业和信息化局"_s, u"乙区科技工业信息化局"_s, false, true } });
    test::writeDistrictReview(plans, u"丙区"_s, u"丙区科技工业信息化局"_s);

    MainWindow main(nullptr, dir.filePath(u"recovery"_s));
    LibraryWindow *library = openLibraryWindow(main, dir.filePath(u"library.sqlite"_s));
    ASSERT_TRUE(library);
    library->addPaths({ plans });
    QTRY_COMPARE_WITH_TIMEOUT(library->planView()->model()->rowCount(), 3, 30000);
    QTRY_VERIFY(!library->isBusy());

    library->tabs()->setCurrentIndex(1);
    QTreeWidgetItem *bing = nullptr;
    for (int i = 0; i < library->families()->topLevelItemCount(); ++i) {
        QTreeWidgetItem *top = library->families()->topLevelItem(i);
        for (int c = 0; c < top->childCount(); ++c) {
            if (top->child(c)->text(0) == u"丙区碳达峰实施方案"_s)
                bing = top->child(c);
        }
    }
    ASSERT_TRUE(bing);
    library->families()->setCurrentItem(bing);
    QTest::mouseClick(library->reviewButton(), Qt::LeftButton);
    ReviewWindow *review = nullptr;
    QTRY_VERIFY((review = main.findChild<ReviewWindow *>()));
    const QTableWidget *table = review->workspace()->counterpartTable();
    const auto rowOf = [&] {
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->text() == u"市工业和信息化局"_s)
                return row;
        }
        return -1;
    };
    QTRY_VERIFY_WITH_TIMEOUT(rowOf() >= 0 && table->item(rowOf(), 1)->text() == u"丙区科技工业信息化局"_s, 10000);
    EXPECT_TRUE(table->item(rowOf(), 2)->text().contains(u"乙区碳达峰实施方案"_s)) << qPrintable(table->item(rowOf(), 2)->text());
    if (qEnvironmentVariableIsSet("PLANWRIGHT_SCREENSHOT_DIR")) {
        auto *tabs = qobject_cast<QTabWidget *>(table->parentWidget()->parentWidget());
        ASSERT_TRUE(tabs);
        tabs->setCurrentWidget(const_cast<QTableWidget *>(table));
        review->resize(1200, 700);
        QCoreApplication::processEvents();
        EXPECT_TRUE(review->grab().save(qEnvironmentVariable("PLANWRIGHT_SCREENSHOT_DIR") + u"/review-counterparts.png"_s));
    }
}
