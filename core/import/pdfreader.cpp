#include "pdfreader.h"

#include "headingtoken.h"
#include "normalizer.h"
#include "pdflayout.h"

#include <poppler-qt6.h>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <mutex>
#include <utility>

using namespace Qt::StringLiterals;

namespace pw::import {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pw::import::PdfReader", text);
}

using pdf::Line;
using pdf::Word;

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
 *  smaller height), lines ordered top to bottom. */
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
    return lines;
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

/** Removes a page number printed rotated, one word above the other (the landscape pages of an annex keep it
 *  in the margin where the portrait pages have it): words sharing their left and right edges whose text,
 *  read down the column, is a page number with its decoration ("— 15 —"). Returns the number of such page
 *  numbers (furniture lines) removed. */
int removeRotatedPageNumber(std::vector<Word> &words)
{
    QHash<QPair<int, int>, std::vector<std::size_t>> columns;
    for (std::size_t i = 0; i < words.size(); ++i)
        columns[{ qRound(words[i].box.left()), qRound(words[i].box.right()) }].push_back(i);
    std::vector<bool> drop(words.size(), false);
    int removed = 0;
    constexpr std::size_t kMaxWords = 5;
    for (auto &column : columns) {
        if (column.size() < 2 || column.size() > kMaxWords)
            continue;
        std::sort(column.begin(), column.end(),
            [&](std::size_t a, std::size_t b) { return words[a].box.top() < words[b].box.top(); });
        QString text;
        for (const std::size_t i : column)
            text += words[i].text + u' ';
        const bool decorated
            = std::any_of(text.cbegin(), text.cend(), [](QChar c) { return !c.isDigit() && !c.isSpace(); });
        if (!decorated || !isPageNumber(text))
            continue;
        for (const std::size_t i : column)
            drop[i] = true;
        ++removed;
    }
    std::vector<Word> kept;
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (!drop[i])
            kept.push_back(std::move(words[i]));
    }
    words = std::move(kept);
    return removed;
}

/** The number a page number shows: its first number ("— 3 —", "第3页", "3/10"). */
int shownNumber(const QString &text)
{
    const auto digit = std::find_if(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
    const auto end = std::find_if_not(digit, text.cend(), [](QChar c) { return c.isDigit(); });
    return QStringView(digit, end).toInt();
}

/** Removes page furniture: rules anywhere; at a page's top and bottom edge, page numbers and lines that
 *  repeat (numbers masked) at the same edge of at least half the pages (and of three pages or more). Page
 *  numbers count the pages: a number at an edge is one when another page's number at that edge runs in step
 *  with it (a table's cell may end up at the top of a page alone). */
int removeFurniture(std::vector<std::vector<Line>> &pages, const std::vector<QSizeF> &pageSizes)
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
        QHash<int, int> steps; ///< pages per difference between a page number and its page
        for (std::size_t p = 0; p < pages.size(); ++p) {
            QSet<QString> seen;
            QSet<int> stepsSeen;
            const auto &lines = pages[p];
            for (int k = 0; k < kEdgeLines && k < int(lines.size()); ++k) {
                const Line &l = top ? lines[std::size_t(k)] : lines[lines.size() - 1 - std::size_t(k)];
                seen.insert(furnitureKey(l.text));
                if (isPageNumber(l.text))
                    stepsSeen.insert(shownNumber(l.text) - int(p));
            }
            for (const QString &key : seen)
                ++repeats[key];
            for (const int step : stepsSeen)
                ++steps[step];
        }
        const int needed = std::max(3, int(pages.size() + 1) / 2);
        for (std::size_t p = 0; p < pages.size(); ++p) {
            auto &lines = pages[p];
            const double h = pageSizes[p].height();
            for (int k = 0; k < kEdgeLines && !lines.empty(); ++k) {
                const Line &l = top ? lines.front() : lines.back();
                const bool atEdge = top ? l.box.bottom() < kEdgeBand * h : l.box.top() > (1 - kEdgeBand) * h;
                const bool pageNumber = isPageNumber(l.text)
                    && (pages.size() == 1 || steps.value(shownNumber(l.text) - int(p)) >= 2);
                if (!atEdge || (!pageNumber && repeats.value(furnitureKey(l.text)) < needed))
                    break;
                lines.erase(top ? lines.begin() : lines.end() - 1);
                ++removed;
            }
        }
    }
    return removed;
}

/** The text block of pages of one size (GB/T 9704 prints every page on the same block): its left edge is the
 *  most common left edge of the lines (the leftmost of equally common ones); its right edge that of the
 *  fuller lines (the upper quartile of right edges, so punctuation hanging into the margin and ragged short
 *  lines both leave it alone). Table rows do not count. */
struct TextBlock
{
    double left = 0;
    double right = 0;
};

