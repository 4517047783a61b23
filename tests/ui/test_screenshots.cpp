// Renders the main window with a real imported seed plan in Chinese and English. The PNGs go to a
// temporary folder, or to $PLANWRIGHT_SCREENSHOT_DIR (packaging/screenshots/update.sh sets it).

#include "charts/chartsview.h"
#include "document/document.h"
#include "editor/outlineview.h"
#include "editor/planeditor.h"
#include "mainwindow/languagemanager.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/reviewwindow.h"
#include "model/plan.h"
#include "review/reviewworkspace.h"

#include <QApplication>
#include <QDockWidget>
#include <QSignalSpy>
#include <QTabWidget>
#include <QImage>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace pw;
using namespace Qt::StringLiterals;

TEST(Screenshots, MainWindowWithImportedSeedPlanInBothLanguages)
{
    QTemporaryDir dir;
    const QString out = qEnvironmentVariableIsSet("PLANWRIGHT_SCREENSHOT_DIR")
        ? qEnvironmentVariable("PLANWRIGHT_SCREENSHOT_DIR")
        : dir.path();
    LanguageManager languages;
    for (const QString &language : { u"zh_CN"_s, u"en"_s }) {
        languages.apply(language);
        QCoreApplication::processEvents();
        MainWindow w(&languages, dir.filePath(u"recovery"_s));
        w.resize(1440, 900);
        PlanEditor *e
            = w.importFile(QStringLiteral(TEST_DATA_DIR "/seeds/shifeng-district-carbon-peak-draft.txt"));
        ASSERT_TRUE(e);
        // Show a task with departments in the detail editor.
        const Node *shown = nullptr;
        e->document()->plan().root().forEach([&](const Node *n) {
            if (!shown && n->content.kind == NodeKind::Task && !n->content.lead.isEmpty()
                && !n->content.support.isEmpty())
                shown = n;
        });
        ASSERT_TRUE(shown);
        w.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
        e->outline()->selectNodes({ shown });
        QCoreApplication::processEvents();
        const QImage image = w.grab().toImage();
        ASSERT_EQ(image.width(), 1440);
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        }
        EXPECT_GT(colours.size(), 20) << "the window rendered blank";
        const QString path = out + u"/mainwindow-"_s + language + u".png"_s;
        EXPECT_TRUE(image.save(path)) << qPrintable(path);
        e->document()->markSaved();
    }
    languages.apply(u"en"_s);
}

// The integrated window: the Tables and Charts dock under the outline, and the review window of the
// Shifeng district draft against the Zhuzhou city plan.
TEST(Screenshots, TablesDockAndReviewWindow)
{
    QTemporaryDir dir;
    const QString out = qEnvironmentVariableIsSet("PLANWRIGHT_SCREENSHOT_DIR")
        ? qEnvironmentVariable("PLANWRIGHT_SCREENSHOT_DIR")
        : dir.path();
    LanguageManager languages;
    languages.apply(u"zh_CN"_s);
    QCoreApplication::processEvents();
    MainWindow w(&languages, dir.filePath(u"recovery"_s));
    w.resize(1440, 960);
    PlanEditor *city = w.importFile(QStringLiteral(TEST_DATA_DIR "/seeds/zhuzhou-2018-low-carbon-pilot.txt"));
    PlanEditor *district
        = w.importFile(QStringLiteral(TEST_DATA_DIR "/seeds/shifeng-district-carbon-peak-draft.txt"));
    ASSERT_TRUE(city && district);
    auto *dock = w.findChild<QDockWidget *>(u"ViewsDock"_s);
    ASSERT_TRUE(dock);
    dock->show();
    auto *panel = dock->findChild<QTabWidget *>();
    ASSERT_TRUE(panel);
    w.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
    QCoreApplication::processEvents();
    ASSERT_EQ(panel->count(), 5) << "the views are built for the current plan when the dock shows";
    panel->setCurrentIndex(1);
    QCoreApplication::processEvents();
    EXPECT_TRUE(w.grab().save(out + u"/mainwindow-tables-zh_CN.png"_s));
    // Every chart docked at the default size, and the dock floating.
    panel->setCurrentIndex(4);
    auto *charts = panel->findChild<ChartsView *>();
    ASSERT_TRUE(charts);
    const char *pages[] = { "workload", "targets", "structure" };
    for (ChartsView::Page page :
        { ChartsView::WorkloadPage, ChartsView::TargetsPage, ChartsView::StructurePage }) {
        charts->setCurrentPage(page);
        QCoreApplication::processEvents();
        EXPECT_TRUE(
            w.grab().save(out + u"/mainwindow-chart-%1-zh_CN.png"_s.arg(QLatin1StringView(pages[page]))));
    }
    dock->setFloating(true);
    dock->resize(900, 520);
    for (ChartsView::Page page :
        { ChartsView::WorkloadPage, ChartsView::TargetsPage, ChartsView::StructurePage }) {
        charts->setCurrentPage(page);
        QCoreApplication::processEvents();
        EXPECT_TRUE(
            dock->grab().save(out + u"/chart-%1-floating-zh_CN.png"_s.arg(QLatin1StringView(pages[page]))));
    }
    dock->setFloating(false);
    panel->setCurrentIndex(1);

    // Switching tabs rebuilds the views for the other plan; closing it leaves no view behind.
    w.tabs()->setCurrentWidget(city);
    QCoreApplication::processEvents();
    EXPECT_EQ(panel->count(), 5);

    ReviewWindow review(city->document(), nullptr, district->document());
    review.resize(1440, 900);
    QSignalSpy updated(review.workspace(), &ReviewWorkspace::reviewUpdated);
    review.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&review));
    ASSERT_TRUE(updated.count() > 0 || updated.wait(20000));
    // Show a partly covered parent task with its match side by side.
    QUuid forestry;
    city->document()->plan().root().forEach([&](const Node *n) {
        if (forestry.isNull() && n->content.title.contains(u"林业碳汇"_s))
            forestry = n->id();
    });
    ASSERT_FALSE(forestry.isNull());
    EXPECT_TRUE(review.workspace()->selectParentNode(forestry));
    QCoreApplication::processEvents();
    EXPECT_TRUE(review.grab().save(out + u"/review-zh_CN.png"_s));
    city->document()->markSaved();
    district->document()->markSaved();
    languages.apply(u"en"_s);
}
