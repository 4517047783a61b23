#pragma once

// Widget-free logic of the target table (主要指标表): cell formatting and parsing, implied change
// against the baseline, internal consistency warnings, and the whole table as rows for CSV export.
// The item model in ui/views and the CLI `targets` command share it.

#include "csv.h"
#include "model/plan.h"

#include <QList>
#include <QString>

#include <optional>

namespace pw::tables {

/** True if the indicator's quantity is a reduction rate (下降率): a larger value is stricter. */
bool isReductionRate(const QString &indicatorName);
/** True if both units measure the same quantity (万千瓦 / 兆瓦 / 亿千瓦, 万立方米 / 亿立方米, …). */
bool unitsCompatible(const QString &a, const QString &b);
/** The unit the built-in indicator catalogue gives for @p indicator; std::nullopt if it is not catalogued. */
std::optional<QString> catalogUnit(const Indicator &indicator);

/** A number as printed in plans: at most 4 decimals, no trailing zeros ("20", "13.5"). */
QString formatNumber(double value);
/** A signed percentage with one decimal and a real minus sign: "−15.0%", "+4.2%". */
QString formatChange(double percent);
QString bindingLabel(Binding binding);         ///< 约束性 / 预期性 / empty
QString directionLabel(Direction direction);   ///< 提高 / 下降 / empty
QString commitmentLabel(Commitment commitment); ///< 确保 / 力争 / empty
std::optional<Binding> bindingFromLabel(const QString &label);
std::optional<Direction> directionFromLabel(const QString &label);
std::optional<Commitment> commitmentFromLabel(const QString &label);

/** A milestone cell: "≥ 20 (力争 22)", "≈ 25", or the qualitative wording when there is no value. */
QString formatTargetCell(const Target &target);

/** What a user typed into a milestone cell. */
struct TargetCellInput
{
    bool clear = false; ///< empty text: remove the target
    Comparator comparator = Comparator::Equal;
    std::optional<double> value;
    std::optional<double> stretch;
    QString qualitative; ///< text without numbers, e.g. 完成省下达目标
};
/**
 * Parses "≥ 20 (力争 22)", ">=20", "20以上", "25左右", "≤ 5", "20", "完成省下达目标" or "".
 * Text with digits that does not parse is rejected (std::nullopt, @p error says why).
 */
std::optional<TargetCellInput> parseTargetCell(const QString &text, QString *error = nullptr);
/** Applies @p input to @p target (comparator, values; qualitative text goes to allocation). */
void applyTargetCell(Target &target, const TargetCellInput &input);

/** The targets of one indicator, ordered by year. */
QList<const Target *> targetsOf(const Plan &plan, const QUuid &indicatorId);
const Target *targetFor(const Plan &plan, const QUuid &indicatorId, int year);
/** The baseline shown for an indicator: that of its earliest target with a base year; nullptr if none. */
const Target *baselineTarget(const Plan &plan, const QUuid &indicatorId);

/**
 * Change implied by @p target against its baseline, in percent: for a reduction rate the target itself
 * (−value); otherwise (value − base) / base. std::nullopt when a number is missing or base is 0.
 */
std::optional<double> impliedChange(const Indicator &indicator, const Target &target);
/** "2025年 −15.0%；2030年 −20.0%" over the indicator's targets; empty if none is computable. */
QString impliedChangeText(const Plan &plan, const Indicator &indicator);

/** A consistency problem of one indicator (year 0 = the whole row). */
struct TargetWarning
{
    int year = 0;
    QString message;
};
/** Year not a milestone, later milestone less strict, stretch below floor, unit ≠ catalogue, prose disagrees. */
QList<TargetWarning> indicatorWarnings(const Plan &plan, const Indicator &indicator);

/** The stating node as "三、（一）1. 标题", empty if none. */
QString statingNodeLabel(const Plan &plan, const Indicator &indicator);

/** Header plus one row per indicator, in the printed column order (used for CSV and the CLI). */
Table targetTable(const Plan &plan);

} // namespace pw::tables
