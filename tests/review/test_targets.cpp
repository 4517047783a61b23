// Target consistency: fixed cases for every status, and randomized edits with known expected status.

#include "evalpairs.h"

#include "import/indicatorcatalog.h"
#include "review/indicatoraliases.h"
#include "review/reviewengine.h"
#include "review/targetcheck.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace pw;
using namespace pw::review;

namespace {

QUuid addIndicator(Plan &plan, const QString &name, const QString &unit)
{
    Indicator i;
    i.name = name;
    i.unit = unit;
    plan.indicators.push_back(i);
    return i.id;
}

Target target(const QUuid &indicator, int year, Comparator cmp, std::optional<double> value,
              Commitment commitment = Commitment::None, int baseYear = 0, const QString &allocation = {})
{
    Target t;
    t.indicatorId = indicator;
    t.year = year;
    t.comparator = cmp;
    t.value = value;
    t.commitment = commitment;
    t.baseYear = baseYear;
    t.allocation = allocation;
    return t;
}

const TargetComparison *find(const QList<TargetComparison> &list, const QString &indicator, int year)
{
    for (const TargetComparison &t : list) {
        if (t.indicator == indicator && t.year == year)
            return &t;
    }
    return nullptr;
}

} // namespace

TEST(Targets, AliasesAlign)
{
    EXPECT_EQ(canonicalIndicator(u"单位GDP能耗下降"_s).name, u"单位地区生产总值能耗下降率"_s);
    EXPECT_EQ(canonicalIndicator(u"单位生产总值能源消耗比2020年下降"_s).name, u"单位地区生产总值能耗下降率"_s);
    EXPECT_EQ(canonicalIndicator(u"非化石能源占一次能源消费比重"_s).name, u"非化石能源消费比重"_s);
    EXPECT_EQ(canonicalIndicator(u"碳排放强度"_s).name, u"单位地区生产总值二氧化碳排放下降率"_s);
    EXPECT_TRUE(canonicalIndicator(u"森林覆盖率"_s).headline);
    EXPECT_FALSE(canonicalIndicator(u"新型储能装机"_s).headline);
    EXPECT_FALSE(canonicalIndicator(u"夜间经济繁荣指数"_s).known);
    EXPECT_DOUBLE_EQ(unitFactor(u"兆瓦"_s, u"万千瓦"_s), 0.1);
    EXPECT_DOUBLE_EQ(unitFactor(u"%"_s, u"万千瓦"_s), 0.0);
}

TEST(Targets, AUsersAliasesAlignIndicatorsNoTableKnows)
{
    Plan parent, child;
    parent.targets = { target(addIndicator(parent, u"充电基础设施数量"_s, u"个"_s), 2025, Comparator::AtLeast, 5000) };
    child.targets = { target(addIndicator(child, u"公共充电桩数量"_s, u"个"_s), 2025, Comparator::AtLeast, 6000) };
    QList<TargetComparison> out;
    QStringList missing;
    compareTargets(parent, child, &out, &missing);
    ASSERT_EQ(out.size(), 1);
    EXPECT_TRUE(out.first().childValue.isEmpty()); // no spelling rule says they are one indicator

    const IndicatorAliases aliases { { IndicatorCatalog::normalizeName(u"公共充电桩数量"), u"充电基础设施数量"_s } };
    EXPECT_EQ(canonicalIndicator(u"公共充电桩数量"_s, aliases).name, u"充电基础设施数量"_s);
    EXPECT_EQ(canonicalIndicator(u"单位GDP能耗下降"_s, aliases).name, u"单位地区生产总值能耗下降率"_s);
    out.clear();
    compareTargets(parent, child, &out, &missing, aliases);
    ASSERT_EQ(out.size(), 1);
    EXPECT_EQ(out.first().indicator, u"充电基础设施数量"_s);
    EXPECT_FALSE(out.first().childValue.isEmpty());
    EXPECT_EQ(out.first().status, TargetStatus::Stricter);
}

