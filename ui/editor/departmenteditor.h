#pragma once

// The department registry editor: a table to rename departments and edit aliases, kind and level,
// with buttons to add, remove and merge (merge keeps the merged names as aliases).

#include <QWidget>

class QPushButton;
class QTableView;

namespace pw {

class DepartmentTableModel;
class Document;

class DepartmentEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DepartmentEditor)

public:
    explicit DepartmentEditor(QWidget *parent = nullptr);

    void setDocument(Document *document);
    DepartmentTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

    void addDepartment();
    void removeSelected();
    void mergeSelected();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    DepartmentTableModel *m_model;
    QTableView *m_view;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_merge;
};

} // namespace pw
