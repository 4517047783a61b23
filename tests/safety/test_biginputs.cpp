// Big and pathological inputs finish in time proportional to their size or stop early with
// "too large: <what>, limit <n>" — never std::bad_alloc, never a hang. Fixtures are generated here.

#include "clirun.h"

#include "io/limits.h"
#include "io/planfile.h"
#include "model/plan.h"
#include "review/reviewstore.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace pw;
using namespace pw::testing;
using namespace Qt::StringLiterals;

namespace {

constexpr int kNoHangMs = 60000; // far above the seconds these take; only a hang or a crash reaches it

void writeText(const QString &path, const QString &text)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(text.toUtf8());
}

void save(const Plan &plan, const QString &path, const QMap<QString, QByteArray> &extra = {})
{
    QString error;
    ASSERT_TRUE(savePlanFile(plan, extra, path, &error)) << qPrintable(error);
}

/** An outline that is one chain @p depth levels deep. */
std::unique_ptr<Plan> deepPlan(int depth, const QString &word)
{
    auto plan = std::make_unique<Plan>();
    plan->metadata.title = u"深层方案"_s;
    Node *parent = &plan->root();
    for (int i = 0; i < depth; ++i) {
        auto node = std::make_unique<Node>(
            NodeContent { .kind = NodeKind::Task, .title = word + QString::number(i) });
        Node *raw = node.get();
        parent->insertChild(0, std::move(node));
        parent = raw;
    }
    return plan;
}

/** A CLI run that ended by itself (no crash, no timeout) with @p code. */
void expectExit(const CliRun &run, int code, const QStringList &args)
{
    EXPECT_EQ(run.code, code) << qPrintable(args.join(u' ')) << ": " << qPrintable(run.err.left(300));
}

CliRun planwright(const QStringList &args)
{
    return runPlanwright(args, kNoHangMs);
}

} // namespace

TEST(BigInputs, TooManyHeadingsStopEarly)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"headings.txt"_s);
    QString text;
    for (int i = 0; i < limits::kNodes + 10; ++i)
        text += u"一、标题\n"_s;
    writeText(path, text);
    const QStringList args { u"import"_s, path, u"-o"_s, dir.filePath(u"out.pwplan"_s) };
    const CliRun run = planwright(args);
    expectExit(run, 1, args);
    EXPECT_TRUE(run.err.contains(u"too large: "_s)) << qPrintable(run.err);
    EXPECT_FALSE(QFile::exists(dir.filePath(u"out.pwplan"_s)));
}

TEST(BigInputs, OneHugeLineOfTargetsStopsAtTheTargetLimit)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"targets.txt"_s);
    const QString sentence
        = u"到2025年，单位地区生产总值能耗比2020年下降14%，非化石能源消费比重达到20%左右。"_s;
    writeText(path, u"一、主要目标\n"_s + sentence.repeated(5 * 1024 * 1024 / (3 * sentence.size())));
    const QStringList args { u"import"_s, path };
    const CliRun run = planwright(args);
    expectExit(run, 1, args);
    EXPECT_TRUE(run.err.contains(u"too large: "_s) && run.err.contains(QString::number(limits::kTargets)))
        << qPrintable(run.err);
}

TEST(BigInputs, AnAssignmentNamingTensOfThousandsOfUnits)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"units.txt"_s);
    QStringList units;
    for (int i = 0; i < 60000; ++i)
        units << u"市第%1局"_s.arg(i);
    writeText(path, u"一、重点任务\n（一）推进工作。\n责任单位："_s + units.join(u'、') + u'\n');
    const QStringList args { u"import"_s, path };
    const CliRun run = planwright(args);
    expectExit(run, 1, args);
    EXPECT_TRUE(run.err.contains(u"too large: "_s)) << qPrintable(run.err);
}

TEST(BigInputs, HeadingsFlowedOntoOneLine)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"flowed.txt"_s);
    QString text = u"一、总则 "_s;
    for (int i = 1; i <= 30000; ++i)
        text += u"%1、推进第%2项工作。 "_s.arg(QString(u"一二三四五六七八九"_s.at(i % 9))).arg(i);
    writeText(path, text);
    const QStringList args { u"import"_s, path };
    expectExit(planwright(args), 0, args);
}

TEST(BigInputs, DeepOutlinesShowAndDiffWithoutBlowingUp)
{
    QTemporaryDir dir;
    const QString a = dir.filePath(u"a.pwplan"_s), b = dir.filePath(u"b.pwplan"_s);
    save(*deepPlan(2000, u"推进节能降碳"_s), a);
    save(*deepPlan(2000, u"推进减污降碳"_s), b);
    const CliRun show = planwright({ u"show"_s, a });
    expectExit(show, 0, { u"show"_s, a });
    EXPECT_LT(show.out.size(), 2000 * 200) << "output grows linearly with the number of nodes";
    expectExit(planwright({ u"diff"_s, a, b }), 0, { u"diff"_s, a, b });
    expectExit(planwright({ u"diff"_s, a, b, u"--json"_s }), 0, { u"diff"_s, a, b });
}

