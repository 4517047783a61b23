#pragma once

// The review report (上下衔接审查报告): summary figures, coverage and target charts, department and
// citation findings in the body; the coverage table, target comparison table, department findings and open
// comments as landscape annexes. Printed with the same GB/T 9704 layout as the plan report.

#include "reportmodel.h"

#include "review/reviewresult.h"

namespace pw {
class Plan;
}

namespace pw::report {

/** @p child resolves comment anchors (node numbers and titles); comments other than open ones are left out. */
ReportDocument buildReviewReport(const review::ReviewResult &result, const QList<review::Comment> &comments,
                                 const Plan &child);

/** Builds and writes the review report to @p path (.pdf, .docx or .odt). */
bool writeReviewReport(const review::ReviewResult &result, const QList<review::Comment> &comments,
                       const Plan &child, const QString &path, QString *error);

/** A paragraph of one run, as the review and roll-up reports write them. */
Paragraph paragraph(const QString &s, Role role = Role::Body, FontRole font = FontRole::FangSong, Align align = Align::Justify,
               int indent = 2, qreal size = 16);
/** A landscape annex page: @p label (附件1) top-left, @p title centred, then @p table. */
void appendAnnex(QList<Block> &blocks, const QString &label, const QString &title, const Table &table);

QColor coverageColor(review::CoverageStatus status);
QString coverageLabel(review::CoverageStatus status);
QString targetLabel(review::TargetStatus status);
QString departmentIssueLabel(review::DepartmentIssue issue);
QString citationLabel(review::CitationStatus status);

} // namespace pw::report
