#pragma once

// Department findings: child tasks carried by a department of the parent's level (市发改委 in a district
// plan) unless it is a recorded branch office, and the counterpart table the reviewer can edit.

#include "reviewresult.h"

namespace pw { class Plan; }

namespace pw::review {

/** The counterpart table: one row per parent department, the reviewer's rows replacing the rule's. */
QList<Counterpart> counterpartTable(const Plan &parent, const Plan &child, const QList<Counterpart> &edited);

QList<DepartmentFinding> checkDepartments(const Plan &parent, const Plan &child, const QList<Counterpart> &table);

} // namespace pw::review
