#pragma once

// Report options remembered per document: QSettings under "reportOptions/<hash of the file path>".
// Kept out of the .pwplan file on purpose: print choices belong to the user's machine, and a shared plan
// file should not change when someone previews a printout.

#include "report/reportoptions.h"

#include <QString>

#include <optional>

namespace pw::ui {

/** The options last used for @p fileName; std::nullopt if none were stored (or the document is unsaved). */
std::optional<report::ReportOptions> loadReportOptions(const QString &fileName);
void saveReportOptions(const QString &fileName, const report::ReportOptions &options);

} // namespace pw::ui
