#include "plantreemodel.h"

#include "document/document.h"

using namespace Qt::StringLiterals;

namespace pw {

PlanTreeModel::PlanTreeModel(Document *document, QObject *parent)
    : QAbstractItemModel(parent)
    , m_doc(document)
{
    connectDocument();
}

void PlanTreeModel::connectDocument()
{
    connect(m_doc, &Document::nodesAboutToBeInserted, this, [this](const Node *parent, int first, int last) {
        beginInsertRows(indexOf(parent), first, last);
    });
    connect(m_doc, &Document::nodesInserted, this, [this](const Node *parent, int first, int) {
        endInsertRows();
        renumber(parent, first);
    });
    connect(m_doc, &Document::nodesAboutToBeRemoved, this, [this](const Node *parent, int first, int last) {
        beginRemoveRows(indexOf(parent), first, last);
    });
    connect(m_doc, &Document::nodesRemoved, this, [this](const Node *parent, int first, int) {
        endRemoveRows();
        renumber(parent, first);
    });
    connect(m_doc, &Document::nodeAboutToBeMoved, this,
            [this](const Node *node, const Node *destinationParent, int destinationRow) {
                const int row = node->row();
                const bool sameParent = node->parent() == destinationParent;
                const int destination = sameParent && destinationRow > row ? destinationRow + 1 : destinationRow;
                m_movedFrom = { node->parent(), row };
                beginMoveRows(indexOf(node->parent()), row, row, indexOf(destinationParent), destination);
            });
    connect(m_doc, &Document::nodeMoved, this, [this](const Node *node) {
        endMoveRows();
        renumber(m_movedFrom.first, m_movedFrom.second);
        renumber(node->parent(), node->row());
        node->forEach([this](const Node *d) {
            if (d->childCount())
                renumber(d, 0);
        });
    });
    connect(m_doc, &Document::nodeChanged, this, [this](const Node *node, NodeFields) {
        Q_EMIT dataChanged(indexOf(node, 0), indexOf(node, ColumnCount - 1));
    });
    connect(m_doc, &Document::rowChanged, this, [this](Collection c) {
        if (c == Collection::Departments && rowCount() > 0)
            Q_EMIT dataChanged(index(0, LeadColumn), index(rowCount() - 1, SupportColumn));
    });
    connect(m_doc, &Document::aboutToReset, this, [this] { beginResetModel(); });
    connect(m_doc, &Document::reset, this, [this] { endResetModel(); });
}

void PlanTreeModel::renumber(const Node *parent, int first)
{
    if (!parent || first >= parent->childCount())
        return;
    const QModelIndex p = indexOf(parent == &m_doc->plan().root() ? nullptr : parent);
    Q_EMIT dataChanged(index(std::max(first, 0), TitleColumn, p), index(parent->childCount() - 1, TitleColumn, p));
}

const Node *PlanTreeModel::node(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<const Node *>(index.internalPointer()) : nullptr;
}

const Node *PlanTreeModel::nodeOrRoot(const QModelIndex &index) const
{
    return index.isValid() ? node(index) : &m_doc->plan().root();
}

QModelIndex PlanTreeModel::indexOf(const Node *node, int column) const
{
    if (!node || node == &m_doc->plan().root())
        return {};
    return createIndex(node->row(), column, const_cast<Node *>(node));
}

QModelIndex PlanTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, nodeOrRoot(parent)->child(row));
}

QModelIndex PlanTreeModel::parent(const QModelIndex &child) const
{
    const Node *n = node(child);
    return n ? indexOf(n->parent()) : QModelIndex();
}

int PlanTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return nodeOrRoot(parent)->childCount();
}

int PlanTreeModel::columnCount(const QModelIndex &) const { return ColumnCount; }

QVariant PlanTreeModel::data(const QModelIndex &index, int role) const
{
    const Node *n = node(index);
    if (!n)
        return {};
    const Plan &plan = m_doc->plan();
    const NodeContent &c = n->content;
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case TitleColumn:
            return nodeNumber(*n) + c.title;
        case LeadColumn:
            return plan.departmentNames(c.lead).join(u"、"_s);
        case SupportColumn:
            return plan.departmentNames(c.support).join(u"、"_s);
        case DeadlineColumn:
            return c.deadline;
        case ColumnCount:
            break;
        }
        break;
    case Qt::EditRole:
        if (index.column() == TitleColumn)
            return c.title;
        if (index.column() == DeadlineColumn)
            return c.deadline;
        break;
    case Qt::ToolTipRole:
        return c.text.left(400);
    case NodeRole:
        return QVariant::fromValue(static_cast<const void *>(n));
    case NumberRole:
        return nodeNumber(*n);
    case KindRole:
        return int(c.kind);
    case MissingLeadRole:
        return (c.kind == NodeKind::Task || c.kind == NodeKind::Subtask) && c.lead.isEmpty();
    default:
        break;
    }
    return {};
}

bool PlanTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Node *n = node(index);
    if (!n || role != Qt::EditRole)
        return false;
    m_doc->closeTypingGroup();
    if (index.column() == TitleColumn)
        m_doc->setTitle(n, value.toString());
    else if (index.column() == DeadlineColumn)
        m_doc->setDeadline(n, value.toString());
    else
        return false;
    m_doc->closeTypingGroup();
    return true;
}

Qt::ItemFlags PlanTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == TitleColumn || index.column() == DeadlineColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant PlanTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case TitleColumn:
        return tr("Outline");
    case LeadColumn:
        return tr("Lead");
    case SupportColumn:
        return tr("Supporting");
    case DeadlineColumn:
        return tr("Deadline");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace pw
