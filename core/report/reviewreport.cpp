#include "reviewreport.h"

#include "reportbuilder.h"
#include "reportexport.h"

#include "model/indicatoridentity.h"
#include "model/plan.h"

#include <QCoreApplication>

#include <cmath>

using namespace Qt::StringLiterals;

namespace pw::report {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pw::report::ReviewReport", text);
}

QString percent(double v)
{
    return QString::number(v, 'f', 1) + u'%';
}

QString anchorText(const review::CommentAnchor &a, const Plan &child)
{
    using review::AnchorKind;
    const Node *node = a.nodeId.isNull() ? nullptr : child.findNode(a.nodeId);
    const QString nodeText = node ? nodeNumber(*node) + node->content.title : QString();
    switch (a.kind) {
    case AnchorKind::Plan:
        return tr("全文");
    case AnchorKind::Node:
        return nodeText.isEmpty() ? tr("（已删除的条目）") : nodeText;
    case AnchorKind::Assignment: {
        const Department *d = child.department(a.departmentId);
        return (nodeText.isEmpty() ? tr("（已删除的条目）") : nodeText) + tr("：") + (d ? d->name : tr("（未知单位）"));
    }
    case AnchorKind::Target: {
        for (const Target &t : child.targets) {
            if (t.id != a.targetId)
                continue;
            const Indicator *ind = child.indicator(t.indicatorId);
            return tr("目标：%1（%2年）").arg(ind ? ind->name : QString()).arg(t.year);
        }
        return tr("（已删除的目标）");
    }
    }
    return {};
}

} // namespace

QColor coverageColor(review::CoverageStatus s)
{
    switch (s) {
    case review::CoverageStatus::Covered:
        return QColor(0x2e, 0x7d, 0x32);
    case review::CoverageStatus::Partial:
        return QColor(0xf9, 0xa8, 0x25);
    case review::CoverageStatus::NotCovered:
        return QColor(0xc6, 0x28, 0x28);
    case review::CoverageStatus::NotApplicable:
        return QColor(0x9e, 0x9e, 0x9e);
    }
    return Qt::gray;
}

QString coverageLabel(review::CoverageStatus status)
{
    switch (status) {
    case review::CoverageStatus::Covered:
        return tr("已覆盖");
    case review::CoverageStatus::Partial:
        return tr("部分覆盖");
    case review::CoverageStatus::NotCovered:
        return tr("未覆盖");
    case review::CoverageStatus::NotApplicable:
        return tr("不适用");
    }
    return {};
}

QString targetLabel(review::TargetStatus status)
{
    using review::TargetStatus;
    switch (status) {
    case TargetStatus::Stricter:
        return tr("严于上级");
    case TargetStatus::Equal:
        return tr("与上级一致");
    case TargetStatus::LooserNeedsAllocationEvidence:
        return tr("低于上级，需说明分解依据");
    case TargetStatus::QualitativeOnly:
        return tr("仅定性表述");
    case TargetStatus::MissingInChild:
        return tr("下级缺失");
    case TargetStatus::UnitMismatch:
        return tr("单位不一致");
    case TargetStatus::BaseYearMismatch:
        return tr("基准年不一致");
    case TargetStatus::CommitmentWeakened:
        return tr("约束减弱（不再“确保”）");
    case TargetStatus::NotComparable:
        return tr("无法比较");
    case TargetStatus::ChildQuantifiesParentQualitative:
        return tr("下级量化了上级定性目标");
    }
    return {};
}

QString departmentIssueLabel(review::DepartmentIssue issue)
{
    switch (issue) {
    case review::DepartmentIssue::ParentLevelLead:
        return tr("由上级部门牵头");
    case review::DepartmentIssue::ParentLevelSupport:
        return tr("责任单位含上级部门");
    case review::DepartmentIssue::NoLead:
        return tr("无牵头单位");
    case review::DepartmentIssue::VerticalAtChildLevel:
        return tr("垂直管理部门应为市局分局");
    }
    return {};
}

QString citationLabel(review::CitationStatus status)
{
    switch (status) {
    case review::CitationStatus::Correct:
        return tr("引用正确");
    case review::CitationStatus::TitleMissing:
        return tr("未引用上级方案名称");
    case review::CitationStatus::DocNumberMissing:
        return tr("未引用上级方案文号");
    case review::CitationStatus::DocNumberWrong:
        return tr("上级方案文号有误");
    case review::CitationStatus::NoParentCited:
        return tr("未引用上级方案");
    case review::CitationStatus::CannotCheck:
        return tr("无法核对（上级文件标题或文号未知）");
    }
    return {};
}

