#pragma once

// Target consistency: the parent's targets against the child's, aligned by canonical indicator name
// (aliases included) and year, with the status rules of domain-notes §6.3 B.

#include "indicatoraliases.h"
#include "reviewresult.h"

namespace pw { class Plan; struct Target; struct Indicator; }

namespace pw::review {

/** The target as a reviewer reads it: "≥ 27 %（确保）", "下降 14.5 %，力争 15 %", "完成省下达目标". */
QString targetText(const Target &target, const Indicator *indicator);

/** One comparison per parent target, plus the parent's headline indicators the child never mentions;
 *  indicators align through canonicalIndicator() with the user's @p aliases. */
void compareTargets(const Plan &parent, const Plan &child, QList<TargetComparison> *comparisons,
                    QStringList *missingHeadlines, const IndicatorAliases &aliases = {});

} // namespace pw::review
