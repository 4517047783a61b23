#include "reviewengine.h"

#include "citationcheck.h"
#include "departmentcheck.h"
#include "model/plan.h"
#include "targetcheck.h"

namespace pw::review {

ReviewResult comparePlans(const Plan &parent, const Plan &child, const ReviewState &state,
                          const ReviewOptions &options)
{
    ReviewResult r;
    r.parentTitle = parent.metadata.title;
    r.parentDocNumber = normaliseDocNumber(parent.metadata.docNumber);
    r.childTitle = child.metadata.title;
    r.childRegion = child.metadata.region;
    computeCoverage(parent, child, state, options.coverage, &r.coverage, &r.actions);
    compareTargets(parent, child, &r.targets, &r.missingHeadlineIndicators, options.indicatorAliases);
    r.counterparts = counterpartTable(parent, child, state.counterparts, options.sharedCounterparts);
    r.departments = checkDepartments(parent, child, r.counterparts);
    r.citations.append(checkCitation(parent, child));
    r.summary = summarise(r);
    return r;
}

ReviewSummary summarise(const ReviewResult &r)
{
    ReviewSummary s;
    s.parentTasks = int(r.coverage.size());
    for (const TaskCoverage &c : r.coverage) {
        switch (c.status) {
        case CoverageStatus::Covered: ++s.covered; break;
        case CoverageStatus::Partial: ++s.partial; break;
        case CoverageStatus::NotCovered: ++s.notCovered; break;
        case CoverageStatus::NotApplicable: ++s.notApplicable; break;
        }
        if (c.mandatory && c.status != CoverageStatus::NotApplicable) {
            ++s.mandatory;
            if (c.status == CoverageStatus::NotCovered)
                ++s.mandatoryUncovered;
        }
    }
    const int applicable = s.parentTasks - s.notApplicable;
    s.coveragePercent = applicable > 0 ? 100.0 * (s.covered + 0.5 * s.partial) / applicable : 0.0;
    for (int i = 0; i <= int(TargetStatus::ChildQuantifiesParentQualitative); ++i) {
        const auto status = TargetStatus(i);
        int n = 0;
        for (const TargetComparison &t : r.targets)
            n += t.status == status ? 1 : 0;
        s.targetsByStatus.append({ status, n });
    }
    s.headlineMissing = int(r.missingHeadlineIndicators.size());
    s.departmentIssues = int(r.departments.size());
    for (const CitationFinding &c : r.citations)
        s.citationIssues += c.status == CitationStatus::Correct || c.status == CitationStatus::CannotCheck ? 0 : 1;
    return s;
}

} // namespace pw::review
