#include "normalizer.h"

#include "assignments.h"
#include "chinesetext.h"
#include "headingtoken.h"

#include <QHash>

#include <string>
#include <vector>

using namespace Qt::StringLiterals;

namespace pw::import {
namespace {

/** Text under construction plus the original offset of each character (std containers: appending one
 *  character at a time is the inner loop of every import). */
struct Builder
{
    std::u16string text;
    std::vector<qint32> origin;

    void reserve(std::size_t n)
    {
        text.reserve(n);
        origin.reserve(n + 1);
    }
    void append(QChar c, qint32 from)
    {
        text.push_back(c.unicode());
        origin.push_back(from);
    }
    void popBack()
    {
        text.pop_back();
        origin.pop_back();
    }
    bool isEmpty() const { return text.empty(); }
    QChar last() const { return text.empty() ? QChar() : QChar(text.back()); }
    QStringView view() const { return QStringView(text.data(), qsizetype(text.size())); }
};

bool isPinyinLetter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || u == u'ü' || QStringView(u"āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ").contains(c);
}

bool hasToneMark(QStringView s)
{
    for (QChar c : s) {
        if (c.unicode() > 0x7F && c != u'ü')
            return true;
    }
    return false;
}

/** Length of a pinyin annotation "(dāng)" at @p pos, 0 if there is none. */
qsizetype pinyinAt(const QString &s, qsizetype pos, bool allowToneless)
{
    if (s.at(pos) != u'(')
        return 0;
    qsizetype e = pos + 1;
    while (e < s.size() && e - pos <= 7 && isPinyinLetter(s.at(e)))
        ++e;
    if (e == pos + 1 || e >= s.size() || s.at(e) != u')')
        return 0;
    if (!allowToneless && !hasToneMark(QStringView(s).mid(pos + 1, e - pos - 1)))
        return 0;
    return e - pos + 1;
}

bool isDash(QChar c)
{
    return c == u'—' || c == u'–' || c == u'－' || c == u'-' || c == u'―';
}

bool isDigitChar(QChar c)
{
    const QChar f = foldWidth(c);
    return f >= u'0' && f <= u'9';
}

/** Length of a page marker "— 12 —" at @p pos (already known to follow whitespace or a line start). */
qsizetype pageMarkerAt(const QString &s, qsizetype pos)
{
    const qsizetype n = s.size();
    qsizetype e = pos;
    int dashes = 0;
    while (e < n && dashes < 2 && isDash(s.at(e))) {
        ++e;
        ++dashes;
    }
    if (dashes == 0)
        return 0;
    while (e < n && (s.at(e) == u' ' || s.at(e) == u'\u3000'))
        ++e;
    const qsizetype digits = e;
    while (e < n && e - digits < 4 && isDigitChar(s.at(e)))
        ++e;
    if (e == digits)
        return 0;
    while (e < n && (s.at(e) == u' ' || s.at(e) == u'\u3000'))
        ++e;
    int closing = 0;
    while (e < n && closing < 2 && isDash(s.at(e))) {
        ++e;
        ++closing;
    }
    if (closing == 0)
        return 0;
    if (e < n && !isSpace(s.at(e)))
        return 0;
    return e - pos;
}

bool isSentenceEnd(QChar c)
{
    return c == u'。' || c == u'；' || c == u'！' || c == u'？' || c == u';';
}

/** A character a paragraph can end with (a semicolon goes on). */
bool isParagraphEnd(QChar c)
{
    return c == u'。' || c == u'！' || c == u'？' || c == u'!' || c == u'?';
}

bool isAsciiWord(QChar c)
{
    return c.unicode() < 0x80 && (c.isLetterOrNumber() || c == u'%' || c == u'.');
}

/** Length of the run of spaces starting at @p pos (tabs excluded). */
qsizetype spaceRun(QStringView s, qsizetype pos)
{
    qsizetype e = pos;
    while (e < s.size() && isSpace(s.at(e)) && s.at(e) != u'\t')
        ++e;
    return e - pos;
}

/** A table cell that is a number, a year or a bound: "14", "12.5%", "≥46", "2025年", "—". */
bool isNumberCell(QStringView cell)
{
    bool digit = false;
    for (QChar c : cell) {
        if (isDigitChar(c))
            digit = true;
        else if (!QStringView(u".．%％≥≤<>＜＞=~～—-年").contains(c))
            return false;
    }
    return digit;
}

/** A row of a table laid out with spaces (pdftotext -layout, hand-aligned text): three or more cells
 *  separated by runs of two or more spaces, one of them a number. Prose does not look like this. */
bool isLayoutRow(QStringView line)
{
    constexpr qsizetype kMaxRow = 200;
    line = line.trimmed();
    if (line.size() > kMaxRow)
        return false;
    // Cheap test first (this runs on every line): two gaps of two spaces at least.
    int gaps = 0;
    for (qsizetype i = 1; i < line.size() && gaps < 2; ++i) {
        const char16_t a = line.at(i - 1).unicode(), b = line.at(i).unicode();
        gaps += (a == u' ' || a == u'\u3000') && (b == u' ' || b == u'\u3000') ? 1 : 0;
    }
    if (gaps < 2)
        return false;
    int cells = 0;
    bool numberCell = false;
    for (qsizetype start = 0, i = 0; i <= line.size();) {
        const qsizetype run = i < line.size() ? spaceRun(line, i) : 2;
        if (run < 2) {
            i += std::max<qsizetype>(run, 1);
            continue;
        }
        ++cells;
        numberCell = numberCell || isNumberCell(line.mid(start, i - start));
        i += run;
        start = i;
    }
    return cells >= 3 && numberCell;
}

/** "…市邮\n— 17 — 政管理局…": whether the text after a page number on its line (@p rest) goes on with the
 *  paragraph the page broke (@p done ends with its line break): not after a sentence end or a heading line,
 *  and not when a heading starts. */
bool continuesAfterPageNumber(QStringView done, QStringView rest)
{
    qsizetype next = 0;
    while (next < rest.size() && (rest.at(next) == u' ' || rest.at(next) == u'\u3000'))
        ++next;
    if (next == rest.size() || rest.at(next) == u'\n' || rest.at(next) == u'\r' || headingTokenAt(rest, next)
        || done.size() < 2 || done.back() != u'\n')
        return false;
    const QStringView previous = done.left(done.size() - 1);
    const QStringView line = previous.mid(previous.lastIndexOf(u'\n') + 1);
    constexpr qsizetype kMaxHeading = 40;
    const bool headingLine = headingTokenAt(line, 0) && line.size() <= kMaxHeading && !line.contains(u'。');
    return !isParagraphEnd(previous.back()) && !headingLine;
}

/** Pass 1: line ends, Word bookmarks, pinyin annotations and page markers. */
Builder stripDebris(const QString &s, NormalizedText &stats)
{
    // Pinyin without tone marks ("(de)") is only debris in a document that clearly carries transliteration.
    int toneAnnotations = 0;
    for (qsizetype i = 1; i < s.size() && toneAnnotations < 3; ++i) {
        if (s.at(i) == u'(' && isCjkIdeograph(s.at(i - 1)) && pinyinAt(s, i, false) > 0)
            ++toneAnnotations;
    }
    const bool pinyinDocument = toneAnnotations >= 3;

    Builder b;
    b.reserve(s.size());
    const qsizetype n = s.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = s.at(i);
        if (c == u'\r') {
            b.append(u'\n', qint32(i));
            i += (i + 1 < n && s.at(i + 1) == u'\n') ? 2 : 1;
            continue;
        }
        if (c == u'\f' || c == u'\u2028' || c == u'\u2029') {
            b.append(u'\n', qint32(i));
            ++i;
            continue;
        }
        if (c == u'[' && QStringView(s).mid(i, 10) == u"[bookmark:") {
            const qsizetype close = s.indexOf(u']', i);
            if (close > 0 && close - i < 200) {
                ++stats.removedBookmarks;
                i = close + 1;
                continue;
            }
        }
        if (c == u'(' && i > 0 && isCjkIdeograph(s.at(i - 1))) {
            if (const qsizetype len = pinyinAt(s, i, pinyinDocument)) {
                ++stats.removedPinyin;
                i += len;
                continue;
            }
        }
        if (isDash(c) && (b.isEmpty() || isSpace(b.last()))) {
            if (const qsizetype len = pageMarkerAt(s, i)) {
                ++stats.removedPageMarkers;
                i += len;
                if (continuesAfterPageNumber(b.view(), QStringView(s).mid(i)))
                    b.popBack();
                continue;
            }
        }
        if (c == u'\t') {
            b.append(c, qint32(i)); // table cell separator (docx/html tables)
            ++i;
            continue;
        }
        b.append(c.unicode() == 0xFEFF ? QChar(u' ') : c, qint32(i));
        ++i;
    }
    b.origin.push_back(qint32(n));
    return b;
}

