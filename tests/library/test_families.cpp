// Families from the parents the plans cite, and the roll-up of a family.

#include "libraryfixture.h"

#include "import/indicatorcatalog.h"
#include "io/planfile.h"
#include "library/rollup.h"
#include "model/indicatoridentity.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;
using namespace pw;
using namespace pw::library;
using pw::test::LibraryTest;

TEST_P(LibraryTest, FamiliesAndTheirRollup)
{
    test::PlanSpec province { u"某省碳达峰实施方案"_s, AdminLevel::Province, u"某省"_s,
        u"某政发〔2022〕1号"_s, {}, { u"推进光伏发电"_s } };
    test::writePlan(planDir(), u"province"_s, province);
    test::PlanSpec city { u"甲市碳达峰实施方案"_s, AdminLevel::City, u"甲市"_s, u"甲政发〔2023〕2号"_s,
        u"《某省碳达峰实施方案》"_s, { u"推进屋顶分布式光伏建设"_s, u"甲市各区县推进公共建筑节能改造"_s } };
    city.targets
        = { { u"光伏装机容量"_s, u"万千瓦"_s, 2025, 100 }, { u"非化石能源消费比重"_s, u"%"_s, 2025, 20 } };
    test::writePlan(planDir(), u"city"_s, city);
    const QList<std::pair<QString, double>> districts { { u"乙区"_s, 40 }, { u"丙区"_s, 70 },
        { u"丁县"_s, 5 } };
    for (const auto &[region, capacity] : districts) {
        test::PlanSpec child { region + u"碳达峰实施方案"_s, AdminLevel::District, region, {},
            u"甲市碳达峰实施方案"_s, { u"推进屋顶分布式光伏建设"_s } };
        child.targets = { { u"光伏装机容量"_s, u"万千瓦"_s, 2025, capacity },
            { u"非化石能源消费比重"_s, u"%"_s, 2025, 18 } };
        test::writePlan(planDir(), region, child);
    }
    auto library = openLibrary();
    ASSERT_TRUE(library);
    ASSERT_EQ(test::addPaths(*library, { planDir() }).added, 5);
    QString error;
    const auto cityRow = library->findPlan(u"甲市碳达峰实施方案"_s, &error);
    ASSERT_TRUE(cityRow) << qPrintable(error);
    const auto provinceRow = library->findPlan(u"某省碳达峰实施方案"_s, &error);
    EXPECT_EQ(cityRow->parentId, provinceRow->id);
    auto children = library->children(cityRow->id, &error);
    ASSERT_TRUE(children);
    ASSERT_EQ(children->size(), 3);

    auto parent = library->loadPlan(*cityRow, &error);
    ASSERT_TRUE(parent) << qPrintable(error);
    std::vector<LoadedPlan> loaded;
    QList<FamilyMember> members;
    for (const PlanRow &row : *children)
        loaded.push_back(*library->loadPlan(row, &error));
    for (const LoadedPlan &plan : loaded)
        members << FamilyMember { plan.plan.get(), {} };
    const Rollup rollup = computeRollup(*parent->plan, members);
    ASSERT_EQ(rollup.children.size(), 3);
    ASSERT_EQ(rollup.rows.size(), 2);
    const RollupRow &capacity = rollup.rows[0];
    EXPECT_TRUE(capacity.additive);
    ASSERT_TRUE(capacity.childSum);
    EXPECT_DOUBLE_EQ(*capacity.childSum, 115);
    EXPECT_EQ(capacity.childrenWithValue, 3);
    for (const RollupCell &cell : capacity.children)
        EXPECT_TRUE(cell.status.has_value());
    const RollupRow &share = rollup.rows[1];
    EXPECT_FALSE(share.additive);
    EXPECT_FALSE(share.childSum);
    // 18 % against the city's 20 %: looser than the parent, as the review says.
    EXPECT_EQ(share.children[0].status, review::TargetStatus::LooserNeedsAllocationEvidence);
    for (const RollupChild &child : rollup.children)
        EXPECT_GE(child.mandatoryTasks, 1) << qPrintable(child.title);

    const tables::Table table = rollupTable(rollup);
    EXPECT_EQ(table.first().size(), 4 + 2 * 3 + 1);
    EXPECT_EQ(table[1].last(), u"115"_s);

    // The library's roll-up keeps the family's plans in memory until a file changes.
    QStringList warnings;
    auto first = rollupFamily(*library, *cityRow, &warnings, &error);
    ASSERT_TRUE(first) << qPrintable(error);
    EXPECT_DOUBLE_EQ(first->rows[0].childSum.value_or(0), 115);
    EXPECT_DOUBLE_EQ(rollupFamily(*library, *cityRow, &warnings, &error)->rows[0].childSum.value_or(0), 115);
    test::PlanSpec changed { u"乙区碳达峰实施方案"_s, AdminLevel::District, u"乙区"_s, {},
        u"甲市碳达峰实施方案"_s, { u"推进屋顶分布式光伏建设"_s } };
    changed.targets = { { u"光伏装机容量"_s, u"万千瓦"_s, 2025, 45 } };
    const QString changedFile = test::writePlan(planDir(), u"乙区"_s, changed);
    QFile touched(changedFile);
    ASSERT_TRUE(touched.open(QIODevice::ReadWrite));
    ASSERT_TRUE(touched.setFileTime(
        QFileInfo(changedFile).lastModified().addSecs(5), QFileDevice::FileModificationTime));
    touched.close();
    auto second = rollupFamily(*library, *cityRow, &warnings, &error);
    ASSERT_TRUE(second) << qPrintable(error);
    EXPECT_DOUBLE_EQ(second->rows[0].childSum.value_or(0), 120);
    EXPECT_TRUE(warnings.isEmpty()) << qPrintable(warnings.join(u'\n'));
}