TEST(Targets, EveryStatus)
{
    Plan parent;
    Plan child;
    const QUuid pEnergy = addIndicator(parent, u"单位地区生产总值能耗下降率"_s, u"%"_s);
    const QUuid pCo2 = addIndicator(parent, u"单位地区生产总值二氧化碳排放下降率"_s, u"%"_s);
    const QUuid pFossil = addIndicator(parent, u"非化石能源消费比重"_s, u"%"_s);
    const QUuid pForest = addIndicator(parent, u"森林覆盖率"_s, u"%"_s);
    const QUuid pWind = addIndicator(parent, u"风电、光伏发电总装机容量"_s, u"万千瓦"_s);
    const QUuid pTotal = addIndicator(parent, u"能源消费总量"_s, u"万吨标准煤"_s);
    const QUuid pStock = addIndicator(parent, u"森林蓄积量"_s, u"万立方米"_s);
    const QUuid pGreen = addIndicator(parent, u"城镇新建建筑中绿色建筑占比"_s, u"%"_s);
    parent.targets = {
        target(pEnergy, 2025, Comparator::AtLeast, 16, Commitment::Ensure, 2020),
        target(pCo2, 2025, Comparator::Equal, std::nullopt, Commitment::None, 2020, u"完成省下达目标"_s),
        target(pCo2, 2030, Comparator::AtLeast, 65, Commitment::None, 2005),
        target(pFossil, 2025, Comparator::Approx, 22),
        target(pFossil, 2030, Comparator::Approx, 25),
        target(pForest, 2025, Comparator::AtLeast, 46.5, Commitment::Ensure),
        target(pWind, 2025, Comparator::AtLeast, 70),
        target(pTotal, 2025, Comparator::AtMost, 1500),
        target(pStock, 2030, Comparator::AtLeast, 3300),
        target(pGreen, 2025, Comparator::AtLeast, 100),
    };
    const QUuid cEnergy = addIndicator(child, u"单位GDP能耗下降"_s, u"%"_s);
    const QUuid cCo2 = addIndicator(child, u"碳排放强度下降"_s, u"%"_s);
    const QUuid cFossil = addIndicator(child, u"非化石能源占一次能源消费比重"_s, u"％"_s);
    const QUuid cForest = addIndicator(child, u"森林覆盖率"_s, u"%"_s);
    const QUuid cWind = addIndicator(child, u"风电光伏装机"_s, u"兆瓦"_s);
    const QUuid cStock = addIndicator(child, u"森林蓄积量"_s, u"万立方米"_s);
    const QUuid cGreen = addIndicator(child, u"绿色建筑占比"_s, u"万平方米"_s);
    Target energy = target(cEnergy, 2025, Comparator::AtLeast, 14.5, Commitment::None, 2020);
    energy.stretch = 16;
    child.targets = {
        energy,
        target(cCo2, 2025, Comparator::Equal, std::nullopt, Commitment::None, 2020, u"完成市下达目标"_s),
        target(cCo2, 2030, Comparator::AtLeast, 70, Commitment::None, 2020),
        target(cFossil, 2025, Comparator::AtLeast, 22, Commitment::Strive),
        target(cForest, 2025, Comparator::AtLeast, 46.5, Commitment::Strive),
        target(cWind, 2025, Comparator::AtLeast, 800),
        target(cStock, 2030, Comparator::Equal, std::nullopt, Commitment::None, 0, u"完成市下达目标"_s),
        target(cGreen, 2025, Comparator::AtLeast, 50),
    };
    QList<TargetComparison> out;
    QStringList missing;
    compareTargets(parent, child, &out, &missing);
    ASSERT_EQ(out.size(), 10);
    const auto status = [&](const QString &name, int year) {
        const TargetComparison *t = find(out, name, year);
        return t ? toKey(t->status) : u"absent"_s;
    };
    EXPECT_EQ(status(u"单位地区生产总值能耗下降率"_s, 2025), u"looser-needs-allocation-evidence"_s);
    EXPECT_EQ(status(u"单位地区生产总值二氧化碳排放下降率"_s, 2025), u"equal"_s); // both allocated
    EXPECT_EQ(status(u"单位地区生产总值二氧化碳排放下降率"_s, 2030), u"base-year-mismatch"_s);
    EXPECT_EQ(status(u"非化石能源消费比重"_s, 2025), u"stricter"_s); // ≥ 22 vs ≈ 22
    EXPECT_EQ(status(u"非化石能源消费比重"_s, 2030), u"missing-in-child"_s);
    EXPECT_EQ(status(u"森林覆盖率"_s, 2025), u"commitment-weakened"_s);
    EXPECT_EQ(status(canonicalIndicator(u"风电光伏装机"_s).name, 2025), u"stricter"_s); // 800 MW = 80 万千瓦 ≥ 70
    EXPECT_EQ(status(u"能源消费总量"_s, 2025), u"missing-in-child"_s);
    EXPECT_EQ(status(u"森林蓄积量"_s, 2030), u"qualitative-only"_s);
    EXPECT_EQ(status(u"城镇新建建筑中绿色建筑占比"_s, 2025), u"unit-mismatch"_s);
    EXPECT_EQ(missing, QStringList { u"能源消费总量"_s });
    const TargetComparison *energyRow = find(out, u"单位地区生产总值能耗下降率"_s, 2025);
    ASSERT_TRUE(energyRow);
    EXPECT_TRUE(energyRow->headline);
    EXPECT_EQ(energyRow->childIndicatorName, u"单位GDP能耗下降"_s);
    EXPECT_TRUE(energyRow->note.contains(u"力争"_s)); // the stretch value reaches the parent's target
}

