#include "responsibilitymatrixmodel.h"

#include "documentresets.h"

#include "document/document.h"
#include "tables/responsibilitychecks.h"

#include <QBrush>
#include <QCollator>
#include <QColor>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pw {
namespace {

std::optional<DepartmentRole> roleFromVariant(const QVariant &value, bool *ok)
{
    *ok = true;
    if (!value.isValid())
        return std::nullopt;
    if (value.typeId() == QMetaType::Int) {
        const int r = value.toInt();
        if (r < 0)
            return std::nullopt;
        if (r <= int(DepartmentRole::Territorial))
            return DepartmentRole(r);
        *ok = false;
        return std::nullopt;
    }
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    if (const auto key = fromKey<DepartmentRole>(text))
        return key;
    for (DepartmentRole r : { DepartmentRole::Lead, DepartmentRole::Support, DepartmentRole::Territorial }) {
        if (text == tables::roleMark(r))
            return r;
    }
    *ok = false;
    return std::nullopt;
}

QColor roleColor(DepartmentRole role)
{
    switch (role) {
    case DepartmentRole::Lead:
        return QColor(0x1f, 0x4e, 0x9a);
    case DepartmentRole::Support:
        return QColor(0xbf, 0xd7, 0xf2);
    case DepartmentRole::Territorial:
        break;
    }
    return QColor(0xcf, 0xe8, 0xc8);
}

/** Chinese names read best top to bottom in a narrow column. */
QString stacked(const QString &name)
{
    QString out;
    out.reserve(name.size() * 2);
    for (qsizetype i = 0; i < name.size(); ++i) {
        if (i)
            out += u'\n';
        out += name.at(i);
    }
    return out;
}

} // namespace