TextBlock textBlock(const std::vector<const Line *> &lines)
{
    QHash<int, int> lefts;
    std::vector<double> rights;
    for (const Line *l : lines) {
        if (l->tableRow)
            continue;
        ++lefts[qRound(l->box.left())];
        rights.push_back(l->box.right());
    }
    TextBlock block;
    int count = 0;
    for (auto it = lefts.cbegin(); it != lefts.cend(); ++it) {
        if (it.value() > count || (it.value() == count && it.key() < block.left)) {
            block.left = it.key();
            count = it.value();
        }
    }
    if (!rights.empty()) {
        const auto quartile = rights.begin() + qsizetype(rights.size() / 4);
        std::nth_element(rights.begin(), quartile, rights.end(), std::greater<double>());
        block.right = *quartile;
    }
    return block;
}

/** The document's line pitch: the most common distance between the tops of consecutive lines of a page (to
 *  half a point), so a wider gap is the space between paragraphs. 0 if no two lines follow each other. */
double linePitch(const std::vector<std::vector<Line>> &pages)
{
    QHash<int, int> pitches;
    for (const auto &lines : pages) {
        for (std::size_t i = 1; i < lines.size(); ++i) {
            const double dy = lines[i].box.top() - lines[i - 1].box.top();
            if (!lines[i].tableRow && !lines[i - 1].tableRow && dy > 0.5 * lines[i].em && dy < 3 * lines[i].em)
                ++pitches[qRound(2 * dy)];
        }
    }
    int best = 0, count = 0;
    for (auto it = pitches.cbegin(); it != pitches.cend(); ++it) {
        if (it.value() > count || (it.value() == count && it.key() < best)) {
            best = it.key();
            count = it.value();
        }
    }
    return best / 2.0;
}

/** Puts a paragraph break into the paragraph of @p out that begins at @p from at each single space before a
 *  heading number (…转型行动 1.推进…) and at the first one after a heading's title (二、主要目标 “十四五”期间…):
 *  Chinese prose has no spaces, and the narrow gaps of justified lines are already dropped, so a space left
 *  there is where a paragraph of the source ended (documents pasted with their paragraphs run together).
 *  The whole paragraph is read, as such a heading may be wrapped over two printed lines (二、主要 / 目标 …). */
void breakAtHeadings(QString &out, qsizetype from)
{
    constexpr qsizetype kMaxTitle = 40;
    auto singleSpace = [&out](qsizetype i) {
        return out.at(i) == u' ' && out.at(i - 1) != u' ' && i + 1 < out.size() && out.at(i + 1) != u' ';
    };
    for (qsizetype start = from; start < out.size();) {
        // A heading at the start of this paragraph: its title ends at its first space.
        if (const auto token = headingTokenAt(out, start)) {
            const qsizetype title = start + token->length;
            for (qsizetype i = title + 2; i < out.size() && i < title + kMaxTitle; ++i) {
                if (QStringView(u"。；;，,").contains(out.at(i)))
                    break;
                if (singleSpace(i) && (out.at(i - 1).unicode() >= 0x2000 || headingTokenAt(out, i + 1))) {
                    out[i] = u'\n';
                    break;
                }
            }
        }
        qsizetype next = out.indexOf(u'\n', start);
        for (qsizetype i = std::max<qsizetype>(start, from + 1); next < 0 && i < out.size(); ++i) {
            if (singleSpace(i) && headingTokenAt(out, i + 1)) {
                out[i] = u'\n';
                next = i;
            }
        }
        start = next < 0 ? out.size() : next + 1;
    }
}

/** The printed width, in points, of what @p line begins with up to its first line-break opportunity
 *  (leadingUnitWidth), measured on its first word: a Latin font's digits may be wider than half an
 *  ideograph. */
double leadingWidth(const Line &line)
{
    const double units = leadingUnitWidth(line.text);
    if (line.words.empty())
        return units * line.advance;
    const Word &first = line.words.front();
    double wordUnits = 0;
    for (const QChar c : first.text)
        wordUnits += c.unicode() < 0x80 ? 0.5 : 1.0;
    return wordUnits > 0 ? first.box.width() * std::min(1.0, units / wordUnits) : units * line.advance;
}

/** Whether @p bytes start like a PDF (the header may follow up to 1 KB of junk, as readers allow). */
bool looksLikePdf(const QByteArray &bytes)
{
    const qsizetype header = bytes.indexOf("%PDF-");
    return header >= 0 && header < 1024;
}

} // namespace

