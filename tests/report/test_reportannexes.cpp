// The printed document as officers read it, on imported plans: the 任务分工表 names each task once, the
// closing sentence stands alone, the source's own assignment wording is kept, and the 主要指标表 shows one
// target per cell in Chinese.

#include "document/document.h"
#include "import/importer.h"
#include "report/reportbuilder.h"
#include "report/reportoptions.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace pw;
using namespace pw::report;

namespace {

std::unique_ptr<Plan> imported(const QString &seedOrText, bool isFile = true)
{
    import::ImportError error;
    auto r = isFile ? import::importFile(QStringLiteral(TEST_DATA_DIR "/seeds/") + seedOrText, &error)
                    : import::importText(seedOrText, u"test.txt"_s, &error);
    EXPECT_TRUE(r) << error.message.toStdString();
    return r ? std::move(r->plan) : nullptr;
}

QStringList bodyParagraphs(const Plan &plan)
{
    QStringList out;
    for (const Block &b : buildPlanReport(plan, ReportOptions {}).blocks) {
        if (const auto *p = std::get_if<Paragraph>(&b))
            out.append(p->text());
    }
    return out;
}

} // namespace

TEST(ReportAnnexes, TaskDivisionNamesEachTaskNotItsParagraph)
{
    for (const QString &seed : { u"shifeng-district-carbon-peak-draft.txt"_s, u"xiangtan-2023-carbon-peak.txt"_s }) {
        auto plan = imported(seed);
        ASSERT_TRUE(plan);
        const Table tasks = tasksTable(*plan);
        ASSERT_GT(tasks.rows.size(), 10);
        for (const QStringList &row : tasks.rows) {
            const QString task = row.at(1);
            EXPECT_FALSE(task.isEmpty());
            EXPECT_LE(task.size(), 120) << task.toStdString();
            // At most one sentence: a full stop only at the end.
            EXPECT_LT(task.chopped(1).indexOf(u'。'), 0) << task.toStdString();
        }
    }
}

TEST(ReportAnnexes, ClosingSentenceStandsAloneAndSourceWordingIsKept)
{
    const QString text = u"石峰区碳达峰实施方案\n一、重点任务\n（一）节能降碳\n"
                         "1.推进节能改造。推动重点行业节能降碳改造。（区发展和改革局、区科技和工业信息化局按职责分工负责）\n"
                         "二、保障措施\n（一）加强风险防控\n"
                         "做好重大风险研判和应急预案设计。（区发展和改革局、区应急管理局按职责分工负责）\n"
                         "本方案自发布之日起施行。\n"_s;
    auto plan = imported(text, false);
    ASSERT_TRUE(plan);
    QStringList body = bodyParagraphs(*plan);
    ASSERT_FALSE(body.isEmpty());
    EXPECT_EQ(body.last(), u"本方案自发布之日起施行。"_s);
    const qsizetype risk = body.indexOf(u"（一）加强风险防控。做好重大风险研判和应急预案设计。"
                                        "（区发展和改革局、区应急管理局按职责分工负责）"_s);
    EXPECT_GE(risk, 0) << body.join(u'\n').toStdString();

    // Once the officer changes the assignment, the printed clause follows the plan.
    Document doc(std::move(plan));
    const Node *task = nullptr;
    doc.plan().root().forEach([&](const Node *n) {
        if (n->content.title.startsWith(u"推进节能改造"_s))
            task = n;
    });
    ASSERT_TRUE(task);
    const QList<QUuid> support = task->content.lead + task->content.support;
    doc.setDepartments(task, DepartmentRole::Lead, { support.last() });
    doc.setDepartments(task, DepartmentRole::Support, { support.first() });
    body = bodyParagraphs(doc.plan());
    EXPECT_TRUE(body.join(u'\n').contains(u"（区科技和工业信息化局牵头，区发展和改革局按职责分工负责）"_s))
        << body.join(u'\n').toStdString();

    // The Shifeng draft ends with its closing sentence after the last 保障措施 item, and that item keeps the
    // source's wording, which names no lead.
    auto shifeng = imported(u"shifeng-district-carbon-peak-draft.txt"_s);
    ASSERT_TRUE(shifeng);
    body = bodyParagraphs(*shifeng);
    EXPECT_EQ(body.last(), u"本方案自发布之日起"_s);
    EXPECT_TRUE(body.at(body.size() - 2)
                    .endsWith(u"（区发展和改革局、生态环境局石峰分局、国网株洲供电公司、区科技和工业信息化局按职责分工负责）"_s))
        << body.at(body.size() - 2).toStdString();
}

TEST(ReportAnnexes, TargetsTableHasOneTargetPerCellInChinese)
{
    for (const QString &seed : { u"shifeng-district-carbon-peak-draft.txt"_s, u"xiangtan-2023-carbon-peak.txt"_s,
                                u"luzhou-2024-carbon-peak.txt"_s }) {
        auto plan = imported(seed);
        ASSERT_TRUE(plan);
        const Table targets = targetsTable(*plan);
        ASSERT_GT(targets.rows.size(), 3);
        for (const QStringList &row : targets.rows) {
            EXPECT_NE(row.at(1), u"(unnamed indicator)"_s);
            for (qsizetype c = 4; c + 1 < row.size(); ++c) {
                EXPECT_FALSE(row.at(c).contains(u'；')) << seed.toStdString() << ": " << row.at(c).toStdString();
                for (const QChar symbol : u"≥≤><≈"_s)
                    EXPECT_FALSE(row.at(c).contains(symbol)) << row.at(c).toStdString();
            }
        }
    }
}

TEST(ReportAnnexes, UnnamedIndicatorIsPrintedAsThePhraseOfTheText)
{
    Plan plan;
    plan.sourceText = u"到2025年，城市生活垃圾资源化利用率达到60%以上。"_s;
    Indicator ind;
    ind.name = u"(unnamed indicator)"_s;
    ind.unit = u"%"_s;
    plan.indicators.push_back(ind);
    Target t;
    t.indicatorId = ind.id;
    t.year = 2025;
    t.comparator = Comparator::Greater;
    t.value = 60;
    t.span = { 0, plan.sourceText.size() };
    plan.targets.push_back(t);
    const Table table = targetsTable(plan);
    ASSERT_EQ(table.rows.size(), 1);
    EXPECT_EQ(table.rows.first().at(1), u"城市生活垃圾资源化利用率"_s);
    EXPECT_EQ(table.rows.first().at(4), u"60以上"_s);
}
