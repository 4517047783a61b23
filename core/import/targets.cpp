#include "targets.h"

#include "chinesetext.h"
#include "indicatorcatalog.h"
#include "targetphrases.h"
#include "qualitativetargets.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pw::import {
namespace {

const QString &unitPattern()
{
    static const QString p = u"千克标准煤/万元|克标准煤/千瓦时|克/千瓦时|万千伏安|千伏安|万公顷|公顷|亿吨|吨二氧化碳/万元|吨标准煤/万元|吨标煤/万元|吨/万元|万吨标准煤|万吨标煤|吨标准煤|微克/立方米|"
                             u"万台\\(套\\)|万台（套）|万台|"
                             u"亿立方米|万立方米|立方米|万平方米|平方米|亿千瓦时|万千瓦时|千瓦时|亿千瓦|万千瓦|千瓦|兆瓦|"
                             u"MWp|MW|GW|万吨|万亩|亿元|万元|万人次|万辆|万户|万套|万个|万人|个百分点|百分点|%|吨|亩|家|"
                             u"个|座|套|条|辆|台|所|处|项|公里|千米|人次|户|倍"_s;
    return p;
}

const QString &verbPattern()
{
    static const QString p = u"达到|提高至|提高到|提升至|提升到|增加到|增至|增长|提高|提升|稳定在|保持在|控制在|控制|下降到|"
                             u"下降至|下降|降低到|降低至|降低|降至|减少|超过|突破|不低于|不少于|不高于|不超过|低于|高于|"
                             u"大于|小于|新增|累计建成|建成|新建|建设|培育|创建|打造|形成|推广|实现|完成|安装|开展|占比|达|"
                             u"≥|≤|>|<"_s;
    return p;
}

const QRegularExpression &verbRegex()
{
    static const QRegularExpression re(verbPattern());
    return re;
}

const QRegularExpression &valueRegex()
{
    static const QRegularExpression re(u"("_s + verbPattern()
                                       + u")([^0-9，。；;,]{0,30}?)(\\d+(?:\\.\\d+)?)\\s*("_s + unitPattern()
                                       + u")(左右|及以上|以上|以内|以下)?"_s);
    return re;
}

const QRegularExpression &listValueRegex()
{
    // Further items of a list after the first value: "、省级美丽河湖20条、水美乡镇20个", "2个省级示范村、3个市级示范村",
    // "分别达到6%和6.2%".
    static const QRegularExpression re(u"^(?:[（(][^）)]{0,4}[）)])?[^0-9，。；;,、和及]{0,16}?[、和及]([^0-9，。；;,、]{0,14}?)(\\d+(?:\\.\\d+)?)\\s*("_s
                                       + unitPattern() + u")(左右|及以上|以上|以内|以下)?"_s);
    return re;
}

const QRegularExpression &measureRegex()
{
    // A measure noun directly followed by its value: "接待旅游总人数8000万人次", "再生水利用量5000万吨".
    static const QRegularExpression re(u"(人数|总数|数量|总量|利用量|产量|面积|规模|产值|容量|能力|比例|比重|占比|覆盖率|利用率|"
                                       u"率)(\\d+(?:\\.\\d+)?)\\s*("_s
                                       + unitPattern() + u")(左右|及以上|以上|以内|以下)?"_s);
    return re;
}

const QRegularExpression &bareClauseRegex()
{
    // A whole clause that is only "name value unit": "水生态修复200万平方米", "开展废弃矿山修复33座".
    static const QRegularExpression re(u"^([^0-9，。；;,]{2,24}?)(\\d+(?:\\.\\d+)?)\\s*("_s + unitPattern()
                                       + u")(左右|及以上|以上|以内|以下)?(?:[（(][^）)]{0,16}[）)])?$"_s);
    return re;
}

const QRegularExpression &contextYearRegex()
{
    static const QRegularExpression re(uR"((比|较|与)?(?:[“"]?)(19\d\d|20\d\d)年(?!\d|月|度|以来|相比|水平|基础))"_s);
    return re;
}

const QRegularExpression &planPeriodRegex()
{
    static const QRegularExpression re(uR"([“"]?(十三五|十四五|十五五|十六五)[”"]?(?:期间|末|时期|中后期|规划期))"_s);
    return re;
}

