#include "sampleplan.h"

#include "tables/responsibilitychecks.h"
#include "tables/targettable.h"
#include "tables/tasktable.h"

#include <gtest/gtest.h>

using namespace pw;
using namespace pw::tables;
using namespace Qt::StringLiterals;

namespace {

const Indicator *indicatorNamed(const Plan &plan, const QString &name)
{
    for (const Indicator &i : plan.indicators) {
        if (i.name == name)
            return &i;
    }
    return nullptr;
}

bool anyWarningContains(const QList<TargetWarning> &warnings, const QString &needle)
{
    return std::any_of(warnings.begin(), warnings.end(), [&](const TargetWarning &w) { return w.message.contains(needle); });
}

} // namespace

TEST(TargetCell, FormatsComparatorValueAndStretch)
{
    Target t;
    t.comparator = Comparator::AtLeast;
    t.value = 20;
    t.stretch = 22;
    EXPECT_EQ(formatTargetCell(t), u"≥ 20 (力争 22)"_s);
    t.stretch.reset();
    t.value = 13.5;
    EXPECT_EQ(formatTargetCell(t), u"≥ 13.5"_s);
    t.value.reset();
    t.allocation = u"完成省下达目标"_s;
    EXPECT_EQ(formatTargetCell(t), u"完成省下达目标"_s);
}

