#pragma once

// Department naming rules across administrative levels (domain-notes §5): the function a department
// serves regardless of level, whether a child plan's department belongs to the parent's level, and the
// rule-based counterpart (市发展改革委 → 区发展和改革局, 市生态环境局 → 生态环境石峰分局).

#include "model/types.h"
#include "reviewresult.h"

#include <QString>

namespace pw {
struct Department;
class Plan;
}

namespace pw::review {

/** "石峰区" → "石峰", "株洲市" → "株洲", "岳阳县" → "岳阳" (names of ≤ 2 characters stay whole). */
QString shortRegion(const QString &region);
/** The function of a department independent of its level: "市发展改革委", "区发展和改革局" → "发展改革". */
QString departmentFunction(const QString &name, const QString &parentRegion = {}, const QString &childRegion = {});
/** True for a branch office of a vertically managed parent department (…分局, 市驻区…). */
bool isBranchOffice(const Department &department);
/** True if @p department of the child plan belongs to the parent's level rather than the child's. */
bool isParentLevelDepartment(const Department &department, const Plan &parent, const Plan &child);
/** The child-level counterpart suggested by rule for a parent-level department name. */
Counterpart suggestCounterpart(const QString &parentDepartment, const Plan &parent, const Plan &child);

} // namespace pw::review
