#pragma once

// Widget-free delimited text: RFC 4180 CSV for export and TSV for the clipboard.
// Cells that a spreadsheet would evaluate as a formula (leading = + - @, tab or CR) are written
// with a leading apostrophe; parsing does not strip it, so a round trip shows what was written.

#include <QList>
#include <QString>
#include <QStringList>

namespace pw::tables {

using Table = QList<QStringList>;

/** One CSV field: neutralised against formula injection, quoted when it holds , " CR or LF. */
QString csvField(const QString &text);
/** RFC 4180: fields separated by commas, records terminated by CRLF, UTF-8 without BOM by the caller. */
QString toCsv(const Table &table);

/**
 * Parses RFC 4180 text (also accepts LF line ends and a trailing line without terminator).
 * On malformed input (a quote inside an unquoted field, an unterminated quoted field) returns an empty
 * table and sets @p error. At most @p maxCells cells are read, so hostile input stays bounded.
 */
Table parseCsv(const QString &text, QString *error = nullptr, qsizetype maxCells = 1'000'000);

/** Writes @p table as UTF-8 CSV to @p path atomically; false with @p error on failure. */
bool saveCsv(const QString &path, const Table &table, QString *error = nullptr);

/** Tab-separated values as spreadsheets put on the clipboard; tabs and line breaks in cells become spaces. */
QString toTsv(const Table &table);
/** Splits clipboard text into rows and cells; a final empty line is ignored. Quoted cells are unquoted. */
Table parseTsv(const QString &text, qsizetype maxCells = 1'000'000);

} // namespace pw::tables
