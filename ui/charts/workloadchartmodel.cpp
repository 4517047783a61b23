#include "workloadchartmodel.h"

#include "views/documentresets.h"

#include "document/document.h"

#include <algorithm>

namespace pw {
namespace {

/** The registry's shortest name for an axis label (区发展和改革局 → 区发改局), at most 10 characters. */
QString shortName(const Department &d)
{
    QString best = d.name;
    for (const QString &alias : d.aliases) {
        if (alias.size() >= 2 && alias.size() < best.size())
            best = alias;
    }
    return best.size() > 10 ? best.left(9) + u'…' : best;
}

} // namespace

WorkloadChartModel::WorkloadChartModel(Document *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_doc(document)
{
    connectStructureResets(
        m_doc, this, [this] { beginResetModel(); },
        [this] {
            m_tasks = tables::collectTasks(m_doc->plan());
            m_rows = computeRows();
            endResetModel();
        },
        true);
    connect(m_doc, &Document::nodeChanged, this, [this](const Node *node, NodeFields fields) {
        const bool listed = node->content.kind == NodeKind::Subtask
            && std::find(m_tasks.begin(), m_tasks.end(), node) != m_tasks.end();
        if ((fields & NodeField::Kind) || (node->content.kind == NodeKind::Subtask && listed != tables::isTask(*node))) {
            beginResetModel();
            m_tasks = tables::collectTasks(m_doc->plan());
            m_rows = computeRows();
            endResetModel();
        } else if (fields & NodeField::Departments) {
            recompute();
        }
    });
    connect(m_doc, &Document::rowChanged, this, [this](Collection c) {
        if (c == Collection::Departments)
            recompute();
    });
    m_tasks = tables::collectTasks(m_doc->plan());
    m_rows = computeRows();
}

std::vector<WorkloadChartModel::Row> WorkloadChartModel::computeRows() const
{
    const QHash<QUuid, tables::DepartmentLoad> loads = tables::departmentLoads(m_tasks);
    std::vector<Row> all;
    all.reserve(m_doc->plan().departments.size());
    for (const Department &d : m_doc->plan().departments) {
        const tables::DepartmentLoad l = loads.value(d.id);
        if (l.total() > 0)
            all.push_back({ d.id, shortName(d), l.lead, l.support + l.territorial });
    }
    std::stable_sort(all.begin(), all.end(), [](const Row &a, const Row &b) {
        if (a.lead + a.support != b.lead + b.support)
            return a.lead + a.support > b.lead + b.support;
        return a.lead > b.lead;
    });
    if (int(all.size()) > m_top) {
        Row others { {}, tr("Others (%n)", nullptr, int(all.size()) - m_top), 0, 0 };
        for (std::size_t i = std::size_t(m_top); i < all.size(); ++i) {
            others.lead += all[i].lead;
            others.support += all[i].support;
        }
        all.resize(std::size_t(m_top));
        all.push_back(others);
    }
    return all;
}

void WorkloadChartModel::recompute()
{
    std::vector<Row> rows = computeRows();
    const bool sameRows = rows.size() == m_rows.size()
        && std::equal(rows.begin(), rows.end(), m_rows.begin(),
                      [](const Row &a, const Row &b) { return a.department == b.department && a.label == b.label; });
    if (!sameRows) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        return;
    }
    int first = -1;
    int last = -1;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (rows[i].lead != m_rows[i].lead || rows[i].support != m_rows[i].support) {
            first = first < 0 ? int(i) : first;
            last = int(i);
        }
    }
    m_rows = std::move(rows);
    if (first >= 0)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

void WorkloadChartModel::setTopCount(int top)
{
    top = std::max(1, top);
    if (top == m_top)
        return;
    beginResetModel();
    m_top = top;
    m_rows = computeRows();
    endResetModel();
}

QStringList WorkloadChartModel::categories() const
{
    QStringList labels;
    for (const Row &r : m_rows)
        labels.append(r.label);
    return labels;
}

int WorkloadChartModel::maximumTotal() const
{
    int m = 0;
    for (const Row &r : m_rows)
        m = std::max(m, r.lead + r.support);
    return m;
}

int WorkloadChartModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int WorkloadChartModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant WorkloadChartModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows[std::size_t(index.row())];
    if (role == DepartmentIdRole)
        return r.department;
    if (role == Qt::ToolTipRole)
        return r.label;
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    return index.column() == LeadColumn ? r.lead : r.support;
}

QVariant WorkloadChartModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section >= 0 && section < rowCount() ? QVariant(m_rows[std::size_t(section)].label) : QVariant();
    switch (Column(section)) {
    case LeadColumn:
        return tr("Lead (牵头)");
    case SupportColumn:
        return tr("Support (配合/属地)");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace pw