ResponsibilityMatrixModel::ResponsibilityMatrixModel(Document *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_doc(document)
    , m_visibleKinds { DepartmentKind::Department, DepartmentKind::BranchOffice, DepartmentKind::Territorial,
                       DepartmentKind::Enterprise }
{
    connectStructureResets(
        m_doc, this, [this] { beginResetModel(); },
        [this] {
            rebuild();
            endResetModel();
        },
        true);
    connect(m_doc, &Document::nodeChanged, this, [this](const Node *node, NodeFields fields) {
        // A subtask becomes a task row when it gets departments of its own (and stops when it loses them).
        if ((fields & NodeField::Kind) || (rowOf(node) >= 0) != tables::isTask(*node)) {
            beginResetModel();
            rebuild();
            endResetModel();
            return;
        }
        const int row = rowOf(node);
        if (row < 0)
            return;
        if (fields & NodeField::Departments)
            taskChanged(node);
        if (fields & NodeField::Title)
            Q_EMIT headerDataChanged(Qt::Vertical, row, row);
    });
    connect(m_doc, &Document::rowChanged, this, [this](Collection c) {
        if (c != Collection::Departments)
            return;
        beginResetModel();
        rebuild();
        endResetModel();
    });
    connect(m_doc, &Document::metadataChanged, this, [this] {
        // The plan's level decides which departments are of another level.
        beginResetModel();
        rebuild();
        endResetModel();
    });
    rebuild();
}

void ResponsibilityMatrixModel::rebuild()
{
    m_rows.clear();
    m_rowOf.clear();
    const std::vector<const Node *> tasks = tables::collectTasks(m_doc->plan());
    m_rows.reserve(tasks.size());
    m_rowOf.reserve(qsizetype(tasks.size()));
    const Node *group = nullptr;
    bool odd = true;
    for (const Node *n : tasks) {
        const Node *action = tables::actionOf(*n);
        if (m_rows.empty() || action != group) {
            group = action;
            odd = !odd;
        }
        m_rowOf.insert(n, int(m_rows.size()));
        m_rows.push_back({ n, tables::nodePath(*n), odd, n->content.lead, n->content.support, n->content.territorial });
    }
    m_loads = tables::departmentLoads(tasks);
    buildColumns();
}

void ResponsibilityMatrixModel::buildColumns()
{
    const Plan &plan = m_doc->plan();
    m_columns.clear();
    m_columnOf.clear();
    m_otherLevel.clear();
    for (std::size_t i = 0; i < plan.departments.size(); ++i) {
        const Department &d = plan.departments[i];
        if (m_visibleKinds.contains(d.kind))
            m_columns.push_back(int(i));
        if (!tables::levelCheck(plan, d).isEmpty())
            m_otherLevel.insert(d.id);
    }
    QCollator collator(QLocale(QLocale::Chinese, QLocale::China));
    const auto &deps = plan.departments;
    auto byName = [&](int a, int b) { return collator.compare(deps[std::size_t(a)].name, deps[std::size_t(b)].name) < 0; };
    if (m_order == Order::ByName) {
        std::stable_sort(m_columns.begin(), m_columns.end(), byName);
    } else {
        std::stable_sort(m_columns.begin(), m_columns.end(), [&](int a, int b) {
            const tables::DepartmentLoad la = m_loads.value(deps[std::size_t(a)].id);
            const tables::DepartmentLoad lb = m_loads.value(deps[std::size_t(b)].id);
            if (la.total() != lb.total())
                return la.total() > lb.total();
            return la.lead > lb.lead;
        });
    }
    m_columnOf.reserve(qsizetype(m_columns.size()));
    for (std::size_t c = 0; c < m_columns.size(); ++c)
        m_columnOf.insert(deps[std::size_t(m_columns[c])].id, int(c));
}

void ResponsibilityMatrixModel::taskChanged(const Node *node)
{
    const int row = rowOf(node);
    Row &r = m_rows[std::size_t(row)];
    NodeContent before;
    before.lead = r.lead;
    before.support = r.support;
    before.territorial = r.territorial;
    tables::addLoad(m_loads, before, -1);
    tables::addLoad(m_loads, node->content, 1);
    int first = totalsColumn();
    int last = -1;
    for (const QList<QUuid> *ids : std::initializer_list<const QList<QUuid> *> { &r.lead, &r.support, &r.territorial, &node->content.lead, &node->content.support,
                                     &node->content.territorial }) {
        for (const QUuid &id : *ids) {
            const int c = columnOf(id);
            if (c >= 0) {
                first = std::min(first, c);
                last = std::max(last, c);
            }
        }
    }
    r.lead = node->content.lead;
    r.support = node->content.support;
    r.territorial = node->content.territorial;
    Q_EMIT dataChanged(index(row, std::min(first, totalsColumn())), index(row, totalsColumn()));
    Q_EMIT headerDataChanged(Qt::Vertical, row, row);
    if (last >= 0)
        Q_EMIT headerDataChanged(Qt::Horizontal, first, last);
    Q_EMIT loadsChanged();
}

void ResponsibilityMatrixModel::setOrder(Order order)
{
    if (order == m_order)
        return;
    m_order = order;
    refreshOrder();
}

void ResponsibilityMatrixModel::refreshOrder()
{
    // Only the column order changes: a layout change keeps the selection and persistent indexes.
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::HorizontalSortHint);
    const QModelIndexList persistent = persistentIndexList();
    QList<QUuid> ids;
    ids.reserve(persistent.size());
    for (const QModelIndex &i : persistent)
        ids.append(departmentId(i.column()));
    buildColumns();
    QModelIndexList updated;
    updated.reserve(persistent.size());
    for (qsizetype k = 0; k < persistent.size(); ++k) {
        const QModelIndex &i = persistent.at(k);
        const int column = ids.at(k).isNull() ? totalsColumn() : columnOf(ids.at(k));
        updated.append(column >= 0 ? index(i.row(), column) : QModelIndex());
    }
    changePersistentIndexList(persistent, updated);
    Q_EMIT layoutChanged({}, QAbstractItemModel::HorizontalSortHint);
}