std::optional<PdfText> pdfText(const QByteArray &pdf, QString *error, const limits::PdfLimits &limits)
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
    std::vector<QSizeF> pageSizes;
    qint64 characters = 0;
    bool anyWord = false;
    int rotatedFurniture = 0;
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
            rotatedFurniture += removeRotatedPageNumber(words);
            for (const auto &lineWords : groupLines(std::move(words)))
                lines.push_back(pdf::composeLine(lineWords));
        }
        pageSizes.push_back(page ? page->pageSizeF() : QSizeF());
        pages.push_back(std::move(lines));
    }
    if (deadline.hasExpired())
        return fail(tr("reading the PDF took longer than %1 s; it is too large or too complex")
                        .arg(limits.maxMilliseconds / 1000));
    if (!anyWord)
        return fail(tr("this PDF has no text layer; OCR it first"));

    PdfText result;
    result.pages = pageCount;
    result.removedFurniture = rotatedFurniture + removeFurniture(pages, pageSizes);
    for (auto &lines : pages)
        result.tableRows += pdf::rebuildTables(lines);
    QHash<QPair<int, int>, std::vector<const Line *>> linesBySize;
    for (std::size_t p = 0; p < pages.size(); ++p) {
        for (const Line &line : pages[p])
            linesBySize[{ qRound(pageSizes[p].width()), qRound(pageSizes[p].height()) }].push_back(&line);
    }
    QHash<QPair<int, int>, TextBlock> blocks;
    for (auto it = linesBySize.cbegin(); it != linesBySize.cend(); ++it)
        blocks.insert(it.key(), textBlock(it.value()));
    const double pitch = linePitch(pages);

    // Printed lines in reading order, with what the hard-wrap rule needs to know from the geometry.
    struct Printed
    {
        const Line *line;
        int page;
        double room; ///< space left to the block's right edge, in points
        int indent; ///< in characters, 0 for a line at the block's left edge
    };
    std::vector<Printed> printed;
    for (std::size_t p = 0; p < pages.size(); ++p) {
        const TextBlock block = blocks.value({ qRound(pageSizes[p].width()), qRound(pageSizes[p].height()) });
        for (const Line &line : pages[p]) {
            const int indent = std::max(0, qRound((line.box.left() - block.left) / line.em));
            printed.push_back({ &line, int(p) + 1, block.right - line.box.right(), indent });
        }
    }
    // How the document sets its paragraphs apart, seen after the lines that visibly end one (short, ending a
    // sentence): by indenting the next line (GB/T 9704: two characters) or by spacing. Then a sentence ending
    // at the margin goes on in a next line that is neither. A document that does neither shows only the odds:
    // a paragraph's end falls on the margin as often as a sentence end inside it does, so a sentence ending
    // there goes on when the document's sentences end inside lines more often than its paragraphs end before
    // prose (not a heading).
    auto spacedApart = [pitch](const Printed &line, const Printed &next) {
        return next.page == line.page && pitch > 0
            && next.line->box.top() - line.line->box.top() > 1.4 * pitch;
    };
    int paragraphEnds = 0, indented = 0, spaced = 0, endsBeforeProse = 0, sentenceEnds = 0;
    for (std::size_t i = 0; i < printed.size(); ++i) {
        const Printed &at = printed[i];
        const QString &text = at.line->text;
        if (at.line->tableRow || text.isEmpty())
            continue;
        sentenceEnds += int(std::count_if(text.cbegin(), text.cend() - 1,
            [](const QChar &c) { return endsParagraph(QStringView(&c, 1)); }));
        if (i + 1 < printed.size() && at.room > 2 * at.line->advance && endsParagraph(text)) {
            const Printed &next = printed[i + 1];
            ++paragraphEnds;
            indented += next.indent > 0 ? 1 : 0;
            spaced += spacedApart(at, next) ? 1 : 0;
            endsBeforeProse += startsBlock(next.line->text) ? 0 : 1;
        }
    }
    const bool marksParagraphs = 2 * std::max(indented, spaced) > paragraphEnds;
    const bool oddsGoOn = sentenceEnds > endsBeforeProse;
    // A line shorter than half the block ending without punctuation (a signature, a date) is no paragraph's
    // last line.
    auto standsAlone = [](const Printed &line) {
        return line.room > line.line->box.width() && line.line->text.back().isLetterOrNumber();
    };
    qsizetype paragraph = -1; // where the text of the paragraph being joined starts
    for (std::size_t i = 0; i < printed.size(); ++i) {
        const Printed &at = printed[i];
        result.layout.push_back({ result.text.size(), at.page, at.line->box });
        // A paragraph's indent, as ideographic spaces (the hard-wrap rule counts them as printed width).
        constexpr int kMaxIndent = 4;
        if (at.indent <= kMaxIndent && !at.line->tableRow)
            result.text += QString(at.indent, QChar(0x3000));
        if (paragraph < 0 && !at.line->tableRow)
            paragraph = result.text.size();
        result.text += at.line->text;
        if (i + 1 == printed.size())
            break;
        // A full line (the next one's first word, with a space before it, would not have fitted) goes on in
        // the next one unless that one is indented or set apart by paragraph spacing (a new paragraph).
        const Printed &next = printed[i + 1];
        const bool full = at.room < leadingWidth(*next.line) + 0.3 * next.line->advance;
        if (!at.line->tableRow && !next.line->tableRow
            && printedLineContinues(at.line->text, next.line->text,
                full && next.indent == 0 && !spacedApart(at, next),
                marksParagraphs ? next.page == at.page : oddsGoOn && !standsAlone(next))) {
            if (needsSpaceAtJoin(at.line->text, next.line->text))
                result.text += u' ';
            ++result.joinedLines;
        } else {
            if (paragraph >= 0)
                breakAtHeadings(result.text, std::exchange(paragraph, -1));
            result.text += u'\n';
        }
    }
    if (paragraph >= 0)
        breakAtHeadings(result.text, paragraph);
    return result;
}

} // namespace pw::import
