#include "responsibilitymatrixview.h"

#include "editable.h"
#include "responsibilitycheckspanel.h"
#include "responsibilitymatrixmodel.h"
#include "tableclipboard.h"

#include "document/document.h"
#include "tables/csv.h"
#include "tables/tasktable.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace pw {

ResponsibilityMatrixView::ResponsibilityMatrixView(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_doc(document)
    , m_model(new ResponsibilityMatrixModel(document, this))
    , m_table(new QTableView(this))
    , m_checks(new ResponsibilityChecksPanel(document, this))
    , m_order(new QComboBox(this))
{
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setWordWrap(false);
    QHeaderView *rows = m_table->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(24);
    rows->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    rows->setTextElideMode(Qt::ElideRight);
    rows->setFixedWidth(340);
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::Fixed);
    columns->setDefaultSectionSize(36);
    columns->setDefaultAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_table->installEventFilter(this);

    auto *toolbar = new QToolBar(this);
    toolbar->addWidget(new QLabel(tr("Order:"), toolbar));
    m_order->addItem(tr("by load"), int(ResponsibilityMatrixModel::Order::ByLoad));
    m_order->addItem(tr("by name"), int(ResponsibilityMatrixModel::Order::ByName));
    toolbar->addWidget(m_order);
    connect(m_order, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setOrder(ResponsibilityMatrixModel::Order(m_order->currentData().toInt()));
    });
    toolbar->addAction(tr("Re-sort"), m_model, &ResponsibilityMatrixModel::refreshOrder)
        ->setToolTip(tr("Columns keep their place while you edit; re-sort applies the current loads."));
    toolbar->addSeparator();
    const std::pair<DepartmentKind, QString> kinds[] = {
        { DepartmentKind::Department, tr("Departments") },
        { DepartmentKind::BranchOffice, tr("Branch offices") },
        { DepartmentKind::Territorial, tr("Territorial units") },
        { DepartmentKind::Enterprise, tr("Enterprises") },
    };
    for (const auto &[kind, label] : kinds) {
        QAction *a = toolbar->addAction(label);
        a->setCheckable(true);
        a->setChecked(true);
        const DepartmentKind k = kind;
        connect(a, &QAction::toggled, this, [this, k](bool on) {
            m_model->setKindVisible(k, on);
            updateHeaderHeight();
        });
    }
    toolbar->addSeparator();
    const QList<QAction *> assignActions {
        toolbar->addAction(tables::roleMark(DepartmentRole::Lead), this, [this] { assignSelection(DepartmentRole::Lead); }),
        toolbar->addAction(tables::roleMark(DepartmentRole::Support), this,
                           [this] { assignSelection(DepartmentRole::Support); }),
        toolbar->addAction(tables::roleMark(DepartmentRole::Territorial), this,
                           [this] { assignSelection(DepartmentRole::Territorial); }),
        toolbar->addAction(tr("Clear"), this, [this] { assignSelection(std::nullopt); }),
    };
    assignActions[0]->setToolTip(tr("Make the selected departments lead (L)"));
    assignActions[1]->setToolTip(tr("Make the selected departments supporting (S)"));
    assignActions[2]->setToolTip(tr("Make the selected units territorially responsible (T)"));
    assignActions[3]->setToolTip(tr("Remove the selected assignments (Delete)"));
    followEditable(m_doc, this, [assignActions](bool editable) {
        for (QAction *a : assignActions)
            a->setEnabled(editable);
    });
    toolbar->addSeparator();
    toolbar->addAction(tr("Export CSV…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export responsibility matrix"), {}, tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportCsv(path);
    });

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_checks);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 900, 360 });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(toolbar);
    layout->addWidget(splitter, 1);

    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex &index) {
        if (QApplication::keyboardModifiers() == Qt::NoModifier && m_table->selectionModel()->selectedIndexes().size() <= 1)
            m_model->cycle(index);
    });
    connect(rows, &QHeaderView::sectionDoubleClicked, this, [this](int row) {
        if (const Node *n = m_model->task(row))
            Q_EMIT nodeActivated(n->id());
    });
    connect(m_checks, &ResponsibilityChecksPanel::taskActivated, this, &ResponsibilityMatrixView::showTask);
    connect(m_checks, &ResponsibilityChecksPanel::departmentActivated, this, &ResponsibilityMatrixView::showDepartment);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ResponsibilityMatrixView::updateHeaderHeight);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &ResponsibilityMatrixView::updateHeaderHeight);
    updateHeaderHeight();
}

void ResponsibilityMatrixView::updateHeaderHeight()
{
    // Names are stacked one character per line: fit the longest one plus the load line.
    qsizetype longest = 2;
    for (const Department &d : m_doc->plan().departments)
        longest = std::max(longest, d.name.size());
    const int line = m_table->horizontalHeader()->fontMetrics().height();
    m_table->horizontalHeader()->setFixedHeight(int(std::min<qsizetype>(longest, 16) + 1) * line + 8);
    m_table->setColumnWidth(m_model->totalsColumn(), 64);
}

void ResponsibilityMatrixView::assignSelection(std::optional<DepartmentRole> role)
{
    m_model->assign(m_table->selectionModel()->selectedIndexes(), role);
}

bool ResponsibilityMatrixView::exportCsv(const QString &path)
{
    QString error;
    if (tables::saveCsv(path, tables::responsibilityMatrixTable(m_doc->plan()), &error))
        return true;
    QMessageBox::warning(this, tr("Export"), tr("Could not export: %1").arg(error));
    return false;
}

void ResponsibilityMatrixView::showTask(const QUuid &nodeId)
{
    const int row = m_model->rowOf(m_doc->plan().findNode(nodeId));
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, 0);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
}

void ResponsibilityMatrixView::showDepartment(const QUuid &departmentId)
{
    const int column = m_model->columnOf(departmentId);
    if (column < 0)
        return;
    const int row = std::max(0, m_table->currentIndex().row());
    const QModelIndex index = m_model->index(row, column);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
}

bool ResponsibilityMatrixView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_table || event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    switch (key->key()) {
    case Qt::Key_Space:
        if (m_table->selectionModel()->selectedIndexes().size() > 1) {
            // Several cells: the current cell's next role is applied to all of them.
            const int current = m_table->currentIndex().data(ResponsibilityMatrixModel::CellRoleRole).toInt();
            assignSelection(current < 0 ? std::optional(DepartmentRole::Lead)
                                        : current == int(DepartmentRole::Lead) ? std::optional(DepartmentRole::Support)
                                                                               : std::nullopt);
        } else {
            m_model->cycle(m_table->currentIndex());
        }
        return true;
    case Qt::Key_L:
        assignSelection(DepartmentRole::Lead);
        return true;
    case Qt::Key_S:
        assignSelection(DepartmentRole::Support);
        return true;
    case Qt::Key_T:
        assignSelection(DepartmentRole::Territorial);
        return true;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        assignSelection(std::nullopt);
        return true;
    default:
        break;
    }
    if (key->matches(QKeySequence::Copy)) {
        copySelection(m_table);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace pw
