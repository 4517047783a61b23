#pragma once

// The responsibility matrix as a self-contained widget: tasks × departments with 牵/配/属 cells.
// Click a cell (or press Space) to cycle none → lead → support; with several cells selected, L / S / T
// assign lead / support / territorial and Delete clears, as one undo step. Order by load or name,
// filter by department kind, checks panel with one-click merge of near-duplicate names.

#include <QWidget>

#include <optional>

class QComboBox;
class QTableView;

namespace pw {

class Document;
class ResponsibilityChecksPanel;
class ResponsibilityMatrixModel;
enum class DepartmentRole;

class ResponsibilityMatrixView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResponsibilityMatrixView)

public:
    explicit ResponsibilityMatrixView(Document *document, QWidget *parent = nullptr);

    ResponsibilityMatrixModel *model() const { return m_model; }
    QTableView *tableView() const { return m_table; }
    ResponsibilityChecksPanel *checksPanel() const { return m_checks; }
    /** Applies @p role to every selected department cell (std::nullopt clears). */
    void assignSelection(std::optional<DepartmentRole> role);
    bool exportCsv(const QString &path);
    void showTask(const QUuid &nodeId);
    void showDepartment(const QUuid &departmentId);

Q_SIGNALS:
    void nodeActivated(const QUuid &nodeId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateHeaderHeight();

    Document *m_doc;
    ResponsibilityMatrixModel *m_model;
    QTableView *m_table;
    ResponsibilityChecksPanel *m_checks;
    QComboBox *m_order;
};

} // namespace pw
