#include "targetchartdata.h"

#include "tables/targettable.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pw {

TargetChartData targetChartData(const Plan &plan, const QUuid &indicatorId)
{
    TargetChartData data;
    const Indicator *ind = plan.indicator(indicatorId);
    if (!ind)
        return data;
    data.title = ind->name;
    data.unit = ind->unit;
    const QList<const Target *> targets = tables::targetsOf(plan, indicatorId);
    const bool reduction = tables::isReductionRate(ind->name);
    if (const Target *base = tables::baselineTarget(plan, indicatorId); base && base->baseYear > 0) {
        // A reduction rate is 0 at its base year, when all targets count from that year.
        const bool commonBase = std::all_of(targets.begin(), targets.end(),
                                            [&](const Target *t) { return t->baseYear == base->baseYear; });
        if (base->baseValue && !reduction) {
            data.values.append(QPointF(base->baseYear, *base->baseValue));
            data.yearLabels.append({ base->baseYear, u"%1\n%2"_s.arg(base->baseYear).arg(tables::formatNumber(*base->baseValue)) });
        } else if (reduction && commonBase) {
            data.values.append(QPointF(base->baseYear, 0.0));
            data.yearLabels.append({ base->baseYear, u"%1\n0"_s.arg(base->baseYear) });
        }
    }
    for (const Target *t : targets) {
        if (!data.yearLabels.isEmpty() && data.yearLabels.last().first == t->year)
            continue; // a second target for the same year: the table warns about it
        data.yearLabels.append({ t->year, u"%1\n%2"_s.arg(t->year).arg(tables::formatTargetCell(*t).left(12)) });
        if (!t->value)
            continue;
        if (t->stretch && data.stretch.isEmpty() && !data.values.isEmpty())
            data.stretch.append(data.values.last());
        data.values.append(QPointF(t->year, *t->value));
        if (t->stretch)
            data.stretch.append(QPointF(t->year, *t->stretch));
    }
    return data;
}

} // namespace pw
