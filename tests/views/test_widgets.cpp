// The views as widgets: constructible from a Document, rendering, chart data and export.

#include "sampleplan.h"

#include "charts/barchartview.h"
#include "charts/chartsview.h"
#include "charts/chartstyle.h"
#include "charts/targetchartdata.h"
#include "charts/targetchartview.h"
#include "charts/workloadchartmodel.h"
#include "document/document.h"
#include "views/departmentview.h"
#include "views/responsibilitymatrixmodel.h"
#include "views/responsibilitymatrixview.h"
#include "views/targettableview.h"
#include "views/taskdivisionview.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QCoreApplication>
#include <QFile>
#include <QImage>
#include <QLineSeries>
#include <QTableView>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace pw;
using namespace Qt::StringLiterals;

namespace {

/** Shows @p widget at @p size and grabs it. */
QImage render(QWidget &widget, QSize size)
{
    widget.resize(size);
    widget.show();
    QCoreApplication::processEvents();
    return widget.grab().toImage();
}

/** True if the image is not a single flat colour (something was drawn). */
bool hasContent(const QImage &image)
{
    const QRgb first = image.pixel(0, 0);
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7) {
            if (image.pixel(x, y) != first)
                return true;
        }
    }
    return false;
}

} // namespace

TEST(Widgets, ViewsRenderWithAPlan)
{
    Document doc(test::makeDistrictPlan());
    TargetTableView targets(&doc);
    ResponsibilityMatrixView matrix(&doc);
    TaskDivisionView division(&doc);
    DepartmentView department(&doc);
    EXPECT_TRUE(hasContent(render(targets, { 1400, 420 })));
    EXPECT_TRUE(hasContent(render(matrix, { 1400, 720 })));
    EXPECT_TRUE(hasContent(render(division, { 1200, 520 })));
    department.setDepartment(test::findDepartment(doc.plan(), u"区发改局"_s)->id);
    EXPECT_TRUE(hasContent(render(department, { 900, 360 })));
    EXPECT_EQ(matrix.tableView()->model()->rowCount(), 16);
}

TEST(Widgets, ChartsFollowEditsAndExport)
{
    Document doc(test::makeDistrictPlan());
    ChartsView charts(&doc);
    // Workload: stacked bars, one category per department shown, largest at the top (the last category
    // of a horizontal bar chart).
    QAbstractBarSeries *series = charts.workloadChart()->series();
    ASSERT_EQ(series->barSets().size(), 2);
    const QStringList categories = charts.workloadChart()->categoryAxis()->categories();
    ASSERT_FALSE(categories.isEmpty());
    EXPECT_EQ(categories.last(), u"区发改局"_s); // 区发展和改革局 by its short name in the registry
    const int top = int(categories.size()) - 1;
    const qreal leadBefore = series->barSets().at(0)->at(top);
    EXPECT_EQ(leadBefore, 5);

    // An edit shows at once.
    const Node *task = test::findNodeByTitle(doc.plan(), u"推进农村建设"_s);
    doc.assignDepartment({ task }, test::findDepartment(doc.plan(), u"区发改局"_s)->id, DepartmentRole::Lead);
    EXPECT_EQ(series->barSets().at(0)->at(top), 6);
    doc.undoStack()->undo();
    EXPECT_EQ(series->barSets().at(0)->at(top), 5);

    // Top N with the rest grouped.
    charts.workloadModel()->setTopCount(3);
    EXPECT_EQ(charts.workloadChart()->categoryAxis()->categories().size(), 4);
    EXPECT_TRUE(charts.workloadChart()->categoryAxis()->categories().first().contains(u"Others"_s)
                || charts.workloadChart()->categoryAxis()->categories().first().contains(u"其他"_s));

    // Target chart: baseline → milestones, stretch dashed.
    charts.indicatorBox()->setCurrentIndex(5); // 风电光伏发电总装机容量: base 8, 30 (力争 35), 60
    const QList<QAbstractSeries *> lines = charts.targetChart()->chart()->series();
    ASSERT_EQ(lines.size(), 2);
    auto *values = qobject_cast<QLineSeries *>(lines[0]);
    auto *stretch = qobject_cast<QLineSeries *>(lines[1]);
    ASSERT_TRUE(values && stretch);
    EXPECT_EQ(values->points(), (QList<QPointF> { { 2020, 8 }, { 2025, 30 }, { 2030, 60 } }));
    EXPECT_EQ(stretch->points(), (QList<QPointF> { { 2020, 8 }, { 2025, 35 } }));
    EXPECT_EQ(stretch->pen().style(), Qt::DashLine);
    charts.targetChart()->setParentValues(u"株洲市"_s, { { 2025, 40 }, { 2030, 80 } });
    EXPECT_EQ(charts.targetChart()->chart()->series().size(), 3);

    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    charts.resize(1000, 640);
    for (ChartsView::Page page : { ChartsView::WorkloadPage, ChartsView::TargetsPage, ChartsView::StructurePage }) {
        charts.setCurrentPage(page);
        charts.show();
        QCoreApplication::processEvents();
        const QString png = dir.filePath(u"chart%1.png"_s.arg(int(page)));
        const QString svg = dir.filePath(u"chart%1.svg"_s.arg(int(page)));
        ASSERT_TRUE(charts.exportPng(page, png));
        ASSERT_TRUE(charts.exportSvg(page, svg));
        QImage image(png);
        EXPECT_FALSE(image.isNull());
        EXPECT_TRUE(hasContent(image));
        QFile file(svg);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        EXPECT_TRUE(content.contains("<svg"));
        EXPECT_GT(content.size(), 2000);
    }
}

TEST(Widgets, TargetChartDataForQualitativeAndReductionTargets)
{
    const auto plan = test::makeDistrictPlan();
    // CO₂ intensity: 2025 ≥ 18 vs 2020, 2030 qualitative vs 2005: no common base, no zero point.
    const TargetChartData co2 = targetChartData(*plan, plan->indicators[1].id);
    EXPECT_EQ(co2.values, (QList<QPointF> { { 2025, 18 } }));
    ASSERT_EQ(co2.yearLabels.size(), 2);
    EXPECT_EQ(co2.yearLabels[1].second, u"2030\n完成市下达目标"_s);
    // Energy intensity: a reduction counted from 2020 starts at 0 there.
    const TargetChartData energy = targetChartData(*plan, plan->indicators[0].id);
    EXPECT_EQ(energy.values, (QList<QPointF> { { 2020, 0 }, { 2025, 14.5 } }));
    EXPECT_EQ(energy.stretch, (QList<QPointF> { { 2020, 0 }, { 2025, 15 } }));
    EXPECT_TRUE(targetChartData(*plan, QUuid::createUuid()).values.isEmpty());
}
