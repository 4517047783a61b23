#pragma once

// Word-processor outputs of report content: DOCX (OOXML) and ODT (OpenDocument), both zipped with the
// project's zip layer. Real named heading styles with outline levels, tables with repeated header rows and
// rows kept whole, GB/T 9704 page setup, and landscape sections for wide annexes.

#include "reportmodel.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace pw::report {

std::optional<QByteArray> docxBytes(const ReportDocument &document, QString *error);
std::optional<QByteArray> odtBytes(const ReportDocument &document, QString *error);

/** @p text without the characters XML 1.0 cannot carry (controls, U+FFFE/U+FFFF, lone surrogates). */
QString xmlSafe(const QString &text);

} // namespace pw::report
