// Coverage matching scored against evaluation pairs with known answers (see evalpairs.h).

#include "evalpairs.h"
#include "seedplan.h"

#include "review/reviewengine.h"

#include <gtest/gtest.h>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace pw;
using namespace pw::review;

namespace {

struct Score
{
    int tp = 0, fp = 0, fn = 0, tn = 0;
    int partialHits = 0; ///< true positives only partly covered (a stricter reading would count them as misses)
    double precision() const { return tp + fp ? double(tp) / (tp + fp) : 1.0; }
    double recall() const { return tp + fn ? double(tp) / (tp + fn) : 1.0; }
    void add(const Score &o)
    {
        tp += o.tp;
        fp += o.fp;
        fn += o.fn;
        tn += o.tn;
        partialHits += o.partialHits;
    }
};

/** A parent task counts as found when it is (partly) covered and its best match carries its content. */
Score score(const test::EvalPair &pair, const ReviewResult &result)
{
    Score s;
    for (const TaskCoverage &c : result.coverage) {
        const QSet<QUuid> truth = pair.truth.value(c.parentNodeId);
        const bool predicted = c.status == CoverageStatus::Covered || c.status == CoverageStatus::Partial;
        const bool right = predicted && !c.matches.isEmpty() && truth.contains(c.matches.first().childNodeId);
        if (truth.isEmpty())
            (predicted ? s.fp : s.tn)++;
        else if (right) {
            ++s.tp;
            s.partialHits += c.status == CoverageStatus::Partial ? 1 : 0;
        }
        else {
            ++s.fn;
            if (predicted)
                ++s.fp;
        }
    }
    return s;
}

struct Seed
{
    QString file;
    QString title;
    QString region;
    QString child;
};

const QList<Seed> kSeeds = {
    { u"xiangtan-2023-carbon-peak.txt"_s, u"湘潭市碳达峰实施方案"_s, u"湘潭市"_s, u"岳塘区"_s },
    { u"luzhou-2024-carbon-peak.txt"_s, u"泸州市碳达峰实施方案"_s, u"泸州市"_s, u"江阳区"_s },
};

Score evaluate(const test::EditRates &rates, const char *label)
{
    Score total;
    int pairs = 0;
    for (const Seed &seed : kSeeds) {
        const QString text = test::readSeed(seed.file);
        EXPECT_FALSE(text.isEmpty()) << qPrintable(seed.file);
        const auto parent = test::planFromSeedText(text, seed.title, AdminLevel::City, seed.region);
        EXPECT_GE(parentTasks(*parent).size(), 30);
        for (quint64 rng = 1; rng <= 6; ++rng) {
            const test::EvalPair pair = test::makeEvalPair(*parent, seed.child, rng, rates);
            const ReviewResult result = comparePlans(*pair.parent, *pair.child);
            const Score s = score(pair, result);
            std::printf("%s seed %llu: tp %d fp %d fn %d tn %d  precision %.3f recall %.3f\n", qPrintable(seed.file),
                        static_cast<unsigned long long>(rng), s.tp, s.fp, s.fn, s.tn, s.precision(), s.recall());
            total.add(s);
            ++pairs;
        }
    }
    std::printf("%s coverage over %d pairs: precision %.3f recall %.3f (tp %d fp %d fn %d tn %d); "
                "recall counting only 'covered': %.3f\n",
                label, pairs, total.precision(), total.recall(), total.tp, total.fp, total.fn, total.tn,
                double(total.tp - total.partialHits) / std::max(1, total.tp + total.fn));
    return total;
}

} // namespace

TEST(CoverageEvaluation, PrecisionAndRecallOnDerivedPairs)
{
    const Score s = evaluate({}, "default edits:");
    EXPECT_GE(s.precision(), 0.95);
    EXPECT_GE(s.recall(), 0.90);
}

TEST(CoverageEvaluation, PrecisionAndRecallUnderHeavyRewriting)
{
    // Most tasks rewritten, half of their sentences dropped, a quarter of the tasks gone.
    const Score s = evaluate({ 0.25, 0.9, 0.2, 0.15, 0.5 }, "heavy edits:");
    EXPECT_GE(s.precision(), 0.95);
    EXPECT_GE(s.recall(), 0.90);
}

TEST(CoverageEvaluation, IdenticalPlanIsFullyCovered)
{
    const auto parent = test::planFromSeedText(test::readSeed(kSeeds[0].file), kSeeds[0].title, AdminLevel::City,
                                               kSeeds[0].region);
    const auto child = test::clonePlan(*parent, true);
    const ReviewResult r = comparePlans(*parent, *child);
    EXPECT_EQ(r.summary.covered, r.summary.parentTasks);
    EXPECT_DOUBLE_EQ(r.summary.coveragePercent, 100.0);
    for (const TaskCoverage &c : r.coverage)
        EXPECT_GT(c.score, 0.9) << qPrintable(c.title);
}

TEST(CoverageEvaluation, MandatoryTasksNamingTheChildOrAllCounties)
{
    const auto parent = test::planFromSeedText(test::readSeed(kSeeds[0].file), kSeeds[0].title, AdminLevel::City,
                                               kSeeds[0].region);
    test::EditRates none { 0, 0, 0, 0 };
    const test::EvalPair pair = test::makeEvalPair(*parent, u"岳塘区"_s, 7, none);
    const ReviewResult r = comparePlans(*pair.parent, *pair.child);
    bool namesChild = false;
    bool allCounties = false;
    for (const TaskCoverage &c : r.coverage) {
        if (c.mandatoryReason.contains(u"岳塘区"_s))
            namesChild = namesChild || c.title.contains(u"可再生能源"_s);
        if (c.mandatoryReason.contains(u"各县市区"_s))
            allCounties = allCounties || c.title.contains(u"煤炭"_s);
    }
    EXPECT_TRUE(namesChild);   // "推进岳塘区整县(市、区)屋顶分布式光伏开发"
    EXPECT_TRUE(allCounties);  // "本项及以下各项工作均需各县市区…落实地方主体责任"
}