const QRegularExpression &allocationRegex()
{
    static const QRegularExpression re(
        uR"((?:完成(?:(?:国家|上级|(?:[省市县区](?:级|上|里|定)?[、和及]?){1,3})?(?:下达|确定|分解)?|[\x{4e00}-\x{9fff}]{1,6}?(?:下达|分解))|达到(?:国家|上级|(?:[省市县区](?:级|上|里|定)?[、和及]?){1,3})?(?:下达|确定|分解))的?(?:目标|任务|指标)(?:任务)?)"_s);
    return re;
}

const QRegularExpression &shareFirstRegex()
{
    // A share stated before what it counts: "城区50%新建建筑达到绿色建筑标准", "80%以上的行政村实现…".
    static const QRegularExpression re(
        u"(\\d+(?:\\.\\d+)?)\\s*%(以上|左右)?的?([^0-9，。；;,%]{2,20}?)(达到|实现|完成|执行|具备|建成|通过)([^0-9，。；;,]{0,20})"_s);
    return re;
}

/** "能耗和二氧化碳排放分别下降14%和18%": one name per value of a respective list, or nothing when the
 *  subject does not name as many indicators as there are values. */
QStringList respectiveNames(const QString &subject, qsizetype values)
{
    static const QRegularExpression separator(uR"([和及与、])"_s);
    QStringList parts = subject.split(separator, Qt::SkipEmptyParts);
    if (parts.size() != values)
        return {};
    // A shared per-unit base leads the first name; a shared measure ends the last: "风电、光伏发电装机容量".
    const QString base = perUnitBase().match(parts.first()).captured(0);
    static const QRegularExpression measure(
        uR"((?:装机容量|装机规模|装机|发电量|覆盖率|蓄积量|保有量|利用率|普及率|占比|比重|比例|面积|数量|产量|产值|规模|总量|容量)$)"_s);
    const QString head = measure.match(parts.last()).captured(0);
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (i > 0 && !parts[i].startsWith(base))
            parts[i].prepend(base);
        if (i + 1 < parts.size() && !head.isEmpty() && !measure.match(parts[i]).hasMatch())
            parts[i].append(head);
    }
    return parts;
}

int periodYear(const QString &p)
{
    if (p == u"十三五"_s)
        return 2020;
    if (p == u"十四五"_s)
        return 2025;
    if (p == u"十五五"_s)
        return 2030;
    if (p == u"十六五"_s)
        return 2035;
    return 0;
}

Comparator comparatorFor(const QString &verb, const QString &qualifier)
{
    if (qualifier == u"左右"_s)
        return Comparator::Approx;
    if (qualifier == u"以上"_s || qualifier == u"及以上"_s)
        return Comparator::AtLeast;
    if (qualifier == u"以内"_s || qualifier == u"以下"_s)
        return Comparator::AtMost;
    if (verb == u"不低于"_s || verb == u"不少于"_s || verb == u"≥"_s)
        return Comparator::AtLeast;
    if (verb == u"超过"_s || verb == u"突破"_s || verb == u"大于"_s || verb == u"高于"_s || verb == u">"_s)
        return Comparator::Greater;
    if (verb == u"不高于"_s || verb == u"不超过"_s || verb == u"≤"_s || verb == u"控制在"_s || verb == u"控制"_s)
        return Comparator::AtMost;
    if (verb == u"低于"_s || verb == u"小于"_s || verb == u"<"_s)
        return Comparator::Less;
    if (verb.startsWith(u"下降"_s) || verb.startsWith(u"降低"_s) || verb == u"降至"_s || verb == u"减少"_s)
        return verb.endsWith(u'到') || verb.endsWith(u'至') ? Comparator::Equal : Comparator::AtLeast;
    return Comparator::Equal;
}

Direction directionFor(const QString &verb)
{
    if (verb.startsWith(u"下降"_s) || verb.startsWith(u"降低"_s) || verb == u"降至"_s || verb == u"减少"_s)
        return Direction::Decrease;
    if (verb.startsWith(u"提高"_s) || verb.startsWith(u"提升"_s) || verb.startsWith(u"增"_s) || verb == u"新增"_s)
        return Direction::Increase;
    return Direction::Neutral;
}