void ResponsibilityMatrixModel::setKindVisible(DepartmentKind kind, bool visible)
{
    if (visible == isKindVisible(kind))
        return;
    beginResetModel();
    if (visible)
        m_visibleKinds.insert(kind);
    else
        m_visibleKinds.remove(kind);
    buildColumns();
    endResetModel();
}

const Node *ResponsibilityMatrixModel::task(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[std::size_t(row)].node : nullptr;
}

QUuid ResponsibilityMatrixModel::departmentId(int column) const
{
    if (column < 0 || column >= departmentColumnCount())
        return {};
    return m_doc->plan().departments[std::size_t(m_columns[std::size_t(column)])].id;
}

int ResponsibilityMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ResponsibilityMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : departmentColumnCount() + 1;
}

QVariant ResponsibilityMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Node *n = m_rows[std::size_t(index.row())].node;
    if (index.column() == totalsColumn()) {
        const int support = int(n->content.support.size() + n->content.territorial.size());
        switch (role) {
        case Qt::DisplayRole:
            return u"%1/%2"_s.arg(n->content.lead.size()).arg(support);
        case Qt::TextAlignmentRole:
            return int(Qt::AlignCenter);
        case LeadCountRole:
            return int(n->content.lead.size());
        case SupportCountRole:
            return int(n->content.support.size());
        case TerritorialCountRole:
            return int(n->content.territorial.size());
        case NodeIdRole:
            return n->id();
        case Qt::ToolTipRole:
            return tr("%1 lead, %2 supporting").arg(n->content.lead.size()).arg(support);
        default:
            return {};
        }
    }
    const QUuid dept = departmentId(index.column());
    const auto cellRole = tables::roleOf(n->content, dept);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return cellRole ? tables::roleMark(*cellRole) : QString();
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::BackgroundRole:
        if (cellRole)
            return QBrush(roleColor(*cellRole));
        return m_rows[std::size_t(index.row())].oddGroup ? QBrush(QColor(0xf4, 0xf6, 0xf9)) : QVariant();
    case Qt::ForegroundRole:
        return cellRole == DepartmentRole::Lead ? QBrush(Qt::white) : QVariant();
    case Qt::ToolTipRole: {
        const Department *d = m_doc->plan().department(dept);
        return u"%1 — %2%3"_s.arg(d ? d->name : QString(), m_rows[std::size_t(index.row())].path, n->content.title);
    }
    case DepartmentIdRole:
        return dept;
    case NodeIdRole:
        return n->id();
    case CellRoleRole:
        return cellRole ? int(*cellRole) : -1;
    default:
        break;
    }
    return {};
}

bool ResponsibilityMatrixModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || index.column() >= departmentColumnCount())
        return false;
    bool ok = false;
    const auto newRole = roleFromVariant(value, &ok);
    if (!ok)
        return false;
    m_doc->assignDepartment({ task(index.row()) }, departmentId(index.column()), newRole);
    return true;
}

bool ResponsibilityMatrixModel::cycle(const QModelIndex &index)
{
    if (!index.isValid() || index.model() != this || index.column() >= departmentColumnCount())
        return false;
    const int current = index.data(CellRoleRole).toInt();
    std::optional<DepartmentRole> next;
    if (current < 0)
        next = DepartmentRole::Lead;
    else if (current == int(DepartmentRole::Lead))
        next = DepartmentRole::Support;
    return setData(index, next ? QVariant(int(*next)) : QVariant(-1));
}

