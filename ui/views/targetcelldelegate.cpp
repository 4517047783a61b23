#include "targetcelldelegate.h"

#include "targettablemodel.h"

#include "import/indicatorcatalog.h"
#include "tables/targettable.h"

#include <QComboBox>

namespace pw {
namespace {

QStringList choices(TargetTableModel::Field field)
{
    QStringList list;
    switch (field) {
    case TargetTableModel::Field::Binding:
        for (Binding b : { Binding::Unspecified, Binding::Binding, Binding::Expected })
            list.append(tables::bindingLabel(b));
        break;
    case TargetTableModel::Field::Direction:
        for (Direction d : { Direction::Neutral, Direction::Increase, Direction::Decrease })
            list.append(tables::directionLabel(d));
        break;
    case TargetTableModel::Field::Commitment:
        for (Commitment c : { Commitment::None, Commitment::Ensure, Commitment::Strive })
            list.append(tables::commitmentLabel(c));
        break;
    case TargetTableModel::Field::Unit:
        for (const CatalogEntry &e : IndicatorCatalog::builtin().entries()) {
            if (!e.unit.isEmpty() && !list.contains(e.unit))
                list.append(e.unit);
        }
        break;
    default:
        break;
    }
    return list;
}

} // namespace

TargetCellDelegate::TargetCellDelegate(TargetTableModel *model, std::function<void(const QString &)> report,
                                       QObject *parent)
    : QStyledItemDelegate(parent)
    , m_model(model)
    , m_report(std::move(report))
{
}

QWidget *TargetCellDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                          const QModelIndex &index) const
{
    const auto field = TargetTableModel::Field(index.data(TargetTableModel::FieldRole).toInt());
    const QStringList list = choices(field);
    if (list.isEmpty())
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto *combo = new QComboBox(parent);
    combo->addItems(list);
    combo->setEditable(field == TargetTableModel::Field::Unit); // units from the catalogue or free
    return combo;
}

void TargetCellDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const QString text = index.data(Qt::EditRole).toString();
        const int i = combo->findText(text);
        if (i >= 0)
            combo->setCurrentIndex(i);
        else if (combo->isEditable())
            combo->setEditText(text);
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void TargetCellDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        model->setData(index, combo->currentText(), Qt::EditRole);
    else
        QStyledItemDelegate::setModelData(editor, model, index);
    m_report(m_model->lastError());
}

} // namespace pw
