#pragma once

// A department's workload: pick a department, see every task it leads, supports or is territorially
// responsible for, with counts.

#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace pw {

class DepartmentTasksModel;
class Document;

class DepartmentView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DepartmentView)

public:
    explicit DepartmentView(Document *document, QWidget *parent = nullptr);

    DepartmentTasksModel *model() const { return m_model; }
    QComboBox *departmentBox() const { return m_departments; }
    QTableView *tableView() const { return m_table; }
    QString countsText() const;
    void setDepartment(const QUuid &department);

Q_SIGNALS:
    void nodeActivated(const QUuid &nodeId);

private:
    void fillDepartments();
    void updateCounts();

    Document *m_doc;
    DepartmentTasksModel *m_model;
    QComboBox *m_departments;
    QLabel *m_counts;
    QTableView *m_table;
};

} // namespace pw
