#pragma once

// Chart data for the workload chart: rows = the N departments with most tasks (then one row "others"
// summing the rest), columns = lead and support/territorial counts. Feeds a QVBarModelMapper.
// Loads are recomputed from the cached task list on each assignment change (linear in the
// assignments); rows keep their identity so an edit is a dataChanged, not a reset, when the top N
// order does not change.

#include "tables/tasktable.h"

#include <QAbstractTableModel>
#include <QUuid>

#include <vector>

namespace pw {

class Document;

class WorkloadChartModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkloadChartModel)

public:
    enum Column { LeadColumn, SupportColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role { DepartmentIdRole = Qt::UserRole };

    explicit WorkloadChartModel(Document *document, QObject *parent = nullptr);

    int topCount() const { return m_top; }
    /** Shows the @p top departments with most tasks; the rest form one "others" row. */
    void setTopCount(int top);
    /** Department names of the rows, as the category axis shows them. */
    QStringList categories() const;
    int maximumTotal() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QUuid department; ///< null for "others"
        QString label;
        int lead = 0;
        int support = 0;
    };
    std::vector<Row> computeRows() const;
    void recompute();

    Document *m_doc;
    int m_top = 15;
    std::vector<const Node *> m_tasks;
    std::vector<Row> m_rows;
};

} // namespace pw
