// Forms of real documents the seeds do not show (issue 11): indicators outside the catalogue, numbers that
// are not goals, documents without numbered headings, titles and 文号 stated inside a sentence. Made-up
// sentences in the genre's wording, not text of the corpus.

#include "import/chinesetext.h"
#include "import/importer.h"
#include "import/metadata.h"
#include "import/targets.h"
#include "model/plan.h"

#include <gtest/gtest.h>

using namespace pw;
using namespace pw::import;
using namespace Qt::StringLiterals;

namespace {

QList<ExtractedTarget> goals(QStringView text)
{
    QList<ExtractedTarget> out;
    for (const ExtractedTarget &t : extractTargets(text)) {
        if (t.statement == Statement::Goal)
            out.append(t);
    }
    return out;
}

} // namespace

TEST(OpenIndicators, NamedFromTheirOwnPhrase)
{
    const auto t = goals(u"到2025年，110千伏电网N—1通过率达到100%，可再生能源发电量占本地发电总量的比重达90%以上，"
                         u"县内各类发电装机超过400万千瓦。");
    ASSERT_EQ(t.size(), 3);
    EXPECT_EQ(t[0].indicatorName, u"110千伏电网N—1通过率"_s);
    EXPECT_EQ(t[0].value, 100);
    EXPECT_EQ(t[0].year, 2025);
    EXPECT_TRUE(t[0].catalogKey.isEmpty());
    EXPECT_EQ(t[1].indicatorName, u"可再生能源发电量占本地发电总量的比重"_s);
    EXPECT_EQ(t[1].comparator, Comparator::AtLeast);
    EXPECT_EQ(t[2].indicatorName, u"各类发电装机"_s); // the scope word 县内 is not part of the name
    EXPECT_EQ(t[2].unit, u"万千瓦"_s);
    EXPECT_EQ(t[2].comparator, Comparator::Greater);
}

TEST(OpenIndicators, UnitsOfEnergyAndLand)
{
    const auto t = goals(u"到2025年，煤电机组平均供电煤耗降至300克标准煤/千瓦时，新增造林面积2万公顷。");
    ASSERT_EQ(t.size(), 2);
    EXPECT_EQ(t[0].unit, u"克标准煤/千瓦时"_s);
    EXPECT_EQ(t[0].indicatorName, u"煤电机组平均供电煤耗"_s);
    EXPECT_EQ(t[1].unit, u"万公顷"_s);
}

TEST(OpenIndicators, LinkedToTheCatalogueWhereOneFits)
{
    const auto t = goals(u"到2025年，新型储能装机容量达到20万千瓦，电网尖峰负荷响应能力达到5%。");
    ASSERT_EQ(t.size(), 2);
    EXPECT_EQ(t[0].catalogKey, u"storage-capacity"_s);
    EXPECT_EQ(t[1].catalogKey, u"peak-load-response"_s);
}

TEST(OpenIndicators, ARateOfAnIndicatorIsAnotherIndicator)
{
    const auto t = goals(u"到2030年，森林蓄积量增长率稳定在3.5%以上，森林蓄积量达到1200万立方米。");
    ASSERT_EQ(t.size(), 2);
    EXPECT_EQ(t[0].indicatorName, u"森林蓄积量增长率"_s);
    EXPECT_TRUE(t[0].catalogKey.isEmpty());
    EXPECT_EQ(t[0].unit, u"%"_s);
    EXPECT_EQ(t[1].catalogKey, u"forest-stock"_s);
    EXPECT_EQ(t[1].value, 1200);
}

TEST(NotTargets, FactsSpendingAndCountsOfActions)
{
    const auto kinds = [](QStringView text) {
        QList<Statement> out;
        for (const ExtractedTarget &t : extractTargets(text))
            out.append(t.statement);
        return out;
    };
    EXPECT_EQ(kinds(u"2020年，全市非化石能源消费比重为15%。"), QList<Statement> { Statement::Fact });
    EXPECT_EQ(kinds(u"截至2022年底，全市光伏装机达到35万千瓦。"), QList<Statement> { Statement::Fact });
    EXPECT_EQ(kinds(u"到2025年，全区已建成充电桩2000个。"), QList<Statement> { Statement::Fact });
    EXPECT_EQ(kinds(u"到2025年，实施节能降碳重点项目30个，总投资150亿元。"),
              (QList<Statement> { Statement::ActionCount, Statement::Spending }));
    // The size of a fund is a goal; money spent is not.
    EXPECT_EQ(kinds(u"到2025年，气候投资基金规模达到5亿元。"), QList<Statement> { Statement::Goal });
    // A goal stated with 为 after 到 is still a goal.
    EXPECT_EQ(kinds(u"到2025年，非化石能源消费比重为20%。"), QList<Statement> { Statement::Goal });
}

