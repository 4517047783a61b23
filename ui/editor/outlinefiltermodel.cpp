#include "outlinefiltermodel.h"

#include "model/node.h"
#include "models/plantreemodel.h"

namespace pw {

OutlineFilterModel::OutlineFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
}

void OutlineFilterModel::setKeyword(const QString &keyword)
{
    const QString k = keyword.trimmed();
    if (k == m_keyword)
        return;
    // A reset is far cheaper for a tree view than the many row removals and insertions that
    // invalidateFilter() emits on a large outline; PlanEditor restores expansion and selection.
    beginResetModel();
    m_keyword = k;
    endResetModel();
}

bool OutlineFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_keyword.isEmpty())
        return true;
    const auto *model = static_cast<const PlanTreeModel *>(sourceModel());
    const Node *n = model->node(model->index(sourceRow, 0, sourceParent));
    return n
        && (n->content.title.contains(m_keyword, Qt::CaseInsensitive)
            || n->content.text.contains(m_keyword, Qt::CaseInsensitive));
}

} // namespace pw
