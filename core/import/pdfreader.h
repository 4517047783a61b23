#pragma once

// Text of a PDF for the importer, read through Poppler: one line per printed line in reading order (words
// grouped by baseline, ordered by y then x), column gaps kept as runs of spaces and paragraph indents as
// ideographic spaces, so the normalizer's hard-wrap and space-laid-out table passes apply; page furniture
// (running headers and footers, page numbers, rules drawn with characters) removed. Every kept line remembers
// its page and box. The PDF is hostile: page count, text size and time are bounded.

#include "model/sourcespan.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace pw::import {

struct PdfLimits
{
    int maxPages = 2000;              ///< more pages are refused before any is read
    qint64 maxCharacters = 8'000'000; ///< extracted text, furniture included
    int maxMilliseconds = 20'000;     ///< wall time for reading all pages
};

struct PdfText
{
    QString text;                      ///< lines separated by '\n', pages by a line holding '\f'
    std::vector<SourceLine> layout;    ///< one per kept line, in text order
    int pages = 0;
    int removedFurniture = 0;          ///< header, footer and page-number lines dropped
};

/** True when @p bytes start like a PDF (the header may follow up to 1 KB of junk, as readers allow). */
bool looksLikePdf(const QByteArray &bytes);

/** The text of @p pdf, or std::nullopt with a one-line @p error (encrypted, damaged, no text layer, limits). */
std::optional<PdfText> pdfText(const QByteArray &pdf, QString *error, const PdfLimits &limits = {});

} // namespace pw::import
