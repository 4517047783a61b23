#include "departmentview.h"

#include "departmenttasksmodel.h"

#include "document/document.h"

#include <QCollator>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace pw {

DepartmentView::DepartmentView(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_doc(document)
    , m_model(new DepartmentTasksModel(document, this))
    , m_departments(new QComboBox(this))
    , m_counts(new QLabel(this))
    , m_table(new QTableView(this))
{
    m_departments->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->setColumnWidth(DepartmentTasksModel::NumberColumn, 110);
    m_table->setColumnWidth(DepartmentTasksModel::TaskColumn, 420);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Department:"), this));
    top->addWidget(m_departments);
    top->addWidget(m_counts, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);

    connect(m_departments, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setDepartment(m_departments->currentData().toUuid()); });
    connect(m_model, &DepartmentTasksModel::countsChanged, this, &DepartmentView::updateCounts);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        Q_EMIT nodeActivated(index.data(DepartmentTasksModel::NodeIdRole).toUuid());
    });
    auto refill = [this](Collection c) {
        if (c == Collection::Departments)
            fillDepartments();
    };
    connect(m_doc, &Document::rowsInserted, this, refill);
    connect(m_doc, &Document::rowsRemoved, this, refill);
    connect(m_doc, &Document::rowsMoved, this, refill);
    connect(m_doc, &Document::rowChanged, this, refill);
    connect(m_doc, &Document::reset, this, &DepartmentView::fillDepartments);
    fillDepartments();
}

void DepartmentView::fillDepartments()
{
    const QUuid current = m_departments->currentData().toUuid();
    QList<const Department *> deps;
    for (const Department &d : m_doc->plan().departments)
        deps.append(&d);
    QCollator collator(QLocale(QLocale::Chinese, QLocale::China));
    std::stable_sort(deps.begin(), deps.end(),
                     [&](const Department *a, const Department *b) { return collator.compare(a->name, b->name) < 0; });
    {
        const QSignalBlocker block(m_departments);
        m_departments->clear();
        for (const Department *d : std::as_const(deps))
            m_departments->addItem(d->name, d->id);
        const int i = m_departments->findData(current);
        m_departments->setCurrentIndex(i >= 0 ? i : (m_departments->count() ? 0 : -1));
    }
    m_model->setDepartment(m_departments->currentData().toUuid());
    updateCounts();
}

void DepartmentView::setDepartment(const QUuid &department)
{
    const int i = m_departments->findData(department);
    if (i >= 0)
        m_departments->setCurrentIndex(i);
}

QString DepartmentView::countsText() const { return m_counts->text(); }

void DepartmentView::updateCounts()
{
    const tables::DepartmentLoad c = m_model->counts();
    m_counts->setText(tr("leads %1 · supports %2 · territorial %3 · %4 task(s) in all")
                          .arg(c.lead)
                          .arg(c.support)
                          .arg(c.territorial)
                          .arg(c.total()));
}

} // namespace pw
