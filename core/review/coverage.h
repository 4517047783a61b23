#pragma once

// Task coverage: for every task of the parent plan, the child nodes that cover it, matched by content
// (character n-gram TF-IDF cosine through an inverted index, plus a bonus for shared indicators and
// department functions), never by numbering or action titles. Reviewer decisions override the matcher.

#include "reviewresult.h"
#include "reviewstore.h"

namespace pw { class Plan; class Node; }

namespace pw::review {

struct CoverageOptions
{
    double coveredThreshold = 0.32; ///< best score at or above: covered
    double partialThreshold = 0.20; ///< at or above: partly covered
    double indicatorBonus = 0.08;   ///< parent and child task state targets of the same indicator
    double departmentBonus = 0.04;  ///< they share a lead department function (市发改委 ~ 区发改局)
    int maxMatches = 3;             ///< matches kept per parent task (besides reviewer decisions)
};

/** The nodes compared as parent tasks: Task/Subtask nodes without task children, or text-bearing leaves
 *  when the plan has none. */
QList<const Node *> parentTasks(const Plan &plan);
/** The child nodes a parent task may be matched to: Task/Subtask nodes and other nodes with body text. */
QList<const Node *> childCandidates(const Plan &plan);
/** "三、重点任务 › （二）节能降碳增效行动" for a node (its ancestors, not itself). */
QString nodePath(const Node &node);

/** Coverage of every parent task, in outline order, and per action. */
void computeCoverage(const Plan &parent, const Plan &child, const ReviewState &state,
                     const CoverageOptions &options, QList<TaskCoverage> *coverage, QList<ActionCoverage> *actions);

} // namespace pw::review