TEST(NotTargets, ReportedWithTheirSpan)
{
    ImportError e;
    const QString text = u"一、主要目标\n到2025年，非化石能源消费比重达到20%，实施重点项目30个，总投资150亿元。\n"_s;
    const auto r = importText(text, u"a.txt"_s, &e);
    ASSERT_TRUE(r);
    ASSERT_EQ(r->plan->targets.size(), 1u);
    QStringList excerpts;
    for (const ImportIssue &i : r->report.issues) {
        if (i.code == u"not-a-target"_s)
            excerpts.append(text.mid(i.span.start, i.span.length));
    }
    EXPECT_EQ(excerpts, (QStringList { u"实施重点项目30个"_s, u"总投资150亿元"_s }));
}

TEST(FlatDocuments, NewsReportGivesMetadataTargetsAndParagraphs)
{
    const QString text =
        u"近日，某某市人民政府印发了《某某市碳达峰实施方案》（某政发〔2023〕7号）。\n"
        u"《方案》提出，到2025年，全市能源结构持续优化。非化石能源消费比重达到25%以上，"
        u"单位地区生产总值能耗、二氧化碳排放完成省下达的目标。\n"
        u"《方案》指出，要大力发展绿色低碳产业。\n"_s;
    ImportError e;
    const auto r = importText(text, u"news.txt"_s, &e);
    ASSERT_TRUE(r) << qPrintable(e.message);
    const Plan &plan = *r->plan;
    EXPECT_EQ(plan.metadata.title, u"某某市碳达峰实施方案"_s);
    EXPECT_EQ(plan.metadata.docNumber, u"某政发〔2023〕7号"_s);
    EXPECT_EQ(plan.root().childCount(), 3);
    ASSERT_EQ(plan.targets.size(), 3u);
    for (const Target &t : plan.targets) {
        EXPECT_EQ(t.year, 2025);
        EXPECT_EQ(t.nodeId, plan.root().child(1)->id());
        EXPECT_GT(t.span.length, 0);
    }
    EXPECT_EQ(plan.targets[0].value, 25);
    EXPECT_FALSE(plan.targets[2].allocation.isEmpty());
}

TEST(FlatDocuments, RemarksInParenthesesAreNotParagraphs)
{
    ImportError e;
    const auto r = importText(u"（编者按：以下为方案原文节选，有删减。）\n到2025年，森林覆盖率达到60%。\n"_s, u"a.txt"_s, &e);
    ASSERT_TRUE(r);
    ASSERT_EQ(r->plan->root().childCount(), 1);
    EXPECT_EQ(r->plan->targets.size(), 1u);
}

TEST(FlatDocuments, ATimePhraseAfterAReportingLeadInFramesTheParagraph)
{
    for (const QString &lead : { u"《方案》明确提出"_s, u"根据方案"_s, u"文件提出了主要目标"_s }) {
        const auto t = goals(lead + u"，到2025年，绿色低碳产业初具规模。森林覆盖率达到60%。"_s);
        ASSERT_EQ(t.size(), 1) << qPrintable(lead);
        EXPECT_EQ(t[0].year, 2025) << qPrintable(lead);
    }
    // Without a lead-in, a year in the middle of a sentence dates only that sentence.
    const auto t = goals(u"严格执行节能标准，到2025年，执行率达到100%。推广面积50万平方米。"_s);
    ASSERT_EQ(t.size(), 2);
    EXPECT_EQ(t[1].year, 0);
}

TEST(FlatDocuments, TargetsBeforeTheFirstHeadingAndRepeatsImportedOnce)
{
    const QString text = u"某县碳达峰实施方案\n文件指出，到2025年，非化石能源消费比重达到20%。\n"
                         u"一、主要目标\n到2025年，非化石能源消费比重达到20%，森林覆盖率达到60%。\n"_s;
    ImportError e;
    const auto r = importText(text, u"a.txt"_s, &e);
    ASSERT_TRUE(r);
    // The heading tree's statement is kept; the lead's repeat is reported.
    ASSERT_EQ(r->plan->targets.size(), 2u);
    for (const Target &t : r->plan->targets)
        EXPECT_EQ(t.nodeId, r->plan->root().child(0)->id());
    QStringList repeated;
    for (const ImportIssue &i : r->report.issues) {
        if (i.code == u"repeated-target"_s)
            repeated.append(text.mid(i.span.start, i.span.length));
    }
    EXPECT_EQ(repeated, QStringList { u"达到20%"_s });
}

