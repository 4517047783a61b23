#include "reviewresult.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace pw::review {
namespace {

QJsonValue idOrNull(const QUuid &id) { return id.isNull() ? QJsonValue() : QJsonValue(id.toString(QUuid::WithoutBraces)); }
QString timeText(const QDateTime &t) { return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString(); }

template<typename T>
QJsonArray array(const QList<T> &items)
{
    QJsonArray a;
    for (const T &item : items)
        a.append(toJson(item));
    return a;
}

} // namespace

QString toKey(CoverageStatus s)
{
    switch (s) {
    case CoverageStatus::Covered: return u"covered"_s;
    case CoverageStatus::Partial: return u"partial"_s;
    case CoverageStatus::NotCovered: return u"not-covered"_s;
    case CoverageStatus::NotApplicable: return u"not-applicable"_s;
    }
    return {};
}

QString toKey(TargetStatus s)
{
    switch (s) {
    case TargetStatus::Stricter: return u"stricter"_s;
    case TargetStatus::Equal: return u"equal"_s;
    case TargetStatus::LooserNeedsAllocationEvidence: return u"looser-needs-allocation-evidence"_s;
    case TargetStatus::QualitativeOnly: return u"qualitative-only"_s;
    case TargetStatus::MissingInChild: return u"missing-in-child"_s;
    case TargetStatus::UnitMismatch: return u"unit-mismatch"_s;
    case TargetStatus::BaseYearMismatch: return u"base-year-mismatch"_s;
    case TargetStatus::CommitmentWeakened: return u"commitment-weakened"_s;
    case TargetStatus::NotComparable: return u"not-comparable"_s;
    case TargetStatus::ChildQuantifiesParentQualitative: return u"child-quantifies-parent-qualitative"_s;
    }
    return {};
}

QString toKey(DepartmentIssue i)
{
    switch (i) {
    case DepartmentIssue::ParentLevelLead: return u"parent-level-lead"_s;
    case DepartmentIssue::ParentLevelSupport: return u"parent-level-support"_s;
    case DepartmentIssue::NoLead: return u"no-lead"_s;
    case DepartmentIssue::VerticalAtChildLevel: return u"vertical-at-child-level"_s;
    }
    return {};
}

QString toKey(CitationStatus s)
{
    switch (s) {
    case CitationStatus::Correct: return u"correct"_s;
    case CitationStatus::TitleMissing: return u"title-missing"_s;
    case CitationStatus::DocNumberMissing: return u"doc-number-missing"_s;
    case CitationStatus::DocNumberWrong: return u"doc-number-wrong"_s;
    case CitationStatus::NoParentCited: return u"no-parent-cited"_s;
    case CitationStatus::CannotCheck: return u"cannot-check"_s;
    }
    return {};
}

QString toKey(AnchorKind k)
{
    switch (k) {
    case AnchorKind::Node: return u"node"_s;
    case AnchorKind::Target: return u"target"_s;
    case AnchorKind::Assignment: return u"assignment"_s;
    case AnchorKind::Plan: return u"plan"_s;
    }
    return {};
}

QString toKey(CommentStatus s) { return s == CommentStatus::Open ? u"open"_s : u"resolved"_s; }

std::optional<CoverageStatus> coverageStatusFromKey(const QString &key)
{
    for (auto s : { CoverageStatus::Covered, CoverageStatus::Partial, CoverageStatus::NotCovered,
                    CoverageStatus::NotApplicable }) {
        if (toKey(s) == key)
            return s;
    }
    return std::nullopt;
}

std::optional<AnchorKind> anchorKindFromKey(const QString &key)
{
    for (auto k : { AnchorKind::Node, AnchorKind::Target, AnchorKind::Assignment, AnchorKind::Plan }) {
        if (toKey(k) == key)
            return k;
    }
    return std::nullopt;
}

std::optional<CommentStatus> commentStatusFromKey(const QString &key)
{
    for (auto s : { CommentStatus::Open, CommentStatus::Resolved }) {
        if (toKey(s) == key)
            return s;
    }
    return std::nullopt;
}

QJsonObject toJson(const ChildMatch &m)
{
    return QJsonObject { { u"childNodeId"_s, idOrNull(m.childNodeId) }, { u"number"_s, m.number },
        { u"path"_s, m.path }, { u"title"_s, m.title }, { u"text"_s, m.text }, { u"score"_s, m.score },
        { u"confirmed"_s, m.confirmed }, { u"rejected"_s, m.rejected }, { u"manual"_s, m.manual } };
}

QJsonObject toJson(const TaskCoverage &c)
{
    return QJsonObject { { u"parentNodeId"_s, idOrNull(c.parentNodeId) }, { u"number"_s, c.number },
        { u"path"_s, c.path }, { u"actionId"_s, idOrNull(c.actionId) }, { u"action"_s, c.actionTitle },
        { u"title"_s, c.title }, { u"text"_s, c.text }, { u"status"_s, toKey(c.status) }, { u"score"_s, c.score },
        { u"matches"_s, array(c.matches) }, { u"mandatory"_s, c.mandatory },
        { u"mandatoryReason"_s, c.mandatoryReason }, { u"notApplicableReason"_s, c.notApplicableReason } };
}

