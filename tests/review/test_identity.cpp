// Indicator identity: concept, measure, scope, parts, unit and base year, derived from a name, a unit and the
// stating sentence; targets compare only when identities agree. The cases are the unfounded findings seen on
// held-out data, written as small plan texts and run through the real importer.

#include "import/importer.h"
#include "io/planjson.h"
#include "model/indicatoridentity.h"
#include "model/plan.h"
#include "review/reviewengine.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace pw;
using namespace pw::review;

namespace {

std::unique_ptr<Plan> importPlan(const QString &text)
{
    import::ImportError error;
    auto result = import::importText(text, u"test.txt"_s, &error);
    return result ? std::move(result->plan) : nullptr;
}

IndicatorIdentity identityOf(const QString &name, const QString &unit, const QString &statement, int baseYear = 0)
{
    Indicator ind;
    ind.name = name;
    ind.unit = unit;
    Target t;
    t.baseYear = baseYear;
    return deriveIdentity(ind, t, statement);
}

const TargetComparison *row(const ReviewResult &r, const QString &parentIndicatorPart, int year)
{
    for (const TargetComparison &t : r.targets) {
        if (t.year == year && t.parentIndicatorName.contains(parentIndicatorPart))
            return &t;
    }
    return nullptr;
}

} // namespace

TEST(Identity, MeasureScopeAndPartsFromTheStatement)
{
    const auto cumulative = identityOf(u"单位地区生产总值能耗下降率"_s, u"%"_s, u"单位地区生产总值能耗比2020年下降17%"_s, 2020);
    EXPECT_EQ(cumulative.measure, Measure::CumulativeChange);
    EXPECT_EQ(identityOf(u"单位地区生产总值能耗下降率"_s, u"%"_s, u"单位地区生产总值能耗年均下降3.43%"_s).measure,
              Measure::AnnualAverageChange);
    EXPECT_EQ(identityOf(u"非化石能源消费比重"_s, u"%"_s, u"非化石能源消费比重提高到25%"_s).measure, Measure::Share);
    EXPECT_EQ(identityOf(u"森林覆盖率"_s, u"个百分点"_s, u"森林覆盖率提高2个百分点"_s).measure, Measure::CumulativeChange);
    const auto increment = identityOf(u"光伏装机容量"_s, u"万千瓦"_s, u"新增光伏发电装机容量80万千瓦"_s);
    EXPECT_EQ(increment.measure, Measure::Increment);
    EXPECT_TRUE(increment.parts.isEmpty());
    const auto combined = identityOf(u"光伏装机容量"_s, u"万千瓦"_s, u"风电、集中式光伏发电装机规模达到70万千瓦"_s);
    EXPECT_EQ(combined.measure, Measure::Stock);
    EXPECT_EQ(combined.parts, (QStringList { u"光伏"_s, u"风电"_s }));
    EXPECT_FALSE(identityMismatch(increment, combined).isEmpty());

    // The catalogue name lost the scope; the statement keeps it.
    const auto city = identityOf(u"生活垃圾资源化利用比例"_s, u"%"_s, u"市城区生活垃圾回收利用率达到35%"_s);
    EXPECT_EQ(city.scope, u"市城区"_s);
    const auto whole = identityOf(u"生活垃圾资源化利用比例"_s, u"%"_s, u"城市生活垃圾资源化利用率达到65%"_s);
    EXPECT_TRUE(whole.scope.isEmpty());
    EXPECT_FALSE(identityMismatch(whole, city).isEmpty());
    // A scope word that is part of the indicator's own name is no scope.
    EXPECT_TRUE(identityOf(u"城镇新建建筑中绿色建筑占比"_s, u"%"_s, u"城镇新建建筑中绿色建筑占比达到100%"_s).scope.isEmpty());
    EXPECT_EQ(identityOf(u"绿色建筑占比"_s, u"%"_s, u"新建建筑中绿色建筑占比达到100%"_s).scope, u"新建"_s);
    // An open-vocabulary indicator named from its phrase gets an identity too.
    const auto open = identityOf(u"中心城区公交站点500米覆盖率"_s, u"%"_s, QString());
    EXPECT_EQ(open.scope, u"中心城区"_s);
    EXPECT_EQ(open.measure, Measure::Share);
    EXPECT_EQ(identityOf(u"单位生产总值（GDP）能耗"_s, u"%"_s, QString()).conceptName, u"单位生产总值能耗"_s);
}

TEST(Identity, UnitsConvertWithinTheirFamily)
{
    EXPECT_DOUBLE_EQ(unitFactor(u"兆瓦"_s, u"万千瓦"_s), 0.1);
    EXPECT_DOUBLE_EQ(unitFactor(u"MW"_s, u"千瓦"_s), 1000.0);
    EXPECT_DOUBLE_EQ(unitFactor(u"亿元"_s, u"万元"_s), 10000.0);
    EXPECT_DOUBLE_EQ(unitFactor(u"吨标准煤"_s, u"万吨标准煤"_s), 1e-4);
    EXPECT_DOUBLE_EQ(unitFactor(u"万吨标煤"_s, u"万吨标准煤"_s), 1.0);
    EXPECT_DOUBLE_EQ(unitFactor(u"亿元"_s, u"万千瓦"_s), 0.0);
    EXPECT_DOUBLE_EQ(unitFactor(u"%"_s, u"个百分点"_s), 0.0);
}

