#pragma once

// The printed lines of a PDF page as the PDF reader builds them from Poppler's words, and the passes over
// them that need the geometry: composing a line's text from its words (column gaps, justification) and
// rebuilding the rows of tables whose cells wrap over several printed lines.

#include <QRectF>
#include <QString>

#include <vector>

namespace pw::import::pdf {

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
    double advance = 0; ///< a Chinese character's width, from the words' widths (Latin characters count half)
    std::vector<Word> words;
    bool tableRow = false; ///< a rebuilt table row: cells separated by tabs, never joined with a neighbour
};

/** A line's text from its words (left to right): words that touch are joined; a gap of at least a space
 *  (a quarter em next to Chinese, where narrower gaps are justification or CJK–Latin spacing) is one space;
 *  a gap of more than half the font size (a table's column gap) is a run of at least two spaces. */
Line composeLine(std::vector<Word> words);

/** Replaces the printed lines of each table on a page (ordered top to bottom) by one line per table row.
 *  A table is recognised from its layout: three or more cells on a line, and following lines whose words
 *  all stay within the column gaps' bounds; a cell wrapped over several lines of its column continues the
 *  cell above it, and cells whose vertical extents overlap form one row. Returns the rows rebuilt. */
int rebuildTables(std::vector<Line> &lines);

} // namespace pw::import::pdf
