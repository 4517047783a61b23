// Edits made through one view reach the document, show in the other views, and undo.

#include "sampleplan.h"

#include "charts/chartsview.h"
#include "charts/structurechartmodel.h"
#include "charts/workloadchartmodel.h"
#include "document/document.h"
#include "import/indicatorcatalog.h"
#include "tables/csv.h"
#include "tables/targettable.h"
#include "views/departmenttasksmodel.h"
#include "views/departmentview.h"
#include "views/responsibilitycheckspanel.h"
#include "views/responsibilitymatrixmodel.h"
#include "views/responsibilitymatrixview.h"
#include "views/tableclipboard.h"
#include "views/targettablemodel.h"
#include "views/targettableview.h"
#include "views/taskdivisionmodel.h"

#include <QAction>
#include <QCollator>
#include <QComboBox>
#include <QStyleOptionViewItem>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

#include <gtest/gtest.h>

using namespace pw;
using namespace Qt::StringLiterals;

namespace {

int rowWithTitle(const TaskDivisionModel &m, const QString &title)
{
    for (int r = 0; r < m.rowCount(); ++r) {
        if (m.index(r, TaskDivisionModel::TaskColumn).data().toString() == title)
            return r;
    }
    return -1;
}

int workloadLead(const WorkloadChartModel &m, const QUuid &dept)
{
    for (int r = 0; r < m.rowCount(); ++r) {
        if (m.index(r, 0).data(WorkloadChartModel::DepartmentIdRole).toUuid() == dept)
            return m.index(r, WorkloadChartModel::LeadColumn).data().toInt();
    }
    return 0;
}

} // namespace

TEST(EditThroughViews, MatrixCellReachesDocumentAndOtherViews)
{
    Document doc(test::makeDistrictPlan());
    ResponsibilityMatrixModel matrix(&doc);
    TaskDivisionModel division(&doc);
    DepartmentTasksModel deptTasks(&doc);
    WorkloadChartModel workload(&doc);
    const Department *czj = test::findDepartment(doc.plan(), u"区财政局"_s);
    deptTasks.setDepartment(czj->id);
    const Node *task = test::findNodeByTitle(doc.plan(), u"推进农村建设和用能低碳转型"_s);
    const int row = matrix.rowOf(task);
    const int column = matrix.columnOf(czj->id);
    ASSERT_GE(row, 0);
    ASSERT_GE(column, 0);
    const int leadBefore = matrix.load(czj->id).lead;
    const int workloadBefore = workloadLead(workload, czj->id);
    QSignalSpy header(&matrix, &QAbstractItemModel::headerDataChanged);

    ASSERT_TRUE(matrix.setData(matrix.index(row, column), u"牵"_s));
    EXPECT_TRUE(task->content.lead.contains(czj->id));
    EXPECT_EQ(matrix.index(row, column).data().toString(), u"牵"_s);
    EXPECT_EQ(matrix.load(czj->id).lead, leadBefore + 1);
    EXPECT_FALSE(header.isEmpty());
    EXPECT_EQ(matrix.index(row, matrix.totalsColumn()).data().toString(), u"1/3"_s);
    const int divRow = rowWithTitle(division, task->content.title);
    EXPECT_EQ(division.index(divRow, TaskDivisionModel::LeadColumn).data().toString(), u"区财政局"_s);
    EXPECT_EQ(deptTasks.counts().lead, 1);
    EXPECT_EQ(workloadLead(workload, czj->id), workloadBefore + 1);

    doc.undoStack()->undo();
    EXPECT_FALSE(task->content.lead.contains(czj->id));
    EXPECT_EQ(matrix.index(row, column).data().toString(), QString());
    EXPECT_EQ(matrix.load(czj->id).lead, leadBefore);
    EXPECT_EQ(division.index(divRow, TaskDivisionModel::LeadColumn).data().toString(), QString());
    EXPECT_EQ(deptTasks.counts().lead, 0);
    EXPECT_EQ(workloadLead(workload, czj->id), workloadBefore);

    EXPECT_FALSE(matrix.setData(matrix.index(row, column), u"boss"_s));
    EXPECT_FALSE(matrix.setData(matrix.index(row, matrix.totalsColumn()), u"lead"_s));
}

