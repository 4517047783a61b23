#pragma once

// The 任务分工表 as the annex prints it: 序号 | 重点任务 | 牵头单位 | 责任单位 | 完成时限, one row per task.
// Task, departments and deadline are editable; department cells take names or aliases separated by
// 、 or , and refuse unknown names (add the department first). Every edit is one Document command.

#include <QAbstractTableModel>

#include <vector>

namespace pw {

class Document;
class Node;

class TaskDivisionModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskDivisionModel)

public:
    enum Column { NumberColumn, TaskColumn, LeadColumn, ResponsibleColumn, DeadlineColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role { NodeIdRole = Qt::UserRole, CheckRole };

    explicit TaskDivisionModel(Document *document, QObject *parent = nullptr);

    const Node *task(int row) const;
    int rowOf(const Node *task) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rebuild();

    Document *m_doc;
    std::vector<const Node *> m_tasks;
};

} // namespace pw
