#pragma once

// Widget-free logic shared by the responsibility matrix, the 任务分工表 and the workload charts:
// which nodes are tasks, their printed path, per-department loads and the two tables as rows.

#include "csv.h"
#include "model/plan.h"

#include <QHash>
#include <QUuid>

#include <optional>
#include <vector>

namespace pw::tables {

/** A task row: a Task node, or a Subtask that carries its own department assignment. */
bool isTask(const Node &node);
/** Tasks in outline order (so they come grouped by action). */
std::vector<const Node *> collectTasks(const Plan &plan);
/** The numbers of the node and its ancestors: "三、（一）1."; empty for the root. */
QString nodePath(const Node &node);
/** The nearest ancestor of kind Action; nullptr if there is none. */
const Node *actionOf(const Node &node);

/** 牵 / 配 / 属. */
QString roleMark(DepartmentRole role);
/** The role of @p department on @p content (lead wins over support over territorial). */
std::optional<DepartmentRole> roleOf(const NodeContent &content, const QUuid &department);

struct DepartmentLoad
{
    int lead = 0;
    int support = 0;
    int territorial = 0;
    int total() const { return lead + support + territorial; }
};
/** Per department id: on how many of @p tasks it leads, supports or is territorially responsible. */
QHash<QUuid, DepartmentLoad> departmentLoads(const std::vector<const Node *> &tasks);
void addLoad(QHash<QUuid, DepartmentLoad> &loads, const NodeContent &content, int sign);

/** 序号 | 重点任务 | 牵头单位 | 责任单位 | 完成时限, one row per task, as the annex prints it. */
Table taskDivisionTable(const Plan &plan);
/** 序号 | 任务 | one column per department: 牵/配/属 | 牵头 | 配合 (per task totals). */
Table responsibilityMatrixTable(const Plan &plan);

} // namespace pw::tables
