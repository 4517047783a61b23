// Item models under QAbstractItemModelTester while the document is edited and undone.

#include "document/document.h"
#include "editor/departmenttablemodel.h"
#include "editor/nodemime.h"
#include "editor/outlinefiltermodel.h"
#include "editor/plantemplates.h"
#include "io/planjson.h"
#include "model/plan.h"
#include "models/plantreemodel.h"

#include <QAbstractItemModelTester>
#include <QMimeData>

#include <gtest/gtest.h>

using namespace pw;
using namespace Qt::StringLiterals;

namespace {

const Node *childNamed(const Node &parent, const QString &title)
{
    for (int i = 0; i < parent.childCount(); ++i) {
        if (parent.child(i)->content.title == title)
            return parent.child(i);
    }
    return nullptr;
}

void editOutline(Document &doc)
{
    const Node &root = doc.plan().root();
    const Node *tasks = childNamed(root, u"重点任务"_s);
    ASSERT_NE(tasks, nullptr);
    const Node *energy = tasks->child(0);
    const Node *t1 = doc.insertNode(energy, 0, { NodeKind::Task, u"推进光伏发电"_s });
    const Node *t2 = doc.insertNode(energy, 1, { NodeKind::Task, u"推进煤炭消费替代"_s });
    doc.insertNode(energy, 2, { NodeKind::Task, u"发展新型储能"_s });
    ASSERT_TRUE(doc.moveDown(t1));
    ASSERT_TRUE(doc.indentNode(t1)); // t1 below t2 now, then a child of t2
    ASSERT_TRUE(doc.outdentNode(t1));
    ASSERT_TRUE(doc.moveNode(t2, tasks->child(1), 0));
    doc.setTitle(t2, u"推进煤炭清洁高效利用"_s);
    doc.duplicateNode(energy);
    doc.removeNodes({ tasks->child(1), t1 });
}

} // namespace

