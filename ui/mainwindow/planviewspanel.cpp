#include "planviewspanel.h"

#include "charts/chartsview.h"
#include "document/document.h"
#include "views/departmentview.h"
#include "views/responsibilitymatrixview.h"
#include "views/targettableview.h"
#include "views/taskdivisionview.h"

#include <QEvent>

namespace pw {

PlanViewsPanel::PlanViewsPanel(QWidget *parent)
    : QTabWidget(parent)
{
    connect(this, &QTabWidget::currentChanged, this, [this](int index) {
        if (index >= 0)
            m_lastPage = index;
    });
    setDocumentMode(true);
    setAccessibleName(tr("Tables and charts"));
}

void PlanViewsPanel::setDocument(Document *document)
{
    if (document == m_doc.data() && (document || count() == 0))
        return;
    if (m_doc)
        disconnect(m_doc.data(), &QObject::destroyed, this, nullptr);
    m_doc = document;
    clearPages();
    if (document)
        connect(document, &QObject::destroyed, this, [this] {
            m_doc = nullptr;
            clearPages();
        });
    if (isVisible())
        rebuild();
}

void PlanViewsPanel::clearPages()
{
    while (count() > 0) {
        QWidget *page = widget(0);
        removeTab(0);
        delete page;
    }
}

void PlanViewsPanel::showEvent(QShowEvent *event)
{
    rebuild();
    QTabWidget::showEvent(event);
}

void PlanViewsPanel::rebuild()
{
    if (!m_doc || count() > 0)
        return;
    auto *targets = new TargetTableView(m_doc.data(), this);
    auto *matrix = new ResponsibilityMatrixView(m_doc.data(), this);
    auto *division = new TaskDivisionView(m_doc.data(), this);
    auto *departments = new DepartmentView(m_doc.data(), this);
    connect(targets, &TargetTableView::nodeActivated, this, &PlanViewsPanel::nodeActivated);
    connect(matrix, &ResponsibilityMatrixView::nodeActivated, this, &PlanViewsPanel::nodeActivated);
    connect(division, &TaskDivisionView::nodeActivated, this, &PlanViewsPanel::nodeActivated);
    connect(departments, &DepartmentView::nodeActivated, this, &PlanViewsPanel::nodeActivated);
    addTab(targets, QString());
    addTab(matrix, QString());
    addTab(division, QString());
    addTab(departments, QString());
    addTab(new ChartsView(m_doc.data(), this), QString());
    retranslateUi();
    setCurrentIndex(qMax(0, m_lastPage));
}

void PlanViewsPanel::retranslateUi()
{
    const QStringList titles { tr("Targets"), tr("Responsibility Matrix"), tr("Task Division"),
        tr("Department"), tr("Charts") };
    for (int i = 0; i < count() && i < titles.size(); ++i)
        setTabText(i, titles.at(i));
}

void PlanViewsPanel::changeEvent(QEvent *event)
{
    // The views set their toolbars, chart titles and axes up once: rebuilding them is the simplest
    // way to have every one of their texts in the new language (the current page is kept).
    if (event->type() == QEvent::LanguageChange && count() > 0) {
        const int page = m_lastPage;
        clearPages();
        m_lastPage = page;
        if (isVisible())
            rebuild();
    }
    QTabWidget::changeEvent(event);
}

} // namespace pw