TEST(EditThroughViews, CycleAndBulkAssignAreSingleUndoSteps)
{
    Document doc(test::makeDistrictPlan());
    ResponsibilityMatrixModel matrix(&doc);
    const Department *czj = test::findDepartment(doc.plan(), u"区财政局"_s);
    const Department *tjj = test::findDepartment(doc.plan(), u"区统计局"_s);
    const QModelIndex cell = matrix.index(0, matrix.columnOf(czj->id));
    ASSERT_TRUE(matrix.cycle(cell));
    EXPECT_EQ(cell.data(ResponsibilityMatrixModel::CellRoleRole).toInt(), int(DepartmentRole::Lead));
    ASSERT_TRUE(matrix.cycle(cell));
    EXPECT_EQ(cell.data(ResponsibilityMatrixModel::CellRoleRole).toInt(), int(DepartmentRole::Support));
    ASSERT_TRUE(matrix.cycle(cell));
    EXPECT_EQ(cell.data(ResponsibilityMatrixModel::CellRoleRole).toInt(), -1);
    EXPECT_EQ(doc.undoStack()->index(), 3);

    const QModelIndexList cells { matrix.index(0, matrix.columnOf(czj->id)), matrix.index(1, matrix.columnOf(czj->id)),
                                  matrix.index(2, matrix.columnOf(tjj->id)) };
    matrix.assign(cells, DepartmentRole::Support);
    EXPECT_EQ(doc.undoStack()->index(), 4);
    for (const QModelIndex &i : cells)
        EXPECT_EQ(i.data(ResponsibilityMatrixModel::CellRoleRole).toInt(), int(DepartmentRole::Support));
    doc.undoStack()->undo();
    for (const QModelIndex &i : cells)
        EXPECT_EQ(i.data(ResponsibilityMatrixModel::CellRoleRole).toInt(), -1);
}

TEST(EditThroughViews, OrderAndKindFilter)
{
    Document doc(test::makeDistrictPlan());
    ResponsibilityMatrixModel matrix(&doc);
    // By load: 区发展和改革局 has the most tasks.
    EXPECT_EQ(matrix.headerData(0, Qt::Horizontal, Qt::ToolTipRole).toString().section(u'\n', 0, 0), u"区发展和改革局"_s);
    matrix.setKindVisible(DepartmentKind::Territorial, false);
    EXPECT_EQ(matrix.columnOf(test::findDepartment(doc.plan(), u"各街道办事处"_s)->id), -1);
    matrix.setOrder(ResponsibilityMatrixModel::Order::ByName);
    QStringList names;
    for (int c = 0; c < matrix.departmentColumnCount(); ++c)
        names.append(matrix.headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString().section(u'\n', 0, 0));
    QStringList sorted = names;
    std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) {
        static const QCollator collator(QLocale(QLocale::Chinese, QLocale::China));
        return collator.compare(a, b) < 0;
    });
    EXPECT_EQ(names, sorted);
    // Checks in the headers.
    const int unused = matrix.columnOf(test::findDepartment(doc.plan(), u"区文化旅游体育局"_s)->id);
    EXPECT_FALSE(matrix.headerData(unused, Qt::Horizontal, ResponsibilityMatrixModel::CheckRole).toString().isEmpty());
    const int city = matrix.columnOf(test::findDepartment(doc.plan(), u"市发展改革委"_s)->id);
    EXPECT_FALSE(matrix.headerData(city, Qt::Horizontal, ResponsibilityMatrixModel::CheckRole).toString().isEmpty());
    const int noLead = matrix.rowOf(test::findNodeByTitle(doc.plan(), u"推进农村建设"_s));
    EXPECT_FALSE(matrix.headerData(noLead, Qt::Vertical, ResponsibilityMatrixModel::CheckRole).toString().isEmpty());
}