/** Print width of a line in full-width characters: half-width characters count half, and so do the spaces
 *  typed between words ("到 2025 年"); the spaces around the line nothing, except the ideographic space of a
 *  paragraph indent. */
double printWidth(QStringView line)
{
    double width = 0;
    double spaces = 0; // pending: counted once text follows them
    for (QChar c : line) {
        const char16_t u = c.unicode();
        if (u >= 0x3000 && u < 0xFE00) { // CJK: the common case
            width += 1.0 + spaces;
            spaces = 0;
        } else if (isSpace(c)) {
            spaces += width > 0 && u == u' ' ? 0.5 : 0;
        } else {
            width += (u < 0x80 ? 0.5 : 1.0) + spaces;
            spaces = 0;
        }
    }
    return width;
}

/** End of the line that starts at @p start. */
qsizetype lineEnd(QStringView s, qsizetype start)
{
    const qsizetype end = s.indexOf(u'\n', start);
    return end < 0 ? s.size() : end;
}

/** The full line width of a hard-wrapped document (PDF-to-text keeps each printed line: 28 characters in the
 *  GB/T 9704 layout), or 0 when its lines are paragraphs. */
double wrapWidth(QStringView s)
{
    QHash<int, int> widths;
    QHash<int, int> openEnded; ///< per width: lines ending mid-sentence
    int nonEmpty = 0;
    for (qsizetype start = 0; start <= s.size();) {
        const qsizetype end = lineEnd(s, start);
        const QStringView line = s.mid(start, end - start).trimmed();
        const int w = qRound(printWidth(line));
        nonEmpty += w > 0 ? 1 : 0;
        if (w >= 12) {
            ++widths[w];
            openEnded[w] += isParagraphEnd(line.back()) ? 0 : 1;
        }
        start = end + 1;
    }
    int mode = 0;
    for (auto it = widths.cbegin(); it != widths.cend(); ++it) {
        if (it.value() > widths.value(mode))
            mode = it.key();
    }
    constexpr int kMinWidth = 15, kMaxWidth = 60;
    if (mode < kMinWidth || mode > kMaxWidth)
        return 0;
    auto near = [mode](const QHash<int, int> &count) {
        return count.value(mode - 1) + count.value(mode) + count.value(mode + 1);
    };
    const int full = near(widths);
    // A short excerpt has few lines: then the lines of full width must break sentences, as printing does.
    const bool enough = full >= 10 || (full >= 3 && near(openEnded) >= 2);
    return enough && full * 10 >= nonEmpty * 3 ? mode : 0;
}

