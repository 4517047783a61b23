// Speed goal (issue 6): comparing two 2,000-task plans takes ≤ 300 ms.
// The plans are built from the sentences of two real seeds, recombined into 2,000 distinct tasks;
// the child is derived with the evaluation edits (drop, rephrase, move, merge).

#include "evalpairs.h"
#include "seedplan.h"

#include "review/reviewedit.h"
#include "review/reviewengine.h"
#include "review/versiondiff.h"

#include <QRegularExpression>

#include <benchmark/benchmark.h>

using namespace Qt::StringLiterals;
using namespace pw;

namespace {

std::unique_ptr<Plan> largePlan(int tasks)
{
    QStringList sentences;
    for (const QString &seed : { u"xiangtan-2023-carbon-peak.txt"_s, u"luzhou-2024-carbon-peak.txt"_s }) {
        QString text = test::readSeed(seed);
        text.remove(QRegularExpression(u"\\s+"_s));
        for (const QString &s : text.split(u'。', Qt::SkipEmptyParts)) {
            if (s.size() >= 12 && s.size() <= 200)
                sentences.append(s + u'。');
        }
    }
    test::Rng rng(42);
    auto plan = std::make_unique<Plan>();
    plan->metadata.title = u"某市碳达峰实施方案"_s;
    plan->metadata.level = AdminLevel::City;
    plan->metadata.region = u"某市"_s;
    const int actions = 20;
    for (int a = 0; a < actions; ++a) {
        NodeContent action;
        action.kind = NodeKind::Action;
        action.title = sentences.at(rng.below(int(sentences.size()))).left(12) + u"行动"_s;
        auto node = std::make_unique<Node>(action);
        for (int t = 0; t < tasks / actions; ++t) {
            NodeContent task;
            task.title = sentences.at(rng.below(int(sentences.size()))).left(16);
            for (int s = 2 + rng.below(3); s > 0; --s)
                task.text += sentences.at(rng.below(int(sentences.size())));
            node->insertChild(node->childCount(), std::make_unique<Node>(task));
        }
        plan->root().insertChild(plan->root().childCount(), std::move(node));
    }
    return plan;
}

struct Fixture
{
    Fixture() : parent(largePlan(2000)), pair(test::makeEvalPair(*parent, u"某区"_s, 7)) { }
    std::unique_ptr<Plan> parent;
    test::EvalPair pair;
};

Fixture &fixture()
{
    static Fixture f;
    return f;
}

void BM_CompareTwoThousandTasks(benchmark::State &state)
{
    Fixture &f = fixture();
    for (auto _ : state) {
        const review::ReviewResult r = review::comparePlans(*f.pair.parent, *f.pair.child);
        benchmark::DoNotOptimize(r.summary.covered);
    }
    state.counters["parentTasks"] = double(review::parentTasks(*f.pair.parent).size());
    state.counters["childNodes"] = double(review::childCandidates(*f.pair.child).size());
}
BENCHMARK(BM_CompareTwoThousandTasks)->Unit(benchmark::kMillisecond)->MinTime(2.0);

// The library offers every counterpart its reviewers recorded: 1,000 districts × 20 departments (argument:
// the number of rows; 0 is the same comparison without the library).
void BM_CompareWithLibraryCounterparts(benchmark::State &state)
{
    Fixture &f = fixture();
    static const QStringList bureaus { u"发展和改革委员会"_s, u"工业和信息化局"_s, u"生态环境局"_s,
        u"住房和城乡建设局"_s, u"交通运输局"_s, u"农业农村局"_s, u"商务局"_s, u"科学技术局"_s, u"财政局"_s,
        u"自然资源和规划局"_s, u"城市管理局"_s, u"机关事务管理局"_s, u"市场监督管理局"_s, u"统计局"_s,
        u"林业局"_s, u"水利局"_s, u"教育局"_s, u"文化旅游广电局"_s, u"应急管理局"_s, u"国有资产监督管理委员会"_s };
    const std::shared_ptr<Plan> parent = review::clonePlan(*f.pair.parent);
    for (const QString &bureau : bureaus) {
        Department d;
        d.name = u"市"_s + bureau;
        parent->departments.push_back(d);
    }
    review::ReviewOptions options;
    for (int district = 0; options.sharedCounterparts.size() < state.range(0); ++district) {
        const QString region = u"第%1区"_s.arg(district);
        for (const QString &bureau : bureaus) {
            review::SharedCounterpart c;
            c.row = { u"市"_s + bureau, region + u"科技"_s + bureau, false, true, {} };
            c.parentRegion = parent->metadata.region;
            c.childRegion = region;
            c.childTitle = region + u"碳达峰实施方案"_s;
            c.sameParent = district % 2 == 0;
            options.sharedCounterparts.append(c);
        }
    }
    for (auto _ : state) {
        const review::ReviewResult r = review::comparePlans(*parent, *f.pair.child, {}, options);
        benchmark::DoNotOptimize(r.counterparts.size());
    }
    state.counters["parentDepartments"] = double(parent->departments.size());
}
BENCHMARK(BM_CompareWithLibraryCounterparts)->Arg(0)->Arg(20000)->Unit(benchmark::kMillisecond)->MinTime(2.0);

void BM_DiffTwoThousandTasksByContent(benchmark::State &state)
{
    Fixture &f = fixture();
    for (auto _ : state) {
        const review::VersionDiff d = review::diffPlans(*f.pair.parent, *f.pair.child);
        benchmark::DoNotOptimize(d.summary.added);
    }
}
BENCHMARK(BM_DiffTwoThousandTasksByContent)->Unit(benchmark::kMillisecond)->MinTime(2.0);

} // namespace

BENCHMARK_MAIN();
