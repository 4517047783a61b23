#include "indicatorcatalog.h"

#include <vector>

using namespace Qt::StringLiterals;

namespace pw::tables {
namespace {

std::vector<CatalogIndicator> buildCatalog()
{
    const QString energy = u"能源"_s;
    const QString overall = u"综合"_s;
    const QString sink = u"碳汇"_s;
    const QString saving = u"节能"_s;
    const QString industry = u"工业"_s;
    const QString building = u"建筑"_s;
    const QString transport = u"交通"_s;
    const QString circular = u"循环经济"_s;
    const QString structure = u"产业结构"_s;
    const auto inc = Direction::Increase;
    const auto dec = Direction::Decrease;
    return {
        { u"单位地区生产总值能耗下降率"_s, { u"单位GDP能耗下降"_s, u"单位GDP能耗下降率"_s, u"单位生产总值能源消耗下降"_s, u"能耗强度"_s, u"能耗强度下降率"_s }, u"%"_s, {}, overall, dec, Binding::Binding },
        { u"单位地区生产总值二氧化碳排放下降率"_s, { u"单位GDP二氧化碳排放下降"_s, u"单位GDP二氧化碳排放下降率"_s, u"碳排放强度"_s, u"碳排放强度下降率"_s }, u"%"_s, {}, overall, dec, Binding::Binding },
        { u"非化石能源消费比重"_s, { u"非化石能源占能源消费总量比重"_s, u"非化石能源占一次能源消费比重"_s }, u"%"_s, {}, energy, inc, Binding::Expected },
        { u"能源消费总量"_s, {}, u"万吨标准煤"_s, { u"亿吨标准煤"_s }, energy, dec, Binding::Expected },
        { u"森林覆盖率"_s, { u"林木绿化率"_s }, u"%"_s, {}, sink, inc, Binding::Binding },
        { u"森林蓄积量"_s, {}, u"万立方米"_s, { u"亿立方米"_s }, sink, inc, Binding::Binding },
        { u"风电光伏发电总装机容量"_s, { u"风电、光伏发电总装机容量"_s, u"新能源发电装机容量"_s, u"新能源装机容量"_s }, u"万千瓦"_s, { u"兆瓦"_s, u"亿千瓦"_s }, energy, inc, Binding::Expected },
        { u"新型储能装机容量"_s, {}, u"万千瓦"_s, { u"兆瓦"_s }, energy, inc, Binding::Expected },
        { u"抽水蓄能装机容量"_s, { u"抽水蓄能装机"_s }, u"万千瓦"_s, { u"亿千瓦"_s }, energy, inc, Binding::Expected },
        { u"电网尖峰负荷响应能力"_s, {}, u"%"_s, {}, energy, inc, Binding::Expected },
        { u"煤炭消费比重"_s, {}, u"%"_s, {}, energy, dec, Binding::Expected },
        { u"规模以上单位工业增加值能耗下降率"_s, { u"规上单位工业增加值能耗下降率"_s, u"规上工业增加值能耗下降"_s }, u"%"_s, {}, saving, dec, Binding::Expected },
        { u"新建大型数据中心电能利用效率"_s, { u"数据中心PUE"_s, u"数据中心电能利用效率"_s }, u""_s, {}, saving, dec, Binding::Expected },
        { u"单位工业增加值二氧化碳排放下降率"_s, {}, u"%"_s, {}, industry, dec, Binding::Expected },
        { u"绿色工厂数量"_s, { u"绿色工厂"_s }, u"家"_s, {}, industry, inc, Binding::Expected },
        { u"绿色园区数量"_s, { u"绿色园区"_s }, u"个"_s, {}, industry, inc, Binding::Expected },
        { u"城镇新建建筑中绿色建筑占比"_s, { u"绿色建筑占比"_s, u"执行绿色建筑标准比例"_s }, u"%"_s, {}, building, inc, Binding::Expected },
        { u"城镇建筑可再生能源替代率"_s, {}, u"%"_s, {}, building, inc, Binding::Expected },
        { u"新建公共机构建筑、新建厂房屋顶光伏覆盖率"_s, { u"屋顶光伏覆盖率"_s }, u"%"_s, {}, building, inc, Binding::Expected },
        { u"装配式建筑占新建建筑比例"_s, { u"装配式建筑占比"_s }, u"%"_s, {}, building, inc, Binding::Expected },
        { u"绿色出行比例"_s, { u"公共交通出行分担率"_s }, u"%"_s, {}, transport, inc, Binding::Expected },
        { u"新增新能源、清洁能源动力交通工具比例"_s, { u"新能源汽车占比"_s }, u"%"_s, {}, transport, inc, Binding::Expected },
        { u"营运交通工具单位换算周转量碳排放强度下降率"_s, {}, u"%"_s, {}, transport, dec, Binding::Expected },
        { u"生活垃圾资源化利用比例"_s, {}, u"%"_s, {}, circular, inc, Binding::Expected },
        { u"大宗固废综合利用率"_s, {}, u"%"_s, {}, circular, inc, Binding::Expected },
        { u"建筑垃圾综合利用率"_s, {}, u"%"_s, {}, circular, inc, Binding::Expected },
        { u"服务业增加值比重"_s, {}, u"%"_s, {}, structure, inc, Binding::Expected },
        { u"高新技术产业增加值占规模以上工业增加值比重"_s, { u"高新技术产业增加值占规上工业比重"_s }, u"%"_s, {}, structure, inc, Binding::Expected },
    };
}

QString squeeze(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (QChar c : s) {
        if (!c.isSpace())
            out += c;
    }
    return out;
}

} // namespace

Indicator CatalogIndicator::toIndicator() const
{
    Indicator i;
    i.name = name;
    i.unit = unit;
    i.category = category;
    i.direction = direction;
    i.binding = binding;
    return i;
}

bool CatalogIndicator::acceptsUnit(const QString &u) const
{
    const QString s = squeeze(u);
    return s == unit || otherUnits.contains(s);
}

std::span<const CatalogIndicator> indicatorCatalog()
{
    static const std::vector<CatalogIndicator> catalog = buildCatalog();
    return catalog;
}

const CatalogIndicator *findCatalogIndicator(const QString &name)
{
    const QString key = squeeze(name);
    if (key.isEmpty())
        return nullptr;
    for (const CatalogIndicator &c : indicatorCatalog()) {
        if (c.name == key || c.aliases.contains(key))
            return &c;
    }
    return nullptr;
}

bool isReductionRate(const QString &indicatorName)
{
    return indicatorName.contains(u"下降"_s) || indicatorName.contains(u"降低"_s);
}

} // namespace pw::tables
