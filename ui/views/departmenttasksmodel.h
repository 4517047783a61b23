#pragma once

// The tasks of one department (what a department head asks for): every task it leads, supports or is
// territorially responsible for (leads first), with its role; counts per role. Rebuilt on every relevant change
// (the list is short), with a model reset so views never see stale rows.

#include "tables/tasktable.h"

#include <QAbstractTableModel>
#include <QUuid>

#include <vector>

namespace pw {

class Document;

class DepartmentTasksModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DepartmentTasksModel)

public:
    enum Column { NumberColumn, TaskColumn, RoleColumn, DeadlineColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role { NodeIdRole = Qt::UserRole, DepartmentRoleRole };

    explicit DepartmentTasksModel(Document *document, QObject *parent = nullptr);

    QUuid department() const { return m_department; }
    void setDepartment(const QUuid &department);
    /** Counts of the department over all tasks. */
    tables::DepartmentLoad counts() const { return m_counts; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void countsChanged();

private:
    void rebuild();
    void resetNow();

    struct Row
    {
        const Node *node;
        DepartmentRole role;
        QString path;
    };
    Document *m_doc;
    QUuid m_department;
    std::vector<Row> m_rows;
    tables::DepartmentLoad m_counts;
};

} // namespace pw
