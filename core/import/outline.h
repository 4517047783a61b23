#pragma once

// Recognises the heading tree of a normalized plan text. Heading levels are inferred from the order in
// which numbering styles appear (a style seen before returns to its level), with two general rules for
// documents whose converter changed the numbering: a style equivalent to an open level (一、 ≈ 1、) that
// continues its count stays on that level, and nesting is bounded.

#include "headingtoken.h"

#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace pw::import {

struct NormalizedText;

/** A physical paragraph of the normalized text: [start, end). */
struct Paragraph
{
    qsizetype start = 0;
    qsizetype end = 0;
    QStringView text(const QString &source) const { return QStringView(source).mid(start, end - start); }
};

/** A table: rows of cells, each cell a span of the normalized text. */
struct ParsedTable
{
    QString caption;
    Paragraph span;
    QList<QList<Paragraph>> rows;
};

struct OutlineNode
{
    HeadingToken token;
    QString title;
    Paragraph titleSpan;       ///< the title characters
    Paragraph headingSpan;     ///< the whole heading line
    QList<Paragraph> body;     ///< paragraphs of text, including the rest of the heading line
    QList<ParsedTable> tables;
    std::vector<std::unique_ptr<OutlineNode>> children;
    OutlineNode *parent = nullptr;
    int depth = 0;
};

struct Outline
{
    OutlineNode root;
    QList<Paragraph> preamble; ///< before the first heading: notice, title, opening paragraph
    QList<Paragraph> closing;  ///< after the last item: 本方案自发布之日起施行 and what follows it
    QList<Paragraph> debris;   ///< web page furniture skipped (shown in the report)
    bool tooManyHeadings = false; ///< parsing stopped past limits::kNodes headings
};

inline constexpr int kMaxOutlineDepth = 6;

Outline parseOutline(const QString &text);

/** Splits a heading line (after its number) into title and the rest: the title is the heading or its first
 *  clause before "。". Returns the title length; the rest starts at the returned restStart. */
qsizetype headingTitleLength(QStringView line, qsizetype *restStart);

} // namespace pw::import