TEST(TitlesInSentences, NoticeBodiesAndNestedTitles)
{
    EXPECT_EQ(extractMetadata(u"各区县人民政府：\n《某某市碳达峰实施方案》已经市人民政府同意，现印发给你们，请认真贯彻执行。"_s).title,
              u"某某市碳达峰实施方案"_s);
    const PlanMetadata batch =
        extractMetadata(u"2023年3月1日，某某区人民政府发布了《关于批转区发展改革委〈某某区碳达峰实施方案〉的通知》。"_s);
    EXPECT_EQ(batch.title, u"某某区碳达峰实施方案"_s);
    EXPECT_EQ(batch.issuer, u"某某区人民政府"_s);
    EXPECT_EQ(extractMetadata(u"某某区人民政府关于批转区碳达峰碳中和工作领导小组办公室<某某区碳达峰实施方案>的通知\n"_s).title,
              u"某某区碳达峰实施方案"_s);
    // A news headline about the plan is not its title.
    EXPECT_EQ(extractMetadata(u"某某市印发碳达峰实施方案\n近日，某某市人民政府印发了《某某市碳达峰实施方案》。"_s).title,
              u"某某市碳达峰实施方案"_s);
    // A cited parent plan with its 文号 is not the plan's own.
    const PlanMetadata cited = extractMetadata(u"某某县碳达峰实施方案\n根据《某某市碳达峰实施方案》（某政发〔2022〕3号），制定本方案。"_s);
    EXPECT_EQ(cited.title, u"某某县碳达峰实施方案"_s);
    EXPECT_TRUE(cited.docNumber.isEmpty());
}

TEST(TitlesInSentences, AReportThatQuotesThePlanBeforeSayingItWasIssued)
{
    EXPECT_EQ(extractMetadata(u"记者从市发展改革委获悉，《某某市碳达峰实施方案》（以下简称《方案》）近日正式印发。"_s).title,
              u"某某市碳达峰实施方案"_s);
    EXPECT_EQ(extractMetadata(u"《某某县绿色低碳发展规划》日前出台，提出到2025年…"_s).title, u"某某县绿色低碳发展规划"_s);
    // A plan only cited is not the document's title.
    EXPECT_TRUE(extractMetadata(u"根据《某某省碳达峰实施方案》要求，结合本地实际。"_s).title.isEmpty());
}

TEST(ChineseDigits, YearsAndIssueDates)
{
    const auto t = goals(u"“十四五”期间，单位地区生产总值能耗下降13.5%。到二〇三〇年，森林覆盖率稳定在60%以上。"_s);
    ASSERT_EQ(t.size(), 2);
    EXPECT_EQ(t[0].year, 2025);
    EXPECT_EQ(t[1].year, 2030);
    EXPECT_EQ(goals(u"二○二五年，新能源汽车保有量达到5万辆。"_s).value(0).year, 2025);
    EXPECT_EQ(extractMetadata(u"某某市人民政府\n二〇二二年九月十三日"_s).issueDate, QDate(2022, 9, 13));
    EXPECT_EQ(extractMetadata(u"某某市人民政府\n2022年12月3日"_s).issueDate, QDate(2022, 12, 3));
    EXPECT_EQ(foldChineseYears(u"一二三四年，二〇二五年底"_s), u"一二三四年，2025年底"_s); // only plausible years
}

TEST(TraditionalCharacters, FoldedBeyondThePlanVocabularyButNeverInSimplifiedText)
{
    const auto t = goals(u"到2025年，全省風電、光伏發電裝機容量分別達到2000萬千瓦、2800萬千瓦。"_s);
    ASSERT_EQ(t.size(), 2);
    EXPECT_EQ(t[0].value, 2000);
    EXPECT_EQ(t[1].value, 2800);
    EXPECT_EQ(toSimplified(u"分別後續於"_s), u"分别后续于"_s);
    // Characters simplified text uses itself stay: 显著, 俱乐部, 乾坤.
    EXPECT_EQ(toSimplified(u"显著俱乐部乾坤"_s), u"显著俱乐部乾坤"_s);
}

