#include "targetphrases.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace pw::import {
namespace {

bool isShare(const QString &unit)
{
    return unit == u"%"_s || unit == u"个百分点"_s || unit == u"百分点"_s;
}

} // namespace

QString subjectBefore(QStringView clause)
{
    QString s = clause.toString();
    static const QRegularExpression noise(
        uR"((?:到|至|截至|截止到?|力争到|在)?(?:19|20)\d\d年(?:底|末|前|时)?|[“"]?(?:十三五|十四五|十五五)[”"]?(?:期间|末|时期)?|^(?:其中|同时|并|且|以及|此外|另外|全市|全区|全县|全州|全省|全域|我市|我区|我县|我省|本市|本区|本县|[省市州县区镇乡](?:内|域)|力争|确保|努力|基本|实现|使)+|(?:比|较)(?:19|20)\d\d年|力争|确保|进一步|稳步|逐步|累计|年均|分别|均|的$)"_s);
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
