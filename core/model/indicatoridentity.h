#pragma once

// What a target's number is about, as a reviewer reads it: the concept (单位地区生产总值能耗), the measure
// (level, share, cumulative change against a base year, annual-average change, increment 新增, stock 累计),
// the scope (市城区, 中心城区, 新建…), the parts of a combined indicator (风电、光伏), the unit and the base
// year. Derived for every indicator, catalogued or not, from its name, unit and the sentence stating it;
// two targets are comparable only when their identities agree.

#include "entities.h"

#include <QStringList>

namespace pw {

class Plan;

struct IndicatorIdentity
{
    QString conceptName; /// the name without scope, measure, time and abbreviation words
    Measure measure = Measure::Level;
    QString scope;     ///< empty: the whole territory
    QStringList parts; ///< sorted components of a combined indicator (风电, 光伏); empty for a single one
    QString unit;      ///< normalised (normaliseUnit)
    int baseYear = 0;
};

/** The clause of the plan's source text that states @p target, up to the end of its value ("市城区生活垃圾回收
 *  利用率达到35%"); empty when the target has no source span. */
QString statingClause(const Plan &plan, const Target &target);
/** The whole sentence stating @p target (for evidence shown to a reviewer); empty without a source span. */
QString statingSentence(const Plan &plan, const Target &target);

/** The identity of @p target of @p indicator; @p statement is its stating clause (may be empty): its wording
 *  wins over the indicator's name, which may be a catalogue name that lost the scope or measure. A measure or
 *  scope stored on the target wins over both. */
IndicatorIdentity deriveIdentity(const Indicator &indicator, const Target &target, QStringView statement);
IndicatorIdentity deriveIdentity(const Plan &plan, const Indicator &indicator, const Target &target);

/** Level, share and stock all state a value at a year; changes and increments are each their own kind. */
bool sameMeasureKind(Measure a, Measure b);

/** Why two identities of the same concept cannot be compared, one sentence; empty when they can. */
QString identityMismatch(const IndicatorIdentity &parent, const IndicatorIdentity &child);
/** Whether the two compare (identityMismatch() is empty), without composing the reason. */
bool identitiesCompare(const IndicatorIdentity &parent, const IndicatorIdentity &child);

/** Translated name of a measure: "annual-average change", … */
QString measureName(Measure m);

/** Unit in a comparable form: "％" → "%", spaces removed, "MW" → "兆瓦". */
QString normaliseUnit(const QString &unit);
/** True for units of quantities that add up across regions (万千瓦, 万平方米, 公顷, 个, 万吨 …), false for
 *  shares, rates, intensities and money (%, 吨/万元, 每…, 亿元). */
bool isAdditiveUnit(const QString &unit);
/** Factor converting a value in @p from to @p to (兆瓦 → 万千瓦 = 0.1); 0 if not convertible. */
double unitFactor(const QString &from, const QString &to);

} // namespace pw
