#include "indicatoridentity.h"

#include "plan.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pw {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("pw::Identity", text); }

bool isClauseEnd(QChar c)
{
    return QStringView(u"，,；;。！!？?：:\n").contains(c);
}

bool isSentenceEnd(QChar c)
{
    return QStringView(u"；;。！!？?\n").contains(c);
}

/** Parts of the territory, longest first so 市城区 wins over 城区. */
const QRegularExpression &territoryRegex()
{
    static const QRegularExpression re(u"(中心城区|主城区|市城区|建成区|老城区|城区|县城|市区)"_s);
    return re;
}

/** Parts of a stock (新建建筑, 农村住房): a scope only where the statement adds them to the indicator's name,
 *  since many indicator names carry them (城镇新建建筑中绿色建筑占比). */
const QRegularExpression &stockPartRegex()
{
    static const QRegularExpression re(u"(新建|既有|城镇|农村|乡村)"_s);
    return re;
}

/** Words that say where or how much, not what: stripped from the concept. */
const QRegularExpression &conceptNoiseRegex()
{
    static const QRegularExpression re(
        uR"([（(][A-Za-z0-9]{1,8}[）)]|^(?:全市|全区|全县|全省|全州|全域|我市|我区|我县)|中心城区|主城区|市城区|建成区|老城区|年均|年平均|新增|累计)"_s);
    return re;
}

/** Energy kinds a combined capacity adds up, each with its spellings. */
QStringList partsOf(QStringView text)
{
    static const std::pair<QString, QRegularExpression> kinds[] = {
        { u"风电"_s, QRegularExpression(u"风电|风力发电|风能"_s) }, { u"光伏"_s, QRegularExpression(u"光伏|太阳能"_s) },
        { u"水电"_s, QRegularExpression(u"水电|水力发电"_s) }, { u"生物质"_s, QRegularExpression(u"生物质"_s) },
        { u"核电"_s, QRegularExpression(u"核电"_s) }, { u"地热"_s, QRegularExpression(u"地热"_s) },
    };
    QStringList parts;
    for (const auto &[name, re] : kinds) {
        if (re.match(text).hasMatch())
            parts.append(name);
    }
    if (parts.size() < 2)
        return {};
    parts.sort();
    return parts;
}

Measure measureOf(QStringView hay, const QString &unit, int baseYear)
{
    const bool percent = unit == u"%"_s || unit == u"个百分点"_s;
    static const QRegularExpression annual(u"年均|年平均|每年"_s);
    static const QRegularExpression change(u"(下降|降低|减少|削减|压减|增长|提高|提升|增加)(?!到|至)"_s);
    static const QRegularExpression toLevel(u"(下降|降低|减少|增长|提高|提升|增加)(到|至)"_s);
    static const QRegularExpression stock(u"累计|总量|规模|装机容量|总装机"_s);
    if (annual.match(hay).hasMatch())
        return Measure::AnnualAverageChange;
    if (hay.contains(u"新增") && !percent)
        return Measure::Increment;
    if (percent && change.match(hay).hasMatch() && !toLevel.match(hay).hasMatch()
        && (baseYear != 0 || unit == u"个百分点"_s || hay.contains(u"下降") || hay.contains(u"降低")))
        return Measure::CumulativeChange;
    if (percent)
        return Measure::Share;
    if (stock.match(hay).hasMatch())
        return Measure::Stock;
    return Measure::Level;
}

} // namespace

QString statingClause(const Plan &plan, const Target &target)
{
    const QString &text = plan.sourceText;
    if (!target.span.isValid() || target.span.start >= text.size())
        return {};
    const qsizetype valueStart = qsizetype(target.span.start);
    const qsizetype end = std::min<qsizetype>(text.size(), valueStart + qsizetype(target.span.length));
    qsizetype start = valueStart;
    // Back to the clause start (bounded: a clause is short).
    while (start > 0 && valueStart - start < 120 && !isClauseEnd(text.at(start - 1)))
        --start;
    return text.mid(start, end - start).trimmed();
}

QString statingSentence(const Plan &plan, const Target &target)
{
    const QString &text = plan.sourceText;
    if (!target.span.isValid() || target.span.start >= text.size())
        return {};
    qsizetype start = qsizetype(target.span.start);
    qsizetype end = std::min<qsizetype>(text.size(), start + qsizetype(target.span.length));
    while (start > 0 && qsizetype(target.span.start) - start < 300 && !isSentenceEnd(text.at(start - 1)))
        --start;
    while (end < text.size() && end - qsizetype(target.span.start) < 400 && !isSentenceEnd(text.at(end)))
        ++end;
    if (end < text.size() && text.at(end) != u'\n')
        ++end;
    return text.mid(start, end - start).simplified();
}

IndicatorIdentity deriveIdentity(const Indicator &indicator, const Target &target, QStringView statement)
{
    IndicatorIdentity id;
    id.unit = normaliseUnit(indicator.unit);
    id.baseYear = target.baseYear;
    id.conceptName = indicator.name.normalized(QString::NormalizationForm_KC);
    id.conceptName.remove(conceptNoiseRegex());
    id.conceptName.remove(u' ');

    // The stating clause as far as its value, without the year phrases that date it.
    QString phrase = statement.toString();
    static const QRegularExpression dating(uR"((?:到|至|截至|在)?(?:19|20)\d\d年(?:底|末|前)?)"_s);
    phrase.remove(dating);
    const QString hay = phrase + u'|' + indicator.name;

    id.measure = target.measure != Measure::Unspecified ? target.measure : measureOf(hay, id.unit, target.baseYear);
    if (!target.scope.isEmpty()) {
        id.scope = target.scope;
    } else {
        const auto territory = territoryRegex().match(phrase);
        id.scope = territory.hasMatch() ? territory.captured(1) : territoryRegex().match(indicator.name).captured(1);
        auto parts = stockPartRegex().globalMatch(phrase);
        while (parts.hasNext()) {
            const QString part = parts.next().captured(1);
            if (!indicator.name.contains(part) && !id.scope.contains(part))
                id.scope += part;
        }
    }
    // A respective list (A和B分别…) names several indicators in one phrase: only the name tells the parts then.
    id.parts = !phrase.isEmpty() && !phrase.contains(u"分别") ? partsOf(phrase) : partsOf(indicator.name);
    if (id.parts.isEmpty() && !phrase.isEmpty())
        id.parts = partsOf(indicator.name);
    return id;
}

