#include "citationcheck.h"

#include "model/plan.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace pw::review {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("pw::review::Citation", text); }

bool titlesMatch(const QString &cited, const QString &expected)
{
    const QString a = normaliseTitle(cited);
    const QString b = normaliseTitle(expected);
    return !a.isEmpty() && !b.isEmpty() && (a.contains(b) || b.contains(a));
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
    static const QRegularExpression re(u"《([^《》]{2,160})》\\s*[（(]\\s*(?:见)?([^（）()]{2,40}?号)\\s*[）)]"_s);
    QList<QPair<QString, QString>> out;
    auto it = re.globalMatch(text.left(200000));
    while (it.hasNext()) {
        const auto m = it.next();
        out.append({ m.captured(1), normaliseDocNumber(m.captured(2)) });
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
        const bool titleOk = titlesMatch(c.first, f.expectedTitle);
        const bool numberOk = !f.expectedDocNumber.isEmpty() && c.second == f.expectedDocNumber;
        if (titleOk && (numberOk || f.expectedDocNumber.isEmpty())) {
            f.citedTitle = c.first;
            f.citedDocNumber = c.second;
            f.status = CitationStatus::Correct;
            f.note = tr("The child cites the parent correctly.");
            return f;
        }
        if (titleOk && !byTitle)
            byTitle = &c;
        if (numberOk && !byNumber)
            byNumber = &c;
    }
    if (byTitle) {
        f.citedTitle = byTitle->first;
        f.citedDocNumber = byTitle->second;
        f.status = byTitle->second.isEmpty() ? CitationStatus::DocNumberMissing : CitationStatus::DocNumberWrong;
        f.note = f.status == CitationStatus::DocNumberMissing
            ? tr("The child cites the parent's title without its 文号 %1.").arg(f.expectedDocNumber)
            : tr("The child cites the parent with 文号 %1 instead of %2.").arg(f.citedDocNumber, f.expectedDocNumber);
    } else if (byNumber) {
        f.citedTitle = byNumber->first;
        f.citedDocNumber = byNumber->second;
        f.status = CitationStatus::TitleMissing;
        f.note = tr("The child cites 文号 %1 with the title 《%2》 instead of 《%3》.")
                     .arg(f.citedDocNumber, f.citedTitle, f.expectedTitle);
    } else {
        f.status = CitationStatus::NoParentCited;
        f.note = tr("The child does not cite 《%1》%2.")
                     .arg(f.expectedTitle, f.expectedDocNumber.isEmpty() ? QString() : u"（"_s + f.expectedDocNumber + u"）"_s);
    }
    return f;
}

} // namespace pw::review
