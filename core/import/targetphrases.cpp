#include "targetphrases.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pw::import {

bool isShare(const QString &unit)
{
    return unit == u"%"_s || unit == u"个百分点"_s || unit == u"百分点"_s;
}

const QRegularExpression &perUnitBase()
{
    static const QRegularExpression re(
        uR"(^(?:单位地区生产总值|单位生产总值|单位GDP|规模以上(?:单位工业|工业单位)增加值|规上(?:单位工业|工业单位)增加值|单位工业增加值))"_s);
    return re;
}

QList<CatalogEntry> allocatedIndicators(QStringView clause, const IndicatorCatalog &catalog)
{
    // Every mention, longest first in each stretch of text: "单位生产总值能源消耗对比2020年下降率和单位生产总值
    // 二氧化碳排放完成本市下达指标" names two. A second name after 和 may leave out the first one's per-unit base
    // ("单位地区生产总值能耗和碳排放下降完成省下达目标").
    const QString hay = IndicatorCatalog::normalizeName(clause);
    QList<IndicatorCatalog::Occurrence> found;
    QList<std::pair<qsizetype, qsizetype>> segments { { 0, hay.size() } };
    while (!segments.isEmpty()) {
        const auto [a, b] = segments.takeLast();
        const auto hit = b - a >= 2 ? catalog.findIn(QStringView(hay).mid(a, b - a)) : std::nullopt;
        if (!hit)
            continue;
        found.append({ hit->entry, a + hit->position, hit->length });
        segments.append({ a, a + hit->position });
        segments.append({ a + hit->position + hit->length, b });
    }
    std::sort(found.begin(), found.end(), [](const auto &x, const auto &y) { return x.position < y.position; });
    QList<CatalogEntry> out;
    for (const auto &o : std::as_const(found)) {
        if (std::none_of(out.cbegin(), out.cend(), [&](const CatalogEntry &e) { return e.key == o.entry.key; }))
            out.append(o.entry);
    }
    if (out.size() != 1)
        return out;
    static const QRegularExpression conjunction(
        uR"(^(?:(?:比|较|对比|相比)(?:19|20)\d\d年(?:水平)?)?(?:下降率|降低率|下降|降低|率)?[和及与、]([^，,。；;、和及与]{2,16}?)(?:下降率|降低率|下降|降低|率)?(?:均|分别)?(?:完成|达到|控制))"_s);
    const auto &first = found.first();
    const auto next = conjunction.match(QStringView(hay).mid(first.position + first.length));
    if (!next.hasMatch())
        return out;
    const auto base = perUnitBase().match(QStringView(hay).mid(first.position, first.length));
    const auto second = catalog.match(base.captured(0) + next.captured(1));
    if (second && second->key != first.entry.key)
        out.append(*second);
    return out;
}

bool isTimeFrame(QStringView clause)
{
    static const QRegularExpression re(
        uR"(^(?:到|至|力争到|在)?(?:(?:19|20)\d\d年(?:底|末)?|[“"]?(?:十三五|十四五|十五五|十六五)[”"]?(?:期间|末|时期))$)"_s);
    return re.match(clause.trimmed()).hasMatch();
}

bool isReportingLeadIn(QStringView clause)
{
    // Most sentences open with content: look at the regular expression only for short clauses that end with a
    // reporting verb or start with 根据/按照/据.
    if (clause.size() > 40 || clause.isEmpty()
        || !(QStringView(u"出确求调示定了标").contains(clause.back()) || QStringView(u"根按据").contains(clause.front())))
        return false;
    static const QRegularExpression re(
        uR"(^(?:(?:《[^》]{1,40}》|[^，。《》]{0,12}?(?:方案|文件|意见|规划|通知|计划))(?:中)?(?:明确)?(?:提出|指出|明确|要求|强调|显示|规定)了?(?:[^，。]{0,8}目标)?|(?:根据|按照|据)《?[^，。《》]{0,12}?(?:方案|文件|意见|规划|计划)》?)$)"_s);
    return re.match(clause.trimmed()).hasMatch();
}

QString subjectBefore(QStringView clause)
{
    QString s = clause.toString();
    static const QRegularExpression noise(
        uR"((?:到|至|截至|截止到?|力争到|在)?(?:19|20)\d\d年(?:[底末]前?|前|时)?|[“"]?(?:十三五|十四五|十五五)[”"]?(?:期间|末|时期)?|^(?:其中|同时|并|且|以及|此外|另外|全市|全区|全县|全州|全省|全域|我市|我区|我县|我省|本市|本区|本县|[省市州县区镇乡](?:内|域)|力争|确保|努力|基本|实现|使)+|(?:比|较)(?:19|20)\d\d年|力争|确保|进一步|稳步|逐步|累计|年均|分别|(?<![平人])均|的$)"_s);
    s.remove(noise);
    while (!s.isEmpty() && QStringView(u"，,、：:；;（(“”\" ").contains(s.front()))
        s.remove(0, 1);
    while (!s.isEmpty() && QStringView(u"，,、：:；;（(“”\" ").contains(s.back()))
        s.chop(1);
    return s.size() > 40 ? s.right(40) : s;
}

std::optional<IndicatorCatalog::Occurrence> catalogEntryIn(QStringView phrase, const QString &unit)
{
    auto hit = IndicatorCatalog::builtin().findIn(phrase, 0, unit);
    if (hit && !hit->entry.unit.isEmpty() && !unit.isEmpty() && isShare(hit->entry.unit) != isShare(unit))
        return std::nullopt;
    return hit;
}

Dating datingBefore(QStringView clause, qsizetype yearStart)
{
    const QStringView before = clause.left(yearStart);
    if (before.endsWith(u"截至") || before.endsWith(u"截止") || before.endsWith(u"截止到"))
        return Dating::AsOf;
    if (before.endsWith(u'到') || before.endsWith(u'至') || before.endsWith(u'在') || before.endsWith(u'“')
        || before.endsWith(u'"'))
        return Dating::Goal;
    return Dating::Bare;
}

Statement statementKind(QStringView phrase, const QString &unit, Dating dating)
{
    // The money is what is spent ("总投资150亿元", "投入资金20亿元"), not the size of something ("基金规模达到5亿元").
    static const QRegularExpression spending(
        uR"((?:投资|资金|投入|补贴|补助|奖励|支出|预算|融资|贷款)(?:额|总额)?(?:约|共|达到?|超过|为)?$)"_s);
    if (unit.endsWith(u'元') && spending.match(phrase).hasMatch())
        return Statement::Spending;
    static const QRegularExpression actions(uR"((?:实施|开展|组织|举办|启动|谋划)[^，,]{0,12}?(?:项目|工程|行动|活动|培训|检查))"_s);
    if ((unit == u"个"_s || unit == u"项"_s) && actions.match(phrase).hasMatch())
        return Statement::ActionCount;
    // "截至2022年底…", "已建成…", "2020年，全市非化石能源消费比重为15%": the state of things, not a goal.
    static const QRegularExpression copula(uR"([为是]$)"_s);
    if (dating == Dating::AsOf || phrase.contains(u'已')
        || (dating == Dating::Bare && copula.match(phrase).hasMatch()))
        return Statement::Fact;
    return Statement::Goal;
}

} // namespace pw::import
