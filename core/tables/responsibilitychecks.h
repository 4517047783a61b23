#pragma once

// The checks the responsibility matrix shows in place: a task without lead or with several leads,
// a department used by no task, a department of another administrative level (unless it is a recorded
// branch office), and near-duplicate department names (生态环境石峰分局 vs 生态环境局石峰分局).

#include "tasktable.h"

#include <QList>
#include <QString>

namespace pw::tables {

/** Why a task row is flagged; empty if it is fine. */
QString taskCheck(const Node &task);
bool hasNoLead(const Node &task);
bool hasMultipleLeads(const Node &task);

/** Why the department's level does not fit the plan; empty if it fits or cannot be told. */
QString levelCheck(const Plan &plan, const Department &department);

/**
 * True if two names probably mean the same unit: one is a subsequence of the other of at least half its
 * length (区发改局 / 区发展和改革局, 生态环境石峰分局 / 生态环境局石峰分局). Names shorter than 3 characters,
 * or with different numbers (第一 / 第二), never match.
 */
bool namesNearlyEqual(const QString &a, const QString &b);

/** A suggested merge: @p from (fewer uses) into @p into. */
struct DuplicateDepartments
{
    QUuid from;
    QUuid into;
    QString message;
};
/** Near-duplicate pairs among the plan's departments (names and aliases), each pair once. */
QList<DuplicateDepartments> nearDuplicateDepartments(const Plan &plan, const QHash<QUuid, DepartmentLoad> &loads);

} // namespace pw::tables
