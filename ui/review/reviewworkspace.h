#pragma once

// The review workspace: the parent and child outlines side by side with synchronized selection
// (select a parent task, its matches light up in the child), the findings list with filters and
// jump-to, the target comparison table, the coverage chart per action, the counterpart table and
// reviewer comments. Constructed from two documents; the comparison runs off the GUI thread.

#include <QWidget>

class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QTableWidget;
class QTreeView;

namespace pw {

class CommentsPanel;
class CoverageChart;
class Document;
class TargetChartView;
class FindingsModel;
class MatchPanel;
class PlanTreeModel;
class ReadOnlyBar;
class ReviewController;
class ReviewTreeProxy;

class ReviewWorkspace final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewWorkspace)

public:
    /** @p parentDocument is the higher-level plan, @p childDocument the plan under review (decisions go there). */
    ReviewWorkspace(Document *parentDocument, Document *childDocument, QWidget *parent = nullptr);
    ~ReviewWorkspace() override;

    ReviewController *controller() const { return m_controller; }
    /** Selects a parent task (and shows its matches); false if the id is not a parent node. */
    bool selectParentNode(const QUuid &id);
    bool selectChildNode(const QUuid &id);
    QUuid selectedParentNode() const;
    QUuid selectedChildNode() const;

    // For tests and the integrator's menus.
    FindingsModel *findings() const { return m_findings; }
    QSortFilterProxyModel *findingsFilter() const { return m_findingsFilter; }
    QTableWidget *targetTable() const { return m_targets; }
    QTableView *findingsView() const { return m_findingsView; }
    QTableWidget *counterpartTable() const { return m_counterparts; }
    CoverageChart *coverageChart() const { return m_chart; }
    /** The child's chart of the target selected in the Targets tab, with the parent's values overlaid. */
    TargetChartView *targetChart() const { return m_targetChart; }
    ReviewTreeProxy *childTreeModel() const { return m_childProxy; }
    CommentsPanel *comments() const { return m_comments; }
    MatchPanel *matchPanel() const { return m_matchPanel; }
    /** Shown while the plan under review is read-only, so decisions cannot be recorded. */
    ReadOnlyBar *readOnlyBar() const { return m_readOnlyBar; }
    /** Activates the finding in @p row of the filtered findings list (jump to its node). */
    void activateFinding(int row);

Q_SIGNALS:
    /** Emitted after each comparison has been shown. */
    void reviewUpdated();

private:
    void showResult();
    void showSelectedTask();
    void fillTargets();
    void showTargetChart(int row);
    void fillCounterparts();
    void updateSummary();
    void setEditable(bool editable);
    void updateCommentMarkers();
    void applyFilter();
    void decide(const QUuid &parentNodeId, const QUuid &childNodeId, int kind, const QString &reason);

    ReviewController *m_controller;
    PlanTreeModel *m_parentModel;
    PlanTreeModel *m_childModel;
    ReviewTreeProxy *m_parentProxy;
    ReviewTreeProxy *m_childProxy;
    QTreeView *m_parentTree;
    QTreeView *m_childTree;
    QLabel *m_summary;
    ReadOnlyBar *m_readOnlyBar;
    MatchPanel *m_matchPanel;
    QTabWidget *m_tabs;
    FindingsModel *m_findings;
    QSortFilterProxyModel *m_findingsFilter;
    QComboBox *m_categoryFilter;
    QComboBox *m_severityFilter;
    QTableView *m_findingsView;
    QTableWidget *m_targets;
    QTableWidget *m_counterparts;
    CoverageChart *m_chart;
    TargetChartView *m_targetChart;
    CommentsPanel *m_comments;
    bool m_syncing = false;
};

} // namespace pw
