#pragma once

// Compares a child plan with its parent: task coverage, targets, departments, citation and summary.

#include "coverage.h"
#include "indicatoraliases.h"
#include "reviewresult.h"
#include "reviewstore.h"

namespace pw { class Plan; }

namespace pw::review {

struct ReviewOptions
{
    CoverageOptions coverage;
    QList<SharedCounterpart> sharedCounterparts; ///< counterparts other reviewers recorded (the library's)
    IndicatorAliases indicatorAliases; ///< spellings users gave indicators (the library's catalogue)
};

ReviewResult comparePlans(const Plan &parent, const Plan &child, const ReviewState &state = {},
                          const ReviewOptions &options = {});

/** Recomputes the summary figures from the lists of @p result. */
ReviewSummary summarise(const ReviewResult &result);

} // namespace pw::review
