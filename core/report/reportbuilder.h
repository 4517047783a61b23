#pragma once

// Turns a plan into report content (reportmodel.h) following GB/T 9704: optional issuing notice, the plan
// body with derived numbering and department clauses, and the annex tables.

#include "reportmodel.h"
#include "reportoptions.h"

#include <QDate>

namespace pw {
class Plan;
class Node;
enum class AdminLevel;
}

namespace pw::report {

/** @p warnings (optional) receives notes such as annexes left out because the plan has no data for them. */
ReportDocument buildPlanReport(const Plan &plan, const ReportOptions &options, QStringList *warnings = nullptr);

/** The options of a new report of @p plan: the body, and every annex the plan has data for. */
ReportOptions defaultReportOptions(const Plan &plan);

/** 成文日期 in Arabic numerals without padding: 2024年1月19日. */
QString chineseDate(const QDate &date);
/** The usual 主送机关 wording for a plan issued at @p level. */
QString defaultRecipients(AdminLevel level);
/** "（A牵头，B、C按职责分工负责）", or empty when the node has no departments. */
QString departmentClause(const Plan &plan, const Node &node);

/** The annex tables, also used on their own by the DOCX/ODT writers' tests. */
Table targetsTable(const Plan &plan);
Table tasksTable(const Plan &plan);
Table projectsTable(const Plan &plan);
/** Whether a table needs a landscape page (too many or too wide columns for the portrait block). */
bool isWide(const Table &table);

} // namespace pw::report