void ResponsibilityMatrixModel::assign(const QModelIndexList &indexes, std::optional<DepartmentRole> role)
{
    QMap<int, QList<const Node *>> byColumn;
    for (const QModelIndex &i : indexes) {
        if (i.isValid() && i.model() == this && i.column() < departmentColumnCount())
            byColumn[i.column()].append(task(i.row()));
    }
    if (byColumn.isEmpty())
        return;
    // Look up the ids first: with order by load, columns keep their places until refreshOrder().
    QList<std::pair<QUuid, QList<const Node *>>> work;
    for (auto it = byColumn.cbegin(); it != byColumn.cend(); ++it)
        work.append({ departmentId(it.key()), it.value() });
    const bool macro = work.size() > 1;
    if (macro)
        m_doc->undoStack()->beginMacro(role ? tr("Assign departments") : tr("Unassign departments"));
    for (const auto &[dept, nodes] : work)
        m_doc->assignDepartment(nodes, dept, role);
    if (macro)
        m_doc->undoStack()->endMacro();
}

Qt::ItemFlags ResponsibilityMatrixModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() < departmentColumnCount() && !m_doc->isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ResponsibilityMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal)
        return departmentHeader(section, role);
    return taskHeader(section, role);
}

QVariant ResponsibilityMatrixModel::departmentHeader(int column, int role) const
{
    if (column < 0 || column > departmentColumnCount())
        return {};
    if (column == totalsColumn()) {
        if (role == Qt::DisplayRole)
            return tr("Lead/\nsupport");
        if (role == Qt::ToolTipRole)
            return tr("Per task: number of lead / supporting departments");
        return {};
    }
    const Department &d = m_doc->plan().departments[std::size_t(m_columns[std::size_t(column)])];
    const tables::DepartmentLoad l = m_loads.value(d.id);
    const bool unused = l.total() == 0;
    const bool otherLevel = m_otherLevel.contains(d.id);
    QString check;
    if (unused)
        check = tr("Used in no task.");
    if (otherLevel)
        check += (check.isEmpty() ? QString() : u" "_s) + tables::levelCheck(m_doc->plan(), d);
    switch (role) {
    case Qt::DisplayRole:
        return stacked(d.name) + u"\n%1/%2"_s.arg(l.lead).arg(l.support + l.territorial);
    case Qt::ToolTipRole:
        return tr("%1\nlead %2 · support %3 · territorial %4").arg(d.name).arg(l.lead).arg(l.support).arg(l.territorial)
            + (check.isEmpty() ? QString() : u"\n"_s + check);
    case Qt::ForegroundRole:
        if (otherLevel)
            return QBrush(QColor(0xc0, 0x39, 0x2b));
        if (unused)
            return QBrush(Qt::gray);
        return {};
    case CheckRole:
        return check;
    case DepartmentIdRole:
        return d.id;
    case LeadCountRole:
        return l.lead;
    case SupportCountRole:
        return l.support;
    case TerritorialCountRole:
        return l.territorial;
    default:
        break;
    }
    return {};
}

QVariant ResponsibilityMatrixModel::taskHeader(int row, int role) const
{
    if (row < 0 || row >= rowCount())
        return {};
    const Row &r = m_rows[std::size_t(row)];
    switch (role) {
    case Qt::DisplayRole:
        return r.path + u' ' + r.node->content.title;
    case Qt::ToolTipRole: {
        const QString check = tables::taskCheck(*r.node);
        const Node *action = tables::actionOf(*r.node);
        QString tip = action ? tables::nodePath(*action) + action->content.title + u'\n' : QString();
        tip += r.path + r.node->content.title;
        return check.isEmpty() ? tip : tip + u'\n' + check;
    }
    case Qt::ForegroundRole:
        if (tables::hasNoLead(*r.node))
            return QBrush(QColor(0xc0, 0x39, 0x2b));
        if (tables::hasMultipleLeads(*r.node))
            return QBrush(QColor(0xd3, 0x7a, 0x00));
        return {};
    case CheckRole:
        return tables::taskCheck(*r.node);
    case NodeIdRole:
        return r.node->id();
    case ActionRole: {
        const Node *action = tables::actionOf(*r.node);
        return action ? tables::nodePath(*action) + action->content.title : QString();
    }
    default:
        break;
    }
    return {};
}

} // namespace pw
