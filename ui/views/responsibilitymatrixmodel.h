#pragma once

// The responsibility matrix (重点任务分工): rows = tasks in outline order (so grouped by action),
// columns = departments (ordered by load or by name, filtered by kind) plus one per-task totals column.
// Cells show 牵 / 配 / 属. setData() never edits the plan itself: it calls Document::assignDepartment,
// one undo step. One cell edit updates only its row, the loads of the touched departments and their
// header sections (the order of columns is kept until the next rebuild, so the cursor does not jump).

#include "tables/tasktable.h"

#include <QAbstractTableModel>
#include <QSet>

#include <optional>
#include <vector>

namespace pw {

class Document;

class ResponsibilityMatrixModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResponsibilityMatrixModel)

public:
    enum Role {
        DepartmentIdRole = Qt::UserRole, ///< QUuid of the column's department
        NodeIdRole,                      ///< QUuid of the row's task
        CellRoleRole,                    ///< int(DepartmentRole) or -1
        CheckRole,                       ///< QString: why a row or column is flagged
        LeadCountRole,
        SupportCountRole,
        TerritorialCountRole,
        ActionRole,                      ///< QString: the action the task belongs to
    };
    enum class Order { ByLoad, ByName };
    Q_ENUM(Order)

    explicit ResponsibilityMatrixModel(Document *document, QObject *parent = nullptr);

    Document *document() const { return m_doc; }
    Order order() const { return m_order; }
    void setOrder(Order order);
    bool isKindVisible(DepartmentKind kind) const { return m_visibleKinds.contains(kind); }
    void setKindVisible(DepartmentKind kind, bool visible);
    /** Re-applies the order (by load the columns move as loads changed since the last rebuild). */
    void refreshOrder();

    int departmentColumnCount() const { return int(m_columns.size()); }
    int totalsColumn() const { return departmentColumnCount(); }
    const Node *task(int row) const;
    int rowOf(const Node *task) const { return m_rowOf.value(task, -1); }
    QUuid departmentId(int column) const;
    int columnOf(const QUuid &department) const { return m_columnOf.value(department, -1); }
    tables::DepartmentLoad load(const QUuid &department) const { return m_loads.value(department); }

    /** none → lead → support → none (a territorial mark goes to none). False if not a department cell. */
    bool cycle(const QModelIndex &index);
    /** Gives every selected cell's department the role on its task (std::nullopt clears), one undo step. */
    void assign(const QModelIndexList &indexes, std::optional<DepartmentRole> role);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    /** Accepts a role key (lead/support/territorial), a mark (牵/配/属), an int role, or empty to clear. */
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /** Loads of these departments changed (after a cell edit); charts listen to this. */
    void loadsChanged();

private:
    struct Row
    {
        const Node *node;
        QString path;
        bool oddGroup; ///< alternate shading per action, so the grouping is visible
        QList<QUuid> lead, support, territorial; ///< snapshot, to update loads incrementally
    };
    void rebuild();
    void buildColumns();
    void taskChanged(const Node *node);
    QVariant departmentHeader(int column, int role) const;
    QVariant taskHeader(int row, int role) const;

    Document *m_doc;
    Order m_order = Order::ByLoad;
    QSet<DepartmentKind> m_visibleKinds;
    std::vector<Row> m_rows;
    QHash<const Node *, int> m_rowOf;
    std::vector<int> m_columns; ///< indexes into Plan::departments
    QHash<QUuid, int> m_columnOf;
    QHash<QUuid, tables::DepartmentLoad> m_loads;
    QSet<QUuid> m_otherLevel;
};

} // namespace pw
