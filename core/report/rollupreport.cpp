#include "rollupreport.h"

#include "reportexport.h"
#include "reviewreport.h"

#include <QCoreApplication>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace pw::report {
namespace {

constexpr qsizetype kChildrenPerTable = 5; // keeps a landscape table legible (2 cm per child column)

QString tr(const char *text)
{
    return QCoreApplication::translate("pw::report::RollupReport", text);
}

QString number(double v)
{
    return QString::number(v, 'g', 10);
}

QString percent(double v)
{
    return QString::number(v, 'f', 1) + u'%';
}

QString childName(const library::RollupChild &child)
{
    return child.region.isEmpty() ? child.title : child.region;
}

QString rowName(const library::RollupRow &row)
{
    return row.year > 0 ? tr("%1（%2年）").arg(row.indicator).arg(row.year) : row.indicator;
}

QString cellText(const library::RollupCell &cell)
{
    const QString value = cell.value.isEmpty() ? tr("—") : cell.value;
    return cell.status ? tr("%1（%2）").arg(value, targetLabel(*cell.status)) : value;
}

int uncovered(const library::RollupChild &child)
{
    return std::max(0, child.mandatoryTasks - child.mandatoryCovered - child.mandatoryPartial);
}

bool isComparableSum(const library::RollupRow &row)
{
    return row.additive && row.childSum && row.parentNumber && *row.parentNumber > 0;
}

Paragraph heading(const QString &title)
{
    Paragraph p = paragraph(title, Role::Heading1, FontRole::HeiTi);
    p.blankLinesBefore = 1; // most sections follow a table
    return p;
}

void appendSummary(QList<Block> &b, const library::Rollup &r)
{
    std::map<review::TargetStatus, int> byStatus;
    int compared = 0;
    for (const library::RollupRow &row : r.rows) {
        for (const library::RollupCell &cell : row.children) {
            if (cell.status) {
                ++byStatus[*cell.status];
                ++compared;
            }
        }
    }
    QStringList statusParts;
    for (const auto &[status, count] : byStatus)
        statusParts.append(tr("%1%2项").arg(targetLabel(status)).arg(count));
    const auto additive = std::count_if(r.rows.begin(), r.rows.end(), isComparableSum);
    QString sentence = tr("《%1》共有下级方案%2个。上级方案共列目标指标%3项（按指标和年份计），其中可加总指标%4项；"
                          "下级方案目标共比对%5项")
                           .arg(r.parentTitle)
                           .arg(r.children.size())
                           .arg(r.rows.size())
                           .arg(additive)
                           .arg(compared);
    if (!statusParts.isEmpty())
        sentence += tr("，其中") + statusParts.join(tr("、"));
    b.append(paragraph(sentence + tr("。")));

    const auto fullyCovered = std::count_if(r.children.begin(), r.children.end(),
                                            [](const library::RollupChild &c) { return uncovered(c) == 0; });
    const auto shortfalls = std::count_if(r.rows.begin(), r.rows.end(), [](const library::RollupRow &row) {
        return isComparableSum(row) && *row.childSum < *row.parentNumber;
    });
    b.append(Table { { { tr("汇总项目"), 3, Align::Left }, { tr("结果"), 2, Align::Center } },
                     { { tr("下级方案"), QString::number(r.children.size()) },
                       { tr("上级目标指标"), QString::number(r.rows.size()) },
                       { tr("可加总指标"), QString::number(additive) },
                       { tr("下级合计低于上级目标的指标"), QString::number(shortfalls) },
                       { tr("必须落实任务全部覆盖的下级方案"), QString::number(fullyCovered) } } });
}

void appendSums(QList<Block> &b, const library::Rollup &r)
{
    b.append(heading(tr("二、可加总指标汇总")));
    BarChart shares;
    shares.title = tr("下级方案合计占上级目标的比例（%）");
    shares.stacked = false;
    shares.series = { { tr("下级合计"), QColor(0x1f, 0x4e, 0x99), {} } };
    Table sums { { { tr("指标"), 3, Align::Left }, { tr("单位"), 1.2, Align::Center },
                   { tr("上级目标"), 1.5, Align::Center }, { tr("下级合计"), 1.5, Align::Center },
                   { tr("占上级"), 1.2, Align::Center }, { tr("提出目标的下级"), 1.4, Align::Center } },
                 {} };
    QStringList shortfalls;
    for (const library::RollupRow &row : r.rows) {
        if (!isComparableSum(row))
            continue;
        const double share = *row.childSum / *row.parentNumber * 100;
        shares.categories.append(rowName(row));
        shares.series[0].values.append(share);
        sums.rows.append({ rowName(row), row.unit, number(*row.parentNumber), number(*row.childSum), percent(share),
                           tr("%1/%2").arg(row.childrenWithValue).arg(r.children.size()) });
        if (*row.childSum < *row.parentNumber)
            shortfalls.append(tr("%1下级合计%2%3，低于上级目标%4%3，差%5%3")
                                  .arg(rowName(row), number(*row.childSum), row.unit, number(*row.parentNumber),
                                       number(*row.parentNumber - *row.childSum)));
    }
    if (sums.rows.isEmpty()) {
        b.append(paragraph(tr("上级方案没有下级方案可加总的量化指标。")));
        return;
    }
    b.append(shares);
    b.append(paragraph(shortfalls.isEmpty() ? tr("各可加总指标的下级方案合计均不低于上级目标。")
                                            : tr("以下指标的下级方案合计低于上级目标，需说明分解依据：%1。")
                                                  .arg(shortfalls.join(tr("；")))));
    b.append(sums);
    // Each child's share of every additive target, beside the sum and the parent's figure.
    for (const library::RollupRow &row : r.rows) {
        if (!isComparableSum(row))
            continue;
        BarChart values;
        values.title = tr("%1各下级方案目标值（%2）").arg(rowName(row), row.unit);
        values.stacked = false;
        values.series = { { row.indicator, QColor(0x1f, 0x4e, 0x99), {} } };
        for (qsizetype i = 0; i < r.children.size() && i < row.children.size(); ++i) {
            values.categories.append(childName(r.children[i]));
            values.series[0].values.append(row.children[i].number.value_or(0));
        }
        values.categories << tr("下级合计") << tr("上级目标");
        values.series[0].values << *row.childSum << *row.parentNumber;
        b.append(values);
    }
}

void appendCoverage(QList<Block> &b, const library::Rollup &r)
{
    b.append(heading(tr("三、上级必须落实任务的覆盖情况")));
    if (r.children.isEmpty()) {
        b.append(paragraph(tr("没有下级方案。")));
        return;
    }
    using review::CoverageStatus;
    BarChart chart;
    chart.title = tr("各下级方案覆盖上级必须落实任务情况（项）");
    for (CoverageStatus status : { CoverageStatus::Covered, CoverageStatus::Partial, CoverageStatus::NotCovered })
        chart.series.append({ coverageLabel(status), coverageColor(status), {} });
    Table table { { { tr("下级方案"), 4, Align::Left }, { tr("必须落实任务"), 1.4, Align::Center },
                    { tr("已覆盖"), 1.2, Align::Center }, { tr("部分覆盖"), 1.2, Align::Center },
                    { tr("未覆盖"), 1.2, Align::Center }, { tr("全部上级任务覆盖率"), 1.6, Align::Center } },
                  {} };
    QStringList gaps;
    for (const library::RollupChild &child : r.children) {
        chart.categories.append(childName(child));
        chart.series[0].values.append(child.mandatoryCovered);
        chart.series[1].values.append(child.mandatoryPartial);
        chart.series[2].values.append(uncovered(child));
        table.rows.append({ child.title, QString::number(child.mandatoryTasks), QString::number(child.mandatoryCovered),
                            QString::number(child.mandatoryPartial), QString::number(uncovered(child)),
                            percent(child.coveragePercent) });
        if (uncovered(child) > 0)
            gaps.append(tr("%1（%2项）").arg(childName(child)).arg(uncovered(child)));
    }
    b.append(chart);
    b.append(paragraph(gaps.isEmpty() ? tr("各下级方案均已体现上级必须落实的任务。")
                                      : tr("以下下级方案尚有上级必须落实的任务未覆盖：%1。").arg(gaps.join(tr("、")))));
    b.append(table);
}

/** The target table for children [first, first + count): indicator, parent, each child's value and status. */
Table targetTable(const library::Rollup &r, qsizetype first, qsizetype count, bool withSum)
{
    Table t { { { tr("序号"), 0.7, Align::Center }, { tr("指标"), 2.6, Align::Left },
                { tr("年份"), 1, Align::Center }, { tr("上级目标"), 1.8, Align::Center } },
              {} };
    for (qsizetype i = first; i < first + count; ++i)
        t.columns.append({ childName(r.children[i]), 2.2, Align::Center });
    if (withSum)
        t.columns.append({ tr("下级合计"), 1.6, Align::Center });
    int n = 0;
    for (const library::RollupRow &row : r.rows) {
        QStringList cells { QString::number(++n), row.indicator, row.year > 0 ? QString::number(row.year) : QString(),
                            row.parentValue };
        for (qsizetype i = first; i < first + count; ++i)
            cells.append(i < row.children.size() ? cellText(row.children[i]) : QString());
        if (withSum)
            cells.append(row.childSum ? number(*row.childSum) + row.unit : QString());
        t.rows.append(cells);
    }
    return t;
}

void appendTargetAnnex(QList<Block> &b, const library::Rollup &r)
{
    const qsizetype children = r.children.size();
    for (qsizetype first = 0; first < std::max<qsizetype>(children, 1); first += kChildrenPerTable) {
        const qsizetype count = std::min(kChildrenPerTable, children - first);
        const Table table = targetTable(r, first, count, first + count >= children);
        if (first == 0) {
            appendAnnex(b, tr("附件1"), tr("上下级目标指标汇总表"), table);
            continue;
        }
        Paragraph continued = paragraph(tr("续表（下级方案%1—%2）").arg(first + 1).arg(first + count), Role::Heading2,
                                        FontRole::KaiTi, Align::Left, 0);
        continued.blankLinesBefore = 1;
        continued.keepWithNext = true;
        b.append(continued);
        b.append(table);
    }
}

} // namespace

