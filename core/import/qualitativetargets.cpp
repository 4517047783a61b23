#include "qualitativetargets.h"

#include "indicatorcatalog.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace pw::import {
namespace {

/** A direction with its optional adverb, ending the clause: 进一步下降, 持续提高, 稳中有降. */
const QRegularExpression &directionRegex()
{
    static const QRegularExpression re(
        uR"(((?:进一步|持续|稳步|逐步|明显|显著|大幅|较大幅度|有效|不断)?(?:下降|降低|减少|提高|提升|增长|增加)|稳中有降|只增不减|不降低|有所下降|有所提高)(?:[^，,；;。]{0,4})$)"_s);
    return re;
}

/** "到2030年", "2025年前" (a dated goal) but not "比2020年" (a base year). */
const QRegularExpression &yearRegex()
{
    static const QRegularExpression re(uR"((比|较|与)?((?:19|20)\d\d)年(?!\d|月|度|以来|相比|水平|基础))"_s);
    return re;
}

const QRegularExpression &periodRegex()
{
    static const QRegularExpression re(uR"([“"]?(十四五|十五五|十六五)[”"]?(?:期间|末|时期))"_s);
    return re;
}

int periodYear(QStringView p)
{
    return p == u"十四五" ? 2025 : p == u"十五五" ? 2030 : p == u"十六五" ? 2035 : 0;
}

bool isDecrease(QStringView direction)
{
    return direction.contains(u"降") || direction.contains(u"减");
}

} // namespace

QList<ExtractedTarget> extractDirectionTargets(QStringView s, int contextYear, const QList<ExtractedTarget> &found)
{
    QList<ExtractedTarget> out;
    const IndicatorCatalog &catalog = IndicatorCatalog::builtin();
    int paragraphYear = contextYear;
    int year = contextYear;
    Commitment sentenceCommitment = Commitment::None;
    qsizetype start = 0;
    bool sentenceStart = true;
    for (qsizetype i = 0; i <= s.size(); ++i) {
        const QChar c = i < s.size() ? s.at(i) : QChar(u'。');
        const bool sentenceEnd = c == u'。' || c == u'；' || c == u';' || c == u'！';
        if (!sentenceEnd && c != u'，' && c != u',' && c != u'：')
            continue;
        const QStringView clause = s.mid(start, i - start);
        const qsizetype clauseStart = start;
        start = i + 1;
        if (sentenceStart) {
            year = paragraphYear;
            sentenceCommitment = Commitment::None;
        }
        const bool first = sentenceStart;
        sentenceStart = sentenceEnd;
        // Dates: the last dating year or plan period of the clause frames the rest of the sentence.
        // Most clauses name no year, plan period or direction: the regular expressions run only where they can match.
        bool hasBase = false;
        if (clause.contains(u'年')) {
            for (auto years = yearRegex().globalMatch(clause); years.hasNext();) {
                const auto m = years.next();
                if (m.captured(1).isEmpty())
                    year = m.captured(2).toInt();
                else
                    hasBase = true;
            }
        }
        if (clause.contains(u'五')) {
            if (const auto p = periodRegex().match(clause); p.hasMatch())
                year = periodYear(p.capturedView(1));
        }
        if (first)
            paragraphYear = year;
        if (clause.contains(u"力争"))
            sentenceCommitment = Commitment::Strive;
        else if (clause.contains(u"确保") && sentenceCommitment == Commitment::None)
            sentenceCommitment = Commitment::Ensure;

        // A direction word ends the clause, before at most four more characters.
        const QStringView tail = clause.right(10);
        if (year <= 0 || hasBase || !(tail.contains(u'降') || tail.contains(u'减') || tail.contains(u'提') || tail.contains(u'增'))
            || clause.contains(u"完成"))
            continue;
        const auto direction = directionRegex().match(clause);
        if (!direction.hasMatch())
            continue;
        // A number in the clause (other than a year) makes it a quantified target, which targets.cpp reads.
        QString undated = clause.toString();
        undated.remove(yearRegex());
        if (std::any_of(undated.cbegin(), undated.cend(), [](QChar ch) { return ch.isDigit(); }))
            continue;
        const auto hit = catalog.findIn(clause.left(direction.capturedStart()));
        if (!hit)
            continue;
        const bool stated = std::any_of(found.cbegin(), found.cend(), [&](const ExtractedTarget &t) {
            return t.catalogKey == hit->entry.key && t.year == year;
        });
        if (stated)
            continue;
        ExtractedTarget t;
        t.indicatorName = hit->entry.name;
        t.catalogKey = hit->entry.key;
        t.unit = hit->entry.unit;
        t.year = year;
        t.allocation = direction.captured(1);
        t.commitment = sentenceCommitment;
        t.direction = isDecrease(t.allocation) ? Direction::Decrease : Direction::Increase;
        t.start = clauseStart;
        t.end = clauseStart + direction.capturedEnd(1);
        out.append(t);
    }
    return out;
}

} // namespace pw::import