TEST(EditThroughViews, MergeNearDuplicateFromChecksPanelIsUndoable)
{
    Document doc(test::makeDistrictPlan());
    ResponsibilityMatrixView view(&doc);
    ResponsibilityChecksPanel *panel = view.checksPanel();
    ASSERT_EQ(panel->duplicateCount(), 1);
    const qsizetype departments = doc.plan().departments.size();
    const Node *task = test::findNodeByTitle(doc.plan(), u"推动清水塘老工业区绿色转型"_s);
    const QUuid into = test::findDepartment(doc.plan(), u"市生态环境局石峰分局"_s)->id;
    panel->mergeDuplicate(0);
    EXPECT_EQ(doc.plan().departments.size(), std::size_t(departments - 1));
    EXPECT_TRUE(task->content.support.contains(into));
    EXPECT_TRUE(doc.plan().department(into)->aliases.contains(u"生态环境局石峰分局"_s));
    EXPECT_EQ(panel->duplicateCount(), 0);
    doc.undoStack()->undo();
    panel->refresh();
    EXPECT_EQ(doc.plan().departments.size(), std::size_t(departments));
    EXPECT_FALSE(task->content.support.contains(into));
    EXPECT_EQ(panel->duplicateCount(), 1);
}

TEST(EditThroughViews, TargetTableEditsValidateAndUndo)
{
    Document doc(test::makeDistrictPlan());
    TargetTableModel model(&doc);
    ChartsView charts(&doc);
    const int pvRow = 5;
    ASSERT_EQ(model.index(pvRow, 1).data().toString(), u"风电光伏发电总装机容量"_s);
    const int c2030 = model.columnOf(TargetTableModel::Field::Milestone, 2030);
    const QModelIndex cell = model.index(pvRow, c2030);
    const int targetsBefore = charts.targetsPerYearModel()->index(1, 0).data().toInt();

    ASSERT_TRUE(model.setData(cell, u"≥ 70 (力争 80)"_s));
    const Target *t = tables::targetFor(doc.plan(), doc.plan().indicators[5].id, 2030);
    ASSERT_TRUE(t);
    EXPECT_EQ(t->value, 70.0);
    EXPECT_EQ(t->stretch, 80.0);
    EXPECT_EQ(cell.data().toString(), u"≥ 70 (力争 80)"_s);
    EXPECT_EQ(charts.targetsPerYearModel()->index(1, 0).data().toInt(), targetsBefore);
    doc.undoStack()->undo();
    EXPECT_EQ(tables::targetFor(doc.plan(), doc.plan().indicators[5].id, 2030)->value, 60.0);

    // New target in an empty milestone cell, then clearing it removes it.
    const QModelIndex total2030 = model.index(4, c2030);
    ASSERT_TRUE(model.setData(total2030, u"250以内"_s));
    EXPECT_EQ(charts.targetsPerYearModel()->index(1, 0).data().toInt(), targetsBefore + 1);
    const Target *added = tables::targetFor(doc.plan(), doc.plan().indicators[4].id, 2030);
    ASSERT_TRUE(added);
    EXPECT_EQ(added->comparator, Comparator::AtMost);
    EXPECT_EQ(added->baseYear, 2020); // copied from the baseline
    ASSERT_TRUE(model.setData(total2030, QString()));
    EXPECT_FALSE(tables::targetFor(doc.plan(), doc.plan().indicators[4].id, 2030));

    // Validation.
    EXPECT_FALSE(model.setData(cell, u"about 7 maybe"_s));
    EXPECT_FALSE(model.lastError().isEmpty());
    EXPECT_FALSE(model.setData(model.index(pvRow, model.columnOf(TargetTableModel::Field::BaseYear)), u"2030"_s));
    EXPECT_FALSE(model.setData(model.index(pvRow, model.columnOf(TargetTableModel::Field::BaseValue)), u"many"_s));
    EXPECT_FALSE(model.setData(model.index(pvRow, model.columnOf(TargetTableModel::Field::Binding)), u"maybe"_s));
    EXPECT_FALSE(model.setData(model.index(pvRow, model.columnOf(TargetTableModel::Field::Name)), QString()));

    // Baseline edits update every target with that base year in one undo step.
    const int before = doc.undoStack()->index();
    ASSERT_TRUE(model.setData(model.index(pvRow, model.columnOf(TargetTableModel::Field::BaseValue)), u"10"_s));
    EXPECT_EQ(doc.undoStack()->index(), before + 1);
    for (const Target *x : tables::targetsOf(doc.plan(), doc.plan().indicators[5].id))
        EXPECT_EQ(x->baseValue, 10.0);
    EXPECT_EQ(model.index(pvRow, model.columnOf(TargetTableModel::Field::Change)).data().toString(),
              u"2025年 +200.0%；2030年 +500.0%"_s);
    doc.undoStack()->undo();
    EXPECT_EQ(model.index(pvRow, model.columnOf(TargetTableModel::Field::Change)).data().toString(),
              u"2025年 +275.0%；2030年 +650.0%"_s);

    // Warnings show in place: 森林覆盖率 2030 < 2025.
    const QModelIndex forest2030 = model.index(3, c2030);
    EXPECT_FALSE(forest2030.data(TargetTableModel::WarningsRole).toStringList().isEmpty());
    ASSERT_TRUE(model.setData(forest2030, u"≥ 46"_s));
    EXPECT_TRUE(forest2030.data(TargetTableModel::WarningsRole).toStringList().isEmpty()
                || !forest2030.data(TargetTableModel::WarningsRole).toStringList().join(u' ').contains(u"less strict"_s));

    // Milestone columns follow the metadata.
    PlanMetadata m = doc.plan().metadata;
    m.milestoneYears = { 2025, 2030, 2035 };
    doc.setMetadata(m);
    EXPECT_GE(model.columnOf(TargetTableModel::Field::Milestone, 2035), 0);
}