Paragraph paragraph(const QString &s, Role role, FontRole font, Align align, int indent, qreal size)
{
    Paragraph p;
    p.role = role;
    p.runs = { Run { s, font, false } };
    p.align = align;
    p.firstIndentChars = indent;
    p.pointSize = size;
    p.keepWithNext = role == Role::Heading1;
    return p;
}

void appendAnnex(QList<Block> &blocks, const QString &label, const QString &title, const Table &table)
{
    blocks.append(PageBreak { true });
    blocks.append(paragraph(label, Role::AnnexLabel, FontRole::HeiTi, Align::Left, 0));
    Paragraph p = paragraph(title, Role::Title, FontRole::XiaoBiaoSong, Align::Center, 0, 22);
    p.blankLinesBefore = 1;
    blocks.append(p);
    blocks.append(Spacer { 4 });
    blocks.append(table);
}

ReportDocument buildReviewReport(const review::ReviewResult &r, const QList<review::Comment> &comments,
                                 const Plan &child)
{
    using namespace review;
    ReportDocument doc;
    doc.title = tr("《%1》衔接审查报告").arg(r.childTitle);
    doc.draft = true; // a working document: centred page numbers
    QList<Block> &b = doc.blocks;
    b.append(paragraph(doc.title, Role::Title, FontRole::XiaoBiaoSong, Align::Center, 0, 22));
    const QString parentRef = r.parentDocNumber.isEmpty() ? tr("《%1》").arg(r.parentTitle)
                                                          : tr("《%1》（%2）").arg(r.parentTitle, r.parentDocNumber);
    b.append(paragraph(tr("对照上级方案%1").arg(parentRef), Role::Subtitle, FontRole::KaiTi, Align::Center, 0));

    const ReviewSummary &s = r.summary;
    QList<Comment> open;
    for (const Comment &c : comments) {
        if (c.status == CommentStatus::Open)
            open.append(c);
    }

    const int departmentAnnex = r.departments.isEmpty() ? 0 : 3;
    const int commentAnnex = open.isEmpty() ? 0 : departmentAnnex + (departmentAnnex ? 1 : 3);

    Paragraph h1 = paragraph(tr("一、总体情况"), Role::Heading1, FontRole::HeiTi);
    h1.blankLinesBefore = 1;
    b.append(h1);
    b.append(paragraph(tr("上级方案共列重点任务%1项，下级方案已覆盖%2项、部分覆盖%3项、未覆盖%4项、不适用%5项，"
                     "任务覆盖率%6。其中须由下级落实的任务%7项，尚有%8项未覆盖。")
                      .arg(s.parentTasks)
                      .arg(s.covered)
                      .arg(s.partial)
                      .arg(s.notCovered)
                      .arg(s.notApplicable)
                      .arg(percent(s.coveragePercent))
                      .arg(s.mandatory)
                      .arg(s.mandatoryUncovered)));
    QStringList statusParts;
    int targetCount = 0;
    for (const auto &[status, count] : s.targetsByStatus) {
        targetCount += count;
        if (count > 0)
            statusParts.append(tr("%1%2项").arg(targetLabel(status)).arg(count));
    }
    QString targetsSentence = tr("目标指标共比对%1项").arg(targetCount);
    if (!statusParts.isEmpty())
        targetsSentence += tr("，其中") + statusParts.join(tr("、"));
    targetsSentence += tr("。");
    if (!r.missingHeadlineIndicators.isEmpty())
        targetsSentence += tr("上级方案的主要指标中，下级方案未提及%1项：%2。")
                               .arg(r.missingHeadlineIndicators.size())
                               .arg(r.missingHeadlineIndicators.join(tr("、")));
    b.append(paragraph(targetsSentence));
    b.append(paragraph(tr("责任单位审查发现问题%1项，上级文件引用审查发现问题%2项，尚未处理的审查意见%3条。")
                      .arg(s.departmentIssues)
                      .arg(s.citationIssues)
                      .arg(open.size())));
    b.append(Table { { { tr("审查项目"), 3, Align::Left }, { tr("结果"), 2, Align::Center } },
                     { { tr("上级重点任务"), QString::number(s.parentTasks) },
                       { tr("任务覆盖率"), percent(s.coveragePercent) },
                       { tr("未覆盖的必须落实任务"), QString::number(s.mandatoryUncovered) },
                       { tr("比对的目标指标"), QString::number(targetCount) },
                       { tr("下级未提及的主要指标"), QString::number(s.headlineMissing) },
                       { tr("责任单位问题"), QString::number(s.departmentIssues) },
                       { tr("文件引用问题"), QString::number(s.citationIssues) },
                       { tr("待处理审查意见"), QString::number(open.size()) } } });

    b.append(paragraph(tr("二、任务覆盖情况"), Role::Heading1, FontRole::HeiTi));
    if (!r.actions.isEmpty()) {
        BarChart chart;
        chart.title = tr("上级方案各行动任务覆盖情况（项）");
        const QList<CoverageStatus> statuses { CoverageStatus::Covered, CoverageStatus::Partial,
                                               CoverageStatus::NotCovered, CoverageStatus::NotApplicable };
        for (CoverageStatus st : statuses)
            chart.series.append({ coverageLabel(st), coverageColor(st), {} });
        for (const ActionCoverage &a : r.actions) {
            chart.categories.append(a.title.isEmpty() ? tr("（未归入行动）") : a.title);
            chart.series[0].values.append(a.covered);
            chart.series[1].values.append(a.partial);
            chart.series[2].values.append(a.notCovered);
            chart.series[3].values.append(a.notApplicable);
        }
        b.append(chart);
    }
    QStringList uncovered;
    for (const TaskCoverage &c : r.coverage) {
        if (c.mandatory && c.status == CoverageStatus::NotCovered)
            uncovered.append(c.number + c.title);
    }
    b.append(paragraph(uncovered.isEmpty() ? tr("须由下级落实的上级任务均已在下级方案中体现。")
                                      : tr("以下须由下级落实的上级任务尚未在下级方案中体现：%1。").arg(uncovered.join(tr("；")))));
    b.append(paragraph(tr("逐项覆盖情况见附件1。")));

    b.append(paragraph(tr("三、目标指标衔接情况"), Role::Heading1, FontRole::HeiTi));
    if (targetCount > 0) {
        BarChart chart;
        chart.title = tr("目标指标比对结论（项）");
        chart.stacked = false;
        chart.series.append({ tr("指标数"), QColor(0x1f, 0x4e, 0x99), {} });
        for (const auto &[status, count] : s.targetsByStatus) {
            chart.categories.append(targetLabel(status));
            chart.series[0].values.append(count);
        }
        b.append(chart);
    }
    // The parent's values next to the child's, for the percentage targets both quantify.
    BarChart values;
    values.title = tr("上级与下级目标值对比（%）");
    values.stacked = false;
    values.series = { { tr("上级方案"), QColor(0xc0, 0x39, 0x2b), {} }, { tr("下级方案"), QColor(0x1f, 0x4e, 0x99), {} } };
    for (const TargetComparison &t : r.targets) {
        if (!t.parentNumber || !t.childNumber || normaliseUnit(t.unit) != u"%"_s)
            continue;
        values.categories.append(tr("%1（%2年）").arg(t.indicator).arg(t.year));
        values.series[0].values.append(*t.parentNumber);
        values.series[1].values.append(*t.childNumber);
    }
    if (!values.categories.isEmpty())
        b.append(values);
    b.append(paragraph(tr("逐项比对情况见附件2。各项结论所依据的上下级方案原文并列于附件2。")));

    b.append(paragraph(tr("四、责任单位和文件引用"), Role::Heading1, FontRole::HeiTi));
    b.append(paragraph(r.departments.isEmpty() ? tr("未发现责任单位问题。")
                                          : tr("共发现责任单位问题%1项，详见附件%2。").arg(r.departments.size()).arg(departmentAnnex)));
    for (const CitationFinding &c : r.citations) {
        QString sentence = tr("文件引用：%1").arg(citationLabel(c.status));
        if (!c.note.isEmpty())
            sentence += tr("，") + c.note;
        b.append(paragraph(sentence + tr("。")));
    }
    b.append(paragraph(tr("五、审查意见"), Role::Heading1, FontRole::HeiTi));
    b.append(paragraph(open.isEmpty() ? tr("审查意见均已处理。") : tr("尚有%1条审查意见待处理，详见附件%2。").arg(open.size()).arg(commentAnnex)));

    auto annex = [&](int n, const QString &title, const Table &t) { appendAnnex(b, tr("附件%1").arg(n), title, t); };
    Table coverage { { { tr("序号"), 0.8, Align::Center }, { tr("上级任务"), 4.5, Align::Justify },
                       { tr("覆盖情况"), 1.4, Align::Center }, { tr("下级方案对应内容"), 4.5, Align::Justify },
                       { tr("匹配度"), 1.1, Align::Center }, { tr("说明"), 2.2, Align::Left } },
                     {} };
    int i = 0;
    for (const TaskCoverage &c : r.coverage) {
        QStringList matches;
        for (const ChildMatch &m : c.matches) {
            if (!m.rejected)
                matches.append(m.number + m.title);
        }
        QString note = c.status == CoverageStatus::NotApplicable ? c.notApplicableReason : QString();
        if (c.mandatory)
            note = (note.isEmpty() ? QString() : note + tr("；")) + tr("须落实（%1）").arg(c.mandatoryScope);
        coverage.rows.append({ QString::number(++i), c.number + c.title, coverageLabel(c.status),
                               matches.join(tr("；")), QString::number(std::lround(c.score * 100)) + u'%', note });
    }
    annex(1, tr("上级方案任务覆盖情况表"), coverage);
    Table targets { { { tr("序号"), 0.8, Align::Center }, { tr("指标"), 2.4, Align::Left }, { tr("年份"), 1.3, Align::Center },
                      { tr("上级目标"), 2, Align::Center }, { tr("下级目标"), 2, Align::Center },
                      { tr("结论"), 1.8, Align::Center }, { tr("说明"), 2.4, Align::Left },
                      { tr("上级原文"), 3.3, Align::Justify }, { tr("下级原文"), 3.3, Align::Justify } },
                    {} };
    i = 0;
    for (const TargetComparison &t : r.targets) {
        QString verdict = targetLabel(t.status);
        for (TargetStatus also : t.alsoFlags)
            verdict += tr("；") + targetLabel(also);
        targets.rows.append({ QString::number(++i), t.indicator, t.year > 0 ? QString::number(t.year) : QString(),
                              t.parentValue, t.childValue, verdict, t.note, t.parentEvidence, t.childEvidence });
    }
    annex(2, tr("目标指标比对表"), targets);
    Table departments { { { tr("序号"), 0.8, Align::Center }, { tr("下级任务"), 4, Align::Justify },
                          { tr("问题"), 2, Align::Center }, { tr("涉及单位"), 2.2, Align::Left },
                          { tr("建议对应单位"), 2.2, Align::Left }, { tr("说明"), 3, Align::Left } },
                        {} };
    i = 0;
    for (const DepartmentFinding &d : r.departments)
        departments.rows.append({ QString::number(++i), d.number + d.title, departmentIssueLabel(d.issue), d.department,
                                  d.counterpart, d.note });
    if (departmentAnnex)
        annex(departmentAnnex, tr("责任单位审查情况表"), departments);
    Table openTable { { { tr("序号"), 0.8, Align::Center }, { tr("对象"), 3.5, Align::Left },
                        { tr("意见"), 6, Align::Justify }, { tr("提出人"), 1.5, Align::Center },
                        { tr("时间"), 1.6, Align::Center } },
                      {} };
    i = 0;
    for (const Comment &c : open) {
        QString body = c.text;
        for (const CommentReply &reply : c.replies)
            body += tr("（%1回复：%2）").arg(reply.author, reply.text);
        openTable.rows.append({ QString::number(++i), anchorText(c.anchor, child), body, c.author,
                                c.time.isValid() ? chineseDate(c.time.date()) : QString() });
    }
    if (commentAnnex)
        annex(commentAnnex, tr("待处理审查意见"), openTable);
    return doc;
}

bool writeReviewReport(const review::ReviewResult &result, const QList<review::Comment> &comments,
                       const Plan &child, const QString &path, QString *error)
{
    return exportReport(buildReviewReport(result, comments, child), ReportFonts::detected(), path, error);
}

} // namespace pw::report
