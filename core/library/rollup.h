#pragma once

// The roll-up of a plan family (综合平衡): one row per parent target (indicator and milestone year) with
// every child's target beside it and its status as the review computes it; for additive indicators
// (capacities, areas, counts, totals) the children's sum against the parent's figure; and per child, the
// coverage of the parent's mandatory tasks.

#include "review/indicatoraliases.h"
#include "review/reviewstore.h"
#include "tables/csv.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace pw {
class Plan;
}

namespace pw::library {

struct RollupCell
{
    QString value; ///< the child's target as the review prints it; empty when missing
    std::optional<review::TargetStatus> status; ///< none when the review did not compare this target
    std::optional<double> number; ///< the child's value in the parent's unit, when convertible
};

struct RollupRow
{
    QString indicator; ///< canonical name
    int year = 0;
    QString unit; ///< the parent's unit
    QString parentValue;
    std::optional<double> parentNumber;
    bool additive = false;
    std::optional<double> childSum; ///< additive indicators: the sum of the children's values
    int childrenWithValue = 0;
    QList<RollupCell> children; ///< in the order of Rollup::children
};

struct RollupChild
{
    QString title;
    QString region;
    int mandatoryTasks = 0;
    int mandatoryCovered = 0; ///< covered, or partly covered counted as a half (rounded down)
    int mandatoryPartial = 0;
    double coveragePercent = 0; ///< of all parent tasks, as the review's summary
};

struct Rollup
{
    QString parentTitle;
    QList<RollupChild> children;
    QList<RollupRow> rows;
};

struct FamilyMember
{
    const Plan *plan = nullptr;
    review::ReviewState state; ///< the reviewer's decisions stored in the child, if any
};

/** Aligns the children's targets with the parent's as the review does, with the user's indicator @p aliases. */
Rollup computeRollup(
    const Plan &parent, const QList<FamilyMember> &children, const review::IndicatorAliases &aliases = {});

class Library;
struct PlanRow;
/** The roll-up of @p parent and its children in @p library, read from their plan files. A child whose file
 *  cannot be read is left out with a line in @p warnings; std::nullopt with @p error if the parent cannot. */
std::optional<Rollup> rollupFamily(
    Library &library, const PlanRow &parent, QStringList *warnings, QString *error);

/** Header and rows as one table: 指标, 年份, 单位, parent, then a value and a status column per child,
 *  then the children's sum; after a blank row, the mandatory-task coverage per child. */
tables::Table rollupTable(const Rollup &rollup);
QJsonObject toJson(const Rollup &rollup);

} // namespace pw::library
