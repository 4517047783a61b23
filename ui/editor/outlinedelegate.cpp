#include "outlinedelegate.h"

#include "models/plantreemodel.h"

namespace pw {

void OutlineDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() == PlanTreeModel::TitleColumn)
        option->text.prepend(index.data(PlanTreeModel::NumberRole).toString());
}

} // namespace pw