struct Clause
{
    qsizetype start;
    qsizetype end;
    bool sentenceStart; ///< first clause of a sentence
};

QList<Clause> clauses(const QString &s)
{
    QList<Clause> out;
    qsizetype start = 0;
    bool sentenceStart = true;
    int depth = 0;
    for (qsizetype i = 0; i <= s.size(); ++i) {
        const QChar c = i < s.size() ? s.at(i) : QChar(u'。');
        if (c == u'（' || c == u'(')
            ++depth;
        else if ((c == u'）' || c == u')') && depth > 0)
            --depth;
        const bool end = c == u'。' || c == u'；' || c == u';' || c == u'！';
        if ((depth == 0 && (c == u'，' || c == u',' || c == u'：')) || end || i == s.size()) {
            if (i > start)
                out.append({ start, i, sentenceStart });
            sentenceStart = end;
            start = i + 1;
        }
    }
    return out;
}

/** A table cell's value with the bound its words or signs state: "≥50", "不低于17", "61.95以上", "33.5左右". */
std::optional<double> tableCellValue(const QString &cell, Comparator *comparator)
{
    static const struct
    {
        QStringView word;
        bool prefix;
        Comparator comparator;
    } kBounds[] = {
        { u"不低于", true, Comparator::AtLeast }, { u"不少于", true, Comparator::AtLeast },
        { u"不高于", true, Comparator::AtMost }, { u"不超过", true, Comparator::AtMost },
        { u"≥", true, Comparator::AtLeast }, { u">=", true, Comparator::AtLeast },
        { u"≤", true, Comparator::AtMost }, { u"<=", true, Comparator::AtMost }, { u"高于", true, Comparator::Greater },
        { u"低于", true, Comparator::Less }, { u">", true, Comparator::Greater }, { u"<", true, Comparator::Less },
        { u"以上", false, Comparator::AtLeast }, { u"以下", false, Comparator::AtMost },
        { u"以内", false, Comparator::AtMost }, { u"左右", false, Comparator::Approx },
    };
    QStringView number(cell);
    *comparator = Comparator::Equal;
    for (const auto &b : kBounds) {
        if (b.prefix ? number.startsWith(b.word) : number.endsWith(b.word)) {
            number = b.prefix ? number.mid(b.word.size()) : number.chopped(b.word.size());
            *comparator = b.comparator;
            break;
        }
    }
    return parseNumber(number);
}

} // namespace

std::optional<double> parseNumber(QStringView raw)
{
    QString s = foldWidth(raw.toString()).trimmed();
    s.remove(u',');
    while (!s.isEmpty() && QStringView(u"≥≤><=约").contains(s.front()))
        s.remove(0, 1);
    if (s.endsWith(u'%'))
        s.chop(1);
    bool ok = false;
    const double v = s.toDouble(&ok);
    if (!ok)
        return std::nullopt;
    return v;
}

