#pragma once

// Small PDFs written byte by byte for the tests and the fuzzer's seeds: text placed at given positions (a
// Type0 font whose codes are the UTF-16 code units, so any CJK text is extractable without a font file), an
// image-only page, a page tree of any size, and objects nested to any depth.

#include <QByteArray>
#include <QList>
#include <QString>

namespace pw::pdftest {

struct TextLine
{
    double x = 0; ///< left edge, points
    double y = 0; ///< baseline, points from the top of an A4 page
    QString text;
    double size = 12;
};

/** One A4 page per entry of @p pages. */
QByteArray textPdf(const QList<QList<TextLine>> &pages);
/** One page showing a 1×1 grey image and no text. */
QByteArray imageOnlyPdf();
/** @p pages empty pages (separate objects, a flat page tree). */
QByteArray manyPagesPdf(int pages);
/** One text page whose dictionary holds arrays nested @p depth deep. */
QByteArray deeplyNestedPdf(int depth);

} // namespace pw::pdftest