TEST(BigInputs, AWideResponsibilityMatrixIsRefusedNotAllocated)
{
    QTemporaryDir dir;
    Plan plan;
    Node *action = nullptr;
    {
        auto node = std::make_unique<Node>(NodeContent { .kind = NodeKind::Action, .title = u"重点任务"_s });
        action = node.get();
        plan.root().insertChild(0, std::move(node));
    }
    for (int i = 0; i < 20000; ++i) {
        Department d;
        d.name = u"市第%1局"_s.arg(i);
        plan.departments.push_back(d);
    }
    for (int i = 0; i < 20000; ++i) {
        NodeContent c { .kind = NodeKind::Task, .title = u"任务%1"_s.arg(i) };
        c.lead = { plan.departments[std::size_t(i)].id };
        action->insertChild(i, std::make_unique<Node>(c));
    }
    const QString path = dir.filePath(u"wide.pwplan"_s);
    save(plan, path);
    const CliRun matrix = planwright({ u"matrix"_s, path });
    expectExit(matrix, 1, { u"matrix"_s, path });
    EXPECT_TRUE(matrix.err.contains(u"too large: "_s)) << qPrintable(matrix.err);
    // The sparse 任务分工表 lists the same assignments, one row per task.
    const CliRun division = planwright({ u"matrix"_s, path, u"--division"_s });
    expectExit(division, 0, { u"matrix"_s, path, u"--division"_s });
    EXPECT_GT(division.out.count(u'\n'), 20000);
}

TEST(BigInputs, ThousandsOfIndicatorsAndManyMilestoneYears)
{
    QTemporaryDir dir;
    Plan plan;
    auto task = std::make_unique<Node>(NodeContent { .kind = NodeKind::Task, .title = u"目标"_s });
    const QUuid nodeId = task->id();
    plan.root().insertChild(0, std::move(task));
    for (int y = 0; y < limits::kMilestoneYears; ++y)
        plan.metadata.milestoneYears.append(2000 + y);
    for (int i = 0; i < limits::kIndicators; ++i) {
        Indicator ind;
        ind.name = u"指标%1"_s.arg(i);
        ind.unit = u"%"_s;
        plan.indicators.push_back(ind);
    }
    for (int i = 0; i < limits::kTargets; ++i) {
        Target t;
        t.indicatorId = plan.indicators[std::size_t(i % limits::kIndicators)].id;
        t.year = 2000 + (i / limits::kIndicators) % limits::kMilestoneYears;
        t.value = i;
        t.nodeId = nodeId;
        plan.targets.push_back(t);
    }
    const QString path = dir.filePath(u"targets.pwplan"_s);
    save(plan, path);
    const CliRun run = planwright({ u"targets"_s, path });
    expectExit(run, 0, { u"targets"_s, path });
    EXPECT_EQ(run.out.count(u'\n'), limits::kIndicators + 1);
}

TEST(BigInputs, TensOfThousandsOfReviewCommentsAreBounded)
{
    QTemporaryDir dir;
    Plan plan;
    plan.root().insertChild(
        0, std::make_unique<Node>(NodeContent { .kind = NodeKind::Task, .title = u"任务"_s }));
    QList<review::Comment> comments;
    for (int i = 0; i < limits::kReviewItems + limits::kReviewItems / 2; ++i) {
        review::Comment c;
        c.anchor.nodeId = plan.root().child(0)->id();
        c.author = u"审核人"_s;
        c.text = u"请补充第%1项的责任单位。"_s.arg(i);
        comments.append(c);
    }
    const QString path = dir.filePath(u"comments.pwplan"_s);
    save(plan, path, { { u"review/comments.json"_s, review::commentsToJson(comments) } });
    const QStringList args { u"compare"_s, path, path, u"--report"_s, dir.filePath(u"review.pdf"_s) };
    const CliRun run = planwright(args);
    expectExit(run, 0, args);
    EXPECT_TRUE(run.err.contains(u"too large: "_s))
        << "the truncation is reported: " << qPrintable(run.err.left(300));
}

TEST(BigInputs, AReportOfAMillionDigitTitleBreaksLinesLinearly)
{
    QTemporaryDir dir;
    Plan plan;
    plan.metadata.title = u"方案"_s;
    plan.root().insertChild(0,
        std::make_unique<Node>(NodeContent {
            .kind = NodeKind::Chapter, .title = u"总体要求"_s, .text = QString(1000000, u'7') }));
    const QString path = dir.filePath(u"digits.pwplan"_s);
    save(plan, path);
    const QStringList args { u"report"_s, path, u"-o"_s, dir.filePath(u"digits.pdf"_s) };
    const CliRun run = planwright(args);
    EXPECT_TRUE(run.code == 0 || (run.code == 1 && run.err.contains(u"too large: "_s)))
        << run.code << qPrintable(run.err.left(300));
}