TEST(Models, PlanTreeModelPassesTesterThroughEditsAndUndo)
{
    Document doc(createPlan(PlanTemplate::District));
    PlanTreeModel model(&doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QByteArray before = writePlanJson(doc.plan());
    editOutline(doc);
    EXPECT_NE(writePlanJson(doc.plan()), before);
    while (doc.undoStack()->canUndo())
        doc.undoStack()->undo();
    EXPECT_EQ(writePlanJson(doc.plan()), before);
    while (doc.undoStack()->canRedo())
        doc.undoStack()->redo();
}

TEST(Models, PlanTreeModelShowsNumbersIconsAndMissingLead)
{
    Document doc(createPlan(PlanTemplate::District));
    PlanTreeModel model(&doc);
    const QModelIndex tasks = model.index(2, 0);
    EXPECT_EQ(tasks.data(PlanTreeModel::NumberRole).toString() + tasks.data().toString(), u"三、重点任务"_s);
    EXPECT_EQ(model.index(0, 0, tasks).data(PlanTreeModel::NumberRole).toString(), u"（一）"_s);
    const Node *action = model.node(model.index(0, 0, tasks));
    const Node *task = doc.insertNode(action, 0, { NodeKind::Task, u"推进光伏发电"_s });
    const QModelIndex taskIndex = model.indexOf(task);
    EXPECT_EQ(taskIndex.data(PlanTreeModel::NumberRole).toString(), u"1."_s);
    EXPECT_EQ(taskIndex.data().toString(), u"推进光伏发电"_s);
    EXPECT_TRUE(taskIndex.data(PlanTreeModel::MissingLeadRole).toBool());
    EXPECT_FALSE(taskIndex.data(Qt::DecorationRole).value<QIcon>().isNull());
    Department d;
    d.name = u"区发改局"_s;
    doc.addDepartment(d);
    doc.setDepartments(task, DepartmentRole::Lead, { d.id });
    EXPECT_FALSE(taskIndex.data(PlanTreeModel::MissingLeadRole).toBool());
    EXPECT_EQ(model.indexOf(task, PlanTreeModel::LeadColumn).data().toString(), u"区发改局"_s);
}

TEST(Models, FilterKeepsAncestorsOfMatchesAndPassesTester)
{
    Document doc(createPlan(PlanTemplate::District));
    PlanTreeModel model(&doc);
    OutlineFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const Node *action = doc.plan().root().child(2)->child(1);
    NodeContent c { NodeKind::Task, u"实施节能改造"_s };
    c.text = u"推动重点用能单位开展光伏屋顶建设"_s;
    doc.insertNode(action, 0, c);
    filter.setKeyword(u"光伏"_s);
    ASSERT_EQ(filter.rowCount(), 1); // 三、重点任务
    const QModelIndex chapter = filter.index(0, 0);
    ASSERT_EQ(filter.rowCount(chapter), 1);
    const QModelIndex match = filter.index(0, 0, filter.index(0, 0, chapter));
    EXPECT_EQ(model.node(filter.mapToSource(match))->content.title, u"实施节能改造"_s);
    editOutline(doc);
    filter.setKeyword({});
    EXPECT_EQ(filter.rowCount(), model.rowCount());
}

TEST(Models, DepartmentTableModelPassesTesterAndEditsThroughUndo)
{
    Document doc(createPlan(PlanTemplate::City));
    DepartmentTableModel model;
    model.setDocument(&doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    Department a, b;
    a.name = u"市发展改革委"_s;
    b.name = u"市发改委"_s;
    doc.addDepartment(a);
    doc.addDepartment(b);
    ASSERT_EQ(model.rowCount(), 2);
    const Node *action = doc.plan().root().child(2)->child(0);
    doc.setDepartments(action, DepartmentRole::Lead, { b.id });
    EXPECT_EQ(model.index(1, DepartmentTableModel::UsesColumn).data().toInt(), 1);
    EXPECT_TRUE(model.setData(model.index(0, DepartmentTableModel::AliasesColumn), u"发改委、 市发改"_s));
    EXPECT_EQ(doc.plan().departments[0].aliases, QStringList({ u"发改委"_s, u"市发改"_s }));
    EXPECT_FALSE(model.setData(model.index(0, DepartmentTableModel::NameColumn), u"市发改委"_s)); // taken
    EXPECT_TRUE(
        model.setData(model.index(1, DepartmentTableModel::KindColumn), int(DepartmentKind::BranchOffice)));
    doc.mergeDepartments(b.id, a.id);
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(doc.plan().departments[0].aliases.last(), u"市发改委"_s);
    EXPECT_EQ(action->content.lead, QList<QUuid>({ a.id }));
    while (doc.undoStack()->canUndo())
        doc.undoStack()->undo();
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(Models, DropMovesWithinAPlanAndCopiesBetweenPlans)
{
    Document source(createPlan(PlanTemplate::District));
    Document target(createPlan(PlanTemplate::Blank));
    PlanTreeModel sourceModel(&source);
    PlanTreeModel targetModel(&target);
    QAbstractItemModelTester t1(&sourceModel, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t2(&targetModel, QAbstractItemModelTester::FailureReportingMode::Fatal);
    Department d;
    d.name = u"区住建局"_s;
    source.addDepartment(d);
    const Node *tasks = source.plan().root().child(2);
    const Node *building = tasks->child(3);
    source.setDepartments(building, DepartmentRole::Lead, { d.id });

    // Move 城乡建设 (row 3) before 能源 (row 0) inside the source plan.
    std::unique_ptr<QMimeData> mime(sourceModel.mimeData({ sourceModel.indexOf(building) }));
    ASSERT_TRUE(mime);
    ASSERT_TRUE(sourceModel.dropMimeData(mime.get(), Qt::MoveAction, 0, 0, sourceModel.indexOf(tasks)));
    EXPECT_EQ(tasks->child(0), building);
    EXPECT_EQ(tasks->childCount(), 5);
    // A chapter cannot be dropped into its own subtree.
    std::unique_ptr<QMimeData> chapterMime(sourceModel.mimeData({ sourceModel.indexOf(tasks) }));
    EXPECT_FALSE(
        sourceModel.canDropMimeData(chapterMime.get(), Qt::MoveAction, 0, 0, sourceModel.indexOf(building)));

    // Dropping into the other plan copies, registering the department there.
    ASSERT_TRUE(targetModel.dropMimeData(mime.get(), Qt::MoveAction, -1, 0, {}));
    EXPECT_EQ(tasks->childCount(), 5);
    ASSERT_EQ(target.plan().root().childCount(), 1);
    const Node *copy = target.plan().root().child(0);
    EXPECT_EQ(copy->content.title, building->content.title);
    EXPECT_NE(copy->id(), building->id());
    ASSERT_EQ(target.plan().departments.size(), 1u);
    EXPECT_EQ(target.plan().departmentNames(copy->content.lead), QStringList({ u"区住建局"_s }));
    target.undoStack()->undo(); // one step
    EXPECT_EQ(target.plan().root().childCount(), 0);
    EXPECT_TRUE(target.plan().departments.empty());

    QMimeData junk;
    junk.setData(QString::fromLatin1(kNodesMimeType), QByteArray("PWND\x00\x00\x00\x01garbage", 16));
    EXPECT_FALSE(targetModel.canDropMimeData(&junk, Qt::CopyAction, -1, 0, {}));
}