QList<ExtractedTarget> extractTargets(QStringView paragraph, int contextYear)
{
    const QString s = foldChineseYears(toSimplified(foldWidth(paragraph)));
    QList<ExtractedTarget> out;
    const IndicatorCatalog &catalog = IndicatorCatalog::builtin();
    // A year opening a sentence ("到2025年，…") frames the following sentences of the paragraph; a year met
    // later in a sentence only dates the rest of that sentence.
    int paragraphYear = contextYear;
    int year = contextYear;
    Dating dating = Dating::Goal, paragraphDating = Dating::Goal;
    Commitment sentenceCommitment = Commitment::None;
    int lastSentenceTarget = -1;
    QStringView lastSentencePhrase; ///< the words before the number of the sentence's last verb-led target
    bool afterLeadIn = false;
    QList<int> listedYears; ///< "到2025年和2030年，…分别…": the years of the sentence, in order
    // 力争 (strive) holds for the rest of the sentence; so does 确保 (ensure) leading it ("确保到2025年，…"), unless
    // 力争 came first, but 确保 in a clause stating its own target ("能耗确保完成国家下达目标") is that target's.
    auto noteCommitment = [&sentenceCommitment](QStringView clause, bool statesTarget) {
        if (clause.contains(u"力争"))
            sentenceCommitment = Commitment::Strive;
        else if (clause.contains(u"确保") && !statesTarget && sentenceCommitment == Commitment::None)
            sentenceCommitment = Commitment::Ensure;
    };
    auto allocates = [](QStringView clause) { return clause.contains(u"完成") || clause.contains(u"下达"); };

    for (const Clause &cl : clauses(s)) {
        const QStringView clause = QStringView(s).mid(cl.start, cl.end - cl.start);
        // Does this clause open the sentence's content (after at most a reporting lead-in)?
        const bool opensSentence = cl.sentenceStart || afterLeadIn;
        afterLeadIn = opensSentence && isReportingLeadIn(clause);
        if (cl.sentenceStart) {
            sentenceCommitment = Commitment::None;
            lastSentenceTarget = -1;
            lastSentencePhrase = {};
            year = paragraphYear;
            dating = paragraphDating;
            listedYears.clear();
        }
        // Most clauses carry no number at all: only plan periods and allocations can matter there.
        bool hasDigit = false;
        for (QChar c : clause) {
            if (c.unicode() >= u'0' && c.unicode() <= u'9') {
                hasDigit = true;
                break;
            }
        }
        if (!hasDigit) {
            if (clause.contains(u"五")) {
                if (const auto p = planPeriodRegex().match(clause); p.hasMatch()) {
                    year = periodYear(p.captured(1));
                    dating = Dating::Goal;
                    if (cl.sentenceStart || (opensSentence && isTimeFrame(clause))) {
                        paragraphYear = year;
                        paragraphDating = dating;
                    }
                }
            }
            noteCommitment(clause, allocates(clause));
            if (!allocates(clause))
                continue;
        }
        int baseYear = 0;
        // Year context and base years, in order of appearance.
        qsizetype firstValuePos = clause.size();
        const auto firstValue = valueRegex().match(clause);
        if (firstValue.hasMatch())
            firstValuePos = firstValue.capturedStart();
        QList<int> clauseYears;
        // A match iterator, even an empty one, costs allocations: iterate only where a year can match.
        if (clause.contains(u'年')) {
            for (auto years = contextYearRegex().globalMatch(clause); years.hasNext();) {
                const auto m = years.next();
                const int y = m.captured(2).toInt();
                if (!m.captured(1).isEmpty()) {
                    baseYear = y;
                } else if (m.capturedStart() <= firstValuePos) {
                    year = y;
                    dating = datingBefore(clause, m.capturedStart(2));
                    clauseYears.append(y);
                }
            }
        }
        if (!clauseYears.isEmpty())
            listedYears = clauseYears;
        if (clause.contains(u'五')) {
            const auto p = planPeriodRegex().match(clause);
            if (p.hasMatch() && p.capturedStart() <= firstValuePos) {
                year = periodYear(p.captured(1));
                dating = Dating::Goal;
            }
        }
        if (cl.sentenceStart || (opensSentence && isTimeFrame(clause))) {
            paragraphYear = year;
            paragraphDating = dating;
        }
        noteCommitment(clause, firstValue.hasMatch() || allocates(clause));

        // Catalogue lookups are the costly part: only clauses with a value or an allocation need one.
        const bool strivePrefix = firstValue.hasMatch() && clause.contains(u"力争")
            && subjectBefore(clause.left(firstValuePos)).isEmpty();

        if (!firstValue.hasMatch()) {
            // Values without a verb: after a measure noun, or a clause that is only "name value unit" in a
            // dated sentence.
            auto measure = measureRegex().match(clause);
            if (!measure.hasMatch() && year > 0)
                measure = bareClauseRegex().match(clause);
            if (measure.hasMatch()) {
                const bool bare = measure.regularExpression() == bareClauseRegex();
                ExtractedTarget t;
                t.value = measure.captured(2).toDouble();
                t.unit = measure.captured(3);
                t.comparator = comparatorFor(QString(), measure.captured(4));
                t.year = year;
                t.baseYear = baseYear;
                t.commitment = sentenceCommitment;
                const QStringView before = clause.left(measure.capturedStart(2));
                t.statement = statementKind(before, t.unit, dating);
                if (const auto local = catalogEntryIn(before, t.unit)) {
                    t.indicatorName = local->entry.name;
                    t.catalogKey = local->entry.key;
                    t.direction = local->entry.direction;
                } else {
                    t.indicatorName = subjectBefore(bare ? measure.captured(1) : before.toString());
                }
                t.start = cl.start + measure.capturedStart();
                t.end = cl.start + measure.capturedEnd();
                out.append(t);
                lastSentenceTarget = int(out.size()) - 1;
                continue;
            }
            if (const auto share = shareFirstRegex().match(clause); share.hasMatch()) {
                ExtractedTarget t;
                t.value = share.captured(1).toDouble();
                t.unit = u"%"_s;
                t.comparator = comparatorFor(QString(), share.captured(2));
                t.year = year;
                t.baseYear = baseYear;
                t.commitment = sentenceCommitment;
                t.indicatorName = subjectBefore(clause.left(share.capturedStart())) + share.captured(3)
                    + share.captured(4) + share.captured(5) + u"比例"_s;
                t.start = cl.start + share.capturedStart();
                t.end = cl.start + share.capturedEnd();
                out.append(t);
                lastSentenceTarget = int(out.size()) - 1;
                continue;
            }
            const auto alloc = allocationRegex().match(clause);
            const QList<CatalogEntry> allocated =
                alloc.hasMatch() ? allocatedIndicators(clause, catalog) : QList<CatalogEntry> {};
            for (const CatalogEntry &entry : std::as_const(allocated)) {
                ExtractedTarget t;
                t.indicatorName = entry.name;
                t.catalogKey = entry.key;
                t.unit = entry.unit;
                t.direction = entry.direction;
                t.year = year;
                t.baseYear = baseYear;
                t.allocation = alloc.captured(0);
                t.commitment = clause.contains(u"确保") ? Commitment::Ensure : sentenceCommitment;
                t.start = cl.start;
                t.end = cl.end;
                out.append(t);
                lastSentenceTarget = int(out.size()) - 1;
            }
            continue;
        }

        // "下降14.5%，力争达到15%": a stretch value for the previous target of the sentence.
        if (strivePrefix && lastSentenceTarget >= 0 && !catalog.findIn(clause)) {
            ExtractedTarget &prev = out[lastSentenceTarget];
            if (prev.unit == firstValue.captured(4) && !prev.stretch) {
                prev.stretch = firstValue.captured(3).toDouble();
                prev.end = cl.end;
                continue;
            }
        }

        // One verb-led value per clause; further values of a list follow it.
        const QRegularExpressionMatch &m = firstValue;
        // "公共领域新增或更新车辆中新能源汽车比例不低于80%": the verb nearest the number governs it.
        QString verb = m.captured(1);
        qsizetype verbStart = m.capturedStart(1), verbEnd = m.capturedEnd(1);
        const qsizetype fillerStart = verbEnd;
        if (m.capturedLength(2) > 0) {
            for (auto laterVerbs = verbRegex().globalMatch(m.capturedView(2)); laterVerbs.hasNext();) {
                const auto later = laterVerbs.next();
                verb = later.captured(0);
                verbStart = fillerStart + later.capturedStart();
                verbEnd = fillerStart + later.capturedEnd();
            }
        }
        const QString previousName =
            lastSentenceTarget >= 0 ? out[lastSentenceTarget].indicatorName : QString();
        ExtractedTarget t;
        t.unit = m.captured(4) == u"百分点"_s ? u"个百分点"_s : m.captured(4);
        t.value = m.captured(3).toDouble();
        t.comparator = comparatorFor(verb, m.captured(5));
        t.direction = directionFor(verb);
        t.year = year;
        t.baseYear = baseYear;
        t.commitment = clause.left(verbStart).contains(u"确保") ? Commitment::Ensure : sentenceCommitment;
        const QStringView before = clause.left(verbStart);
        // The indicator may run into the verb ("风电新增装机容量35万千瓦"): look up to the number.
        const QStringView phrase = clause.left(m.capturedStart(3));
        t.statement = statementKind(phrase, t.unit, dating);
        const auto local = catalogEntryIn(phrase, t.unit);
        if (local) {
            t.indicatorName = local->entry.name;
            t.catalogKey = local->entry.key;
            if (t.direction == Direction::Neutral)
                t.direction = local->entry.direction;
        } else {
            QString subject = subjectBefore(before);
            const QStringView filler = clause.mid(verbEnd, m.capturedStart(3) - verbEnd);
            if (subject.isEmpty() && !filler.trimmed().isEmpty())
                subject = subjectBefore(filler);
            if (subject.isEmpty()) {
                // "形成20个以上典型案例": the object after the value names what is counted.
                subject = subjectBefore(clause.mid(m.capturedEnd()).left(20));
            }
            t.indicatorName = subject.isEmpty() ? previousName : subject;
            // "单位GDP二氧化碳排放降低18%，降低到1.235吨/万元": the same subject in a unit of the other kind
            // (an amount after a share) is the level, not the rate.
            if (subject.isEmpty() && lastSentenceTarget >= 0
                && isShare(out[lastSentenceTarget].unit) != isShare(t.unit)) {
                if (const auto level = catalogEntryIn(lastSentencePhrase, t.unit)) {
                    t.indicatorName = level->entry.name;
                    t.catalogKey = level->entry.key;
                }
            }
        }
        lastSentencePhrase = phrase;
        t.start = cl.start + m.capturedStart();
        t.end = cl.start + m.capturedEnd();
        QList<ExtractedTarget> values { t };

        // Further list items after this value: their own names, or those of a respective list (分别).
        for (qsizetype pos = m.capturedEnd(); pos < clause.size();) {
            const auto li = listValueRegex().match(clause.mid(pos));
            if (!li.hasMatch())
                break;
            ExtractedTarget u = t;
            if (const QString name = subjectBefore(li.captured(1)); !name.isEmpty()) {
                u.indicatorName = name;
                u.catalogKey.clear();
                if (const auto e = catalog.match(name, li.captured(3)))
                    u.catalogKey = e->key;
            }
            u.value = li.captured(2).toDouble();
            u.unit = li.captured(3);
            u.comparator = comparatorFor(verb, li.captured(4));
            u.start = cl.start + pos;
            u.end = cl.start + pos + li.capturedEnd();
            values.append(u);
            pos += li.capturedEnd();
        }
        if (values.size() > 1 && clause.contains(u"分别")) {
            const QStringList names = respectiveNames(subjectBefore(before), values.size());
            for (qsizetype k = 0; k < values.size(); ++k) {
                if (listedYears.size() == values.size())
                    values[k].year = listedYears[k];
                if (names.isEmpty())
                    continue;
                const auto e = catalog.match(names[k], values[k].unit);
                values[k].indicatorName = e ? e->name : names[k];
                values[k].catalogKey = e ? e->key : QString();
                if (e && directionFor(verb) == Direction::Neutral)
                    values[k].direction = e->direction;
            }
        }
        out += values;
        lastSentenceTarget = int(out.size()) - 1;
    }
    out += extractDirectionTargets(s, contextYear, out);
    return out;
}

