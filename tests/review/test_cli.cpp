// `planwright compare` and `planwright diff` end to end, on .pwplan files written from seed plans.

#include "evalpairs.h"
#include "seedplan.h"

#include "io/planfile.h"
#include "review/reviewstore.h"

#include "clirun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using pw::testing::CliRun;
using pw::testing::runPlanwright;
using namespace pw;

namespace {

CliRun run(const QStringList &args) { return runPlanwright(args); }

} // namespace

TEST(ReviewCli, CompareJson)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const auto parent = test::planFromSeedText(test::readSeed(u"xiangtan-2023-carbon-peak.txt"_s),
                                               u"湘潭市碳达峰实施方案"_s, AdminLevel::City, u"湘潭市"_s);
    parent->metadata.docNumber = u"潭政发〔2023〕9号"_s;
    test::EvalPair pair = test::makeEvalPair(*parent, u"岳塘区"_s, 2);
    pair.child->metadata.parentRefs = { { u"湘潭市碳达峰实施方案"_s, u"潭政发[2023]9号"_s } };
    // A not-applicable decision stored in the child file is honoured.
    const QUuid dropped = [&] {
        for (auto it = pair.truth.cbegin(); it != pair.truth.cend(); ++it) {
            if (it->isEmpty())
                return it.key();
        }
        return QUuid();
    }();
    ASSERT_FALSE(dropped.isNull());
    review::ReviewState state;
    state.setDecision({ review::DecisionKind::NotApplicable, dropped, {}, {}, u"本区无煤电"_s, {}, {} });
    QMap<QString, QByteArray> entries;
    review::writeReviewState(state, entries);
    QString error;
    const QString parentPath = dir.filePath(u"parent.pwplan"_s);
    const QString childPath = dir.filePath(u"child.pwplan"_s);
    ASSERT_TRUE(savePlanFile(*pair.parent, {}, parentPath, &error)) << qPrintable(error);
    ASSERT_TRUE(savePlanFile(*pair.child, entries, childPath, &error)) << qPrintable(error);

    const CliRun r = run({ u"compare"_s, parentPath, childPath, u"--json"_s });
    ASSERT_EQ(r.code, 0) << qPrintable(r.err);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    for (const char *key : { "parent", "child", "summary", "coverage", "actions", "targets", "departments",
                             "counterparts", "citations", "missingHeadlineIndicators", "comments" })
        EXPECT_TRUE(o.contains(QLatin1StringView(key))) << key;
    const QJsonArray coverage = o.value(u"coverage"_s).toArray();
    EXPECT_EQ(coverage.size(), pair.truth.size());
    int notApplicable = 0;
    for (const QJsonValue &v : coverage) {
        const QJsonObject c = v.toObject();
        if (c.value(u"status"_s).toString() == u"not-applicable"_s) {
            ++notApplicable;
            EXPECT_EQ(c.value(u"notApplicableReason"_s).toString(), u"本区无煤电"_s);
        }
        if (c.value(u"status"_s).toString() == u"covered"_s) {
            const QJsonObject m = c.value(u"matches"_s).toArray().first().toObject();
            EXPECT_FALSE(QUuid::fromString(m.value(u"childNodeId"_s).toString()).isNull());
            EXPECT_GT(m.value(u"score"_s).toDouble(), 0.2);
        }
    }
    EXPECT_EQ(notApplicable, 1);
    EXPECT_EQ(o.value(u"citations"_s).toArray().first().toObject().value(u"status"_s).toString(), u"correct"_s);

    const CliRun text = run({ u"compare"_s, parentPath, childPath });
    EXPECT_EQ(text.code, 0);
    EXPECT_TRUE(text.out.contains(u"Coverage"_s));
}

TEST(ReviewCli, DiffJsonAndErrors)
{
    QTemporaryDir dir;
    const auto a = test::planFromSeedText(test::readSeed(u"luzhou-2024-carbon-peak.txt"_s), u"泸州市碳达峰实施方案"_s,
                                          AdminLevel::City, u"泸州市"_s);
    auto b = test::clonePlan(*a, false);
    b->metadata.title = u"泸州市碳达峰实施方案（送审稿）"_s;
    QString error;
    ASSERT_TRUE(savePlanFile(*a, {}, dir.filePath(u"a.pwplan"_s), &error));
    ASSERT_TRUE(savePlanFile(*b, {}, dir.filePath(u"b.pwplan"_s), &error));
    const CliRun r = run({ u"diff"_s, dir.filePath(u"a.pwplan"_s), dir.filePath(u"b.pwplan"_s), u"--json"_s });
    ASSERT_EQ(r.code, 0) << qPrintable(r.err);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_EQ(o.value(u"metadata"_s).toArray().size(), 1);
    EXPECT_TRUE(o.value(u"nodes"_s).toArray().isEmpty());

    QFile garbage(dir.filePath(u"bad.pwplan"_s));
    ASSERT_TRUE(garbage.open(QIODevice::WriteOnly));
    garbage.write("PK\x03\x04 this is not a zip");
    garbage.close();
    const CliRun bad = run({ u"compare"_s, dir.filePath(u"a.pwplan"_s), garbage.fileName() });
    EXPECT_EQ(bad.code, 1);
    EXPECT_TRUE(bad.err.contains(u"bad.pwplan"_s));
    EXPECT_EQ(run({ u"diff"_s, dir.filePath(u"a.pwplan"_s) }).code, 2);
}
