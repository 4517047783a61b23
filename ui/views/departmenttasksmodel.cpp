#include "departmenttasksmodel.h"

#include "documentresets.h"

#include "document/document.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pw {

DepartmentTasksModel::DepartmentTasksModel(Document *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_doc(document)
{
    connectStructureResets(
        m_doc, this, [this] { beginResetModel(); },
        [this] {
            rebuild();
            endResetModel();
            Q_EMIT countsChanged();
        },
        true);
    connect(m_doc, &Document::nodeChanged, this, [this](const Node *node, NodeFields fields) {
        const auto it = std::find_if(m_rows.begin(), m_rows.end(), [node](const Row &r) { return r.node == node; });
        const bool listed = it != m_rows.end();
        if ((fields & (NodeField::Departments | NodeField::Kind))
            && (listed || (!m_department.isNull() && tables::roleOf(node->content, m_department)))) {
            resetNow();
        } else if (listed && (fields & (NodeField::Title | NodeField::Deadline | NodeField::Text))) {
            const int row = int(it - m_rows.begin());
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    });
    connect(m_doc, &Document::rowChanged, this, [this](Collection c) {
        if (c == Collection::Departments)
            resetNow();
    });
}

void DepartmentTasksModel::resetNow()
{
    beginResetModel();
    rebuild();
    endResetModel();
    Q_EMIT countsChanged();
}

void DepartmentTasksModel::setDepartment(const QUuid &department)
{
    if (department == m_department)
        return;
    m_department = department;
    resetNow();
}

void DepartmentTasksModel::rebuild()
{
    m_rows.clear();
    m_counts = {};
    if (m_department.isNull() || !m_doc->plan().department(m_department))
        return;
    for (const Node *n : tables::collectTasks(m_doc->plan())) {
        const auto role = tables::roleOf(n->content, m_department);
        if (!role)
            continue;
        m_rows.push_back({ n, *role, tables::nodePath(*n) });
        switch (*role) {
        case DepartmentRole::Lead:
            ++m_counts.lead;
            break;
        case DepartmentRole::Support:
            ++m_counts.support;
            break;
        case DepartmentRole::Territorial:
            ++m_counts.territorial;
            break;
        }
    }
    // What it leads first, then supports, then territorial; outline order within each.
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) { return a.role < b.role; });
}

int DepartmentTasksModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int DepartmentTasksModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant DepartmentTasksModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows[std::size_t(index.row())];
    if (role == NodeIdRole)
        return r.node->id();
    if (role == DepartmentRoleRole)
        return int(r.role);
    if (role == Qt::ToolTipRole && index.column() == TaskColumn)
        return r.node->content.text.left(300);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case NumberColumn:
        return r.path;
    case TaskColumn:
        return r.node->content.title;
    case RoleColumn:
        switch (r.role) {
        case DepartmentRole::Lead:
            return tr("Lead");
        case DepartmentRole::Support:
            return tr("Support");
        case DepartmentRole::Territorial:
            return tr("Territorial");
        }
        break;
    case DeadlineColumn:
        return r.node->content.deadline;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant DepartmentTasksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NumberColumn:
        return tr("No.");
    case TaskColumn:
        return tr("Task");
    case RoleColumn:
        return tr("Role");
    case DeadlineColumn:
        return tr("Deadline");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace pw
