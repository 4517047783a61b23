// QAbstractItemModelTester on every model of the views and charts, through a sequence of edits,
// undo and redo of all of them.

#include "modelchecker.h"
#include "sampleplan.h"

#include "charts/structurechartmodel.h"
#include "charts/workloadchartmodel.h"
#include "document/document.h"
#include "views/departmenttasksmodel.h"
#include "views/responsibilitymatrixmodel.h"
#include "views/targettablemodel.h"
#include "views/taskdivisionmodel.h"

#include <gtest/gtest.h>

#include <functional>

using namespace pw;
using namespace Qt::StringLiterals;

namespace {

/** Edits touching every signal the models listen to; each is one undo step. */
void runEdits(Document &doc)
{
    const Plan &plan = doc.plan();
    const Node *action = test::findNodeByTitle(plan, u"节能降碳增效行动"_s);
    const Department *fgj = test::findDepartment(plan, u"区发改局"_s);
    const Department *czj = test::findDepartment(plan, u"区财政局"_s);
    NodeContent task;
    task.title = u"新增任务"_s;
    task.lead = { czj->id };
    const Node *added = doc.insertNode(action, 0, task);
    doc.assignDepartment({ added }, fgj->id, DepartmentRole::Support);
    doc.setTitle(added, u"新增任务（改）"_s);
    doc.closeTypingGroup();
    doc.setKind(added, NodeKind::Subtask);
    NodeContent sub;
    sub.kind = NodeKind::Subtask;
    sub.title = u"子任务"_s;
    const Node *subtask = doc.insertNode(added, 0, sub);
    doc.assignDepartment({ subtask }, czj->id, DepartmentRole::Lead); // becomes a task row
    doc.moveNode(added, test::findNodeByTitle(plan, u"工业领域碳达峰行动"_s), 1);
    doc.assignDepartment({ subtask }, czj->id, std::nullopt); // and stops being one
    doc.moveDown(test::findNodeByTitle(plan, u"推进煤炭消费替代"_s));
    doc.removeNodes({ test::findNodeByTitle(plan, u"推广绿色低碳生活方式"_s) });
    doc.mergeDepartments(test::findDepartment(plan, u"生态环境局石峰分局"_s)->id,
                         test::findDepartment(plan, u"市生态环境局石峰分局"_s)->id);
    Department d;
    d.name = u"区应急管理局"_s;
    doc.addDepartment(d, 0);
    Department renamed = *czj;
    renamed.name = u"区财政局（改）"_s;
    renamed.kind = DepartmentKind::BranchOffice;
    doc.updateDepartment(renamed);
    doc.removeDepartment(test::findDepartment(plan, u"区统计局"_s)->id);
    Indicator ind;
    ind.name = u"森林蓄积量"_s;
    doc.addIndicator(ind, 1);
    Target t;
    t.indicatorId = ind.id;
    t.year = 2025;
    t.value = 3500;
    doc.addTarget(t);
    doc.moveIndicator(ind.id, 4);
    doc.moveIndicator(ind.id, 0);
    PlanMetadata m = plan.metadata;
    m.milestoneYears = { 2025, 2030, 2035 };
    doc.setMetadata(m);
    doc.removeIndicator(plan.indicators.back().id);
    doc.replacePlan(test::makeDistrictPlan(), u"Replace"_s);
}

void exercise(const std::function<QAbstractItemModel *(Document &)> &makeModel)
{
    Document doc(test::makeDistrictPlan());
    QAbstractItemModel *model = makeModel(doc);
    test::ModelChecker checker(model);
    runEdits(doc);
    const int steps = doc.undoStack()->index();
    EXPECT_GT(steps, 15);
    while (doc.undoStack()->canUndo())
        doc.undoStack()->undo();
    while (doc.undoStack()->canRedo())
        doc.undoStack()->redo();
    EXPECT_EQ(test::ModelChecker::failures(), 0);
    delete model;
}

} // namespace

TEST(ModelTester, ResponsibilityMatrixModel)
{
    exercise([](Document &d) { return new ResponsibilityMatrixModel(&d); });
}

TEST(ModelTester, ResponsibilityMatrixModelByNameAndFiltered)
{
    exercise([](Document &d) {
        auto *m = new ResponsibilityMatrixModel(&d);
        m->setOrder(ResponsibilityMatrixModel::Order::ByName);
        m->setKindVisible(DepartmentKind::Territorial, false);
        return m;
    });
}

TEST(ModelTester, TaskDivisionModel)
{
    exercise([](Document &d) { return new TaskDivisionModel(&d); });
}

TEST(ModelTester, TargetTableModel)
{
    exercise([](Document &d) { return new TargetTableModel(&d); });
}

TEST(ModelTester, DepartmentTasksModel)
{
    exercise([](Document &d) {
        auto *m = new DepartmentTasksModel(&d);
        m->setDepartment(test::findDepartment(d.plan(), u"市生态环境局石峰分局"_s)->id);
        return m;
    });
}

TEST(ModelTester, WorkloadChartModel)
{
    exercise([](Document &d) {
        auto *m = new WorkloadChartModel(&d);
        m->setTopCount(5);
        return m;
    });
}

TEST(ModelTester, StructureChartModels)
{
    exercise([](Document &d) { return new StructureChartModel(&d, StructureChartModel::Measure::TasksPerAction); });
    exercise([](Document &d) { return new StructureChartModel(&d, StructureChartModel::Measure::TargetsPerYear); });
}

TEST(ModelTester, BrokenModelIsDetected)
{
    // The checker itself must be able to fail: a model whose rowCount lies about inserted rows.
    class Lying final : public QAbstractListModel
    {
    public:
        int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : m_rows; }
        QVariant data(const QModelIndex &, int) const override { return {}; }
        void grow()
        {
            beginInsertRows({}, 0, 0);
            m_rows += 2; // announced one row, added two
            endInsertRows();
        }
        int m_rows = 1;
    } model;
    test::ModelChecker checker(&model);
    model.grow();
    EXPECT_GT(test::ModelChecker::failures(), 0);
}
