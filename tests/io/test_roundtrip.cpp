// Format round trip: save → load → save is byte-identical and the loaded plan equals the original, for
// empty, deep, large and hostile-Unicode plans.

#include "io/planfile.h"
#include "io/planjson.h"
#include "io/wtf8.h"
#include "io/ziparchive.h"
#include "randomplan.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace pw;
using namespace pw::testing;
using namespace Qt::StringLiterals;

namespace {

constexpr int kShards = 3;
constexpr int kPlansPerShard = 100; // 300 random plans in all

/** Saves, loads and saves again; returns the number of archive bytes. */
qsizetype expectRoundTrip(const Plan &plan, const QMap<QString, QByteArray> &extras = {})
{
    QString error;
    const auto first = writePlanArchive(plan, extras, &error);
    EXPECT_TRUE(first.has_value()) << qPrintable(error);
    if (!first)
        return 0;
    const auto loaded = readPlanArchive(*first, &error);
    EXPECT_TRUE(loaded.has_value()) << qPrintable(error);
    if (!loaded)
        return 0;
    QString difference;
    EXPECT_TRUE(plansEqual(plan, *loaded->plan, &difference)) << qPrintable(difference);
    EXPECT_EQ(loaded->extraEntries, extras);
    EXPECT_TRUE(loaded->warnings.isEmpty());
    const auto second = writePlanArchive(*loaded->plan, loaded->extraEntries, &error);
    EXPECT_TRUE(second.has_value()) << qPrintable(error);
    EXPECT_TRUE(second && *second == *first) << "re-saving a loaded plan changed the bytes";
    return first->size();
}

} // namespace

TEST(RoundTrip, EmptyPlan)
{
    Plan plan;
    expectRoundTrip(plan);
}

TEST(RoundTrip, ClosingParagraphs)
{
    Plan plan;
    plan.metadata.closing = u"本方案自发布之日起施行。\n某区人民政府"_s;
    expectRoundTrip(plan);
    // Without closing paragraphs the file has no "closing" key, as files written before it existed.
    const QByteArray json = writePlanJson(Plan());
    EXPECT_FALSE(json.contains("closing"));
}

TEST(RoundTrip, DeepOutline)
{
    for (int depth : { 300, 2000 }) {
        Rng rng(depth);
        const auto plan = randomPlan(rng, { .nodes = depth, .maxDepth = depth, .chain = true });
        int deepest = 0;
        plan->root().forEach([&](const Node *n) { deepest = std::max(deepest, n->depth()); });
        ASSERT_EQ(deepest, depth);
        expectRoundTrip(*plan);
    }
}

TEST(RoundTrip, LargePlan)
{
    Rng rng(5000);
    const auto plan = randomPlan(rng, { .nodes = 5000, .maxDepth = 6, .departments = 120, .indicators = 80,
                                        .targets = 400, .projects = 150, .oddText = true });
    plan->sourceText = randomText(rng, 200000, false);
    const qsizetype bytes = expectRoundTrip(*plan);
    RecordProperty("archiveBytes", int(bytes));
}

class RandomRoundTrip : public ::testing::TestWithParam<int>
{
};

TEST_P(RandomRoundTrip, PlansWithOddUnicode)
{
    int nodes = 0;
    for (int seed = GetParam() * kPlansPerShard; seed < (GetParam() + 1) * kPlansPerShard; ++seed) {
        Rng rng(quint64(seed) * 7919u);
        const RandomPlanShape shape { .nodes = randomInt(rng, 0, 40), .maxDepth = randomInt(rng, 1, 8),
                                      .departments = randomInt(rng, 0, 6), .indicators = randomInt(rng, 0, 5),
                                      .targets = randomInt(rng, 0, 8), .projects = randomInt(rng, 0, 4),
                                      .oddText = seed % 2 == 0 };
        auto plan = randomPlan(rng, shape);
        plan->sourceText = randomText(rng, 300, shape.oddText);
        QMap<QString, QByteArray> extras;
        if (chance(rng, 30)) {
            QByteArray blob;
            for (int i = randomInt(rng, 0, 2000); i > 0; --i)
                blob += char(rng());
            extras.insert(u"attachments/%1.bin"_s.arg(seed), blob);
            extras.insert(u"review/comments.json"_s, "[]");
        }
        SCOPED_TRACE(seed);
        expectRoundTrip(*plan, extras);
        nodes += shape.nodes;
        if (::testing::Test::HasFailure())
            break;
    }
    RecordProperty("plans", kPlansPerShard);
    RecordProperty("nodes", nodes);
}

INSTANTIATE_TEST_SUITE_P(Shards, RandomRoundTrip, ::testing::Range(0, kShards));

