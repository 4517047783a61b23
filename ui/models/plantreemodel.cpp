#include "plantreemodel.h"

#include "document/document.h"
#include "editor/nodeicons.h"
#include "editor/nodemime.h"

#include <QColor>
#include <QFont>
#include <QMimeData>

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
    connect(m_doc, &Document::nodesAboutToBeInserted, this,
        [this](const Node *parent, int first, int last) { beginInsertRows(indexOf(parent), first, last); });
    connect(m_doc, &Document::nodesInserted, this, [this](const Node *parent, int first, int) {
        endInsertRows();
        renumber(parent, first);
    });
    connect(m_doc, &Document::nodesAboutToBeRemoved, this,
        [this](const Node *parent, int first, int last) { beginRemoveRows(indexOf(parent), first, last); });
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
    Q_EMIT dataChanged(
        index(std::max(first, 0), TitleColumn, p), index(parent->childCount() - 1, TitleColumn, p));
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

int PlanTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

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
        case TitleColumn: // the view's delegate prepends NumberRole
            return c.title.trimmed().isEmpty() ? tr("(no title)") : c.title;
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
    case Qt::FontRole:
        if (index.column() == TitleColumn && c.title.trimmed().isEmpty()) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == TitleColumn && c.title.trimmed().isEmpty())
            return QColor(Qt::red);
        break;
    case Qt::DecorationRole:
        if (index.column() == TitleColumn)
            return nodeKindIcon(c.kind, data(index, MissingLeadRole).toBool());
        break;
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn && data(index, MissingLeadRole).toBool())
            return tr("No lead department assigned")
                + (c.text.isEmpty() ? QString() : u"\n\n"_s + c.text.left(400));
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
    if (index.column() == TitleColumn && value.toString().trimmed().isEmpty())
        return false; // a task needs a title: the edit is refused and the old title stays
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
    const bool editable = !m_doc->isReadOnly();
    if (!index.isValid()) // dropping below the last item appends at the top level
        return editable ? Qt::ItemIsDropEnabled : Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (editable && (index.column() == TitleColumn || index.column() == DeadlineColumn))
        f |= Qt::ItemIsEditable;
    if (index.column() == TitleColumn)
        f |= editable ? Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled : Qt::ItemIsDragEnabled;
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

QStringList PlanTreeModel::mimeTypes() const
{
    return { QString::fromLatin1(kNodesMimeType) };
}

QMimeData *PlanTreeModel::mimeData(const QModelIndexList &indexes) const
{
    QList<const Node *> nodes;
    for (const QModelIndex &i : indexes) {
        if (const Node *n = node(i); n && !nodes.contains(n))
            nodes.append(n);
    }
    return nodes.isEmpty() ? nullptr : encodeNodes(m_doc->plan(), quintptr(m_doc), nodes);
}

bool PlanTreeModel::canDropMimeData(
    const QMimeData *data, Qt::DropAction action, int, int, const QModelIndex &parent) const
{
    if (action != Qt::MoveAction && action != Qt::CopyAction)
        return false;
    NodeDrag drag;
    if (!decodeNodes(data, &drag))
        return false;
    if (!isFromDocument(drag, quintptr(m_doc)))
        return true;
    // A node cannot be dropped into itself or its own subtree.
    const Node *target = node(parent);
    for (const PortableNode &p : drag.nodes) {
        const Node *n = m_doc->plan().findNode(p.id);
        if (n && target && (n == target || n->isAncestorOf(target)))
            return false;
    }
    return true;
}

bool PlanTreeModel::dropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    NodeDrag drag;
    decodeNodes(data, &drag);
    const Node *target = node(parent);
    const Node *targetOrRoot = nodeOrRoot(parent);
    int destination = row < 0 ? targetOrRoot->childCount() : std::min(row, targetOrRoot->childCount());
    if (!isFromDocument(drag, quintptr(m_doc)) || action == Qt::CopyAction) {
        insertPortableNodes(*m_doc, target, destination, drag.nodes);
        return true;
    }
    QList<const Node *> moving;
    for (const PortableNode &p : drag.nodes) {
        if (const Node *n = m_doc->plan().findNode(p.id))
            moving.append(n);
    }
    if (moving.isEmpty())
        return false;
    m_doc->undoStack()->beginMacro(tr("Move %n item(s)", nullptr, int(moving.size())));
    for (const Node *n : moving) {
        // moveNode counts the row after removal; the drop row counts before it.
        if (n->parent() == targetOrRoot && n->row() < destination)
            m_doc->moveNode(n, target, destination - 1);
        else
            m_doc->moveNode(n, target, destination++);
    }
    m_doc->undoStack()->endMacro();
    return true; // the view's removeRows() after a move drag is a no-op: this model keeps no copies
}

Qt::DropActions PlanTreeModel::supportedDropActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

Qt::DropActions PlanTreeModel::supportedDragActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

} // namespace pw