/** @p line after the Word bookmarks it starts with; empty when it holds nothing else (the last one may be
 *  cut by the line's end). */
QStringView withoutLeadingBookmarks(QStringView line)
{
    while (line.startsWith(u"[bookmark:")) {
        const qsizetype close = line.indexOf(u']');
        if (close < 0)
            return {};
        line = line.mid(close + 1).trimmed();
    }
    return line;
}

} // namespace

bool startsBlock(QStringView line)
{
    line = line.trimmed();
    return line.isEmpty() || headingTokenAt(line, 0) || assignmentLineRole(line) != 0 || line.contains(u'\t')
        || (line.startsWith(u'表') && line.size() > 1 && isDigitChar(line.at(1))) || isLayoutRow(line);
}

bool printedLineContinues(QStringView line, QStringView nextLine, bool full, bool sentenceMayContinue)
{
    line = line.trimmed();
    nextLine = nextLine.trimmed();
    // Word bookmarks printed as text (PDFs of such documents) anchor the paragraph they precede: a line of
    // nothing else (its last bookmark possibly wrapped) goes on in the next one, a next line of nothing else
    // starts a paragraph, and otherwise what follows them starts the next line.
    if (!nextLine.isEmpty() && withoutLeadingBookmarks(line).isEmpty())
        return true;
    nextLine = withoutLeadingBookmarks(nextLine);
    if (line.isEmpty() || nextLine.isEmpty())
        return false;
    // Never on an opening bracket; a paragraph ends with its sentence (a semicolon goes on), and a sentence
    // that may go on does not go on into a dash item (——坚持…).
    const bool sentenceGoesOn
        = !isParagraphEnd(line.back()) || (sentenceMayContinue && !nextLine.startsWith(u"——"));
    return QStringView(u"（(【[《“").contains(line.back())
        || (full && sentenceGoesOn && !startsBlock(nextLine));
}

