#pragma once

// Every size limit of Planwright, defined once. Readers enforce them at the edges (file, archive, JSON, import,
// review state) and writers check what they are about to commit against the same values, so a saved file
// always opens again. The largest real plans have a few hundred tasks and units and a few dozen indicators;
// every limit is orders of magnitude above that.

#include <QString>
#include <QtGlobal>

namespace pw::limits {

// Files and archives
inline constexpr qint64 kArchiveBytes = 256ll << 20;
inline constexpr int kArchiveEntries = 10000;
inline constexpr int kEntryNameBytes = 255;
inline constexpr qint64 kEntryBytes = 64ll << 20;
inline constexpr qint64 kArchiveTotalBytes = 256ll << 20;
/** Decompressed : compressed ratio allowed for entries larger than kRatioFloorBytes. */
inline constexpr qint64 kCompressionRatio = 200;
inline constexpr qint64 kRatioFloorBytes = 1 << 20;
inline constexpr qint64 kPlanJsonBytes = 64ll << 20;
inline constexpr int kJsonDepth = 16;
/** Documents given to the importer (.txt, .docx, .html, .pdf). */
inline constexpr qint64 kImportBytes = 32ll << 20;
/** PDFs given to the importer (beyond kImportBytes); tests and the fuzzer pass smaller ones. */
struct PdfLimits
{
    int maxPages = 2000; ///< more pages are refused before any is read
    qint64 maxCharacters = 8'000'000; ///< extracted text, furniture included
    int maxMilliseconds = 20'000; ///< wall time for reading all pages (checked inside Poppler's extraction too)
};

// Plan content
inline constexpr int kNodes = 100000;
inline constexpr int kDepartments = 20000;
inline constexpr int kIndicators = 5000;
inline constexpr int kTargets = 50000;
inline constexpr int kMilestoneYears = 100;
/** Review state (the review/ entries): decisions, counterparts and comments per list, characters per text. */
inline constexpr qint64 kReviewEntryBytes = 16ll << 20;
inline constexpr int kReviewItems = 20000;
inline constexpr int kReviewTextChars = 100000;
/** Departments named in one assignment (one 责任单位 line, one parenthesis). */
inline constexpr int kDepartmentsPerAssignment = 500;
/** Cells of a dense table printed or exported (matrix, target table): rows × columns. */
inline constexpr qint64 kTableCells = 20'000'000;

/** "too large: <what>, <limit>" — the one wording of every size refusal. */
QString tooLarge(const QString &what, const QString &limit);
QString tooLarge(const QString &what, qint64 limit);
/** A byte count for messages: "64 MB" for whole mebibytes, else "1234 bytes". */
QString byteCount(qint64 bytes);

} // namespace pw::limits
