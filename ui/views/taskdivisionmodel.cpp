#include "taskdivisionmodel.h"

#include "documentresets.h"

#include "document/document.h"
#include "tables/responsibilitychecks.h"
#include "tables/tasktable.h"

#include <QBrush>
#include <QColor>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pw {

TaskDivisionModel::TaskDivisionModel(Document *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_doc(document)
{
    connectStructureResets(
        m_doc, this, [this] { beginResetModel(); },
        [this] {
            rebuild();
            endResetModel();
        },
        false);
    connect(m_doc, &Document::nodeChanged, this, [this](const Node *node, NodeFields fields) {
        if ((fields & NodeField::Kind) || (node->content.kind == NodeKind::Subtask && (rowOf(node) >= 0) != tables::isTask(*node))) {
            beginResetModel();
            rebuild();
            endResetModel();
            return;
        }
        if (const int row = rowOf(node); row >= 0)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    });
    // Department names show in every row; removal also edits the nodes (separate signals).
    connect(m_doc, &Document::rowChanged, this, [this](Collection c) {
        if (c == Collection::Departments && rowCount() > 0)
            Q_EMIT dataChanged(index(0, LeadColumn), index(rowCount() - 1, ResponsibleColumn));
    });
    connect(m_doc, &Document::rowsRemoved, this, [this](Collection c) {
        if (c == Collection::Departments && rowCount() > 0)
            Q_EMIT dataChanged(index(0, LeadColumn), index(rowCount() - 1, ResponsibleColumn));
    });
    rebuild();
}

void TaskDivisionModel::rebuild() { m_tasks = tables::collectTasks(m_doc->plan()); }

const Node *TaskDivisionModel::task(int row) const
{
    return row >= 0 && row < int(m_tasks.size()) ? m_tasks[std::size_t(row)] : nullptr;
}

int TaskDivisionModel::rowOf(const Node *task) const
{
    const auto it = std::find(m_tasks.begin(), m_tasks.end(), task);
    return it == m_tasks.end() ? -1 : int(it - m_tasks.begin());
}

int TaskDivisionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tasks.size());
}

int TaskDivisionModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant TaskDivisionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Node *n = m_tasks[std::size_t(index.row())];
    const NodeContent &c = n->content;
    const Plan &plan = m_doc->plan();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (Column(index.column())) {
        case NumberColumn:
            return role == Qt::DisplayRole ? QVariant(index.row() + 1) : QVariant();
        case TaskColumn:
            return c.title.isEmpty() && role == Qt::DisplayRole ? c.text.left(60) : c.title;
        case LeadColumn:
            return plan.departmentNames(c.lead).join(u"、"_s);
        case ResponsibleColumn:
            return (plan.departmentNames(c.support) + plan.departmentNames(c.territorial)).join(u"、"_s);
        case DeadlineColumn:
            return c.deadline;
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TaskColumn)
            return tables::nodePath(*n) + c.title + (c.text.isEmpty() ? QString() : u"\n"_s + c.text.left(300));
        if (index.column() == LeadColumn)
            return tables::taskCheck(*n);
        break;
    case Qt::BackgroundRole:
        if (index.column() == LeadColumn && tables::hasNoLead(*n))
            return QBrush(QColor(0xf8, 0xd7, 0xd3));
        if (index.column() == LeadColumn && tables::hasMultipleLeads(*n))
            return QBrush(QColor(0xfd, 0xeb, 0xc8));
        break;
    case NodeIdRole:
        return n->id();
    case CheckRole:
        return tables::taskCheck(*n);
    default:
        break;
    }
    return {};
}

bool TaskDivisionModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const Node *n = m_tasks[std::size_t(index.row())];
    const QString text = value.toString().trimmed();
    switch (Column(index.column())) {
    case TaskColumn:
        if (text.isEmpty())
            return false;
        m_doc->closeTypingGroup(); // a cell edit is one undo step of its own
        m_doc->setTitle(n, text);
        m_doc->closeTypingGroup();
        return true;
    case DeadlineColumn:
        m_doc->setDeadline(n, text);
        return true;
    case LeadColumn:
    case ResponsibleColumn: {
        static const QRegularExpression separators(u"[、,，;；\\s]+"_s);
        QList<QUuid> ids;
        for (const QString &name : text.split(separators, Qt::SkipEmptyParts)) {
            const Department *d = m_doc->plan().departmentByName(name);
            if (!d)
                return false;
            if (!ids.contains(d->id))
                ids.append(d->id);
        }
        if (index.column() == LeadColumn) {
            m_doc->setDepartments(n, DepartmentRole::Lead, ids);
            return true;
        }
        // 责任单位 holds supporting and territorial units: keep each id in the role it had.
        QList<QUuid> support;
        QList<QUuid> territorial;
        for (const QUuid &id : ids) {
            const Department *d = m_doc->plan().department(id);
            const bool isTerritorial = n->content.territorial.contains(id)
                || (!n->content.support.contains(id) && d->kind == DepartmentKind::Territorial);
            (isTerritorial ? territorial : support).append(id);
        }
        NodeContent c = n->content;
        c.support = support;
        c.territorial = territorial;
        m_doc->setNodeContent(n, c, NodeField::Support | NodeField::Territorial);
        return true;
    }
    case NumberColumn:
    case ColumnCount:
        break;
    }
    return false;
}

Qt::ItemFlags TaskDivisionModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() != NumberColumn && !m_doc->isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant TaskDivisionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    // The annex's own column titles (data of the printed table, not UI chrome).
    switch (Column(section)) {
    case NumberColumn:
        return u"序号"_s;
    case TaskColumn:
        return u"重点任务"_s;
    case LeadColumn:
        return u"牵头单位"_s;
    case ResponsibleColumn:
        return u"责任单位"_s;
    case DeadlineColumn:
        return u"完成时限"_s;
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace pw
