#include "taskdivisionview.h"

#include "tableclipboard.h"
#include "taskdivisionmodel.h"

#include "document/document.h"
#include "tables/csv.h"
#include "tables/tasktable.h"

#include <QAction>
#include <QFileDialog>
#include <QHeaderView>
#include <QMessageBox>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace pw {

TaskDivisionView::TaskDivisionView(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_doc(document)
    , m_model(new TaskDivisionModel(document, this))
    , m_table(new QTableView(this))
{
    m_table->setModel(m_model);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(26);
    QHeaderView *h = m_table->horizontalHeader();
    h->setSectionResizeMode(TaskDivisionModel::NumberColumn, QHeaderView::Fixed);
    m_table->setColumnWidth(TaskDivisionModel::NumberColumn, 48);
    m_table->setColumnWidth(TaskDivisionModel::TaskColumn, 360);
    m_table->setColumnWidth(TaskDivisionModel::LeadColumn, 200);
    m_table->setColumnWidth(TaskDivisionModel::DeadlineColumn, 110);
    h->setSectionResizeMode(TaskDivisionModel::ResponsibleColumn, QHeaderView::Stretch);

    auto *toolbar = new QToolBar(this);
    QAction *copy = toolbar->addAction(tr("Copy"), this, [this] { copySelection(m_table); });
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(copy);
    toolbar->addAction(tr("Export CSV…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export task division table"), {}, tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportCsv(path);
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(toolbar);
    layout->addWidget(m_table, 1);

    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.column() == TaskDivisionModel::NumberColumn)
            Q_EMIT nodeActivated(index.data(TaskDivisionModel::NodeIdRole).toUuid());
    });
}

bool TaskDivisionView::exportCsv(const QString &path)
{
    QString error;
    if (tables::saveCsv(path, tables::taskDivisionTable(m_doc->plan()), &error))
        return true;
    QMessageBox::warning(this, tr("Export"), tr("Could not export: %1").arg(error));
    return false;
}

} // namespace pw