// Randomized: every parent target gets one known edit in the child; the status must be exactly the edit's.
TEST(Targets, RandomizedEditsHaveExactStatus)
{
    struct Spec { QString name; QStringList aliases; QString unit; Comparator cmp; double value; bool higher; };
    const QList<Spec> specs = {
        { u"单位地区生产总值能耗下降率"_s, { u"单位GDP能耗下降"_s, u"能耗强度下降"_s }, u"%"_s, Comparator::AtLeast, 14.5, true },
        { u"单位地区生产总值二氧化碳排放下降率"_s, { u"单位GDP二氧化碳排放下降"_s }, u"%"_s, Comparator::AtLeast, 18, true },
        { u"非化石能源消费比重"_s, { u"非化石能源占能源消费总量比重"_s }, u"%"_s, Comparator::Approx, 22, true },
        { u"能源消费总量"_s, { u"能源消费总量控制"_s }, u"万吨标准煤"_s, Comparator::AtMost, 1509, false },
        { u"森林覆盖率"_s, { u"林木绿化率"_s }, u"%"_s, Comparator::AtLeast, 61.95, true },
        { u"新型储能装机容量"_s, { u"储能装机"_s }, u"万千瓦"_s, Comparator::AtLeast, 40, true },
    };
    enum Edit { Same, Stricter, Looser, Omit, Qualitative, Weaken, EditCount };
    const QString expected[] = { u"equal"_s, u"stricter"_s, u"looser-needs-allocation-evidence"_s, u"missing-in-child"_s,
                                 u"qualitative-only"_s, u"commitment-weakened"_s };
    int checked = 0;
    for (quint64 seed = 1; seed <= 40; ++seed) {
        test::Rng rng(seed);
        Plan parent;
        Plan child;
        QHash<QUuid, QString> expectedById;
        for (const Spec &s : specs) {
            const QUuid p = addIndicator(parent, s.name, s.unit);
            const QUuid c = addIndicator(child, s.aliases.at(rng.below(int(s.aliases.size()))), s.unit);
            for (int year : { 2025, 2030 }) {
                const Target pt = target(p, year, s.cmp, s.value + year - 2025, Commitment::Ensure);
                parent.targets.push_back(pt);
                const auto edit = Edit(rng.below(EditCount));
                expectedById.insert(pt.id, expected[edit]);
                Target ct = pt;
                ct.id = QUuid::createUuid();
                ct.indicatorId = c;
                const double delta = 0.5 + rng.below(5);
                switch (edit) {
                case Same: break;
                case Stricter: *ct.value += s.higher ? delta : -delta; break;
                case Looser: *ct.value += s.higher ? -delta : delta; break;
                case Omit: continue;
                case Qualitative: ct.value.reset(); ct.allocation = u"完成市下达目标"_s; break;
                case Weaken: ct.commitment = Commitment::Strive; break;
                case EditCount: break;
                }
                child.targets.push_back(ct);
            }
        }
        QList<TargetComparison> out;
        QStringList missing;
        compareTargets(parent, child, &out, &missing);
        ASSERT_EQ(out.size(), qsizetype(parent.targets.size()));
        for (const TargetComparison &t : out) {
            EXPECT_EQ(toKey(t.status), expectedById.value(t.parentTargetId))
                << qPrintable(t.indicator) << ' ' << t.year << " seed " << seed;
            ++checked;
        }
        EXPECT_TRUE(missing.isEmpty());
    }
    EXPECT_EQ(checked, 40 * 12);
}