TEST(RoundTrip, SavingTwiceIsByteIdentical)
{
    Rng rng(99);
    const auto plan = randomPlan(rng, { .nodes = 80, .oddText = true });
    QString error;
    const auto first = writePlanArchive(*plan, {}, &error);
    const auto second = writePlanArchive(*plan, {}, &error);
    ASSERT_TRUE(first && second);
    EXPECT_EQ(*first, *second);
    EXPECT_EQ(writePlanJson(*plan), writePlanJson(*plan));
}

TEST(RoundTrip, HostileCharactersSurviveExactly)
{
    Plan plan;
    const QString nasty = u"a"_s + QChar(0) + QChar(0xD800) + u"b"_s + QChar(0xDFFF) + QChar(0x202E) + QChar(0x200B)
        + QString::fromUcs4(U"\U00020000\U0001F600") + QChar(0xDBFF); // ends on a lone high surrogate
    plan.metadata.title = nasty;
    plan.sourceText = nasty;
    auto node = std::make_unique<Node>(NodeContent { NodeKind::Chapter, nasty, nasty });
    plan.root().insertChild(0, std::move(node));
    expectRoundTrip(plan);

    QString error;
    const auto loaded = readPlanArchive(*writePlanArchive(plan, {}, &error), &error);
    ASSERT_TRUE(loaded);
    EXPECT_EQ(loaded->plan->metadata.title, nasty);
    EXPECT_EQ(loaded->plan->sourceText, nasty);
    EXPECT_EQ(loaded->plan->root().child(0)->content.text, nasty);
}

TEST(RoundTrip, Wtf8IsUtf8ForWellFormedText)
{
    const QString text = u"碳达峰 "_s + QString::fromUcs4(U"\U00020000\U0001F468\u200D\U0001F469");
    EXPECT_EQ(toWtf8(text), text.toUtf8());
    EXPECT_EQ(fromWtf8(text.toUtf8()), text);
    const QString lone = QString(QChar(0xDC00)) + u"x"_s + QChar(0xD83D);
    EXPECT_EQ(toWtf8(lone), QByteArray("\xED\xB0\x80x\xED\xA0\xBD"));
    EXPECT_EQ(fromWtf8(toWtf8(lone)), lone);
    // A byte order mark inside the text, at its start or right after a lone surrogate, is text too (fuzzer).
    const QString marks = QString(QChar(0xFEFF)) + u"方案"_s + QChar(0xD800) + QChar(0xFEFF) + u"目标"_s;
    EXPECT_EQ(fromWtf8(toWtf8(marks)), marks);
    EXPECT_EQ(fromWtf8("\xFF" "a"), QString(QChar(0xFFFD)) + u"a"_s); // invalid bytes stay visible
}

TEST(RoundTrip, ExtremeNumbers)
{
    Plan plan;
    Indicator ind;
    plan.indicators.push_back(ind);
    for (double v : { 0.1 + 0.2, std::numeric_limits<double>::max(), std::numeric_limits<double>::denorm_min(),
                      -1e-300, 9007199254740992.0, 123456789.123456789 }) {
        Target t;
        t.indicatorId = ind.id;
        t.value = v;
        t.stretch = -v;
        plan.targets.push_back(t);
    }
    expectRoundTrip(plan);
}

TEST(RoundTrip, SaveRefusesWhatCouldNotBeLoadedAgain)
{
    Plan plan;
    Target orphan; // its indicator does not exist
    plan.targets.push_back(orphan);
    QString error;
    EXPECT_FALSE(writePlanArchive(plan, {}, &error));
    EXPECT_TRUE(error.contains(u"targets[0].indicator"_s)) << qPrintable(error);

    Plan badYear;
    badYear.metadata.milestoneYears = { 12345 };
    EXPECT_FALSE(writePlanArchive(badYear, {}, &error));
    EXPECT_TRUE(error.contains(u"milestoneYears"_s)) << qPrintable(error);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"x.pwplan"_s);
    EXPECT_FALSE(savePlanFile(badYear, {}, path, &error));
    EXPECT_FALSE(QFile::exists(path));
}

TEST(RoundTrip, ThroughTheFileSystem)
{
    Rng rng(11);
    const auto plan = randomPlan(rng, { .nodes = 60, .oddText = true });
    QTemporaryDir dir;
    const QString path = dir.filePath(u"计划 \u202E.pwplan"_s);
    QString error;
    ASSERT_TRUE(savePlanFile(*plan, {}, path, &error)) << qPrintable(error);
    const auto loaded = loadPlanFile(path, &error);
    ASSERT_TRUE(loaded) << qPrintable(error);
    EXPECT_TRUE(plansEqual(*plan, *loaded->plan));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1) << "no temporary file left";
}
