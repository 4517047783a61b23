#pragma once

// The result of comparing a child plan with its parent (`planwright compare`), and reviewer comments.
// Plain values: the review engine fills them, the review workspace and the review report render them,
// and toJson() gives the stable machine-readable form printed by `compare --json`.
// JSON keys and the string keys of the enums below never change once released.

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace pw::review {

// --- Task coverage -------------------------------------------------------------------------------------

enum class CoverageStatus { Covered, Partial, NotCovered, NotApplicable };

/** One child node matched to a parent task. */
struct ChildMatch
{
    QUuid childNodeId;
    QString number;    ///< the child node's printed number, e.g. "（三）2."
    QString path;      ///< numbers and titles of its ancestors, e.g. "三、重点任务 › （二）节能降碳增效行动"
    QString title;
    QString text;
    double score = 0;  ///< similarity in [0, 1]; 1 for a match added by hand
    bool confirmed = false; ///< a reviewer confirmed it (or added it by hand)
    bool rejected = false;  ///< a reviewer rejected it; kept for the record, does not count towards coverage
    bool manual = false;    ///< added by a reviewer, not found by the matcher
};

struct TaskCoverage
{
    QUuid parentNodeId;
    QString number;    ///< printed number of the parent task
    QString path;      ///< its ancestors, as in ChildMatch::path
    QUuid actionId;    ///< the parent's action-level ancestor (for coverage per action), null if none
    QString actionTitle;
    QString title;
    QString text;
    CoverageStatus status = CoverageStatus::NotCovered;
    double score = 0;  ///< best score among the non-rejected matches
    QList<ChildMatch> matches; ///< best first
    bool mandatory = false;
    QString mandatoryReason; ///< e.g. "names 石峰区", "assigned to 各县市区人民政府", in the UI's language
    QString mandatoryScope;  ///< the region or units it names (石峰区, 各县市区), for the Chinese report
    QString notApplicableReason; ///< reviewer's reason when status is NotApplicable
};

// --- Targets -------------------------------------------------------------------------------------------

enum class TargetStatus {
    Stricter,
    Equal,
    LooserNeedsAllocationEvidence, ///< legitimate under allocation; the reviewer asks for the allocation
    QualitativeOnly,               ///< child says only "完成市下达目标": not quantified
    MissingInChild,
    UnitMismatch,
    BaseYearMismatch,
    CommitmentWeakened,            ///< 确保 → 力争 (the values themselves are not looser)
    NotComparable,                 ///< identities differ (measure, scope, parts) or both qualitative of different kinds
    ChildQuantifiesParentQualitative, ///< the parent is allocated or direction-only, the child gives a number (good)
};

struct TargetComparison
{
    QString indicator;      ///< canonical indicator name
    QString parentIndicatorName; ///< names as written in each plan
    QString childIndicatorName;
    int year = 0;
    QUuid parentTargetId;
    QUuid childTargetId;    ///< null when missing in the child
    QString parentValue;    ///< as text, e.g. "≥ 27 %（确保）", "完成省下达目标"
    QString childValue;
    TargetStatus status = TargetStatus::Equal;
    QList<TargetStatus> alsoFlags; ///< further findings on the same pair (e.g. looser and weakened)
    bool headline = false;  ///< a headline indicator (§4.1 of the domain notes)
    QString note;           ///< one sentence for the reviewer
    QString parentEvidence; ///< the sentence stating each target, so a reviewer can check the finding
    QString childEvidence;
    QString unit;           ///< the parent's unit; the numbers below are in it
    std::optional<double> parentNumber; ///< for the charts: the parent's value and the child's, converted
    std::optional<double> childNumber;
};

// --- Departments and citation -------------------------------------------------------------------------

enum class DepartmentIssue {
    ParentLevelLead,   ///< a child task is led by a department of the parent's level (市发改委 in a district plan)
    ParentLevelSupport, ///< the same among supporting units
    NoLead,            ///< a child task without any lead department
    VerticalAtChildLevel, ///< 区自然资源局 where the department is vertically managed (…石峰分局)
};

struct DepartmentFinding
{
    DepartmentIssue issue = DepartmentIssue::ParentLevelLead;
    QUuid childNodeId;
    QString number;
    QString title;
    QUuid departmentId;
    QString department;   ///< name as written in the child
    QString counterpart;  ///< suggested child-level department from the counterpart table, may be empty
    QString note;
};

/** One row of the counterpart table: a parent-level department and its child-level counterpart. */
struct Counterpart
{
    QString parentDepartment; ///< e.g. 市发展改革委
    QString childDepartment;  ///< e.g. 区发展和改革局, 生态环境石峰分局
    bool branchOffice = false; ///< the counterpart is a branch office of the parent department (vertical management)
    bool edited = false;      ///< changed by a reviewer (not the rule's suggestion)
    QString learnedFrom;      ///< title of the plan whose reviewer recorded this row (from the library), else empty
};

/** A counterpart a reviewer recorded in another child plan, as the library keeps it (reused by review). */
struct SharedCounterpart
{
    Counterpart row;
    QString parentRegion; ///< region of the parent plan it was recorded against
    QString childRegion;  ///< region of the child plan that recorded it
    QString childTitle;
    bool sameParent = false; ///< recorded against the parent under review (a sibling's reviewer)
};

enum class CitationStatus {
    Correct,
    TitleMissing,
    DocNumberMissing,
    DocNumberWrong,
    NoParentCited,
    CannotCheck, ///< the parent's own title or 文号 is unknown: the child's citation cannot be verified
};

struct CitationFinding
{
    CitationStatus status = CitationStatus::Correct;
    QString expectedTitle;     ///< the parent's title
    QString expectedDocNumber; ///< the parent's 文号 (normalised)
    QString citedTitle;        ///< the closest citation found in the child, may be empty
    QString citedDocNumber;
    QString note;
};

// --- Summary and whole result ---------------------------------------------------------------------------

struct ReviewSummary
{
    int parentTasks = 0;
    int covered = 0;
    int partial = 0;
    int notCovered = 0;
    int notApplicable = 0;
    double coveragePercent = 0; ///< (covered + partial/2) / (tasks − not applicable) × 100
    int mandatory = 0;
    int mandatoryUncovered = 0;
    QList<QPair<TargetStatus, int>> targetsByStatus; ///< every status, in enum order
    int headlineMissing = 0;
    int departmentIssues = 0;
    int citationIssues = 0;
};

/** Coverage per parent action (for the chart). */
struct ActionCoverage
{
    QUuid actionId;
    QString title;
    int tasks = 0;
    int covered = 0;
    int partial = 0;
    int notCovered = 0;
    int notApplicable = 0;
};

struct ReviewResult
{
    QString parentTitle;
    QString parentDocNumber;
    QString childTitle;
    QString childRegion;
    QList<TaskCoverage> coverage;       ///< one per parent task, in outline order
    QList<ActionCoverage> actions;      ///< in outline order
    QList<TargetComparison> targets;
    QStringList missingHeadlineIndicators; ///< parent headline indicators the child never mentions
    QList<DepartmentFinding> departments;
    QList<Counterpart> counterparts;    ///< the table used for the department findings
    QList<CitationFinding> citations;   ///< one per parent reference checked (usually one)
    ReviewSummary summary;
};

// --- Reviewer comments ----------------------------------------------------------------------------------

enum class AnchorKind { Node, Target, Assignment, Plan };

/** What a comment is attached to. Assignment = a department's role on a node (nodeId + departmentId). */
struct CommentAnchor
{
    AnchorKind kind = AnchorKind::Node;
    QUuid nodeId;
    QUuid targetId;
    QUuid departmentId;

    bool operator==(const CommentAnchor &) const = default;
};

enum class CommentStatus { Open, Resolved };

struct CommentReply
{
    QUuid id = QUuid::createUuid();
    QString author;
    QDateTime time;
    QString text;

    bool operator==(const CommentReply &) const = default;
};

struct Comment
{
    QUuid id = QUuid::createUuid();
    CommentAnchor anchor;
    QString author;
    QDateTime time;
    QString text;
    CommentStatus status = CommentStatus::Open;
    QList<CommentReply> replies;

    bool operator==(const Comment &) const = default;
};

// --- Stable keys and JSON -------------------------------------------------------------------------------

QString toKey(CoverageStatus s);   // covered, partial, not-covered, not-applicable
QString toKey(TargetStatus s);     // stricter, equal, looser-needs-allocation-evidence, qualitative-only, …
QString toKey(DepartmentIssue i);  // parent-level-lead, parent-level-support, no-lead, vertical-at-child-level
QString toKey(CitationStatus s);   // correct, title-missing, doc-number-missing, doc-number-wrong, no-parent-cited
QString toKey(AnchorKind k);       // node, target, assignment, plan
QString toKey(CommentStatus s);    // open, resolved
std::optional<CoverageStatus> coverageStatusFromKey(const QString &key);
std::optional<AnchorKind> anchorKindFromKey(const QString &key);
std::optional<CommentStatus> commentStatusFromKey(const QString &key);

QJsonObject toJson(const ChildMatch &m);
QJsonObject toJson(const TaskCoverage &c);
QJsonObject toJson(const TargetComparison &t);
QJsonObject toJson(const DepartmentFinding &d);
QJsonObject toJson(const Counterpart &c);
QJsonObject toJson(const CitationFinding &c);
QJsonObject toJson(const ReviewSummary &s);
QJsonObject toJson(const ActionCoverage &a);
/** The whole result: {"parent", "child", "summary", "coverage", "actions", "targets", "missingHeadlineIndicators",
 *  "departments", "counterparts", "citations"}. */
QJsonObject toJson(const ReviewResult &r);
QJsonObject toJson(const Comment &c);

} // namespace pw::review
