#pragma once

// Writes report content to a file whose suffix picks the format: .pdf, .docx or .odt.

#include "reportfonts.h"
#include "reportmodel.h"

namespace pw::report {

enum class ReportFormat { Pdf, Docx, Odt };

/** The format for @p path's suffix (case-insensitive), or std::nullopt for an unsupported one. */
std::optional<ReportFormat> formatForPath(const QString &path);

/** Writes @p document to @p path (atomically for DOCX/ODT); false with @p error on failure. */
bool exportReport(const ReportDocument &document, const ReportFonts &fonts, const QString &path, QString *error);

} // namespace pw::report