TEST(Targets, TargetText)
{
    Indicator i;
    i.unit = u"%"_s;
    Target t = target(i.id, 2025, Comparator::AtLeast, 14.5, Commitment::Ensure, 2020);
    t.stretch = 15;
    EXPECT_EQ(targetText(t, &i), u"确保 ≥ 14.5 %，力争 15 %（比2020年）"_s);
    Target q = target(i.id, 2025, Comparator::Equal, std::nullopt, Commitment::None, 0, u"完成省下达目标"_s);
    EXPECT_EQ(targetText(q, &i), u"完成省下达目标"_s);
}

TEST(Targets, AQuantityOfAPartOfTheTerritoryIsPartOfTheParentsTotal)
{
    Plan parent;
    Plan child;
    parent.metadata.region = u"某某市"_s;
    parent.metadata.level = AdminLevel::City;
    child.metadata.region = u"某某市某某区"_s;
    child.metadata.level = AdminLevel::District;
    const QUuid pPv = addIndicator(parent, u"光伏装机容量"_s, u"万千瓦"_s);
    const QUuid pFossil = addIndicator(parent, u"非化石能源消费比重"_s, u"%"_s);
    parent.targets = { target(pPv, 2025, Comparator::Equal, 300), target(pFossil, 2025, Comparator::Equal, 20) };
    const QUuid cPv = addIndicator(child, u"光伏装机容量"_s, u"兆瓦"_s);
    const QUuid cFossil = addIndicator(child, u"非化石能源消费比重"_s, u"%"_s);
    child.targets = { target(cPv, 2025, Comparator::Equal, 500), target(cFossil, 2025, Comparator::Equal, 18) };
    auto compare = [&] {
        QList<TargetComparison> out;
        QStringList missing;
        compareTargets(parent, child, &out, &missing);
        return out;
    };
    const QList<TargetComparison> district = compare();
    const TargetComparison *pv = find(district, u"光伏装机容量"_s, 2025);
    ASSERT_TRUE(pv);
    EXPECT_EQ(pv->status, TargetStatus::NotComparable); // 50 万千瓦 of a district is not "looser" than the city's 300
    EXPECT_TRUE(pv->note.contains(u"16.7%"_s)) << qPrintable(pv->note);
    EXPECT_EQ(find(district, u"非化石能源消费比重"_s, 2025)->status, TargetStatus::LooserNeedsAllocationEvidence);

    // A plan of the same territory (a sector plan, a later draft) compares totals as before.
    child.metadata.region = parent.metadata.region;
    child.metadata.level = AdminLevel::City;
    EXPECT_EQ(find(compare(), u"光伏装机容量"_s, 2025)->status, TargetStatus::LooserNeedsAllocationEvidence);
}