TEST(EditThroughViews, TargetTableViewPasteAndRemove)
{
    Document doc(test::makeDistrictPlan());
    TargetTableView view(&doc);
    QTableView *table = view.tableView();
    const int c2025 = view.model()->columnOf(TargetTableModel::Field::Milestone, 2025);
    table->setCurrentIndex(table->model()->index(2, c2025));
    // Two cells: one valid, one refused; the valid one lands, as one undo step.
    const PasteResult r = pasteTable(table, { { u"23左右"_s, u"abc 1"_s } }, doc.undoStack());
    EXPECT_EQ(r.applied, 1);
    EXPECT_EQ(r.rejected, 1);
    EXPECT_EQ(tables::targetFor(doc.plan(), doc.plan().indicators[2].id, 2025)->value, 23.0);
    doc.undoStack()->undo();
    EXPECT_EQ(tables::targetFor(doc.plan(), doc.plan().indicators[2].id, 2025)->value, 22.0);

    // Copy gives the edit texts as TSV rows.
    table->selectionModel()->select(QItemSelection(table->model()->index(0, 1), table->model()->index(1, c2025)),
                                    QItemSelectionModel::ClearAndSelect);
    const tables::Table copied = selectedCells(table);
    ASSERT_EQ(copied.size(), 2);
    EXPECT_EQ(copied[0][0], u"单位地区生产总值能耗下降率"_s);
    EXPECT_EQ(copied[0].last(), u"≥ 14.5 (力争 15)"_s);

    // Add from the catalogue, move, remove: each undoable.
    const std::size_t count = doc.plan().indicators.size();
    const QList<CatalogEntry> &catalog = IndicatorCatalog::builtin().entries();
    const int stock = int(std::find_if(catalog.begin(), catalog.end(),
                                       [](const CatalogEntry &e) { return e.name == u"森林蓄积量"_s; })
                          - catalog.begin());
    ASSERT_LT(stock, catalog.size());
    view.addCatalogIndicator(stock);
    EXPECT_EQ(doc.plan().indicators.size(), count + 1);
    EXPECT_EQ(doc.plan().indicators.back().unit, u"万立方米"_s);
    view.addCatalogIndicator(stock); // already there: selected, not added twice
    EXPECT_EQ(doc.plan().indicators.size(), count + 1);
    view.moveSelected(-1);
    EXPECT_EQ(doc.plan().indicators[count - 1].name, u"森林蓄积量"_s);
    view.removeSelected();
    EXPECT_EQ(doc.plan().indicators.size(), count);
    doc.undoStack()->undo();
    EXPECT_EQ(doc.plan().indicators.size(), count + 1);
}

TEST(EditThroughViews, TaskDivisionEditsByName)
{
    Document doc(test::makeDistrictPlan());
    TaskDivisionModel model(&doc);
    ResponsibilityMatrixModel matrix(&doc);
    const Node *task = test::findNodeByTitle(doc.plan(), u"推进农村建设"_s);
    const int row = rowWithTitle(model, task->content.title);
    ASSERT_TRUE(model.setData(model.index(row, TaskDivisionModel::LeadColumn), u"区农业农村局、区住建局"_s));
    EXPECT_EQ(task->content.lead.size(), 2);
    EXPECT_EQ(matrix.index(matrix.rowOf(task), matrix.columnOf(task->content.lead[1])).data().toString(), u"牵"_s);
    EXPECT_FALSE(model.setData(model.index(row, TaskDivisionModel::LeadColumn), u"不存在的单位"_s));
    ASSERT_TRUE(model.setData(model.index(row, TaskDivisionModel::DeadlineColumn), u"2026年底前"_s));
    EXPECT_EQ(task->content.deadline, u"2026年底前"_s);
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    EXPECT_TRUE(task->content.lead.isEmpty());
    EXPECT_EQ(task->content.deadline, u"2030年底前"_s);
}

