#include "citationcheck.h"

#include "model/plan.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace pw::review {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("pw::review::Citation", text); }

/** The region a title starts with (上海市, 岳阳市, 湘西土家族苗族自治州…), empty if none. */
QString regionPrefix(const QString &title)
{
    static const QRegularExpression re(u"^(.{1,12}?(?:自治州|自治县|新区|开发区|经开区|[省市州盟县区旗]))"_s);
    return re.match(title).captured(1);
}

/** Same plan: the normalised titles contain each other, or the cited title names the parent's region and its
 *  plan type ("碳达峰实施方案") although worded differently around them. */
bool titlesMatch(const QString &cited, const QString &expected, const QString &region)
{
    const QString a = normaliseTitle(cited);
    const QString b = normaliseTitle(expected);
    if (a.isEmpty() || b.isEmpty())
        return false;
    if (std::min(a.size(), b.size()) >= 6 && (a.contains(b) || b.contains(a)))
        return true;
    const QString r = region.isEmpty() ? regionPrefix(b) : normaliseTitle(region);
    if (r.isEmpty() || !b.startsWith(r) || !a.startsWith(r))
        return false;
    const QString planType = b.mid(r.size());
    return planType.size() >= 4 && a.endsWith(planType);
}

} // namespace

QString normaliseDocNumber(const QString &docNumber)
{
    QString s = docNumber.normalized(QString::NormalizationForm_KC);
    s.remove(QRegularExpression(u"\\s"_s));
    static const QRegularExpression year(u"[\\[【〔(（{]([0-9]{4})[\\]】〕)）}]"_s);
    s.replace(year, u"〔\\1〕"_s);
    s.remove(QRegularExpression(u"^见"_s));
    return s;
}

QString normaliseTitle(const QString &title)
{
    QString s = title.normalized(QString::NormalizationForm_KC);
    s.remove(QRegularExpression(u"[\\s《》〈〉<>“”\"]"_s));
    const qsizetype about = s.indexOf(u"关于印发"_s);
    if (about >= 0)
        s = s.mid(about + 4);
    if (s.endsWith(u"的通知"_s))
        s.chop(3);
    return s;
}

QList<QPair<QString, QString>> findCitations(const QString &text)
{
    // 《title》 with nested 《》/〈〉 inside (notice titles quote the plan), then an optional （文号）.
    static const QRegularExpression number(u"^\\s*[（(]\\s*(?:见)?([^（）()]{2,40}?号)\\s*[）)]"_s);
    QList<QPair<QString, QString>> out;
    const QStringView all = QStringView(text).left(200000);
    for (qsizetype open = all.indexOf(u'《'); open >= 0; open = all.indexOf(u'《', open + 1)) {
        int depth = 0;
        qsizetype close = -1;
        for (qsizetype i = open; i < all.size() && i - open <= 200; ++i) {
            const QChar c = all.at(i);
            if (c == u'《' || c == u'〈')
                ++depth;
            else if ((c == u'》' || c == u'〉') && --depth == 0) {
                close = i;
                break;
            }
        }
        if (close < 0 || close - open < 3)
            continue;
        const QString title = all.mid(open + 1, close - open - 1).toString();
        const auto m = number.match(all.mid(close + 1, 60));
        out.append({ title, m.hasMatch() ? normaliseDocNumber(m.captured(1)) : QString() });
        open = close;
    }
    return out;
}

CitationFinding checkCitation(const Plan &parent, const Plan &child)
{
    CitationFinding f;
    f.expectedTitle = parent.metadata.title;
    f.expectedDocNumber = normaliseDocNumber(parent.metadata.docNumber);

    QList<QPair<QString, QString>> cited;
    for (const ParentRef &r : child.metadata.parentRefs)
        cited.append({ r.title, normaliseDocNumber(r.docNumber) });
    // The preamble and the source text also carry citations the importer may not have recorded.
    QString preamble = child.sourceText.left(20000);
    for (int i = 0; i < child.root().childCount() && i < 3; ++i)
        preamble += u'\n' + child.root().child(i)->content.title + u'\n' + child.root().child(i)->content.text;
    cited += findCitations(preamble);

    const QPair<QString, QString> *byTitle = nullptr;
    const QPair<QString, QString> *byNumber = nullptr;
    for (const auto &c : std::as_const(cited)) {
        const bool titleOk = titlesMatch(c.first, parent.metadata.title, parent.metadata.region);
        const bool numberOk = !f.expectedDocNumber.isEmpty() && c.second == f.expectedDocNumber;
        if (numberOk && (titleOk || parent.metadata.title.isEmpty())) {
            f.citedTitle = c.first;
            f.citedDocNumber = c.second;
            f.status = CitationStatus::Correct;
            f.note = titleOk ? tr("The child cites the parent correctly.")
                             : tr("The child cites the parent's 文号 correctly; the parent's title is unknown.");
            return f;
        }
        if (titleOk && (!byTitle || (byTitle->second.isEmpty() && !c.second.isEmpty())))
            byTitle = &c;
        if (numberOk && !byNumber)
            byNumber = &c;
    }
    if (byTitle) {
        f.citedTitle = byTitle->first;
        f.citedDocNumber = byTitle->second;
        if (byTitle->second.isEmpty()) {
            f.status = CitationStatus::DocNumberMissing;
            f.note = f.expectedDocNumber.isEmpty()
                ? tr("The child cites the parent's title without a 文号 (the parent's own 文号 is unknown).")
                : tr("The child cites the parent's title without its 文号 %1.").arg(f.expectedDocNumber);
        } else if (f.expectedDocNumber.isEmpty()) {
            f.status = CitationStatus::CannotCheck;
            f.note = tr("Cannot check: the child cites 文号 %1, but the parent's own 文号 is unknown.")
                         .arg(f.citedDocNumber);
        } else {
            f.status = CitationStatus::DocNumberWrong;
            f.note = tr("The child cites the parent with 文号 %1 instead of %2.").arg(f.citedDocNumber, f.expectedDocNumber);
        }
    } else if (byNumber) {
        f.citedTitle = byNumber->first;
        f.citedDocNumber = byNumber->second;
        f.status = CitationStatus::TitleMissing;
        f.note = tr("The child cites 文号 %1 with the title 《%2》 instead of 《%3》.")
                     .arg(f.citedDocNumber, f.citedTitle, f.expectedTitle);
    } else if (parent.metadata.title.isEmpty()) {
        f.status = CitationStatus::CannotCheck;
        f.note = f.expectedDocNumber.isEmpty() ? tr("Cannot check: the parent's title and 文号 are unknown.")
                                               : tr("Cannot check: the parent's title is unknown and the child does not cite its 文号 %1.")
                                                     .arg(f.expectedDocNumber);
    } else {
        f.status = CitationStatus::NoParentCited;
        f.note = tr("The child does not cite 《%1》%2.")
                     .arg(f.expectedTitle, f.expectedDocNumber.isEmpty() ? QString() : u"（"_s + f.expectedDocNumber + u"）"_s);
    }
    return f;
}

} // namespace pw::review