bool endsParagraph(QStringView line)
{
    line = line.trimmed();
    return !line.isEmpty() && isParagraphEnd(line.back());
}

double leadingUnitWidth(QStringView line)
{
    static constexpr QStringView kOpening = u"（(【[《〈“‘〔「『";
    static constexpr QStringView kClosing = u"。，、；：？！）)】]》〉”’〕」』…%％";
    double width = 0;
    bool opening = true; // only opening punctuation so far
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (isSpace(c)) {
            if (width > 0)
                break;
            continue;
        }
        const bool ideograph = isCjkIdeograph(c);
        if (ideograph && !opening)
            break;
        width += printWidth(line.mid(i, 1));
        if (ideograph) {
            for (; i + 1 < line.size() && kClosing.contains(line.at(i + 1)); ++i)
                width += printWidth(line.mid(i + 1, 1));
            break;
        }
        opening = opening && kOpening.contains(c);
    }
    return width;
}

bool needsSpaceAtJoin(QStringView line, QStringView nextLine)
{
    // Only words of Latin letters were separated by the line break ("low carbon"; not "20%", "1509万").
    auto letter = [](QChar c) { return c.unicode() < 0x80 && c.isLetter(); };
    line = line.trimmed();
    nextLine = nextLine.trimmed();
    return !line.isEmpty() && !nextLine.isEmpty() && letter(line.back()) && letter(nextLine.front());
}