TEST(EditThroughViews, DepartmentViewCounts)
{
    Document doc(test::makeDistrictPlan());
    DepartmentView view(&doc);
    view.setDepartment(test::findDepartment(doc.plan(), u"区发改局"_s)->id);
    EXPECT_EQ(view.model()->counts().lead, 5);
    EXPECT_EQ(view.model()->counts().support, 3);
    EXPECT_EQ(view.model()->rowCount(), 8);
    EXPECT_TRUE(view.countsText().contains(u'5'));
    doc.removeNodes({ test::findNodeByTitle(doc.plan(), u"推广绿色低碳生活方式"_s) });
    EXPECT_EQ(view.model()->counts().lead, 4);
    doc.undoStack()->undo();
    EXPECT_EQ(view.model()->counts().lead, 5);
}

TEST(EditThroughViews, SubtaskBecomesATaskRowWhenAssigned)
{
    Document doc(test::makeDistrictPlan());
    ResponsibilityMatrixModel matrix(&doc);
    TaskDivisionModel division(&doc);
    WorkloadChartModel workload(&doc);
    const Node *parent = test::findNodeByTitle(doc.plan(), u"大力发展新能源"_s);
    NodeContent c;
    c.kind = NodeKind::Subtask;
    c.title = u"推进整县屋顶分布式光伏开发试点"_s;
    const Node *sub = doc.insertNode(parent, 0, c);
    EXPECT_EQ(matrix.rowCount(), 16);
    EXPECT_EQ(division.rowCount(), 16);
    const Department *czj = test::findDepartment(doc.plan(), u"区财政局"_s);
    doc.assignDepartment({ sub }, czj->id, DepartmentRole::Lead);
    EXPECT_EQ(matrix.rowCount(), 17);
    EXPECT_EQ(division.rowCount(), 17);
    EXPECT_EQ(matrix.index(matrix.rowOf(sub), matrix.columnOf(czj->id)).data().toString(), u"牵"_s);
    EXPECT_EQ(workloadLead(workload, czj->id), 1);
    doc.undoStack()->undo();
    EXPECT_EQ(matrix.rowCount(), 16);
    EXPECT_EQ(workloadLead(workload, czj->id), 0);
}

TEST(EditThroughViews, ReSortKeepsTheCurrentCellOnItsDepartment)
{
    Document doc(test::makeDistrictPlan());
    ResponsibilityMatrixModel matrix(&doc);
    const Department *czj = test::findDepartment(doc.plan(), u"区财政局"_s);
    const QPersistentModelIndex cell = matrix.index(3, matrix.columnOf(czj->id));
    const int before = cell.column();
    // Give 区财政局 the most tasks; columns keep their place until the re-sort.
    QModelIndexList cells;
    for (int r = 0; r < matrix.rowCount(); ++r)
        cells.append(matrix.index(r, before));
    matrix.assign(cells, DepartmentRole::Support);
    EXPECT_EQ(matrix.columnOf(czj->id), before);
    matrix.refreshOrder();
    EXPECT_EQ(matrix.columnOf(czj->id), 0);
    EXPECT_EQ(cell.column(), 0);
    EXPECT_EQ(cell.data(ResponsibilityMatrixModel::DepartmentIdRole).toUuid(), czj->id);
}

