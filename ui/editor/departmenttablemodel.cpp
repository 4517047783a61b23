#include "departmenttablemodel.h"

#include "displaynames.h"
#include "document/document.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace pw {

DepartmentTableModel::DepartmentTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DepartmentTableModel::setDocument(Document *document)
{
    beginResetModel();
    if (m_doc)
        disconnect(m_doc, nullptr, this, nullptr);
    m_doc = document;
    recountUses();
    endResetModel();
    if (!m_doc)
        return;
    connect(m_doc, &Document::rowsAboutToBeInserted, this, [this](Collection c, int row) {
        if (c == Collection::Departments)
            beginInsertRows({}, row, row);
    });
    connect(m_doc, &Document::rowsInserted, this, [this](Collection c) {
        if (c == Collection::Departments)
            endInsertRows();
    });
    connect(m_doc, &Document::rowsAboutToBeRemoved, this, [this](Collection c, int row) {
        if (c == Collection::Departments)
            beginRemoveRows({}, row, row);
    });
    connect(m_doc, &Document::rowsRemoved, this, [this](Collection c) {
        if (c == Collection::Departments)
            endRemoveRows();
    });
    connect(m_doc, &Document::rowsAboutToBeMoved, this, [this](Collection c, int from, int to) {
        if (c == Collection::Departments && from != to)
            beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
    });
    connect(m_doc, &Document::rowsMoved, this, [this](Collection c, int from, int to) {
        if (c == Collection::Departments && from != to)
            endMoveRows();
    });
    connect(m_doc, &Document::rowChanged, this, [this](Collection c, int row) {
        if (c == Collection::Departments)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    });
    connect(m_doc, &Document::nodeChanged, this, [this](const Node *, NodeFields fields) {
        if (fields & NodeField::Departments)
            recountUses();
    });
    connect(m_doc, &Document::nodesInserted, this, &DepartmentTableModel::recountUses);
    connect(m_doc, &Document::nodesRemoved, this, &DepartmentTableModel::recountUses);
    connect(m_doc, &Document::aboutToReset, this, [this] { beginResetModel(); });
    connect(m_doc, &Document::reset, this, [this] {
        recountUses();
        endResetModel();
    });
}

void DepartmentTableModel::recountUses()
{
    m_uses.clear();
    if (!m_doc)
        return;
    m_doc->plan().root().forEach([this](const Node *n) {
        for (const QList<QUuid> *ids : { &n->content.lead, &n->content.support, &n->content.territorial }) {
            for (const QUuid &id : *ids)
                ++m_uses[id];
        }
    });
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, UsesColumn), index(rowCount() - 1, UsesColumn));
}

const Department *DepartmentTableModel::department(const QModelIndex &index) const
{
    if (!m_doc || !index.isValid() || index.row() >= int(m_doc->plan().departments.size()))
        return nullptr;
    return &m_doc->plan().departments[std::size_t(index.row())];
}

int DepartmentTableModel::rowCount(const QModelIndex &parent) const
{
    return m_doc && !parent.isValid() ? int(m_doc->plan().departments.size()) : 0;
}

int DepartmentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DepartmentTableModel::data(const QModelIndex &index, int role) const
{
    const Department *d = department(index);
    if (!d)
        return {};
    if (role == IdRole)
        return d->id;
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (Column(index.column())) {
    case NameColumn:
        return d->name;
    case AliasesColumn:
        return d->aliases.join(u"、"_s);
    case KindColumn:
        return role == Qt::EditRole ? QVariant(int(d->kind)) : QVariant(displayName(d->kind));
    case LevelColumn:
        return role == Qt::EditRole ? QVariant(int(d->level)) : QVariant(displayName(d->level));
    case UsesColumn:
        return m_uses.value(d->id);
    case ColumnCount:
        break;
    }
    return {};
}

bool DepartmentTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Department *d = department(index);
    if (!d || role != Qt::EditRole)
        return false;
    Department changed = *d;
    switch (Column(index.column())) {
    case NameColumn: {
        const QString name = value.toString().trimmed();
        const Department *other = m_doc->plan().departmentByName(name);
        if (name.isEmpty() || (other && other->id != d->id))
            return false;
        changed.name = name;
        break;
    }
    case AliasesColumn: {
        changed.aliases = value.toString().split(QRegularExpression(u"[、,，;；]"_s), Qt::SkipEmptyParts);
        for (QString &a : changed.aliases)
            a = a.trimmed();
        changed.aliases.removeAll(QString());
        changed.aliases.removeDuplicates();
        break;
    }
    case KindColumn:
        changed.kind = DepartmentKind(std::clamp(value.toInt(), 0, int(DepartmentKind::Enterprise)));
        break;
    case LevelColumn:
        changed.level = AdminLevel(std::clamp(value.toInt(), 0, int(AdminLevel::Other)));
        break;
    case UsesColumn:
    case ColumnCount:
        return false;
    }
    if (changed == *d)
        return false;
    m_doc->updateDepartment(changed);
    return true;
}

Qt::ItemFlags DepartmentTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() != UsesColumn && m_doc && !m_doc->isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant DepartmentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NameColumn:
        return tr("Name");
    case AliasesColumn:
        return tr("Aliases");
    case KindColumn:
        return tr("Kind");
    case LevelColumn:
        return tr("Level");
    case UsesColumn:
        return tr("Assignments");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace pw
