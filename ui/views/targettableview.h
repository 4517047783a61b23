#pragma once

// The target table as a self-contained widget: toolbar (add from the indicator catalogue or new,
// remove, reorder, group by category, copy/paste TSV, export CSV) over a table of TargetTableModel.
// Edits are validated by the model; a refused edit shows its reason under the table.

#include <QWidget>

class QAction;
class QLabel;
class QMenu;
class QSortFilterProxyModel;
class QTableView;

namespace pw {

class Document;
class TargetTableModel;

class TargetTableView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TargetTableView)

public:
    explicit TargetTableView(Document *document, QWidget *parent = nullptr);

    TargetTableModel *model() const { return m_model; }
    QTableView *tableView() const { return m_table; }
    /** Adds entry @p catalogIndex of IndicatorCatalog::builtin() (or selects the plan's indicator matching it). */
    void addCatalogIndicator(int catalogIndex);
    void addNewIndicator();
    void removeSelected();
    void moveSelected(int delta);
    void setGroupedByCategory(bool grouped);
    void copy();
    void paste();
    /** Writes the table as CSV; false with a message shown on failure. */
    bool exportCsv(const QString &path);

Q_SIGNALS:
    /** The user asked to see the node stating a target. */
    void nodeActivated(const QUuid &nodeId);

private:
    /** Moving rows needs an editable document and the plan's own order (not grouped). */
    void updateMoveActions();
    QMenu *createCatalogMenu();
    QList<int> selectedRows() const;
    void selectIndicator(const QUuid &id);
    void showMessage(const QString &text);
    void updateSummary();
    void fitColumns();

    Document *m_doc;
    TargetTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLabel *m_status;
    QAction *m_moveUp = nullptr;
    QAction *m_moveDown = nullptr;
};

} // namespace pw
