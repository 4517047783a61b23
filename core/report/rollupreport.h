#pragma once

// The roll-up report of a plan family (综合平衡汇总报告): summary figures, the children's sums of additive
// indicators against the parent and each child's coverage of the parent's mandatory tasks (charts and tables)
// in the body; the full target table (every child's target and status beside the parent's) as a landscape
// annex, split into groups of children so that it stays legible for a city with twenty districts.

#include "reportmodel.h"

#include "library/rollup.h"

namespace pw::report {

/** @p notes (e.g. children whose file could not be read) are listed under the summary. */
ReportDocument buildRollupReport(const library::Rollup &rollup, const QStringList &notes = {});

/** Builds and writes the roll-up report to @p path (.pdf, .docx or .odt). */
bool writeRollupReport(const library::Rollup &rollup, const QStringList &notes, const QString &path, QString *error);

} // namespace pw::report