TableTargets extractTableTargets(const QString &text, const ParsedTable &table)
{
    TableTargets result;
    if (table.rows.size() < 2)
        return result;
    static const QRegularExpression yearCell(uR"(^((?:19|20)\d\d)\s*年?)"_s);
    static const QRegularExpression unitInName(uR"([（(]([^（）()]{1,16})[）)]$)"_s);

    // Header: which columns hold the name, the unit and the years. A header of two rows ("指标值" over
    // "2020年 2025年", merged cells lost in the text) becomes one: the years take the group's place.
    QList<Paragraph> header = table.rows.first();
    qsizetype firstRow = 1;
    auto isYear = [&](const Paragraph &cell) {
        return yearCell.match(toSimplified(cell.text(text).toString()).trimmed()).hasMatch();
    };
    const QList<Paragraph> &second = table.rows.value(1);
    if (table.rows.size() > 2 && std::none_of(header.cbegin(), header.cend(), isYear)
        && std::all_of(second.cbegin(), second.cend(), isYear)) {
        const auto group = std::find_if(header.begin(), header.end(), [&](const Paragraph &cell) {
            const QString h = toSimplified(cell.text(text).toString());
            return h.contains(u"指标值"_s) || h.contains(u"目标值"_s) || h.contains(u"规划值"_s) || h == u"目标"_s;
        });
        if (group != header.end()) {
            const qsizetype at = group - header.begin();
            header.removeAt(at);
            for (qsizetype k = second.size() - 1; k >= 0; --k)
                header.insert(at, second.at(k));
            firstRow = 2;
        }
    }
    int nameColumn = -1;
    QList<int> leafColumns; // header columns after the name, in order, that hold values
    QList<int> years;       // year per leaf column (0 for non-year columns such as 变化率)
    for (int i = 0; i < header.size(); ++i) {
        const QString h = toSimplified(header[i].text(text).toString());
        const auto ym = yearCell.match(h);
        if (ym.hasMatch()) {
            leafColumns.append(i);
            years.append(ym.captured(1).toInt());
        } else if (nameColumn < 0 && (h.contains(u"名称"_s) || h == u"指标"_s || h.startsWith(u"指标名"_s))) {
            nameColumn = i;
        } else if (h == u"单位"_s || h.startsWith(u"单位"_s) || h.startsWith(u"计量单位"_s)) {
            leafColumns.append(i);
            years.append(-1);
        } else if (h.contains(u"序号"_s) || ((h.contains(u"指标值"_s) || h.contains(u"目标值"_s)) && !ym.hasMatch())) {
            continue; // sequence column or a group header spanning the year columns
        } else if (nameColumn >= 0) {
            leafColumns.append(i);
            years.append(0);
        }
    }
    int targetYear = 0, baseYear = 0;
    for (int y : std::as_const(years)) {
        if (y > 0) {
            if (baseYear == 0 || y < baseYear)
                baseYear = y;
            targetYear = std::max(targetYear, y);
        }
    }
    if (targetYear == 0)
        return result;
    if (baseYear == targetYear)
        baseYear = 0;

    for (qsizetype r = firstRow; r < table.rows.size(); ++r) {
        const QList<Paragraph> &row = table.rows[r];
        // Rows printed one cell per line start with their sequence number; tab rows follow the header.
        int first = 0;
        if (!row.isEmpty() && parseNumber(row.first().text(text)) && row.size() > 1
            && !parseNumber(row.at(1).text(text)))
            first = 1;
        if (row.size() <= first)
            continue;
        const QString name = row.at(first).text(text).toString();
        QString unit;
        const auto um = unitInName.match(name);
        QString cleanName = name;
        if (um.hasMatch()) {
            unit = um.captured(1);
            cleanName = name.left(um.capturedStart());
        }
        ExtractedTarget t;
        t.indicatorName = cleanName;
        t.year = targetYear;
        t.baseYear = baseYear;
        t.start = row.first().start;
        t.end = row.last().end;
        bool unread = false;
        for (int k = 0; k < leafColumns.size(); ++k) {
            const int cellIndex = first + 1 + k;
            if (cellIndex >= row.size())
                break;
            const QString cell = foldWidth(row.at(cellIndex).text(text).toString()).trimmed();
            if (years[k] == -1) {
                unit = cell;
                continue;
            }
            if (years[k] == 0)
                continue; // change rate and notes
            Comparator comparator = Comparator::Equal;
            const auto v = tableCellValue(cell, &comparator);
            if (!v) {
                if (years[k] == targetYear)
                    unread = true;
                continue;
            }
            if (years[k] == targetYear) {
                t.value = v;
                t.comparator = comparator;
            } else if (years[k] == baseYear) {
                t.baseValue = v;
            }
        }
        t.unit = unit;
        if (const auto e = IndicatorCatalog::builtin().match(cleanName, t.unit)) {
            t.catalogKey = e->key;
            t.direction = e->direction;
        }
        if (unread || !t.value) {
            result.unreadRows.append({ t.start, t.end });
            continue;
        }
        // Cells beyond the header's columns (notes such as "峰值年:2025") are reported, not guessed.
        if (row.size() > first + 1 + leafColumns.size())
            result.unreadRows.append({ row.at(first + 1 + leafColumns.size()).start, row.last().end });
        result.targets.append(t);
    }
    return result;
}

} // namespace pw::import