IndicatorIdentity deriveIdentity(const Plan &plan, const Indicator &indicator, const Target &target)
{
    return deriveIdentity(indicator, target, statingClause(plan, target));
}

bool sameMeasureKind(Measure a, Measure b)
{
    auto kind = [](Measure m) {
        switch (m) {
        case Measure::Unspecified:
        case Measure::Level:
        case Measure::Share:
        case Measure::Stock: return 0;
        case Measure::CumulativeChange: return 1;
        case Measure::AnnualAverageChange: return 2;
        case Measure::Increment: return 3;
        }
        return 0;
    };
    return kind(a) == kind(b);
}

QString measureName(Measure m)
{
    switch (m) {
    case Measure::Unspecified: return tr("unspecified");
    case Measure::Level: return tr("level");
    case Measure::Share: return tr("share");
    case Measure::CumulativeChange: return tr("cumulative change");
    case Measure::AnnualAverageChange: return tr("annual-average change");
    case Measure::Increment: return tr("increment (新增)");
    case Measure::Stock: return tr("stock (累计)");
    }
    return {};
}

bool identitiesCompare(const IndicatorIdentity &p, const IndicatorIdentity &c)
{
    return sameMeasureKind(p.measure, c.measure) && p.scope == c.scope && p.parts == c.parts;
}

QString identityMismatch(const IndicatorIdentity &p, const IndicatorIdentity &c)
{
    if (!sameMeasureKind(p.measure, c.measure))
        return tr("Different measures: the parent states a %1, the child a %2.")
            .arg(measureName(p.measure), measureName(c.measure));
    if (p.scope != c.scope) {
        const QString all = tr("the whole territory");
        return tr("Different scopes: the parent covers %1, the child %2.")
            .arg(p.scope.isEmpty() ? all : p.scope, c.scope.isEmpty() ? all : c.scope);
    }
    if (p.parts != c.parts) {
        const QString single = tr("a single kind");
        return tr("Different indicators: the parent counts %1, the child %2.")
            .arg(p.parts.isEmpty() ? single : p.parts.join(u"、"_s), c.parts.isEmpty() ? single : c.parts.join(u"、"_s));
    }
    return {};
}

QString normaliseUnit(const QString &unit)
{
    QString u = unit.normalized(QString::NormalizationForm_KC).trimmed();
    u.remove(u' ');
    if (u == u"百分比"_s || u == u"百分点"_s)
        return u"%"_s;
    static const std::pair<const char16_t *, const char16_t *> latin[] = {
        { u"kW", u"千瓦" }, { u"KW", u"千瓦" }, { u"MW", u"兆瓦" }, { u"MWp", u"兆瓦" }, { u"GW", u"吉瓦" },
        { u"万吨标煤", u"万吨标准煤" }, { u"吨标煤", u"吨标准煤" },
    };
    for (const auto &[from, to] : latin) {
        if (u == QStringView(from))
            return QString::fromUtf16(to);
    }
    return u;
}

double unitFactor(const QString &from, const QString &to)
{
    const QString a = normaliseUnit(from);
    const QString b = normaliseUnit(to);
    if (a == b)
        return 1.0;
    // Powers of ten of the usual units of one family.
    struct Scale { const char16_t *unit; int family; double value; };
    static const Scale scales[] = {
        { u"千瓦", 1, 1e3 }, { u"兆瓦", 1, 1e6 }, { u"万千瓦", 1, 1e7 }, { u"亿千瓦", 1, 1e11 }, { u"吉瓦", 1, 1e9 },
        { u"立方米", 2, 1 }, { u"万立方米", 2, 1e4 }, { u"亿立方米", 2, 1e8 },
        { u"吨标准煤", 3, 1 }, { u"万吨标准煤", 3, 1e4 }, { u"亿吨标准煤", 3, 1e8 },
        { u"平方米", 4, 1 }, { u"万平方米", 4, 1e4 },
        { u"元", 5, 1 }, { u"万元", 5, 1e4 }, { u"亿元", 5, 1e8 },
        { u"吨", 6, 1 }, { u"万吨", 6, 1e4 }, { u"亿吨", 6, 1e8 },
        { u"千瓦时", 7, 1 }, { u"万千瓦时", 7, 1e4 }, { u"亿千瓦时", 7, 1e8 },
    };
    const Scale *sa = nullptr;
    const Scale *sb = nullptr;
    for (const Scale &s : scales) {
        if (a == QStringView(s.unit))
            sa = &s;
        if (b == QStringView(s.unit))
            sb = &s;
    }
    if (!sa || !sb || sa->family != sb->family)
        return 0.0;
    return sa->value / sb->value;
}

bool isAdditiveUnit(const QString &unit)
{
    const QString u = normaliseUnit(unit);
    return !u.isEmpty() && !u.contains(u'%') && !u.contains(u'‰') && !u.contains(u'/') && !u.contains(u'每')
        && !u.contains(u'率') && !u.contains(u"倍"_s) && !u.contains(u"元"_s);
}

} // namespace pw