TEST(RespectiveLists, ASharedMeasureEndsTheLastName)
{
    const auto t = goals(u"到2025年，风电、光伏发电装机容量分别达到200万千瓦、300万千瓦，森林覆盖率、森林蓄积量分别达到66%、1.2亿立方米。"_s);
    ASSERT_EQ(t.size(), 4);
    EXPECT_TRUE(t[0].indicatorName.startsWith(u"风电"_s) && t[0].indicatorName.endsWith(u"装机容量"_s))
        << qPrintable(t[0].indicatorName);
    EXPECT_NE(t[0].indicatorName, t[1].indicatorName);
    EXPECT_EQ(t[2].unit, u"%"_s);
    EXPECT_EQ(t[3].unit, u"亿立方米"_s);
}

TEST(Units, ACataloguedTargetIsConvertedToTheCatalogueUnit)
{
    ImportError e;
    const auto r = importText(u"一、主要目标\n到2025年，森林蓄积量达到1.2亿立方米，新型储能装机容量达到500兆瓦。\n"_s, u"a.txt"_s, &e);
    ASSERT_TRUE(r);
    const Plan &plan = *r->plan;
    ASSERT_EQ(plan.targets.size(), 2u);
    for (const Target &t : plan.targets) {
        const Indicator *ind = plan.indicator(t.indicatorId);
        ASSERT_TRUE(ind);
        if (ind->unit == u"万立方米"_s)
            EXPECT_EQ(t.value, 12000);
        else if (ind->unit == u"万千瓦"_s)
            EXPECT_EQ(t.value, 50);
        else
            ADD_FAILURE() << qPrintable(ind->name + u' ' + ind->unit);
    }
}

TEST(OpenIndicators, ADeadlineBeforeTheVerbIsNotTheName)
{
    const auto t = goals(u"2024年底前完成现役煤电机组节能改造200万千瓦。"_s);
    ASSERT_EQ(t.size(), 1);
    EXPECT_EQ(t[0].year, 2024);
    EXPECT_EQ(t[0].indicatorName, u"现役煤电机组节能改造"_s);
}

TEST(NotTargets, NumbersInASectionOnTheCurrentSituation)
{
    ImportError e;
    const auto r = importText(u"某区应对气候变化规划\n第一章 发展基础\n2020年，全区单位地区生产总值二氧化碳排放较2015年下降22%。\n"
                              u"第二章 主要目标\n到2025年，万元地区生产总值能耗下降14.5%，森林覆盖率达到40%。\n"_s,
                              u"a.txt"_s, &e);
    ASSERT_TRUE(r);
    const Plan &plan = *r->plan;
    ASSERT_EQ(plan.targets.size(), 2u);
    for (const Target &t : plan.targets)
        EXPECT_EQ(t.year, 2025);
    EXPECT_EQ(plan.indicator(plan.targets[0].indicatorId)->name, u"单位地区生产总值能耗下降率"_s);
    const bool reported = std::any_of(r->report.issues.cbegin(), r->report.issues.cend(), [](const ImportIssue &i) {
        return i.code == u"not-a-target"_s && i.excerpt.contains(u"22%"_s);
    });
    EXPECT_TRUE(reported);
}

TEST(Allocations, ReachedAsWellAsCompletedAndEnsuredOnlyWhereSaid)
{
    const auto t = goals(u"到2025年，单位生产总值能耗和二氧化碳排放确保完成国家下达的目标任务，非化石能源消费比重达到18.3%。"
                         u"到2030年，非化石能源消费比重达到国家下达的目标任务。"_s);
    ASSERT_EQ(t.size(), 4);
    EXPECT_EQ(t[0].commitment, Commitment::Ensure);
    EXPECT_EQ(t[1].commitment, Commitment::Ensure);
    EXPECT_EQ(t[2].value, 18.3);
    EXPECT_EQ(t[2].commitment, Commitment::None); // 确保 belongs to the clause that says it
    EXPECT_EQ(t[3].year, 2030);
    EXPECT_FALSE(t[3].allocation.isEmpty());
    // 确保 leading the sentence holds for all of it.
    const auto all = goals(u"确保到2025年，非化石能源消费比重达到20%，森林覆盖率达到60%。"_s);
    ASSERT_EQ(all.size(), 2);
    EXPECT_EQ(all[1].commitment, Commitment::Ensure);
    // Reaching a target that is not an allocation is no allocation.
    EXPECT_TRUE(goals(u"到2025年，绿色建筑占比达到目标要求。"_s).isEmpty());
}
