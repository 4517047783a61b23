// Whole documents in layouts the seeds do not use (tests/data/variants): the rules must generalise.

#include "import/importer.h"
#include "model/plan.h"

#include <gtest/gtest.h>

using namespace pw;
using namespace pw::import;
using namespace Qt::StringLiterals;

namespace {

std::optional<ImportResult> importVariant(const QString &name)
{
    ImportError error;
    auto result = importFile(QStringLiteral(TEST_DATA_DIR) + u"/variants/"_s + name, &error);
    EXPECT_TRUE(result) << qPrintable(error.message);
    return result;
}

/** The 非化石能源消费比重 row of the variants' indicator tables: 12.5 in 2020, 20 in 2025. */
void expectNonFossilRow(const Plan &plan, const Target &target)
{
    EXPECT_EQ(plan.indicator(target.indicatorId)->name, u"非化石能源消费比重"_s);
    EXPECT_EQ(target.year, 2025);
    EXPECT_EQ(target.value, 20);
    EXPECT_EQ(target.baseYear, 2020);
    EXPECT_EQ(target.baseValue, 12.5);
}

} // namespace

TEST(Variants, CountyPlanWithSeveralLabelsPerLine)
{
    const auto r = importVariant(u"county-label-lines.txt"_s);
    ASSERT_TRUE(r);
    const Plan &plan = *r->plan;
    const Node &energy = *plan.root().child(1)->child(0);
    ASSERT_EQ(energy.childCount(), 2);
    const Node &solar = *energy.child(0);
    EXPECT_EQ(solar.content.title, u"大力发展新能源"_s);
    EXPECT_EQ(plan.departmentNames(solar.content.lead), QStringList { u"县发展和改革局"_s });
    EXPECT_EQ(
        plan.departmentNames(solar.content.support), (QStringList { u"县自然资源局"_s, u"县林业局"_s }));
    const Node &industry = *plan.root().child(1)->child(1)->child(0);
    EXPECT_EQ(plan.departmentNames(industry.content.lead), QStringList { u"县工业和信息化局"_s });
    for (const Department &d : plan.departments)
        EXPECT_FALSE(d.name.contains(u'：') || d.name.contains(u':')) << qPrintable(d.name);
    ASSERT_EQ(plan.targets.size(), 6u);
    EXPECT_EQ(plan.indicator(plan.targets.back().indicatorId)->name, u"规模以上单位工业增加值能耗下降率"_s);
    EXPECT_EQ(plan.targets.back().baseYear, 2020);
    ASSERT_EQ(r->report.issues.size(), 1); // every task is assigned: only the note on the title line
    EXPECT_EQ(r->report.issues[0].code, u"preamble"_s);
}

TEST(Variants, DistrictNoticeInGb18030)
{
    const auto r = importVariant(u"district-notice-gb18030.txt"_s);
    ASSERT_TRUE(r);
    const Plan &plan = *r->plan;
    EXPECT_EQ(r->report.encoding, u"GB18030"_s);
    EXPECT_EQ(plan.metadata.docNumber, u"芙政办发〔2024〕5号"_s);
    EXPECT_EQ(plan.metadata.level, AdminLevel::District);
    ASSERT_EQ(plan.metadata.parentRefs.size(), 1);
    EXPECT_EQ(plan.metadata.parentRefs[0].docNumber, u"长政发〔2023〕12号"_s);
    const Node &tasks = *plan.root().child(1);
    const Node &first = *tasks.child(0)->child(0);
    EXPECT_EQ(plan.departmentNames(first.content.lead), QStringList { u"区发展和改革局"_s });
    EXPECT_EQ(plan.departmentNames(first.content.support),
        (QStringList { u"区工业和信息化局"_s, u"区生态环境分局"_s }));
    EXPECT_EQ(plan.departmentNames(tasks.child(0)->child(1)->content.lead),
        QStringList { u"区发展和改革局"_s }); // 【】
    EXPECT_EQ(plan.departmentNames(tasks.child(1)->child(0)->content.territorial),
        QStringList { u"各街道办事处"_s });
    ASSERT_EQ(plan.targets.size(), 4u);
    EXPECT_EQ(plan.targets.front().comparator, Comparator::AtMost);
    ASSERT_EQ(plan.projects.size(), 2u);
    EXPECT_EQ(plan.projects.front().capacity, 5);
    EXPECT_EQ(plan.projects.front().investment, 2.5);
}

TEST(Variants, IndicatorTableLaidOutWithSpaces)
{
    const auto r = importVariant(u"city-layout-table.txt"_s);
    ASSERT_TRUE(r);
    const Plan &plan = *r->plan;
    EXPECT_EQ(r->report.tables, 1);
    ASSERT_EQ(plan.targets.size(), 4u);
    expectNonFossilRow(plan, plan.targets.at(1));
    EXPECT_EQ(plan.targets.at(2).comparator, Comparator::AtLeast);
    // The table's text is not in the chapter's text, and the paragraphs after it are still read.
    EXPECT_FALSE(plan.root().child(0)->content.text.contains(u"森林覆盖率"_s));
    EXPECT_EQ(plan.root().child(1)->child(0)->content.title, u"能源行动"_s);
}

TEST(Variants, WebPageTableWithATwoRowHeader)
{
    // "指标值" spans "2020年" and "2025年" in a second header row; the merged cells are lost in the text.
    const auto r = importVariant(u"city-two-row-table-header.html"_s);
    ASSERT_TRUE(r);
    const Plan &plan = *r->plan;
    EXPECT_EQ(r->report.format, u"html"_s);
    ASSERT_EQ(plan.targets.size(), 3u);
    expectNonFossilRow(plan, plan.targets.at(1));
    for (const ImportIssue &issue : r->report.issues)
        EXPECT_NE(issue.code, u"table-not-read"_s);
}