TEST(EditThroughViews, TargetCellEditorsOfferTheLabels)
{
    Document doc(test::makeDistrictPlan());
    TargetTableView view(&doc);
    QTableView *table = view.tableView();
    const QModelIndex binding = table->model()->index(2, view.model()->columnOf(TargetTableModel::Field::Binding));
    QStyleOptionViewItem option;
    QAbstractItemDelegate *delegate = table->itemDelegate();
    std::unique_ptr<QWidget> editor(delegate->createEditor(table->viewport(), option, binding));
    auto *combo = qobject_cast<QComboBox *>(editor.get());
    ASSERT_TRUE(combo);
    EXPECT_FALSE(combo->isEditable());
    delegate->setEditorData(combo, binding);
    EXPECT_EQ(combo->currentText(), u"预期性"_s);
    combo->setCurrentIndex(combo->findText(u"约束性"_s));
    delegate->setModelData(combo, table->model(), binding);
    EXPECT_EQ(doc.plan().indicators[2].binding, Binding::Binding);
    doc.undoStack()->undo();
    EXPECT_EQ(doc.plan().indicators[2].binding, Binding::Expected);

    const QModelIndex unit = table->model()->index(4, view.model()->columnOf(TargetTableModel::Field::Unit));
    std::unique_ptr<QWidget> unitEditor(delegate->createEditor(table->viewport(), option, unit));
    auto *units = qobject_cast<QComboBox *>(unitEditor.get());
    ASSERT_TRUE(units);
    EXPECT_TRUE(units->isEditable());
    EXPECT_GE(units->findText(u"万吨标准煤"_s), 0);
    delegate->setEditorData(units, unit);
    EXPECT_EQ(units->currentText(), u"万吨标煤"_s);
    units->setEditText(u"万吨标准煤"_s);
    delegate->setModelData(units, table->model(), unit);
    EXPECT_EQ(doc.plan().indicators[4].unit, u"万吨标准煤"_s);
    // The unit warning is gone with the catalogue's unit.
    EXPECT_TRUE(unit.data(TargetTableModel::WarningsRole).toStringList().isEmpty());
}

TEST(EditThroughViews, ReadOnlyDocumentDisablesEveryEditInTheViews)
{
    Document doc(test::makeDistrictPlan());
    doc.setReadOnly(true);
    TargetTableView targets(&doc);
    ResponsibilityMatrixView matrix(&doc);
    matrix.checksPanel()->refresh();
    const auto actionNamed = [](const QWidget &view, const QString &text) -> QAction * {
        for (QAction *a : view.findChildren<QAction *>()) {
            if (a->text() == text)
                return a;
        }
        return nullptr;
    };
    const QStringList targetEdits { u"Remove"_s, u"Move up"_s, u"Move down"_s, u"Paste"_s };
    const QStringList matrixEdits { u"牵"_s, u"配"_s, u"属"_s, u"Clear"_s };
    const auto expectEnabled = [&](bool enabled) {
        for (const QString &t : targetEdits) {
            ASSERT_TRUE(actionNamed(targets, t)) << qPrintable(t);
            EXPECT_EQ(actionNamed(targets, t)->isEnabled(), enabled) << qPrintable(t);
        }
        for (const QString &t : matrixEdits) {
            ASSERT_TRUE(actionNamed(matrix, t)) << qPrintable(t);
            EXPECT_EQ(actionNamed(matrix, t)->isEnabled(), enabled) << qPrintable(t);
        }
        EXPECT_TRUE(actionNamed(targets, u"Copy"_s)->isEnabled());
        const QList<QPushButton *> merges = matrix.checksPanel()->findChildren<QPushButton *>();
        ASSERT_FALSE(merges.isEmpty());
        for (const QPushButton *merge : merges)
            EXPECT_EQ(merge->isEnabled(), enabled);
        const int c2025 = targets.model()->columnOf(TargetTableModel::Field::Milestone, 2025);
        EXPECT_EQ(bool(targets.model()->flags(targets.model()->index(2, c2025)) & Qt::ItemIsEditable), enabled);
        EXPECT_EQ(bool(matrix.model()->flags(matrix.model()->index(0, 0)) & Qt::ItemIsEditable), enabled);
    };
    expectEnabled(false);
    // Pasting is refused cell by cell, and nothing reaches the undo stack.
    QTableView *table = targets.tableView();
    table->setCurrentIndex(table->model()->index(2, targets.model()->columnOf(TargetTableModel::Field::Milestone, 2025)));
    EXPECT_EQ(pasteTable(table, { { u"23左右"_s } }, doc.undoStack()).applied, 0);
    EXPECT_EQ(doc.undoStack()->index(), 0);
    EXPECT_FALSE(doc.isModified());

    doc.setReadOnly(false);
    matrix.checksPanel()->refresh();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // the old Merge buttons
    expectEnabled(true);
}