TEST_P(LibraryTest, TheRollupAlignsIndicatorsThroughTheUsersAliases)
{
    test::PlanSpec city { u"甲市碳达峰实施方案"_s, AdminLevel::City, u"甲市"_s, {}, {}, { u"完善充电基础设施"_s } };
    city.targets = { { u"充电基础设施数量"_s, u"个"_s, 2025, 5000 } };
    test::writePlan(planDir(), u"city"_s, city);
    const QList<std::pair<QString, QString>> districts { { u"乙区"_s, u"公共充电桩数量"_s },
        { u"丙区"_s, u"充电设施保有量"_s } };
    for (const auto &[region, spelling] : districts) {
        test::PlanSpec child { region + u"碳达峰实施方案"_s, AdminLevel::District, region, {},
            u"甲市碳达峰实施方案"_s, { u"完善充电基础设施"_s } };
        child.targets = { { spelling, u"个"_s, 2025, region == u"乙区"_s ? 3000.0 : 2500.0 } };
        test::writePlan(planDir(), region, child);
    }
    auto library = openLibrary();
    ASSERT_TRUE(library);
    ASSERT_EQ(test::addPaths(*library, { planDir() }).added, 3);
    QString error;
    const auto cityRow = library->findPlan(u"甲市碳达峰实施方案"_s, &error);
    ASSERT_TRUE(cityRow) << qPrintable(error);
    QStringList warnings;
    auto before = rollupFamily(*library, *cityRow, &warnings, &error);
    ASSERT_TRUE(before) << qPrintable(error);
    ASSERT_EQ(before->rows.size(), 1);
    EXPECT_FALSE(before->rows[0].childSum); // three spellings, no rule joins them

    ASSERT_TRUE(library->addIndicator(
        { u"充电基础设施数量"_s, u"个"_s, u"交通"_s, false, { u"公共充电桩数量"_s, u"充电设施保有量"_s } }, &error))
        << qPrintable(error);
    auto after = rollupFamily(*library, *cityRow, &warnings, &error);
    ASSERT_TRUE(after) << qPrintable(error);
    EXPECT_EQ(after->rows[0].childrenWithValue, 2);
    EXPECT_DOUBLE_EQ(after->rows[0].childSum.value_or(0), 5500);
    const auto options = library->reviewOptions(cityRow->file, planDir() + u"/乙区.pwplan"_s, &error);
    ASSERT_TRUE(options) << qPrintable(error);
    EXPECT_EQ(options->indicatorAliases.value(IndicatorCatalog::normalizeName(u"公共充电桩数量")),
        u"充电基础设施数量"_s);
}

TEST(Rollup, AdditiveUnits)
{
    for (const QString &unit : { u"万千瓦"_s, u"万平方米"_s, u"公顷"_s, u"个"_s, u"万吨"_s })
        EXPECT_TRUE(isAdditiveUnit(unit)) << qPrintable(unit);
    for (const QString &unit : { u"%"_s, u"吨标准煤/万元"_s, u"亿元"_s, QString() })
        EXPECT_FALSE(isAdditiveUnit(unit)) << qPrintable(unit);
}