TEST(TargetCell, ParsesWhatUsersType)
{
    auto p = parseTargetCell(u"≥ 20 (力争 22)"_s);
    ASSERT_TRUE(p);
    EXPECT_EQ(p->comparator, Comparator::AtLeast);
    EXPECT_EQ(p->value, 20.0);
    EXPECT_EQ(p->stretch, 22.0);
    p = parseTargetCell(u">=14.5，力争15"_s);
    ASSERT_TRUE(p);
    EXPECT_EQ(p->comparator, Comparator::AtLeast);
    EXPECT_EQ(p->stretch, 15.0);
    p = parseTargetCell(u"25%左右"_s);
    ASSERT_TRUE(p);
    EXPECT_EQ(p->comparator, Comparator::Approx);
    EXPECT_EQ(p->value, 25.0);
    p = parseTargetCell(u"60以内"_s);
    ASSERT_TRUE(p);
    EXPECT_EQ(p->comparator, Comparator::AtMost);
    p = parseTargetCell(u"完成省下达目标"_s);
    ASSERT_TRUE(p);
    EXPECT_FALSE(p->value);
    EXPECT_EQ(p->qualitative, u"完成省下达目标"_s);
    p = parseTargetCell(u"  "_s);
    ASSERT_TRUE(p);
    EXPECT_TRUE(p->clear);
    QString error;
    EXPECT_FALSE(parseTargetCell(u"20 or so 3"_s, &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_FALSE(parseTargetCell(u"≥ 20以下"_s, &error)); // contradictory
    EXPECT_FALSE(parseTargetCell(u"=cmd|1"_s, &error));
}

TEST(TargetTable, ImpliedChangeAgainstBaseline)
{
    const auto plan = test::makeDistrictPlan();
    const Indicator *total = indicatorNamed(*plan, u"能源消费总量"_s);
    ASSERT_TRUE(total);
    const Target *t = targetFor(*plan, total->id, 2025);
    ASSERT_TRUE(t);
    // 240 → 260 is +8.3 %.
    EXPECT_EQ(formatChange(*impliedChange(*total, *t)), u"+8.3%"_s);
    const Indicator *energy = indicatorNamed(*plan, u"单位地区生产总值能耗下降率"_s);
    // A reduction rate is itself the change.
    EXPECT_EQ(impliedChangeText(*plan, *energy), u"2025年 −14.5%"_s);
    EXPECT_EQ(formatChange(-15.0), u"−15.0%"_s);
}

TEST(TargetTable, ConsistencyWarnings)
{
    const auto plan = test::makeDistrictPlan();
    // 森林覆盖率 2030 ≥ 44 is less strict than 2025 ≥ 45.
    const auto forest = indicatorWarnings(*plan, *indicatorNamed(*plan, u"森林覆盖率"_s));
    EXPECT_TRUE(anyWarningContains(forest, u"2030 target 44 is less strict than the 2025 target 45"_s));
    // 万吨标煤 is not the catalogue's 万吨标准煤.
    const auto total = indicatorWarnings(*plan, *indicatorNamed(*plan, u"能源消费总量"_s));
    EXPECT_TRUE(anyWarningContains(total, u"万吨标准煤"_s));
    // 兆瓦 is one of the catalogue's accepted units: no unit warning.
    const auto pv = indicatorWarnings(*plan, *indicatorNamed(*plan, u"风电光伏发电总装机容量"_s));
    EXPECT_FALSE(anyWarningContains(pv, u"catalogue"_s));
    // The stating text mentions 22 and 25: no prose warning for 非化石能源消费比重.
    EXPECT_TRUE(indicatorWarnings(*plan, *indicatorNamed(*plan, u"非化石能源消费比重"_s)).isEmpty());

    // Prose disagreeing with the table, and a year that is not a milestone.
    Plan &p = *plan;
    for (Target &t : p.targets) {
        if (t.indicatorId == indicatorNamed(p, u"非化石能源消费比重"_s)->id && t.year == 2030) {
            t.value = 27;
            t.year = 2028;
        }
    }
    const auto fossil = indicatorWarnings(p, *indicatorNamed(p, u"非化石能源消费比重"_s));
    EXPECT_TRUE(anyWarningContains(fossil, u"does not mention 27"_s));
    EXPECT_TRUE(anyWarningContains(fossil, u"2028 is not a milestone"_s));
}

TEST(TargetTable, RowsForCsv)
{
    const auto plan = test::makeDistrictPlan();
    const Table table = targetTable(*plan);
    ASSERT_EQ(table.size(), qsizetype(plan->indicators.size()) + 1);
    EXPECT_EQ(table[0].mid(7, 2), (QStringList { u"2025年"_s, u"2030年"_s }));
    const QStringList &energy = table[1];
    EXPECT_EQ(energy[1], u"单位地区生产总值能耗下降率"_s);
    EXPECT_EQ(energy[3], u"约束性"_s);
    EXPECT_EQ(energy[5], u"2020"_s);
    EXPECT_EQ(energy[7], u"≥ 14.5 (力争 15)"_s);
    EXPECT_EQ(energy[9], u"确保"_s);
    EXPECT_EQ(energy[11], u"二、（一）到2025年"_s);
    const QStringList &co2 = table[2];
    EXPECT_EQ(co2[8], u"完成市下达目标"_s);
    EXPECT_EQ(co2[10], u"完成市下达目标"_s);
}

TEST(Catalog, UnitsAndReductionRates)
{
    Indicator ind;
    ind.name = u"单位GDP能耗下降"_s;
    ind.unit = u"%"_s;
    EXPECT_EQ(catalogUnit(ind), u"%"_s);
    ind.name = u"不存在的指标"_s;
    EXPECT_FALSE(catalogUnit(ind));
    EXPECT_TRUE(unitsCompatible(u"兆瓦"_s, u"万千瓦"_s));
    EXPECT_TRUE(unitsCompatible(u"亿立方米"_s, u"万立方米"_s));
    EXPECT_FALSE(unitsCompatible(u"万吨标煤"_s, u"万吨标准煤"_s));
    EXPECT_FALSE(unitsCompatible(u"%"_s, u"万千瓦"_s));
    EXPECT_TRUE(isReductionRate(u"单位地区生产总值能耗下降率"_s));
    EXPECT_FALSE(isReductionRate(u"森林覆盖率"_s));
}

TEST(TaskTable, TasksPathsAndLoads)
{
    const auto plan = test::makeDistrictPlan();
    const auto tasks = collectTasks(*plan);
    ASSERT_EQ(tasks.size(), 16u);
    EXPECT_EQ(nodePath(*tasks[0]), u"三、（一）1."_s);
    EXPECT_EQ(actionOf(*tasks[0])->content.title, u"能源绿色低碳转型行动"_s);
    const auto loads = departmentLoads(tasks);
    const Department *fgj = test::findDepartment(*plan, u"区发改局"_s);
    EXPECT_EQ(loads.value(fgj->id).lead, 5);
    EXPECT_EQ(loads.value(fgj->id).support, 3);

    const Table division = taskDivisionTable(*plan);
    EXPECT_EQ(division[0], (QStringList { u"序号"_s, u"重点任务"_s, u"牵头单位"_s, u"责任单位"_s, u"完成时限"_s }));
    EXPECT_EQ(division[2], (QStringList { u"2"_s, u"大力发展新能源"_s, u"区发展和改革局"_s,
                                          u"区住房和城乡建设局、国网株洲供电公司石峰分公司、市自然资源和规划局石峰分局、各街道办事处"_s,
                                          u"持续推进"_s }));
    const Table matrix = responsibilityMatrixTable(*plan);
    EXPECT_EQ(matrix[0].size(), qsizetype(plan->departments.size()) + 4);
    EXPECT_EQ(matrix[1][2], u"牵"_s);
}

TEST(ResponsibilityChecks, FindsTheProblems)
{
    const auto plan = test::makeDistrictPlan();
    const Node *noLead = test::findNodeByTitle(*plan, u"推进农村建设"_s);
    const Node *twoLeads = test::findNodeByTitle(*plan, u"加快建设新型电力系统"_s);
    EXPECT_TRUE(hasNoLead(*noLead));
    EXPECT_FALSE(taskCheck(*noLead).isEmpty());
    EXPECT_TRUE(hasMultipleLeads(*twoLeads));
    EXPECT_FALSE(taskCheck(*twoLeads).isEmpty());
    EXPECT_TRUE(taskCheck(*test::findNodeByTitle(*plan, u"大力发展新能源"_s)).isEmpty());

    // A city department in a district plan is flagged; a recorded city branch office is not.
    EXPECT_FALSE(levelCheck(*plan, *test::findDepartment(*plan, u"市发展改革委"_s)).isEmpty());
    EXPECT_TRUE(levelCheck(*plan, *test::findDepartment(*plan, u"市生态环境局石峰分局"_s)).isEmpty());
    EXPECT_TRUE(levelCheck(*plan, *test::findDepartment(*plan, u"区财政局"_s)).isEmpty());

    const auto dups = nearDuplicateDepartments(*plan, departmentLoads(collectTasks(*plan)));
    ASSERT_EQ(dups.size(), 1);
    EXPECT_EQ(plan->department(dups[0].from)->name, u"生态环境局石峰分局"_s);
    EXPECT_EQ(plan->department(dups[0].into)->name, u"市生态环境局石峰分局"_s);
}

TEST(ResponsibilityChecks, NearDuplicateNames)
{
    EXPECT_TRUE(namesNearlyEqual(u"生态环境石峰分局"_s, u"生态环境局石峰分局"_s));
    EXPECT_TRUE(namesNearlyEqual(u"区发改局"_s, u"区发展和改革局"_s));
    EXPECT_FALSE(namesNearlyEqual(u"生态环境石峰分局"_s, u"生态环境荷塘分局"_s));
    EXPECT_FALSE(namesNearlyEqual(u"区财政局"_s, u"区统计局"_s));
    EXPECT_FALSE(namesNearlyEqual(u"市民政局"_s, u"市财政局"_s));
    EXPECT_TRUE(namesNearlyEqual(u"市科技局"_s, u"市科学技术局"_s));
    EXPECT_FALSE(namesNearlyEqual(u"市第一中学"_s, u"市第二中学"_s));
    EXPECT_FALSE(namesNearlyEqual(u"市第1局"_s, u"市第11局"_s));
}
