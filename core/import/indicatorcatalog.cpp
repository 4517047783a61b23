#include "indicatorcatalog.h"

#include "chinesetext.h"

#include <QRegularExpression>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace pw {
namespace {

CatalogEntry entry(const char16_t *key, const char16_t *name, std::initializer_list<const char16_t *> aliases,
                   const char16_t *unit, const char16_t *category, Direction direction, bool headline = false)
{
    CatalogEntry e;
    e.key = QString::fromUtf16(key);
    e.name = QString::fromUtf16(name);
    for (const char16_t *a : aliases)
        e.aliases.append(QString::fromUtf16(a));
    e.unit = QString::fromUtf16(unit);
    e.category = QString::fromUtf16(category);
    e.direction = direction;
    e.headline = headline;
    return e;
}

QList<CatalogEntry> builtinEntries()
{
    using D = Direction;
    return {
        entry(u"energy-intensity-reduction", u"单位地区生产总值能耗下降率",
              { u"单位地区生产总值能耗", u"单位地区生产总值能源消耗", u"单位生产总值能耗", u"单位生产总值能源消耗",
                u"单位GDP能耗", u"单位GDP能源消耗", u"能耗强度", u"万元GDP能耗" },
              u"%", u"综合", D::Decrease, true),
        entry(u"energy-intensity", u"单位地区生产总值能耗",
              { u"单位地区生产总值能源消耗", u"单位生产总值能耗", u"单位生产总值能源消耗", u"单位GDP能耗",
                u"单位GDP能源消耗", u"能耗强度", u"万元GDP能耗" },
              u"吨标准煤/万元", u"综合", D::Decrease),
        entry(u"carbon-intensity-reduction", u"单位地区生产总值二氧化碳排放下降率",
              { u"单位地区生产总值二氧化碳排放", u"单位生产总值二氧化碳排放", u"单位GDP二氧化碳排放",
                u"单位地区生产总值碳排放", u"单位生产总值碳排放", u"碳排放强度", u"单位GDP碳排放", u"二氧化碳排放强度",
                u"万元GDP二氧化碳排放", u"万元GDP碳排放" },
              u"%", u"综合", D::Decrease, true),
        entry(u"carbon-intensity", u"单位地区生产总值二氧化碳排放量",
              { u"单位地区生产总值二氧化碳排放", u"单位生产总值二氧化碳排放", u"单位GDP二氧化碳排放",
                u"单位地区生产总值碳排放", u"单位生产总值碳排放", u"碳排放强度", u"单位GDP碳排放", u"二氧化碳排放强度",
                u"万元GDP二氧化碳排放", u"万元GDP碳排放" },
              u"吨二氧化碳/万元", u"综合", D::Decrease),
        entry(u"non-fossil-share", u"非化石能源消费比重",
              { u"非化石能源占能源消费总量比重", u"非化石能源占一次能源消费比重", u"非化石能源占一次性能源消费比重",
                u"非化石能源占一次能源消费的比重", u"非化石能源消费占比", u"非化石能源占比",
                u"非化石能源占一次能源消费中的比重", u"非化石能源占一次能源消费总量比重" },
              u"%", u"能源", D::Increase, true),
        entry(u"energy-consumption-total", u"能源消费总量", { u"综合能源消费量" }, u"万吨标准煤", u"能源", D::Decrease),
        entry(u"coal-share", u"煤炭消费比重", { u"煤炭占能源消费比重", u"煤炭消费占比" }, u"%", u"能源", D::Decrease),
        entry(u"forest-coverage", u"森林覆盖率", { u"林木绿化率" }, u"%", u"碳汇", D::Increase, true),
        entry(u"forest-stock", u"森林蓄积量", { u"活立木蓄积量" }, u"万立方米", u"碳汇", D::Increase, true),
        entry(u"wind-solar-capacity", u"风电、光伏发电总装机容量",
              { u"风电光伏装机", u"风电、光伏装机", u"风光装机", u"风电、太阳能发电总装机容量", u"风电、集中式光伏装机" },
              u"万千瓦", u"能源", D::Increase),
        entry(u"pv-capacity", u"光伏装机容量", { u"光伏发电装机", u"光伏装机", u"光伏发电装机容量", u"太阳能发电装机" },
              u"万千瓦", u"能源", D::Increase),
        entry(u"wind-capacity", u"风电装机容量", { u"风电装机", u"风电新增装机容量", u"风电新增装机" }, u"万千瓦",
              u"能源", D::Increase),
        entry(u"renewable-capacity", u"可再生能源发电装机容量",
              { u"可再生能源装机", u"可再生能源新增装机", u"新能源装机", u"新能源发电装机", u"新能源装机容量",
                u"可再生电源装机", u"清洁能源装机" },
              u"万千瓦", u"能源", D::Increase),
        entry(u"storage-capacity", u"新型储能装机容量", { u"新型储能装机", u"储能装机" }, u"万千瓦", u"能源",
              D::Increase),
        entry(u"pumped-storage-capacity", u"抽水蓄能装机容量", { u"抽水蓄能装机" }, u"万千瓦", u"能源", D::Increase),
        entry(u"peak-load-response", u"尖峰负荷响应能力", { u"电网尖峰负荷响应能力", u"需求侧响应能力" }, u"%",
              u"能源", D::Increase),
        entry(u"industrial-energy-intensity-reduction", u"规模以上单位工业增加值能耗下降率",
              { u"规上单位工业增加值能耗", u"规模以上单位工业增加值能耗", u"规模以上工业单位增加值能耗",
                u"规上工业单位增加值能耗", u"单位工业增加值能耗" },
              u"%", u"工业",
              D::Decrease),
        entry(u"industrial-carbon-intensity-reduction", u"单位工业增加值二氧化碳排放下降率",
              { u"单位工业增加值二氧化碳排放", u"工业单位增加值二氧化碳排放" }, u"%", u"工业", D::Decrease),
        entry(u"data-center-pue", u"数据中心电能利用效率", { u"PUE", u"电能利用效率" }, u"", u"工业", D::Decrease),
        entry(u"green-factories", u"绿色工厂数量", { u"绿色工厂" }, u"家", u"工业", D::Increase),
        entry(u"green-building-share", u"城镇新建建筑中绿色建筑占比",
              { u"新建绿色建筑比例", u"绿色建筑占新建建筑比例", u"绿色建筑占比", u"绿色建筑比例",
                u"城镇新建建筑中绿色建筑面积占比" },
              u"%", u"建筑", D::Increase),
        entry(u"building-renewable-substitution", u"城镇建筑可再生能源替代率", { u"建筑可再生能源替代率" }, u"%",
              u"建筑", D::Increase),
        entry(u"rooftop-pv-coverage", u"新建公共机构建筑、新建厂房屋顶光伏覆盖率", { u"屋顶光伏覆盖率" }, u"%",
              u"建筑", D::Increase),
        entry(u"prefabricated-building-share", u"装配式建筑占新建建筑比例", { u"装配式建筑占比", u"装配式建筑比例" },
              u"%", u"建筑", D::Increase),
        entry(u"green-building-materials-share", u"绿色建材应用比例", { u"绿色建材应用比例" }, u"%", u"建筑",
              D::Increase),
        entry(u"green-travel-share", u"绿色出行比例",
              { u"公共交通出行比例", u"公共交通出行分担率", u"绿色出行分担率", u"绿色出行比例" }, u"%", u"交通",
              D::Increase),
        entry(u"nev-share", u"新能源汽车占比",
              { u"新能源汽车注册登记数量占比", u"新能源汽车新车销售量占比", u"新增新能源清洁能源交通工具比例",
                u"新能源和清洁能源比例" },
              u"%", u"交通", D::Increase),
        entry(u"transport-carbon-intensity-reduction", u"营运交通工具单位换算周转量碳排放强度下降率",
              { u"营运交通工具单位换算周转量碳排放强度" }, u"%", u"交通", D::Decrease),
        entry(u"transport-energy-reduction", u"交通运输业综合能耗下降率", { u"交通运输业综合能耗" }, u"%", u"交通",
              D::Decrease),
        entry(u"household-waste-recycling", u"生活垃圾资源化利用比例",
              { u"生活垃圾资源化利用率", u"城市垃圾资源化利用率", u"生活垃圾回收利用率", u"城市生活垃圾资源化利用率" },
              u"%", u"循环", D::Increase),
        entry(u"bulk-solid-waste-utilisation", u"大宗固废综合利用率",
              { u"大宗工业固废综合利用率", u"大宗固体废弃物综合利用率", u"一般工业固体废物综合利用率" }, u"%", u"循环",
              D::Increase),
        entry(u"construction-waste-utilisation", u"建筑垃圾综合利用率", { u"建筑垃圾资源化利用率" }, u"%", u"循环",
              D::Increase),
        entry(u"straw-utilisation", u"秸秆综合利用率", { u"农作物秸秆综合利用率" }, u"%", u"循环", D::Increase),
        entry(u"reclaimed-water-utilisation", u"再生水利用率", { u"城市再生水利用率" }, u"%", u"循环", D::Increase),
        entry(u"services-share", u"服务业增加值比重", { u"第三产业增加值比重", u"服务业增加值占比" }, u"%", u"产业",
              D::Increase),
        entry(u"high-tech-share", u"高新技术产业增加值占比",
              { u"高新技术产业增加值占GDP比重", u"高新技术产业增加值占规上工业增加值比重",
                u"高新技术产业增加值占规模以上工业增加值比重" },
              u"%", u"产业", D::Increase),
        entry(u"carbon-emissions-total", u"碳排放总量", { u"二氧化碳排放总量" }, u"万吨", u"综合", D::Neutral),
        entry(u"urbanisation-rate", u"常住人口城镇化率", { u"常驻人口城镇化率", u"城镇化率" }, u"%", u"综合",
              D::Increase),
        entry(u"air-quality-good-days", u"空气质量优良天数比例", { u"空气质量优良率", u"空气优良天数比例" }, u"%",
              u"环境", D::Increase),
        entry(u"pm25-concentration", u"PM2.5浓度", { u"细颗粒物浓度", u"PM2.5平均浓度" }, u"微克/立方米", u"环境",
              D::Decrease),
        entry(u"low-carbon-pilots", u"国家低碳园区、低碳社区数量", { u"低碳园区、低碳社区数量" }, u"个", u"综合",
              D::Increase),
    };
}

const QRegularExpression &trailingUnit()
{
    static const QRegularExpression re(uR"(（[^（）]*）$)"_s);
    return re;
}

} // namespace

