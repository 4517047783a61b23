#include "pdfreader.h"

#include "normalizer.h"

#include <poppler-qt6.h>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <mutex>

using namespace Qt::StringLiterals;

namespace pw::import {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pw::import::PdfReader", text);
}

struct Word
{
    QString text;
    QRectF box;
};

struct Line
{
    QString text;
    QRectF box;
    double em = 0; ///< font size, from the words' heights
};

/** Poppler's own diagnostics ("Syntax Error …") would go to stderr; the importer reports in one line instead.
 */
void silencePoppler()
{
    static std::once_flag once;
    std::call_once(
        once, [] { Poppler::setDebugErrorFunction([](const QString &, const QVariant &) {}, {}); });
}

bool deadlinePassed(const QVariant &closure)
{
    return reinterpret_cast<const QDeadlineTimer *>(closure.value<quintptr>())->hasExpired();
}

/** Words grouped into printed lines: a word joins the line whose vertical centre it shares (within half the
 *  smaller height), lines ordered top to bottom and words left to right. */
std::vector<std::vector<Word>> groupLines(std::vector<Word> words)
{
    std::sort(words.begin(), words.end(),
        [](const Word &a, const Word &b) { return a.box.center().y() < b.box.center().y(); });
    std::vector<std::vector<Word>> lines;
    double lineCentre = 0, lineHeight = 0;
    for (Word &w : words) {
        const double h = std::max(w.box.height(), 1.0);
        if (lines.empty() || w.box.center().y() - lineCentre > 0.5 * std::min(h, lineHeight)) {
            lines.emplace_back();
            lineCentre = w.box.center().y();
            lineHeight = h;
        }
        lines.back().push_back(std::move(w));
    }
    for (auto &line : lines)
        std::sort(line.begin(), line.end(),
            [](const Word &a, const Word &b) { return a.box.left() < b.box.left(); });
    return lines;
}

/** A line's text: words that touch are joined, a word gap is one space, and a gap of more than half the font
 *  size (a table's column gap) is a run of at least two spaces, one per half character of the gap. */
Line composeLine(const std::vector<Word> &words)
{
    std::vector<double> heights;
    for (const Word &w : words)
        heights.push_back(w.box.height());
    std::nth_element(heights.begin(), heights.begin() + qsizetype(heights.size() / 2), heights.end());
    Line line;
    line.em = std::max(heights[heights.size() / 2], 1.0);
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (i > 0) {
            const double gap = words[i].box.left() - words[i - 1].box.right();
            constexpr int kMaxGapSpaces = 40;
            if (gap > 0.6 * line.em)
                line.text += QString(std::clamp(qRound(gap / (0.5 * line.em)), 2, kMaxGapSpaces), u' ');
            else if (gap > 0.15 * line.em)
                line.text += u' ';
        }
        line.text += words[i].text;
        line.box = line.box.isNull() ? words[i].box : line.box.united(words[i].box);
    }
    return line;
}

/** Running headers and footers are compared with their numbers masked ("第3页" = "第7页"). */
QString furnitureKey(const QString &text)
{
    QString key;
    for (QChar c : text) {
        if (c.isDigit())
            key += u'#';
        else if (!c.isSpace())
            key += c;
    }
    return key;
}

bool isPageNumber(const QString &text)
{
    static const QRegularExpression re(
        uR"(^[\s\-–—－―~～·•]*(?:第\s*)?\d{1,5}\s*页?(?:\s*[/／]\s*\d{1,5}|\s*共\s*\d{1,5}\s*页)?[\s\-–—－―~～·•]*$|^(?:Page|page|PAGE)\s*\d{1,5}(?:\s*of\s*\d{1,5})?$)"_s);
    return re.match(text).hasMatch();
}

/** A rule drawn with characters (the red line under a 红头, separators): nothing but rule characters. */
bool isRule(const QString &text)
{
    int rule = 0;
    for (QChar c : text) {
        if (QStringView(u"─━—―-_=＝﹍﹎﹏＿－~～·★☆*").contains(c))
            ++rule;
        else if (!c.isSpace())
            return false;
    }
    return rule >= 4;
}

/** Removes page furniture: rules anywhere; at a page's top and bottom edge, page numbers and lines that
 *  repeat (numbers masked) at the same edge of at least half the pages (and of three pages or more). */
int removeFurniture(std::vector<std::vector<Line>> &pages, const std::vector<double> &pageHeights)
{
    int removed = 0;
    for (auto &lines : pages) {
        const auto end
            = std::remove_if(lines.begin(), lines.end(), [](const Line &l) { return isRule(l.text); });
        removed += int(lines.end() - end);
        lines.erase(end, lines.end());
    }
    constexpr double kEdgeBand = 0.15; // headers and footers live in the outer 15% of the page
    constexpr int kEdgeLines = 2;
    for (const bool top : { true, false }) {
        QHash<QString, int> repeats;
        for (std::size_t p = 0; p < pages.size(); ++p) {
            QSet<QString> seen;
            const auto &lines = pages[p];
            for (int k = 0; k < kEdgeLines && k < int(lines.size()); ++k) {
                const Line &l = top ? lines[std::size_t(k)] : lines[lines.size() - 1 - std::size_t(k)];
                seen.insert(furnitureKey(l.text));
            }
            for (const QString &key : seen)
                ++repeats[key];
        }
        const int needed = std::max(3, int(pages.size() + 1) / 2);
        for (std::size_t p = 0; p < pages.size(); ++p) {
            auto &lines = pages[p];
            const double h = pageHeights[p];
            for (int k = 0; k < kEdgeLines && !lines.empty(); ++k) {
                const Line &l = top ? lines.front() : lines.back();
                const bool atEdge = top ? l.box.bottom() < kEdgeBand * h : l.box.top() > (1 - kEdgeBand) * h;
                if (!atEdge || (!isPageNumber(l.text) && repeats.value(furnitureKey(l.text)) < needed))
                    break;
                lines.erase(top ? lines.begin() : lines.end() - 1);
                ++removed;
            }
        }
    }
    return removed;
}

