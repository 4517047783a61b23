#pragma once

// Text of a PDF for the importer, read through Poppler: printed lines in reading order (words grouped by
// baseline, ordered by y then x), column gaps kept as runs of spaces so the normalizer's space-laid-out table
// pass applies, page furniture (running headers and footers, page numbers, rules drawn with characters)
// removed, and printed lines joined into paragraphs by the normalizer's hard-wrap rule, told from the
// geometry whether a line was full. Every printed line remembers its page and box. The PDF is hostile: page
// count, text size and time are bounded.

#include "io/limits.h"
#include "model/sourcespan.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace pw::import {

struct PdfText
{
    QString text; ///< paragraphs (and unjoined printed lines) separated by '\n'
    std::vector<SourceLine> layout; ///< one per kept printed line, in text order
    int pages = 0;
    int removedFurniture = 0; ///< header, footer, page-number and rule lines dropped
    int joinedLines = 0; ///< printed lines joined with the next into a paragraph
    int tableRows = 0; ///< table rows rebuilt from the layout (cells separated by tabs)
};

/** The text of @p pdf, or std::nullopt with a one-line @p error (encrypted, damaged, no text layer, limits).
 */
std::optional<PdfText> pdfText(const QByteArray &pdf, QString *error, const limits::PdfLimits &limits = {});

} // namespace pw::import