IndicatorCatalog::IndicatorCatalog(QList<CatalogEntry> entries)
    : m_entries(std::move(entries))
{
    for (int i = 0; i < m_entries.size(); ++i) {
        m_aliases.append({ normalizeName(m_entries[i].name), i });
        for (const QString &a : std::as_const(m_entries[i].aliases))
            m_aliases.append({ normalizeName(a), i });
    }
    m_aliases.removeIf([](const auto &a) { return a.first.isEmpty(); });
    std::stable_sort(m_aliases.begin(), m_aliases.end(),
                     [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
    for (int i = 0; i < m_aliases.size(); ++i)
        m_aliasesByFirstChar[m_aliases[i].first.front().unicode()].append(i);
}

const IndicatorCatalog &IndicatorCatalog::builtin()
{
    static const IndicatorCatalog catalog(builtinEntries());
    return catalog;
}

std::optional<CatalogEntry> IndicatorCatalog::byKey(const QString &key) const
{
    for (const CatalogEntry &e : m_entries) {
        if (e.key == key)
            return e;
    }
    return std::nullopt;
}

QString IndicatorCatalog::normalizeName(QStringView name)
{
    QString s;
    s.reserve(name.size());
    for (QChar c : name) {
        if (import::isSpace(c) || c == u'“' || c == u'”' || c == u'"')
            continue;
        QChar f = import::toSimplified(import::foldWidth(c));
        if (f == u'(')
            f = u'（';
        else if (f == u')')
            f = u'）';
        s.append(f);
    }
    s.remove(trailingUnit());
    // A Latin abbreviation in parentheses inside a name: 单位生产总值（GDP）能耗 = 单位生产总值能耗.
    static const QRegularExpression abbreviation(uR"(（[A-Za-z]{2,6}）)"_s);
    if (s.contains(u'（'))
        s.remove(abbreviation);
    // Per 10,000 yuan of GDP is per unit of GDP: 万元地区生产总值能耗 = 单位地区生产总值能耗.
    static const QRegularExpression perTenThousandYuan(uR"(万元(?=地区生产总值|生产总值|GDP|工业增加值))"_s);
    if (s.contains(u"万元"))
        s.replace(perTenThousandYuan, u"单位"_s);
    return s.toUpper();
}

std::optional<CatalogEntry> IndicatorCatalog::match(const QString &name, const QString &unit) const
{
    const auto hit = findIn(normalizeName(name), 0, unit);
    if (!hit)
        return std::nullopt;
    return hit->entry;
}

std::optional<IndicatorCatalog::Occurrence> IndicatorCatalog::findIn(QStringView text, qsizetype from,
                                                                     const QString &unit) const
{
    const QString hay = normalizeName(text.mid(from));
    // normalizeName keeps length except for dropped spaces/quotes; positions are approximate in that case.
    // Where each alias first occurs, in one pass that tries only the aliases starting with each character.
    std::vector<qsizetype> firstAt(std::size_t(m_aliases.size()), -1);
    for (qsizetype p = 0; p < hay.size(); ++p) {
        const auto candidates = m_aliasesByFirstChar.constFind(hay.at(p).unicode());
        if (candidates == m_aliasesByFirstChar.constEnd())
            continue;
        for (int i : *candidates) {
            if (firstAt[std::size_t(i)] < 0 && QStringView(hay).sliced(p).startsWith(m_aliases[i].first))
                firstAt[std::size_t(i)] = p;
        }
    }
    std::optional<Occurrence> best;
    for (int i = 0; i < m_aliases.size(); ++i) {
        const auto &[alias, index] = m_aliases[i];
        if (best && alias.size() < best->length)
            break;
        const qsizetype at = firstAt[std::size_t(i)];
        if (at < 0)
            continue;
        const CatalogEntry &e = m_entries[index];
        if (best && best->length == alias.size()) {
            // Same length: prefer the entry whose unit matches.
            if (!unit.isEmpty() && e.unit == unit && best->entry.unit != unit)
                best = Occurrence { e, from + at, alias.size() };
            continue;
        }
        best = Occurrence { e, from + at, alias.size() };
        if (!unit.isEmpty() && e.unit != unit) {
            // A level written with a rate's alias (or the reverse): look for an entry sharing the alias, in
            // this unit or else in one of its kind (吨/万元 for 吨二氧化碳/万元, not %).
            const auto isShare = [](const QString &u) { return u == u"%"_s || u.endsWith(u"百分点"_s); };
            for (const auto &[alias2, index2] : m_aliases) {
                const QString &unit2 = m_entries[index2].unit;
                if (alias2 != alias)
                    continue;
                if (unit2 == unit) {
                    best->entry = m_entries[index2];
                    break;
                }
                if (isShare(unit2) == isShare(unit) && isShare(best->entry.unit) != isShare(unit))
                    best->entry = m_entries[index2];
            }
        }
    }
    return best;
}

} // namespace pw
