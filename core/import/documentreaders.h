#pragma once

// Text of .docx and .html documents for the importer: paragraphs one per line, table rows one per line with
// cells separated by tabs. Both treat their input as hostile (zip limits, no DTDs, bounded output).

#include <QByteArray>
#include <QString>

#include <optional>

namespace pw::import {

/** word/document.xml of a .docx, read through the project's zip layer; std::nullopt with @p error. */
std::optional<QString> docxText(const QByteArray &docx, QString *error);

/** Visible text of an HTML page: scripts, styles, navigation, headers, footers and comments removed. */
QString htmlText(const QString &html);

} // namespace pw::import
