#pragma once

// Editors of the target table: a list of the labels for binding, direction and commitment, the
// catalogue's units (or any other) for the unit, a line edit elsewhere. After each edit it reports
// the model's reason for a refused value instead of dropping it silently.

#include <QStyledItemDelegate>

#include <functional>

namespace pw {

class TargetTableModel;

class TargetCellDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TargetCellDelegate)

public:
    TargetCellDelegate(TargetTableModel *model, std::function<void(const QString &)> report, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    TargetTableModel *m_model;
    std::function<void(const QString &)> m_report;
};

} // namespace pw
