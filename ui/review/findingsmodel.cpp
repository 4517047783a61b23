#include "findingsmodel.h"

#include <QBrush>
#include <QColor>

using namespace Qt::StringLiterals;

namespace pw {

QString coverageStatusName(review::CoverageStatus s)
{
    switch (s) {
    case review::CoverageStatus::Covered: return FindingsModel::tr("Covered");
    case review::CoverageStatus::Partial: return FindingsModel::tr("Partly covered");
    case review::CoverageStatus::NotCovered: return FindingsModel::tr("Not covered");
    case review::CoverageStatus::NotApplicable: return FindingsModel::tr("Not applicable");
    }
    return {};
}

QString targetStatusName(review::TargetStatus s)
{
    using review::TargetStatus;
    switch (s) {
    case TargetStatus::Stricter: return FindingsModel::tr("Stricter");
    case TargetStatus::Equal: return FindingsModel::tr("Equal");
    case TargetStatus::LooserNeedsAllocationEvidence: return FindingsModel::tr("Looser: needs allocation evidence");
    case TargetStatus::QualitativeOnly: return FindingsModel::tr("Qualitative only: not quantified");
    case TargetStatus::MissingInChild: return FindingsModel::tr("Missing in child");
    case TargetStatus::UnitMismatch: return FindingsModel::tr("Unit mismatch");
    case TargetStatus::BaseYearMismatch: return FindingsModel::tr("Base-year mismatch");
    case TargetStatus::CommitmentWeakened: return FindingsModel::tr("Commitment weakened");
    case TargetStatus::NotComparable: return FindingsModel::tr("Not comparable");
    case TargetStatus::ChildQuantifiesParentQualitative: return FindingsModel::tr("Child quantifies the parent's qualitative target");
    }
    return {};
}

FindingsModel::FindingsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QString FindingsModel::categoryName(Category c)
{
    switch (c) {
    case Category::Coverage: return tr("Coverage");
    case Category::Target: return tr("Target");
    case Category::Department: return tr("Department");
    case Category::Citation: return tr("Citation");
    }
    return {};
}

void FindingsModel::setResult(const review::ReviewResult &r)
{
    using namespace review;
    beginResetModel();
    m_findings.clear();
    for (const TaskCoverage &c : r.coverage) {
        if (c.status == CoverageStatus::Covered || c.status == CoverageStatus::NotApplicable)
            continue;
        Finding f;
        f.category = Category::Coverage;
        f.severity = c.status == CoverageStatus::NotCovered ? Severity::Problem : Severity::Check;
        f.status = coverageStatusName(c.status) + (c.mandatory ? tr(" (mandatory)") : QString());
        f.location = c.number + c.title;
        f.detail = c.mandatory ? c.mandatoryReason : QString();
        if (!c.matches.isEmpty())
            f.detail += (f.detail.isEmpty() ? QString() : u"; "_s)
                + tr("best match %1%2 (%3)").arg(c.matches.first().number, c.matches.first().title,
                                                  QString::number(c.matches.first().score, 'f', 2));
        f.parentSays = c.text.isEmpty() ? c.title : c.text;
        f.childSays = c.matches.isEmpty() ? QString() : c.matches.first().title + u' ' + c.matches.first().text;
        f.nodeId = c.parentNodeId;
        m_findings.append(f);
    }
    for (const TargetComparison &t : r.targets) {
        if (t.status == TargetStatus::Equal || t.status == TargetStatus::Stricter
            || t.status == TargetStatus::ChildQuantifiesParentQualitative)
            continue;
        Finding f;
        f.category = Category::Target;
        const bool problem = t.status == TargetStatus::MissingInChild || t.status == TargetStatus::UnitMismatch
            || t.status == TargetStatus::BaseYearMismatch || t.status == TargetStatus::CommitmentWeakened;
        f.severity = problem ? Severity::Problem : Severity::Check;
        f.status = targetStatusName(t.status);
        f.location = u"%1 %2"_s.arg(t.indicator).arg(t.year);
        f.detail = tr("parent %1; child %2").arg(t.parentValue, t.childValue.isEmpty() ? u"—"_s : t.childValue);
        if (!t.note.isEmpty())
            f.detail += u". "_s + t.note;
        f.parentSays = t.parentEvidence;
        f.childSays = t.childEvidence;
        m_findings.append(f);
    }
    for (const QString &missing : r.missingHeadlineIndicators) {
        Finding f;
        f.category = Category::Target;
        f.severity = Severity::Problem;
        f.status = tr("Headline indicator absent");
        f.location = missing;
        m_findings.append(f);
    }
    for (const DepartmentFinding &d : r.departments) {
        Finding f;
        f.category = Category::Department;
        f.severity = d.issue == DepartmentIssue::ParentLevelLead ? Severity::Problem : Severity::Check;
        switch (d.issue) {
        case DepartmentIssue::ParentLevelLead: f.status = tr("Parent-level lead"); break;
        case DepartmentIssue::ParentLevelSupport: f.status = tr("Parent-level unit"); break;
        case DepartmentIssue::NoLead: f.status = tr("No lead department"); break;
        case DepartmentIssue::VerticalAtChildLevel: f.status = tr("Should be a branch office"); break;
        }
        f.location = d.number + d.title;
        f.detail = d.department.isEmpty() ? QString() : tr("%1 → %2").arg(d.department, d.counterpart);
        f.nodeId = d.childNodeId;
        f.childSide = true;
        m_findings.append(f);
    }
    for (const CitationFinding &c : r.citations) {
        Finding f;
        f.category = Category::Citation;
        f.severity = c.status == CitationStatus::Correct ? Severity::Info
            : c.status == CitationStatus::CannotCheck    ? Severity::Check
                                                         : Severity::Problem;
        f.status = c.status == CitationStatus::Correct ? tr("Correct")
            : c.status == CitationStatus::CannotCheck  ? tr("Cannot check")
                                                       : tr("Citation issue");
        f.location = c.expectedTitle;
        f.detail = c.note;
        f.parentSays = c.expectedTitle.isEmpty() ? QString() : u"《"_s + c.expectedTitle + u"》"_s + c.expectedDocNumber;
        f.childSays = c.citedTitle.isEmpty() ? QString() : u"《"_s + c.citedTitle + u"》"_s + c.citedDocNumber;
        m_findings.append(f);
    }
    endResetModel();
}

int FindingsModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_findings.size()); }
int FindingsModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_findings.size())
        return {};
    const Finding &f = m_findings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (Column(index.column())) {
        case CategoryColumn: return categoryName(f.category);
        case SeverityColumn:
            return f.severity == Severity::Problem ? tr("Problem") : f.severity == Severity::Check ? tr("Check") : tr("Info");
        case StatusColumn: return f.status;
        case LocationColumn: return f.location;
        case DetailColumn: return f.detail;
        case ParentSaysColumn: return f.parentSays;
        case ChildSaysColumn: return f.childSays;
        case ColumnCount: break;
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == SeverityColumn && f.severity == Severity::Problem)
            return QBrush(QColor(0xb0, 0x20, 0x20));
        break;
    case CategoryRole: return int(f.category);
    case SeverityRole: return int(f.severity);
    case NodeIdRole: return f.nodeId;
    case ChildSideRole: return f.childSide;
    default: break;
    }
    return {};
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case CategoryColumn: return tr("Category");
    case SeverityColumn: return tr("Severity");
    case StatusColumn: return tr("Finding");
    case LocationColumn: return tr("Where");
    case DetailColumn: return tr("Detail");
    case ParentSaysColumn: return tr("Parent says");
    case ChildSaysColumn: return tr("Child says");
    case ColumnCount: break;
    }
    return {};
}

} // namespace pw