TEST(Identity, MeasureAndScopePersistOnlyWhenSet)
{
    Plan plan;
    Indicator ind;
    ind.name = u"光伏装机容量"_s;
    plan.indicators.push_back(ind);
    Target t;
    t.indicatorId = ind.id;
    t.year = 2025;
    t.value = 80;
    plan.targets.push_back(t);
    const QByteArray plain = writePlanJson(plan);
    EXPECT_FALSE(plain.contains("\"measure\""));
    EXPECT_FALSE(plain.contains("\"scope\""));

    plan.targets.front().measure = Measure::Increment;
    plan.targets.front().scope = u"市城区"_s;
    QString error;
    const auto loaded = readPlanJson(writePlanJson(plan), 1, &error);
    ASSERT_TRUE(loaded) << qPrintable(error);
    EXPECT_EQ(loaded->targets.front().measure, Measure::Increment);
    EXPECT_EQ(loaded->targets.front().scope, u"市城区"_s);
    EXPECT_EQ(writePlanJson(*loaded), writePlanJson(plan));

    QByteArray bad = writePlanJson(plan);
    bad.replace("\"increment\"", "\"sideways\"");
    EXPECT_FALSE(readPlanJson(bad, 1, &error));
    EXPECT_TRUE(error.contains(u"measure"_s)) << qPrintable(error);
}

TEST(Identity, HeldOutFindingsAreNoLongerUnfounded)
{
    const auto parent = importPlan(
        u"一、主要目标\n到2025年，全市单位地区生产总值能耗比2020年下降17%，市城区生活垃圾回收利用率达到35%，"
        u"新增光伏发电装机容量80万千瓦，单位地区生产总值二氧化碳排放确保完成国家下达目标。"
        u"到2030年，非化石能源消费比重达到25%，森林覆盖率达到46.5%。\n"_s);
    const auto child = importPlan(
        u"一、主要目标\n到2025年，全区单位地区生产总值能耗年均下降3.43%，城市生活垃圾资源化利用率达到65%，"
        u"风电、集中式光伏发电装机规模达到70万千瓦，单位地区生产总值二氧化碳排放完成省定目标任务。"
        u"到2030年，非化石能源消费比重进一步提高，森林覆盖率达到47%。\n"_s);
    ASSERT_TRUE(parent && child);
    const ReviewResult r = comparePlans(*parent, *child);
    for (const TargetComparison &t : r.targets) {
        if (t.parentIndicatorName.contains(u"森林"_s))
            continue;
        EXPECT_NE(t.status, TargetStatus::Stricter) << qPrintable(t.parentIndicatorName);
        EXPECT_NE(t.status, TargetStatus::LooserNeedsAllocationEvidence) << qPrintable(t.parentIndicatorName);
        EXPECT_NE(t.status, TargetStatus::Equal) << qPrintable(t.parentIndicatorName);
    }
    const TargetComparison *energy = row(r, u"能耗"_s, 2025);
    ASSERT_TRUE(energy);
    EXPECT_EQ(energy->status, TargetStatus::NotComparable);
    EXPECT_TRUE(energy->note.contains(u"annual"_s)) << qPrintable(energy->note);
    EXPECT_TRUE(energy->childEvidence.contains(u"年均下降3.43%"_s)) << qPrintable(energy->childEvidence);
    EXPECT_TRUE(energy->parentEvidence.contains(u"下降17%"_s)) << qPrintable(energy->parentEvidence);

    const TargetComparison *waste = row(r, u"垃圾"_s, 2025);
    ASSERT_TRUE(waste);
    EXPECT_EQ(waste->status, TargetStatus::NotComparable);
    EXPECT_TRUE(waste->note.contains(u"市城区"_s));

    const TargetComparison *pv = row(r, u"光伏"_s, 2025);
    ASSERT_TRUE(pv);
    EXPECT_TRUE(pv->status == TargetStatus::NotComparable || pv->status == TargetStatus::MissingInChild);

    const TargetComparison *co2 = row(r, u"二氧化碳"_s, 2025);
    ASSERT_TRUE(co2);
    EXPECT_EQ(co2->status, TargetStatus::CommitmentWeakened);
    EXPECT_EQ(co2->childValue, u"完成省定目标任务"_s);

    const TargetComparison *fossil = row(r, u"非化石"_s, 2030);
    ASSERT_TRUE(fossil);
    EXPECT_EQ(fossil->status, TargetStatus::QualitativeOnly);
    EXPECT_EQ(fossil->childValue, u"进一步提高"_s);

    const TargetComparison *forest = row(r, u"森林覆盖率"_s, 2030);
    ASSERT_TRUE(forest);
    EXPECT_EQ(forest->status, TargetStatus::Stricter);
}

TEST(Identity, NumericChildOfAnAllocatedParentQuantifiesIt)
{
    const auto parent = importPlan(u"一、主要目标\n到2025年，单位地区生产总值二氧化碳排放完成国家下达目标。\n"_s);
    const auto child = importPlan(u"一、主要目标\n到2025年，单位地区生产总值二氧化碳排放比2020年下降18%。\n"_s);
    ASSERT_TRUE(parent && child);
    const ReviewResult r = comparePlans(*parent, *child);
    ASSERT_EQ(r.targets.size(), 1);
    EXPECT_EQ(r.targets.first().status, TargetStatus::ChildQuantifiesParentQualitative);
}
