// The views on plans imported from the real seed documents (tests/data/seeds): every model passes
// QAbstractItemModelTester, the views render, and an edit through the matrix undoes cleanly.
// With PLANWRIGHT_SCREENSHOT_DIR set, the views of the 湘潭 plan are written there as PNG files:
// that is how packaging/screenshots/views-*.png are made.

#include "modelchecker.h"

#include "charts/chartsview.h"
#include "document/document.h"
#include "import/importer.h"
#include "io/planjson.h"
#include "tables/tasktable.h"
#include "views/departmentview.h"
#include "views/responsibilitymatrixmodel.h"
#include "views/responsibilitymatrixview.h"
#include "views/targettablemodel.h"
#include "views/targettableview.h"
#include "views/taskdivisionview.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QTableView>

#include <gtest/gtest.h>

using namespace pw;
using namespace Qt::StringLiterals;

namespace {

std::unique_ptr<Document> importSeed(const QString &name)
{
    import::ImportError error;
    auto result = import::importFile(QStringLiteral(TEST_DATA_DIR) + u"/seeds/"_s + name, &error);
    if (!result)
        return nullptr;
    return std::make_unique<Document>(std::move(result->plan));
}

void shoot(QWidget &widget, QSize size, const QString &name)
{
    widget.resize(size);
    widget.show();
    QCoreApplication::processEvents();
    const QString dir = qEnvironmentVariable("PLANWRIGHT_SCREENSHOT_DIR");
    const QImage image = widget.grab().toImage();
    EXPECT_FALSE(image.isNull());
    if (!dir.isEmpty())
        image.save(QDir(dir).filePath(name));
}

class SeedPlan : public ::testing::TestWithParam<std::string>
{
};

} // namespace

TEST_P(SeedPlan, ViewsWorkOnImportedPlan)
{
    auto doc = importSeed(QString::fromStdString(GetParam()));
    ASSERT_TRUE(doc);
    ResponsibilityMatrixView matrix(doc.get());
    TargetTableView targets(doc.get());
    test::ModelChecker checkMatrix(matrix.model());
    const int tasks = int(tables::collectTasks(doc->plan()).size());
    EXPECT_EQ(matrix.model()->rowCount(), tasks);
    EXPECT_EQ(targets.model()->rowCount(), int(doc->plan().indicators.size()));
    ChartsView charts(doc.get());
    for (int i = 0; i < charts.indicatorBox()->count(); ++i)
        charts.indicatorBox()->setCurrentIndex(i); // every indicator's chart builds
    if (tasks > 0 && matrix.model()->departmentColumnCount() > 0) {
        const QByteArray before = writePlanJson(doc->plan());
        const QModelIndex cell = matrix.model()->index(tasks - 1, matrix.model()->departmentColumnCount() - 1);
        ASSERT_TRUE(matrix.model()->cycle(cell));
        EXPECT_NE(writePlanJson(doc->plan()), before);
        doc->undoStack()->undo();
        EXPECT_EQ(writePlanJson(doc->plan()), before);
    }
    EXPECT_EQ(test::ModelChecker::failures(), 0);
}

INSTANTIATE_TEST_SUITE_P(Seeds, SeedPlan,
                         ::testing::Values("xiangtan-2023-carbon-peak.txt", "shifeng-district-carbon-peak-draft.txt",
                                           "huzhou-2024-pollution-carbon-synergy.txt", "luzhou-2024-carbon-peak.txt",
                                           "zhuzhou-2018-low-carbon-pilot.txt"),
                         [](const ::testing::TestParamInfo<std::string> &param) {
                             return param.param.substr(0, param.param.find('-'));
                         });

TEST(SeedPlanScreens, XiangtanViews)
{
    auto doc = importSeed(u"xiangtan-2023-carbon-peak.txt"_s);
    ASSERT_TRUE(doc);
    TargetTableView targets(doc.get());
    shoot(targets, { 1500, 620 }, u"views-targets.png"_s);
    ResponsibilityMatrixView matrix(doc.get());
    shoot(matrix, { 1600, 900 }, u"views-matrix.png"_s);
    TaskDivisionView division(doc.get());
    shoot(division, { 1300, 640 }, u"views-division.png"_s);
    DepartmentView department(doc.get());
    department.departmentBox()->setCurrentIndex(department.departmentBox()->findText(u"市工业和信息化局"_s));
    shoot(department, { 1000, 420 }, u"views-department.png"_s);
    ChartsView charts(doc.get());
    charts.resize(1100, 700);
    charts.show();
    const int fossil = charts.indicatorBox()->findText(u"非化石能源消费比重"_s);
    charts.indicatorBox()->setCurrentIndex(std::max(0, fossil));
    QCoreApplication::processEvents();
    const QString dir = qEnvironmentVariable("PLANWRIGHT_SCREENSHOT_DIR");
    const char *names[] = { "views-chart-workload.png", "views-chart-targets.png", "views-chart-structure.png" };
    for (ChartsView::Page page : { ChartsView::WorkloadPage, ChartsView::TargetsPage, ChartsView::StructurePage }) {
        charts.setCurrentPage(page);
        QCoreApplication::processEvents();
        if (!dir.isEmpty()) {
            EXPECT_TRUE(charts.exportPng(page, QDir(dir).filePath(QString::fromLatin1(names[int(page)]))));
        }
    }
}