/** The left edge of the text block: the most common left edge of the page's lines (to the point; the
 *  leftmost of equally common ones). */
double blockLeft(const std::vector<Line> &lines)
{
    QHash<int, int> edges;
    for (const Line &l : lines)
        ++edges[qRound(l.box.left())];
    int best = 0, count = 0;
    for (auto it = edges.cbegin(); it != edges.cend(); ++it) {
        if (it.value() > count || (it.value() == count && it.key() < best)) {
            best = it.key();
            count = it.value();
        }
    }
    return best;
}

/** The right edge of the text block: that of the page's fuller lines (the upper quartile of right edges, so
 *  punctuation hanging into the margin and ragged short lines both leave it alone). */
double blockRight(const std::vector<Line> &lines)
{
    std::vector<double> edges;
    for (const Line &l : lines)
        edges.push_back(l.box.right());
    if (edges.empty())
        return 0;
    const auto quartile = edges.begin() + qsizetype(edges.size() / 4);
    std::nth_element(edges.begin(), quartile, edges.end(), std::greater<double>());
    return *quartile;
}

/** Whether @p bytes start like a PDF (the header may follow up to 1 KB of junk, as readers allow). */
bool looksLikePdf(const QByteArray &bytes)
{
    const qsizetype header = bytes.indexOf("%PDF-");
    return header >= 0 && header < 1024;
}

} // namespace

std::optional<PdfText> pdfText(const QByteArray &pdf, QString *error, const PdfLimits &limits)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (!looksLikePdf(pdf))
        return fail(tr("the file is not a PDF (no %PDF header)"));
    silencePoppler();
    const QDeadlineTimer deadline(limits.maxMilliseconds);
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(pdf);
    if (!document)
        return fail(tr("the PDF is damaged and cannot be read"));
    if (document->isLocked())
        return fail(tr("the PDF is encrypted with a password; decrypt it first"));
    const int pageCount = document->numPages();
    if (pageCount <= 0)
        return fail(tr("the PDF is damaged: it has no pages"));
    if (pageCount > limits.maxPages)
        return fail(tr("the PDF has %1 pages; at most %2 are imported").arg(pageCount).arg(limits.maxPages));

    std::vector<std::vector<Line>> pages;
    std::vector<double> pageHeights;
    qint64 characters = 0;
    bool anyWord = false;
    for (int p = 0; p < pageCount; ++p) {
        if (deadline.hasExpired())
            return fail(tr("reading the PDF took longer than %1 s; it is too large or too complex")
                            .arg(limits.maxMilliseconds / 1000));
        std::vector<Line> lines;
        const std::unique_ptr<Poppler::Page> page = document->page(p);
        if (page) {
            std::vector<Word> words;
            for (const auto &box : page->textList(
                     Poppler::Page::Rotate0, deadlinePassed, QVariant::fromValue(quintptr(&deadline)))) {
                characters += box->text().size();
                if (!box->text().trimmed().isEmpty())
                    words.push_back({ box->text(), box->boundingBox() });
            }
            if (characters > limits.maxCharacters)
                return fail(tr("the PDF's text is longer than %1 million characters")
                                .arg(limits.maxCharacters / 1000000));
            anyWord = anyWord || !words.empty();
            for (const auto &lineWords : groupLines(std::move(words)))
                lines.push_back(composeLine(lineWords));
        }
        pageHeights.push_back(page ? page->pageSizeF().height() : 0);
        pages.push_back(std::move(lines));
    }
    if (deadline.hasExpired())
        return fail(tr("reading the PDF took longer than %1 s; it is too large or too complex")
                        .arg(limits.maxMilliseconds / 1000));
    if (!anyWord)
        return fail(tr("this PDF has no text layer; OCR it first"));

    PdfText result;
    result.pages = pageCount;
    result.removedFurniture = removeFurniture(pages, pageHeights);
    // Printed lines in reading order, with what the hard-wrap rule needs to know from the geometry.
    struct Printed
    {
        const Line *line;
        int page;
        int indent; ///< in characters, 0 for a line at the block's left edge
        bool full; ///< reaches the block's right edge: the next word did not fit
    };
    std::vector<Printed> printed;
    for (std::size_t p = 0; p < pages.size(); ++p) {
        const double left = blockLeft(pages[p]);
        const double right = blockRight(pages[p]);
        for (const Line &line : pages[p]) {
            const int indent = std::max(0, qRound((line.box.left() - left) / line.em));
            printed.push_back({ &line, int(p) + 1, indent, line.box.right() >= right - 0.8 * line.em });
        }
    }
    for (std::size_t i = 0; i < printed.size(); ++i) {
        const Printed &at = printed[i];
        result.layout.push_back({ result.text.size(), at.page, at.line->box });
        // A paragraph's indent, as ideographic spaces (the hard-wrap rule counts them as printed width).
        constexpr int kMaxIndent = 4;
        if (at.indent <= kMaxIndent)
            result.text += QString(at.indent, QChar(0x3000));
        result.text += at.line->text;
        if (i + 1 == printed.size())
            break;
        // A full line goes on in the next one unless that one is indented (a new paragraph).
        const Printed &next = printed[i + 1];
        if (printedLineContinues(at.line->text, next.line->text, at.full && next.indent == 0)) {
            if (needsSpaceAtJoin(at.line->text, next.line->text))
                result.text += u' ';
            ++result.joinedLines;
        } else {
            result.text += u'\n';
        }
    }
    return result;
}

} // namespace pw::import
