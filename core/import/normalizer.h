#pragma once

// Cleans the debris of conversions (PDF-to-text, Word, web pages, transliteration sites) from plan text
// while remembering, for every output character, where it came from in the original.
//  - "[bookmark: _Toc…]" Word debris; pinyin after characters (當(dāng) → 當);
//  - page markers "— 3 —"; spaces inserted between CJK characters;
//  - whole documents on one line: paragraphs are split before heading numbers and after sentence ends;
//  - hard-wrapped documents (one physical line per printed line): lines are joined into paragraphs.

#include <QList>
#include <QString>

namespace pw::import {

struct NormalizedText
{
    QString text;          ///< lines separated by '\n', each trimmed, no empty lines
    QList<qint32> origin;  ///< origin[i] = offset in the original of text[i]; origin[size] = original size
    int removedPageMarkers = 0;
    int removedBookmarks = 0;
    int removedPinyin = 0;
    int splitLines = 0;  ///< paragraph breaks inserted into long physical lines
    int joinedLines = 0; ///< printed lines of a hard-wrapped document joined into their paragraph

    /** Span [start, end) of the normalized text, mapped back to the original. */
    qint64 originalStart(qsizetype pos) const { return origin.value(pos, origin.isEmpty() ? 0 : origin.last()); }
    qint64 originalEnd(qsizetype endPos) const;
};

NormalizedText normalizeText(const QString &original);

/** The hard-wrap rule: whether a printed @p line goes on in @p nextLine, given whether it was @p full (the
 *  next word would not have fitted): never across a heading, an assignment label or a table row, nor across
 *  a sentence end unless the layout shows the paragraph goes on (@p sentenceMayContinue: the next line is not
 *  indented in a document that indents its paragraphs) and the next line is no dash item (——坚持…); always
 *  after an opening bracket. */
bool printedLineContinues(QStringView line, QStringView nextLine, bool full, bool sentenceMayContinue = false);
/** Print width (Chinese characters 1, half-width ones ½) of what @p line begins with up to its first
 *  line-break opportunity under Chinese rules — after an ideograph unless closing punctuation follows, never
 *  after opening punctuation, between a Latin word or number and an ideograph: what typesetting could not
 *  have put on the line before. */
double leadingUnitWidth(QStringView line);
/** Whether @p line ends with what a paragraph can end with (。！？). */
bool endsParagraph(QStringView line);
/** Whether @p line starts something of its own: a heading, an assignment label, a table caption or row. */
bool startsBlock(QStringView line);
/** Whether joining @p line and @p nextLine needs a space (words of Latin letters on both sides). */
bool needsSpaceAtJoin(QStringView line, QStringView nextLine);

} // namespace pw::import
