// The roll-up report (综合平衡汇总报告) through the real binary: `planwright library rollup PARENT --report OUT`,
// read back with Poppler (pdftotext, pdffonts) as an independent reader.

#include "clirun.h"
#include "libraryfixture.h"
#include "popplertools.h"

#include "report/rollupreport.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;
using namespace pw;
using pw::testing::runPlanwright;

namespace {

/** A city with seven districts (so the annex table continues), one of which leaves a mandatory task out. */
QString writeFamily(const QString &plans)
{
    test::PlanSpec city { u"甲市碳达峰实施方案"_s, AdminLevel::City, u"甲市"_s, {}, {},
        { u"推进屋顶分布式光伏建设"_s, u"各区县推进公共建筑节能改造"_s } };
    city.targets = { { u"光伏装机容量"_s, u"万千瓦"_s, 2025, 120 }, { u"非化石能源消费比重"_s, u"%"_s, 2025, 20 } };
    test::writePlan(plans, u"city"_s, city);
    const QStringList regions { u"乙区"_s, u"丙区"_s, u"丁县"_s, u"戊区"_s, u"己区"_s, u"庚县"_s, u"辛区"_s };
    for (int i = 0; i < regions.size(); ++i) {
        test::PlanSpec child { regions[i] + u"碳达峰实施方案"_s, AdminLevel::District, regions[i], {},
            u"甲市碳达峰实施方案"_s, { u"推进屋顶分布式光伏建设"_s } };
        if (i > 0)
            child.tasks << u"推进公共建筑节能改造"_s;
        child.targets = { { u"光伏装机容量"_s, u"万千瓦"_s, 2025, 12.0 + i },
            { u"非化石能源消费比重"_s, u"%"_s, 2025, i == 2 ? 15.0 : 22.0 } };
        test::writePlan(plans, regions[i], child);
    }
    return plans;
}

} // namespace

TEST(RollupReport, PdfFromTheCliReadsBackWithTheFamilyAndItsNumbers)
{
    if (!pw::testing::popplerAvailable())
        GTEST_SKIP() << "poppler-utils not installed";
    QTemporaryDir dir;
    const QString plans = dir.filePath(u"plans"_s);
    QDir().mkpath(plans);
    writeFamily(plans);
    const auto before = test::hashFiles(plans);
    const QString db = dir.filePath(u"lib.sqlite"_s);
    auto add = runPlanwright({ u"library"_s, u"add"_s, plans, u"--db"_s, db });
    ASSERT_EQ(add.code, 0) << qPrintable(add.err);

    const QString out = qEnvironmentVariableIsSet("PLANWRIGHT_SCREENSHOT_DIR")
        ? qEnvironmentVariable("PLANWRIGHT_SCREENSHOT_DIR") + u"/rollup-report.pdf"_s
        : dir.filePath(u"rollup.pdf"_s);
    auto run = runPlanwright(
        { u"library"_s, u"rollup"_s, u"甲市碳达峰实施方案"_s, u"--report"_s, out, u"--db"_s, db });
    ASSERT_EQ(run.code, 0) << qPrintable(run.err);

    const auto fonts = pw::testing::pdfFonts(out);
    ASSERT_FALSE(fonts.isEmpty());
    for (const auto &font : fonts)
        EXPECT_TRUE(font.embedded) << qPrintable(font.name);
    QString text = pw::testing::pdfText(out);
    text.remove(QRegularExpression(u"\\s+"_s)); // table cells wrap
    text.remove(QRegularExpression(u"—\\d+—"_s)); // page numbers, where a paragraph runs onto the next page
    EXPECT_TRUE(text.contains(u"《甲市碳达峰实施方案》上下级方案汇总平衡报告"_s));
    EXPECT_TRUE(text.contains(u"共有下级方案7个"_s));
    for (const QString &region : { u"乙区"_s, u"丁县"_s, u"辛区"_s })
        EXPECT_TRUE(text.contains(region)) << qPrintable(region);
    EXPECT_TRUE(text.contains(u"乙区碳达峰实施方案"_s)); // the coverage table names each child plan
    // 12 + 13 + … + 18 = 105 against 120: a shortfall of 15, 87.5 %.
    EXPECT_TRUE(text.contains(u"光伏装机容量（2025年）下级合计105万千瓦，低于上级目标120万千瓦，差15万千瓦"_s))
        << qPrintable(text.left(3000));
    EXPECT_TRUE(text.contains(u"87.5%"_s));
    EXPECT_TRUE(text.contains(u"低于上级，需说明分解依据"_s)); // 丁县's 15 % against 20 %
    EXPECT_TRUE(text.contains(u"以下下级方案尚有上级必须落实的任务未覆盖：乙区（1项）"_s));
    EXPECT_TRUE(text.contains(u"续表（下级方案6—7）"_s));
    EXPECT_EQ(test::hashFiles(plans), before);

    auto docx = runPlanwright({ u"library"_s, u"rollup"_s, u"甲市碳达峰实施方案"_s, u"--report"_s,
        dir.filePath(u"rollup.docx"_s), u"--db"_s, db });
    EXPECT_EQ(docx.code, 0) << qPrintable(docx.err);
    EXPECT_GT(QFileInfo(dir.filePath(u"rollup.docx"_s)).size(), 1000);
    auto bad = runPlanwright({ u"library"_s, u"rollup"_s, u"甲市碳达峰实施方案"_s, u"--report"_s,
        dir.filePath(u"rollup.txt"_s), u"--db"_s, db });
    EXPECT_EQ(bad.code, 2);
    EXPECT_TRUE(bad.err.contains(u"unsupported report format"_s)) << qPrintable(bad.err);
}

TEST(RollupReport, AFamilyWithoutChildrenOrSumsStillReports)
{
    library::Rollup empty;
    empty.parentTitle = u"甲市碳达峰实施方案"_s;
    const report::ReportDocument doc = report::buildRollupReport(empty, { u"乙区.pwplan: 无法读取"_s });
    QStringList texts;
    for (const report::Block &block : doc.blocks) {
        if (const auto *p = std::get_if<report::Paragraph>(&block))
            texts << p->text();
    }
    const QString all = texts.join(u'\n');
    EXPECT_TRUE(all.contains(u"没有下级方案。"_s));
    EXPECT_TRUE(all.contains(u"上级方案没有下级方案可加总的量化指标。"_s));
    EXPECT_TRUE(all.contains(u"未纳入汇总：乙区.pwplan: 无法读取"_s));
}