QJsonObject toJson(const TargetComparison &t)
{
    QJsonArray flags;
    for (TargetStatus s : t.alsoFlags)
        flags.append(toKey(s));
    return QJsonObject { { u"indicator"_s, t.indicator }, { u"parentIndicatorName"_s, t.parentIndicatorName },
        { u"childIndicatorName"_s, t.childIndicatorName }, { u"year"_s, t.year },
        { u"parentTargetId"_s, idOrNull(t.parentTargetId) }, { u"childTargetId"_s, idOrNull(t.childTargetId) },
        { u"parentValue"_s, t.parentValue }, { u"childValue"_s, t.childValue }, { u"status"_s, toKey(t.status) },
        { u"alsoFlags"_s, flags }, { u"headline"_s, t.headline }, { u"note"_s, t.note },
        { u"parentEvidence"_s, t.parentEvidence }, { u"childEvidence"_s, t.childEvidence } };
}

QJsonObject toJson(const DepartmentFinding &d)
{
    return QJsonObject { { u"issue"_s, toKey(d.issue) }, { u"childNodeId"_s, idOrNull(d.childNodeId) },
        { u"number"_s, d.number }, { u"title"_s, d.title }, { u"departmentId"_s, idOrNull(d.departmentId) },
        { u"department"_s, d.department }, { u"counterpart"_s, d.counterpart }, { u"note"_s, d.note } };
}

QJsonObject toJson(const Counterpart &c)
{
    QJsonObject o { { u"parentDepartment"_s, c.parentDepartment }, { u"childDepartment"_s, c.childDepartment },
        { u"branchOffice"_s, c.branchOffice }, { u"edited"_s, c.edited } };
    if (!c.learnedFrom.isEmpty())
        o.insert(u"learnedFrom"_s, c.learnedFrom);
    return o;
}

QJsonObject toJson(const CitationFinding &c)
{
    return QJsonObject { { u"status"_s, toKey(c.status) }, { u"expectedTitle"_s, c.expectedTitle },
        { u"expectedDocNumber"_s, c.expectedDocNumber }, { u"citedTitle"_s, c.citedTitle },
        { u"citedDocNumber"_s, c.citedDocNumber }, { u"note"_s, c.note } };
}

QJsonObject toJson(const ReviewSummary &s)
{
    QJsonObject byStatus;
    for (const auto &[status, count] : s.targetsByStatus)
        byStatus.insert(toKey(status), count);
    return QJsonObject { { u"parentTasks"_s, s.parentTasks }, { u"covered"_s, s.covered },
        { u"partial"_s, s.partial }, { u"notCovered"_s, s.notCovered }, { u"notApplicable"_s, s.notApplicable },
        { u"coveragePercent"_s, s.coveragePercent }, { u"mandatory"_s, s.mandatory },
        { u"mandatoryUncovered"_s, s.mandatoryUncovered }, { u"targetsByStatus"_s, byStatus },
        { u"headlineMissing"_s, s.headlineMissing }, { u"departmentIssues"_s, s.departmentIssues },
        { u"citationIssues"_s, s.citationIssues } };
}

QJsonObject toJson(const ActionCoverage &a)
{
    return QJsonObject { { u"actionId"_s, idOrNull(a.actionId) }, { u"title"_s, a.title }, { u"tasks"_s, a.tasks },
        { u"covered"_s, a.covered }, { u"partial"_s, a.partial }, { u"notCovered"_s, a.notCovered },
        { u"notApplicable"_s, a.notApplicable } };
}

QJsonObject toJson(const ReviewResult &r)
{
    return QJsonObject {
        { u"parent"_s, QJsonObject { { u"title"_s, r.parentTitle }, { u"docNumber"_s, r.parentDocNumber } } },
        { u"child"_s, QJsonObject { { u"title"_s, r.childTitle }, { u"region"_s, r.childRegion } } },
        { u"summary"_s, toJson(r.summary) },
        { u"coverage"_s, array(r.coverage) },
        { u"actions"_s, array(r.actions) },
        { u"targets"_s, array(r.targets) },
        { u"missingHeadlineIndicators"_s, QJsonArray::fromStringList(r.missingHeadlineIndicators) },
        { u"departments"_s, array(r.departments) },
        { u"counterparts"_s, array(r.counterparts) },
        { u"citations"_s, array(r.citations) },
    };
}

QJsonObject toJson(const Comment &c)
{
    QJsonArray replies;
    for (const CommentReply &r : c.replies) {
        replies.append(QJsonObject { { u"id"_s, idOrNull(r.id) }, { u"author"_s, r.author },
            { u"time"_s, timeText(r.time) }, { u"text"_s, r.text } });
    }
    const QJsonObject anchor { { u"kind"_s, toKey(c.anchor.kind) }, { u"nodeId"_s, idOrNull(c.anchor.nodeId) },
        { u"targetId"_s, idOrNull(c.anchor.targetId) }, { u"departmentId"_s, idOrNull(c.anchor.departmentId) } };
    return QJsonObject { { u"id"_s, idOrNull(c.id) }, { u"anchor"_s, anchor }, { u"author"_s, c.author },
        { u"time"_s, timeText(c.time) }, { u"text"_s, c.text }, { u"status"_s, toKey(c.status) },
        { u"replies"_s, replies } };
}

} // namespace pw::review