namespace {

/** Pass 1b: in a hard-wrapped document, joins each full line that does not end a paragraph with the line
 *  continuing it (across the blank lines of a page break). Streams: no per-line storage. */
Builder joinWrappedLines(Builder in, NormalizedText &stats)
{
    const QStringView s = in.view();
    const double width = wrapWidth(s);
    if (width == 0)
        return in;

    Builder b;
    b.reserve(in.text.size());
    constexpr int kMaxBlankLines = 6; // a page break: blank lines, the page number, a form feed
    for (qsizetype start = 0; start <= s.size();) {
        const qsizetype end = lineEnd(s, start);
        for (qsizetype i = start; i < end; ++i)
            b.append(s.at(i), in.origin[std::size_t(i)]);
        if (end == s.size())
            break;
        // The next line with text.
        qsizetype next = end + 1;
        QStringView nextLine;
        for (int blanks = 0; next <= s.size() && blanks <= kMaxBlankLines; ++blanks) {
            const qsizetype nextEnd = lineEnd(s, next);
            if (!s.mid(next, nextEnd - next).trimmed().isEmpty()) {
                nextLine = s.mid(next, nextEnd - next);
                break;
            }
            next = nextEnd + 1;
        }
        const QStringView line = s.mid(start, end - start).trimmed();
        // A printed line ends early only where the next word would not have fitted.
        const bool full = printWidth(s.mid(start, end - start)) + leadingUnitWidth(nextLine) > width - 0.5;
        if (printedLineContinues(line, nextLine, full)) {
            ++stats.joinedLines;
            if (needsSpaceAtJoin(line, nextLine))
                b.append(u' ', in.origin[std::size_t(end)]);
            start = next;
            continue;
        }
        b.append(u'\n', in.origin[std::size_t(end)]);
        start = end + 1;
    }
    b.origin.push_back(in.origin.back());
    return b;
}

/** Pass 2: whitespace. Runs between CJK characters go; runs before heading numbers or after sentence ends
 *  in long lines become paragraph breaks; lines are trimmed and empty lines dropped. */
Builder fixWhitespace(const Builder &in, NormalizedText &stats)
{
    const QStringView s = in.view();
    const qsizetype n = s.size();
    Builder b;
    b.reserve(n);

    // Length of the physical line containing each position decides whether it is "flowed" text.
    constexpr qsizetype kFlowedLine = 400;
    qsizetype lineEnd = -1;
    bool flowed = false;
    bool layoutRow = false;
    auto endOfLine = [&](qsizetype from) {
        const qsizetype e = s.indexOf(u'\n', from);
        return e < 0 ? n : e;
    };
    qsizetype lineStart = 0;

    // Web-table pipes "… |" at line ends go with the trailing spaces.
    auto trimLineEnd = [&] {
        while (!b.isEmpty() && (b.last() == u'|' || b.last() == u' ' || b.last() == u'\t'))
            b.popBack();
    };
    auto newline = [&](qint32 from) {
        trimLineEnd();
        if (!b.isEmpty() && b.last() != u'\n')
            b.append(u'\n', from);
    };

    // In flowed text a heading's title ends at the first line break of the print, now a space.
    int titleChars = -1;
    constexpr int kMaxFlowedTitle = 40;

    for (qsizetype i = 0; i < n;) {
        if (i > lineEnd) {
            lineStart = i;
            lineEnd = endOfLine(i);
            flowed = lineEnd - lineStart > kFlowedLine;
            layoutRow = !flowed && isLayoutRow(s.mid(lineStart, lineEnd - lineStart));
        }
        const QChar c = s.at(i);
        if (c == u'\n') {
            newline(in.origin[i]);
            titleChars = -1;
            ++i;
            continue;
        }
        if (flowed && (b.isEmpty() || b.last() == u'\n')) {
            if (const auto token = headingTokenAt(s, i)) {
                for (int k = 0; k < token->length; ++k)
                    b.append(s.at(i + k), in.origin[i + k]);
                i += token->length;
                titleChars = 0;
                continue;
            }
        }
        if (c == u'\t') {
            // Keep cell separators but never at a line start or twice in a row.
            if (!b.isEmpty() && b.last() != u'\n' && b.last() != u'\t')
                b.append(c, in.origin[i]);
            ++i;
            continue;
        }
        if (c == u'|' && (b.isEmpty() || b.last() == u'\n')) {
            ++i; // pipe at a line start
            continue;
        }
        if (isSpace(c)) {
            qsizetype j = i;
            while (j < lineEnd && isSpace(s.at(j)) && s.at(j) != u'\t')
                ++j;
            const QChar prev = b.isEmpty() ? QChar(u'\n') : b.last();
            if (prev == u'\n' || prev == u'\t' || j >= lineEnd || s.at(j) == u'\t') {
                i = j; // leading or trailing
                continue;
            }
            if (layoutRow && j - i >= 2) {
                b.append(u'\t', in.origin[i]); // a column gap: cells are tab-separated from here on
                i = j;
                continue;
            }
            if (flowed && (headingTokenAt(s, j) || isSentenceEnd(prev) || titleChars >= 2)) {
                ++stats.splitLines;
                newline(in.origin[i]);
                titleChars = -1;
                i = j;
                continue;
            }
            const QChar next = s.at(j);
            if (isAsciiWord(prev) && isAsciiWord(next))
                b.append(u' ', in.origin[i]);
            i = j;
            continue;
        }
        // Heading numbers glued to the end of the previous sentence in one-line documents.
        if (flowed && i > lineStart && isSentenceEnd(b.last()) && headingTokenAt(s, i)) {
            ++stats.splitLines;
            newline(in.origin[i]);
        }
        b.append(c, in.origin[i]);
        if (titleChars >= 0) {
            const bool clauseEnd = QStringView(u"。，,；;：:！？").contains(c);
            titleChars = (clauseEnd || titleChars >= kMaxFlowedTitle) ? -1 : titleChars + 1;
        }
        ++i;
    }
    trimLineEnd();
    while (!b.isEmpty() && (b.last() == u'\n' || b.last() == u'\t'))
        b.popBack();
    b.origin.push_back(in.origin.back());
    return b;
}

} // namespace

qint64 NormalizedText::originalEnd(qsizetype endPos) const
{
    if (endPos <= 0)
        return originalStart(0);
    // One past the last character of the span, in the original.
    return qint64(origin.value(endPos - 1, origin.isEmpty() ? 0 : origin.last())) + 1;
}

NormalizedText normalizeText(const QString &original)
{
    NormalizedText result;
    Builder pass2;
    {
        const Builder pass1 = joinWrappedLines(stripDebris(original, result), result);
        pass2 = fixWhitespace(pass1, result);
    }
    result.text = pass2.view().toString();
    result.origin = QList<qint32>(pass2.origin.begin(), pass2.origin.end());
    return result;
}

} // namespace pw::import
