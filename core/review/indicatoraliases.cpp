#include "indicatoraliases.h"

#include "import/indicatorcatalog.h"

#include <QStringList>

#include <array>

using namespace Qt::StringLiterals;

namespace pw::review {
namespace {

struct Entry
{
    const char16_t *canonical;
    bool headline;
    std::array<const char16_t *, 8> aliases; ///< normalised spellings (see key()), nullptr-terminated
};

// Aliases from domain-notes §4.1/§4.2, in the normalised spelling of key().
const Entry kCatalog[] = {
    { u"单位地区生产总值能耗下降率", true,
      { u"单位地区生产总值能耗下降", u"单位gdp能耗下降", u"单位生产总值能耗下降", u"单位地区生产总值能源消耗下降",
        u"单位生产总值能源消耗下降", u"能耗强度下降", u"能耗强度", u"单位gdp能耗" } },
    { u"单位地区生产总值二氧化碳排放下降率", true,
      { u"单位地区生产总值二氧化碳排放下降", u"单位gdp二氧化碳排放下降", u"单位生产总值二氧化碳排放下降",
        u"碳排放强度下降", u"碳排放强度", u"碳强度下降", u"碳强度", u"单位gdp二氧化碳排放" } },
    { u"非化石能源消费比重", true,
      { u"非化石能源占能源消费总量比重", u"非化石能源占一次能源消费比重", u"非化石能源占一次能源消费的比重",
        u"非化石能源消费占比", u"非化石能源占比", u"非化石能源比重", nullptr } },
    { u"能源消费总量", true, { u"能源消费总量控制", u"能源消费总量得到合理控制", nullptr } },
    { u"森林覆盖率", true, { u"林木绿化率", u"森林覆盖", nullptr } },
    { u"森林蓄积量", true, { u"森林蓄积", u"活立木蓄积量", nullptr } },
    { u"风电光伏发电总装机容量", false,
      { u"风电光伏发电装机容量", u"风电太阳能发电总装机容量", u"风电光伏装机", u"风光装机", u"新能源发电装机",
        u"风电集中式光伏装机", u"风电集中式光伏发电装机规模", nullptr } },
    { u"新型储能装机容量", false, { u"新型储能装机", u"储能装机", nullptr } },
    { u"服务业增加值比重", false, { u"服务业增加值占比", u"服务业增加值占地区生产总值比重", nullptr } },
    { u"城镇新建建筑中绿色建筑占比", false,
      { u"绿色建筑占新建建筑比例", u"城镇新建建筑绿色建筑占比", u"新建建筑中绿色建筑比例", u"绿色建筑占比", nullptr } },
    { u"绿色出行比例", false, { u"绿色出行比重", u"公共交通出行分担率", nullptr } },
    { u"规上单位工业增加值能耗下降率", false,
      { u"规模以上单位工业增加值能耗下降", u"规上工业增加值能耗下降", u"单位工业增加值能耗下降", nullptr } },
    { u"生活垃圾资源化利用比例", false, { u"生活垃圾资源化利用率", nullptr } },
    { u"大宗固废综合利用率", false, { u"大宗固体废物综合利用率", nullptr } },
};

/** Spelling-insensitive key: NFKC, lower case, no spaces/punctuation, 的/和 and trailing 率/目标 kept apart. */
QString key(const QString &name)
{
    const QString nfkc = name.normalized(QString::NormalizationForm_KC).toLower();
    QString out;
    for (const QChar c : nfkc) {
        if (c.isLetterOrNumber() && c != u'、')
            out += c;
    }
    out.replace(u"比2020年"_s, QString()).replace(u"比2005年"_s, QString()).replace(u"比2015年"_s, QString());
    return out;
}

} // namespace

CanonicalIndicator canonicalIndicator(const QString &name, const IndicatorAliases &aliases)
{
    // The importer names indicators after the shared catalogue: an exact name or alias match there wins.
    // Headline per domain-notes §4.1 also where the catalogue does not flag it (能源消费总量).
    const auto headline = [](const CatalogEntry &e) {
        for (const Entry &local : kCatalog) {
            if (local.headline && key(QString::fromUtf16(local.canonical)) == key(e.name))
                return true;
        }
        return e.headline;
    };
    const QString normalized = IndicatorCatalog::normalizeName(name);
    for (const CatalogEntry &e : IndicatorCatalog::builtin().entries()) {
        if (IndicatorCatalog::normalizeName(e.name) == normalized)
            return { e.name, true, headline(e) };
        for (const QString &alias : e.aliases) {
            if (IndicatorCatalog::normalizeName(alias) == normalized)
                return { e.name, true, headline(e) };
        }
    }
    if (const auto user = aliases.constFind(normalized); user != aliases.cend())
        return { *user, true, false };
    const QString k = key(name);
    for (const Entry &e : kCatalog) {
        const QString canonical = QString::fromUtf16(e.canonical);
        if (k == key(canonical))
            return { canonical, true, e.headline };
        for (const char16_t *alias : e.aliases) {
            if (alias && (k == QStringView(alias) || (k.endsWith(u'率') && k.chopped(1) == QStringView(alias))))
                return { canonical, true, e.headline };
        }
    }
    // "…下降率" and "…下降" name the same indicator.
    for (const Entry &e : kCatalog) {
        const QString canonical = QString::fromUtf16(e.canonical);
        if (k.endsWith(u'率') && k.chopped(1) == key(canonical))
            return { canonical, true, e.headline };
        if (k + u'率' == key(canonical))
            return { canonical, true, e.headline };
    }
    return { k, false, false };
}

} // namespace pw::review
