#pragma once

// Paints the outline's title column as "number + title" (一、总体要求). The number is derived from
// the position, so the model keeps it out of Qt::DisplayRole (NumberRole): a row's display data then
// does not change when a sibling is inserted before it.

#include <QStyledItemDelegate>

namespace pw {

class OutlineDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutlineDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace pw
