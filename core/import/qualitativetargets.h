#pragma once

// Direction-only goals of catalogued indicators: "到2030年，单位生产总值二氧化碳排放进一步下降",
// "能源消费总量稳中有降", "非化石能源消费比重持续提高". They are targets without a value: the wording is kept
// as their qualitative text (Target::allocation) with the commitment (确保/力争) of their sentence.

#include "targets.h"

namespace pw::import {

/** Direction-only targets of a dated sentence in @p paragraph (already width-folded and simplified) that
 *  @p found, the quantified and allocated targets of the same paragraph, does not already state. Only dated
 *  statements are returned: an undated "进一步下降" is a task, not a target. */
QList<ExtractedTarget> extractDirectionTargets(QStringView paragraph, int contextYear,
                                               const QList<ExtractedTarget> &found);

} // namespace pw::import