ReportDocument buildRollupReport(const library::Rollup &rollup, const QStringList &notes)
{
    ReportDocument doc;
    doc.title = tr("《%1》上下级方案汇总平衡报告").arg(rollup.parentTitle);
    doc.draft = true; // a working document: centred page numbers
    QList<Block> &b = doc.blocks;
    b.append(paragraph(doc.title, Role::Title, FontRole::XiaoBiaoSong, Align::Center, 0, 22));
    b.append(paragraph(tr("（共%1个下级方案）").arg(rollup.children.size()), Role::Subtitle, FontRole::KaiTi,
                       Align::Center, 0));
    b.append(heading(tr("一、总体情况")));
    appendSummary(b, rollup);
    for (const QString &note : notes)
        b.append(paragraph(tr("未纳入汇总：%1").arg(note)));
    appendSums(b, rollup);
    appendCoverage(b, rollup);
    b.append(heading(tr("四、目标指标逐项汇总")));
    b.append(paragraph(tr("上级方案每项目标指标与各下级方案目标值及比对结论见附件1。")));
    appendTargetAnnex(b, rollup);
    return doc;
}

bool writeRollupReport(const library::Rollup &rollup, const QStringList &notes, const QString &path, QString *error)
{
    return exportReport(buildRollupReport(rollup, notes), ReportFonts::detected(), path, error);
}

} // namespace pw::report
