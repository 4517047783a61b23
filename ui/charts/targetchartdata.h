#pragma once

// What the target chart draws for one indicator: the baseline and milestone values as one line
// (comparator shown in the year labels), the stretch (力争) values as a second, dashed line, and
// qualitative targets as year labels without a point. Widget-free so tests check it directly.

#include "model/plan.h"

#include <QList>
#include <QPointF>
#include <QString>

namespace pw {

struct TargetChartData
{
    QString title;
    QString unit;
    QList<QPointF> values;  ///< baseline (if any) then milestone values, by year
    QList<QPointF> stretch; ///< from the last floor point before the first stretch, then stretch values
    QList<std::pair<int, QString>> yearLabels; ///< "2025\n≥ 20 (力争 22)" per year shown
};

TargetChartData targetChartData(const Plan &plan, const QUuid &indicatorId);

} // namespace pw
