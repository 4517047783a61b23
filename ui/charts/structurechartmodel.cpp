#include "structurechartmodel.h"

#include "views/documentresets.h"

#include "document/document.h"
#include "tables/tasktable.h"

#include <QMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pw {

StructureChartModel::StructureChartModel(Document *document, Measure measure, QObject *parent)
    : QAbstractTableModel(parent)
    , m_doc(document)
    , m_measure(measure)
{
    if (m_measure == Measure::TasksPerAction) {
        connectStructureResets(
            m_doc, this, [this] { beginResetModel(); },
            [this] {
                m_rows = computeRows();
                endResetModel();
            },
            false);
        connect(m_doc, &Document::nodeChanged, this, [this](const Node *node, NodeFields fields) {
            // Subtasks count as tasks once they carry departments of their own.
            if ((fields & NodeField::Kind) || ((fields & NodeField::Title) && node->content.kind == NodeKind::Action)
                || ((fields & NodeField::Departments) && node->content.kind == NodeKind::Subtask))
                recompute();
        });
    } else {
        auto targetsChanged = [this](Collection c) {
            if (c == Collection::Targets)
                recompute();
        };
        connect(m_doc, &Document::rowsInserted, this, targetsChanged);
        connect(m_doc, &Document::rowsRemoved, this, targetsChanged);
        connect(m_doc, &Document::rowChanged, this, targetsChanged);
        connect(m_doc, &Document::metadataChanged, this, &StructureChartModel::recompute);
        connect(m_doc, &Document::aboutToReset, this, [this] { beginResetModel(); });
        connect(m_doc, &Document::reset, this, [this] {
            m_rows = computeRows();
            endResetModel();
        });
    }
    m_rows = computeRows();
}

std::vector<StructureChartModel::Row> StructureChartModel::computeRows() const
{
    const Plan &plan = m_doc->plan();
    std::vector<Row> rows;
    if (m_measure == Measure::TasksPerAction) {
        QHash<const Node *, int> rowOf;
        plan.root().forEach([&](const Node *n) {
            if (n->parent() && n->content.kind == NodeKind::Action) {
                rowOf.insert(n, int(rows.size()));
                // Short axis labels: the action's number and the first characters of its title.
                const QString number = nodeNumber(*n);
                rows.push_back({ number + n->content.title.left(14), tables::nodePath(*n) + n->content.title, 0 });
            }
        });
        int unassigned = 0;
        for (const Node *task : tables::collectTasks(plan)) {
            const Node *action = tables::actionOf(*task);
            if (action)
                ++rows[std::size_t(rowOf.value(action))].count;
            else
                ++unassigned;
        }
        if (unassigned > 0)
            rows.push_back({ tr("(outside actions)"), tr("Tasks not under an action"), unassigned });
        return rows;
    }
    QMap<int, int> perYear;
    for (int year : plan.metadata.milestoneYears)
        perYear.insert(year, 0);
    for (const Target &t : plan.targets)
        ++perYear[t.year];
    for (auto it = perYear.cbegin(); it != perYear.cend(); ++it)
        rows.push_back({ QString::number(it.key()), QString::number(it.key()), it.value() });
    return rows;
}

void StructureChartModel::recompute()
{
    std::vector<Row> rows = computeRows();
    const bool sameLabels = rows.size() == m_rows.size()
        && std::equal(rows.begin(), rows.end(), m_rows.begin(), [](const Row &a, const Row &b) { return a.label == b.label; });
    if (!sameLabels) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        return;
    }
    m_rows = std::move(rows);
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, 0));
}

QStringList StructureChartModel::categories() const
{
    QStringList labels;
    for (const Row &r : m_rows)
        labels.append(r.label);
    return labels;
}

int StructureChartModel::maximum() const
{
    int m = 0;
    for (const Row &r : m_rows)
        m = std::max(m, r.count);
    return m;
}

int StructureChartModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int StructureChartModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : 1; }

QVariant StructureChartModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows[std::size_t(index.row())];
    if (role == Qt::DisplayRole || role == Qt::EditRole)
        return r.count;
    if (role == Qt::ToolTipRole)
        return r.toolTip;
    return {};
}

QVariant StructureChartModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section >= 0 && section < rowCount() ? QVariant(m_rows[std::size_t(section)].label) : QVariant();
    return m_measure == Measure::TasksPerAction ? tr("Tasks") : tr("Targets");
}

} // namespace pw
