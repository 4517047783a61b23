#pragma once

// All charts of a plan in one self-contained widget: workload (lead/support per department, top N
// plus the rest), targets (one indicator over the milestones) and structure (tasks per action,
// targets per milestone year). Everything follows document edits; the current chart exports to PNG/SVG.

#include <QWidget>

class QComboBox;
class QSpinBox;
class QTabWidget;

namespace pw {

class BarChartView;
class Document;
class StructureChartModel;
class TargetChartView;
class WorkloadChartModel;

class ChartsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartsView)

public:
    enum Page { WorkloadPage, TargetsPage, StructurePage };
    Q_ENUM(Page)

    explicit ChartsView(Document *document, QWidget *parent = nullptr);

    WorkloadChartModel *workloadModel() const { return m_workloadModel; }
    StructureChartModel *tasksPerActionModel() const { return m_tasksPerAction; }
    StructureChartModel *targetsPerYearModel() const { return m_targetsPerYear; }
    BarChartView *workloadChart() const { return m_workload; }
    TargetChartView *targetChart() const { return m_targetChart; }
    QComboBox *indicatorBox() const { return m_indicators; }
    void setCurrentPage(Page page);
    QWidget *page(Page page) const;
    bool exportPng(Page page, const QString &path);
    bool exportSvg(Page page, const QString &path);

private:
    QWidget *createWorkloadPage();
    QWidget *createTargetsPage();
    QWidget *createStructurePage();
    void fillIndicators();
    void exportCurrent(bool svg);

    Document *m_doc;
    WorkloadChartModel *m_workloadModel;
    StructureChartModel *m_tasksPerAction;
    StructureChartModel *m_targetsPerYear;
    QTabWidget *m_tabs;
    BarChartView *m_workload = nullptr;
    TargetChartView *m_targetChart = nullptr;
    QWidget *m_structure = nullptr;
    QComboBox *m_indicators = nullptr;
    QSpinBox *m_top = nullptr;
};

} // namespace pw
