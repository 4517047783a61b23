#include "chartsview.h"

#include "barchartview.h"
#include "chartstyle.h"
#include "structurechartmodel.h"
#include "targetchartview.h"
#include "workloadchartmodel.h"

#include "document/document.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace pw {

ChartsView::ChartsView(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_doc(document)
    , m_workloadModel(new WorkloadChartModel(document, this))
    , m_tasksPerAction(new StructureChartModel(document, StructureChartModel::Measure::TasksPerAction, this))
    , m_targetsPerYear(new StructureChartModel(document, StructureChartModel::Measure::TargetsPerYear, this))
    , m_tabs(new QTabWidget(this))
{
    // A short dock scrolls the charts instead of squashing them below their legible height.
    const auto scrolling = [this](QWidget *page) {
        auto *scroll = new QScrollArea(this);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidget(page);
        return scroll;
    };
    m_tabs->addTab(scrolling(createWorkloadPage()), tr("Workload"));
    m_tabs->addTab(scrolling(createTargetsPage()), tr("Targets"));
    m_tabs->addTab(scrolling(createStructurePage()), tr("Structure"));

    auto *png = new QPushButton(tr("Export PNG…"), this);
    auto *svg = new QPushButton(tr("Export SVG…"), this);
    connect(png, &QPushButton::clicked, this, [this] { exportCurrent(false); });
    connect(svg, &QPushButton::clicked, this, [this] { exportCurrent(true); });
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(png);
    buttons->addWidget(svg);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);
}

QWidget *ChartsView::createWorkloadPage()
{
    auto *page = new QWidget(this);
    m_workload = new BarChartView(m_workloadModel, BarChartView::Style::HorizontalStacked,
                                  tr("Tasks per department"), page);
    m_top = new QSpinBox(page);
    m_top->setRange(3, 100);
    m_top->setValue(m_workloadModel->topCount());
    connect(m_top, &QSpinBox::valueChanged, m_workloadModel, &WorkloadChartModel::setTopCount);
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Departments shown:"), page));
    row->addWidget(m_top);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(row);
    layout->addWidget(m_workload, 1);
    return page;
}

QWidget *ChartsView::createTargetsPage()
{
    auto *page = new QWidget(this);
    m_indicators = new QComboBox(page);
    m_indicators->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_targetChart = new TargetChartView(m_doc, page);
    connect(m_indicators, &QComboBox::currentIndexChanged, this,
            [this] { m_targetChart->setIndicator(m_indicators->currentData().toUuid()); });
    auto refill = [this](Collection c) {
        if (c == Collection::Indicators)
            fillIndicators();
    };
    connect(m_doc, &Document::rowsInserted, this, refill);
    connect(m_doc, &Document::rowsRemoved, this, refill);
    connect(m_doc, &Document::rowsMoved, this, refill);
    connect(m_doc, &Document::rowChanged, this, refill);
    connect(m_doc, &Document::reset, this, &ChartsView::fillIndicators);
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Indicator:"), page));
    row->addWidget(m_indicators);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(row);
    layout->addWidget(m_targetChart, 1);
    fillIndicators();
    return page;
}

QWidget *ChartsView::createStructurePage()
{
    m_structure = new QWidget(this);
    auto *layout = new QHBoxLayout(m_structure);
    layout->addWidget(new BarChartView(m_tasksPerAction, BarChartView::Style::Horizontal, tr("Tasks per action"), m_structure), 3);
    layout->addWidget(new BarChartView(m_targetsPerYear, BarChartView::Style::Vertical, tr("Targets per year"),
                                       m_structure), 1);
    return m_structure;
}

void ChartsView::fillIndicators()
{
    const QUuid current = m_indicators->currentData().toUuid();
    {
        const QSignalBlocker block(m_indicators);
        m_indicators->clear();
        for (const Indicator &ind : m_doc->plan().indicators)
            m_indicators->addItem(ind.name, ind.id);
        const int i = m_indicators->findData(current);
        m_indicators->setCurrentIndex(i >= 0 ? i : (m_indicators->count() ? 0 : -1));
    }
    m_targetChart->setIndicator(m_indicators->currentData().toUuid());
}

void ChartsView::setCurrentPage(Page p) { m_tabs->setCurrentIndex(int(p)); }

QWidget *ChartsView::page(Page p) const
{
    switch (p) {
    case WorkloadPage:
        return m_workload;
    case TargetsPage:
        return m_targetChart;
    case StructurePage:
        break;
    }
    return m_structure;
}

bool ChartsView::exportPng(Page p, const QString &path)
{
    return charts::exportPng(page(p), path);
}

bool ChartsView::exportSvg(Page p, const QString &path)
{
    return charts::exportSvg(page(p), path, m_tabs->tabText(int(p)));
}

void ChartsView::exportCurrent(bool svg)
{
    const Page p = Page(m_tabs->currentIndex());
    const QString path = QFileDialog::getSaveFileName(this, tr("Export chart"), {},
                                                      svg ? tr("SVG files (*.svg)") : tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!(svg ? exportSvg(p, path) : exportPng(p, path)))
        QMessageBox::warning(this, tr("Export"), tr("Could not write %1.").arg(path));
}

} // namespace pw
