#pragma once

// Department findings: child tasks carried by a department of the parent's level (市发改委 in a district
// plan) unless it is a recorded branch office, and the counterpart table the reviewer can edit.

#include "reviewresult.h"

namespace pw { class Plan; }

namespace pw::review {

/** The counterpart table: one row per parent department. The reviewer's rows come first; then a row other
 *  reviewers recorded (@p shared, from the library; siblings of this child first) whose counterpart, moved to
 *  this child's region, is a department of the child plan; then the rule's suggestion. */
QList<Counterpart> counterpartTable(const Plan &parent, const Plan &child, const QList<Counterpart> &edited,
    const QList<SharedCounterpart> &shared = {});

QList<DepartmentFinding> checkDepartments(const Plan &parent, const Plan &child, const QList<Counterpart> &table);

} // namespace pw::review
