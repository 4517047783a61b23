// Every Document edit: do → check → undo → check (byte-identical plan.json) → redo → check.

#include "document/document.h"
#include "fixtureplan.h"
#include "io/planjson.h"
#include "randomplan.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

#include <cmath>
#include <functional>
#include <limits>

using namespace pw;
using namespace pw::testing;
using namespace Qt::StringLiterals;

namespace {

class DocumentEdit : public ::testing::Test
{
protected:
    void SetUp() override { doc = std::make_unique<Document>(fixturePlan(&ids)); }

    const Node *node(const QUuid &id) const { return doc->plan().findNode(id); }
    const Target &target(const QUuid &id) const { return doc->plan().targets.at(std::size_t(doc->plan().targetIndex(id))); }
    const Project &project(const QUuid &id) const
    {
        return doc->plan().projects.at(std::size_t(doc->plan().projectIndex(id)));
    }
    QByteArray bytes() const { return writePlanJson(doc->plan()); }
    int steps() const { return doc->undoStack()->index(); }

    /** Runs @p edit, which must push exactly one undo step; @p after must hold after it and after redo,
     *  @p before (if given) before it and after undo, where plan.json must be byte-identical again. */
    void expectUndoable(const std::function<void()> &edit, const std::function<void()> &after,
                        const std::function<void()> &before = {})
    {
        if (before)
            before();
        const QByteArray original = bytes();
        const int index = steps();
        const bool wasModified = doc->isModified();
        edit();
        ASSERT_EQ(steps(), index + 1) << "the edit must be exactly one undo step";
        EXPECT_TRUE(doc->isModified());
        EXPECT_FALSE(doc->undoStack()->text(index).isEmpty()) << "undo steps need a (translatable) text";
        {
            SCOPED_TRACE("after the edit");
            after();
        }
        const QByteArray edited = bytes();
        EXPECT_NE(edited, original);

        doc->undoStack()->undo();
        EXPECT_EQ(bytes(), original);
        EXPECT_EQ(doc->isModified(), wasModified);
        if (before) {
            SCOPED_TRACE("after undo");
            before();
        }
        doc->undoStack()->redo();
        EXPECT_EQ(bytes(), edited);
        EXPECT_TRUE(doc->isModified());
        SCOPED_TRACE("after redo");
        after();
    }

    /** @p edit must not change anything nor push an undo step. */
    void expectNoOp(const std::function<void()> &edit)
    {
        const QByteArray original = bytes();
        const int index = steps();
        edit();
        EXPECT_EQ(steps(), index);
        EXPECT_EQ(bytes(), original);
    }

    FixtureIds ids;
    std::unique_ptr<Document> doc;
};

QStringList childTitles(const Node *parent)
{
    QStringList titles;
    for (int i = 0; i < parent->childCount(); ++i)
        titles.append(parent->child(i)->content.title);
    return titles;
}

} // namespace

TEST_F(DocumentEdit, InsertNode)
{
    const Node *inserted = nullptr;
    expectUndoable(
        [&] { inserted = doc->insertNode(node(ids.section1), 1, { NodeKind::Action, u"建筑"_s }); },
        [&] {
            const Node *s1 = node(ids.section1);
            ASSERT_EQ(s1->childCount(), 3);
            EXPECT_EQ(s1->child(1), inserted);
            EXPECT_EQ(nodeNumber(*inserted), u"2."_s);
            EXPECT_EQ(nodeNumber(*node(ids.action2)), u"3."_s);
        },
        [&] { EXPECT_EQ(node(ids.section1)->childCount(), 2); });
    // Rows out of range are clamped: append at the top level.
    expectUndoable([&] { doc->insertNode(nullptr, 99, { NodeKind::Chapter, u"保障措施"_s }); },
                   [&] { EXPECT_EQ(childTitles(&doc->plan().root()).last(), u"保障措施"_s); });
}

TEST_F(DocumentEdit, InsertCopyGivesFreshIds)
{
    expectUndoable([&] { doc->insertCopy(nullptr, 2, *node(ids.chapter1)); },
                   [&] {
                       const Node &root = doc->plan().root();
                       ASSERT_EQ(root.childCount(), 3);
                       const Node *copy = root.child(2);
                       EXPECT_NE(copy->id(), ids.chapter1);
                       EXPECT_EQ(childTitles(copy->child(0)), childTitles(node(ids.section1)));
                       EXPECT_NE(copy->child(0)->child(0)->id(), ids.action1);
                       EXPECT_EQ(nodeNumber(*copy), u"三、"_s);
                   });
}

TEST_F(DocumentEdit, RemoveNodesDetachesTargetsAndProjectsInTheSubtree)
{
    const Node *action1 = node(ids.action1);
    expectUndoable(
        // action1 lies inside chapter1 and is ignored; nullptr and duplicates are ignored too.
        [&] { doc->removeNodes({ node(ids.chapter1), action1, nullptr, node(ids.chapter1) }); },
        [&] {
            EXPECT_EQ(node(ids.chapter1), nullptr);
            EXPECT_EQ(node(ids.action1), nullptr);
            EXPECT_EQ(doc->plan().root().childCount(), 1);
            EXPECT_TRUE(target(ids.target1).nodeId.isNull());
            EXPECT_TRUE(project(ids.project1).nodeId.isNull());
            EXPECT_EQ(target(ids.target3).nodeId, ids.section2);
            EXPECT_EQ(nodeNumber(*node(ids.chapter2)), u"一、"_s);
        },
        [&] {
            EXPECT_EQ(node(ids.action1), action1); // the same node object comes back
            EXPECT_EQ(target(ids.target1).nodeId, ids.action1);
            EXPECT_EQ(project(ids.project1).nodeId, ids.action2);
        });
}

TEST_F(DocumentEdit, RemoveSeveralSiblings)
{
    expectUndoable([&] { doc->removeNodes({ node(ids.action2), node(ids.section2), node(ids.action1) }); },
                   [&] {
                       EXPECT_EQ(node(ids.section1)->childCount(), 0);
                       EXPECT_EQ(node(ids.chapter2)->childCount(), 0);
                       EXPECT_TRUE(target(ids.target3).nodeId.isNull());
                   });
}

TEST_F(DocumentEdit, RemoveNothingIsNoStep)
{
    expectNoOp([&] { doc->removeNodes({}); });
    expectNoOp([&] { doc->removeNodes({ &doc->plan().root(), nullptr }); });
}

TEST_F(DocumentEdit, MoveNode)
{
    expectUndoable([&] { EXPECT_TRUE(doc->moveNode(node(ids.action2), node(ids.section2), 0)); },
                   [&] {
                       EXPECT_EQ(node(ids.action2)->parent(), node(ids.section2));
                       EXPECT_EQ(childTitles(node(ids.section1)), QStringList { u"能源绿色低碳转型行动"_s });
                       EXPECT_EQ(nodeNumber(*node(ids.action2)), u"1."_s);
                   });
    // To the end of the same parent: row counted after removal.
    expectUndoable([&] { EXPECT_TRUE(doc->moveNode(node(ids.chapter1), nullptr, 1)); },
                   [&] { EXPECT_EQ(node(ids.chapter1)->row(), 1); });
}

TEST_F(DocumentEdit, ImpossibleMovesAreRefused)
{
    expectNoOp([&] { EXPECT_FALSE(doc->moveNode(node(ids.chapter1), node(ids.action1), 0)); });
    expectNoOp([&] { EXPECT_FALSE(doc->moveNode(node(ids.chapter1), node(ids.chapter1), 0)); });
    expectNoOp([&] { EXPECT_FALSE(doc->moveNode(node(ids.action1), node(ids.section1), 0)); });
    expectNoOp([&] { EXPECT_FALSE(doc->moveNode(node(ids.action1), node(ids.section1), 2)); });
    expectNoOp([&] { EXPECT_FALSE(doc->moveNode(node(ids.action1), node(ids.section2), -1)); });
    expectNoOp([&] { EXPECT_FALSE(doc->moveNode(&doc->plan().root(), nullptr, 0)); });
    expectNoOp([&] { EXPECT_FALSE(doc->moveUp(node(ids.action1))); });
    expectNoOp([&] { EXPECT_FALSE(doc->moveDown(node(ids.action2))); });
    expectNoOp([&] { EXPECT_FALSE(doc->indentNode(node(ids.action1))); });
    expectNoOp([&] { EXPECT_FALSE(doc->outdentNode(node(ids.chapter1))); });
}

TEST_F(DocumentEdit, MoveUpAndDown)
{
    expectUndoable([&] { EXPECT_TRUE(doc->moveUp(node(ids.action2))); },
                   [&] { EXPECT_EQ(childTitles(node(ids.section1)).first(), u"工业领域碳达峰行动"_s); });
    expectUndoable([&] { EXPECT_TRUE(doc->moveDown(node(ids.chapter2)) == false); doc->moveDown(node(ids.chapter1)); },
                   [&] { EXPECT_EQ(node(ids.chapter1)->row(), 1); });
}

TEST_F(DocumentEdit, IndentAndOutdent)
{
    expectUndoable([&] { EXPECT_TRUE(doc->indentNode(node(ids.action2))); },
                   [&] {
                       EXPECT_EQ(node(ids.action2)->parent(), node(ids.action1));
                       EXPECT_EQ(nodeNumber(*node(ids.action2)), u"（1）"_s);
                   });
    expectUndoable([&] { EXPECT_TRUE(doc->outdentNode(node(ids.action1))); },
                   [&] {
                       EXPECT_EQ(node(ids.action1)->parent(), node(ids.chapter1));
                       EXPECT_EQ(node(ids.action1)->row(), 1);
                       EXPECT_EQ(node(ids.action2)->parent(), node(ids.action1)); // children move along
                   });
}

TEST_F(DocumentEdit, Duplicate)
{
    const Node *copy = nullptr;
    expectUndoable([&] { copy = doc->duplicateNode(node(ids.section1)); },
                   [&] {
                       ASSERT_EQ(node(ids.chapter1)->childCount(), 2);
                       EXPECT_EQ(node(ids.chapter1)->child(1), copy);
                       EXPECT_EQ(copy->content, node(ids.section1)->content);
                       EXPECT_EQ(childTitles(copy), childTitles(node(ids.section1)));
                       EXPECT_NE(copy->child(0)->id(), ids.action1);
                   });
    EXPECT_EQ(doc->duplicateNode(&doc->plan().root()), nullptr);
}

TEST_F(DocumentEdit, SetNodeContentChangesOnlyTheNamedFields)
{
    NodeContent c;
    c.kind = NodeKind::Subtask;
    c.title = u"新标题"_s;
    c.text = u"不应写入"_s;
    c.deadline = u"2025年底前"_s;
    expectUndoable(
        [&] { doc->setNodeContent(node(ids.action1), c, NodeField::Kind | NodeField::Title | NodeField::Deadline); },
        [&] {
            const NodeContent &now = node(ids.action1)->content;
            EXPECT_EQ(now.kind, NodeKind::Subtask);
            EXPECT_EQ(now.title, u"新标题"_s);
            EXPECT_EQ(now.deadline, u"2025年底前"_s);
            EXPECT_TRUE(now.text.isEmpty());
            EXPECT_EQ(now.lead, QList<QUuid> { ids.ndrc });
        });
    expectNoOp([&] { doc->setNodeContent(node(ids.action1), c, NodeField::Title); });
}

TEST_F(DocumentEdit, SingleFieldSetters)
{
    const Node *a = node(ids.action1);
    expectUndoable([&] { doc->setTitle(a, u"T"_s); }, [&] { EXPECT_EQ(a->content.title, u"T"_s); });
    doc->closeTypingGroup();
    expectUndoable([&] { doc->setText(a, u"正文\n第二行"_s); }, [&] { EXPECT_EQ(a->content.text, u"正文\n第二行"_s); });
    expectUndoable([&] { doc->setKind(a, NodeKind::Task); }, [&] { EXPECT_EQ(a->content.kind, NodeKind::Task); });
    expectUndoable([&] { doc->setDeadline(a, u"长期坚持"_s); }, [&] { EXPECT_EQ(a->content.deadline, u"长期坚持"_s); });
    expectUndoable([&] { doc->setTags(a, { u"能源"_s, u"重点"_s }); },
                   [&] { EXPECT_EQ(a->content.tags, (QStringList { u"能源"_s, u"重点"_s })); });
    expectUndoable([&] { doc->setDepartments(a, DepartmentRole::Lead, { ids.env, ids.ndrc }); },
                   [&] { EXPECT_EQ(a->content.lead, (QList<QUuid> { ids.env, ids.ndrc })); });
    expectUndoable([&] { doc->setDepartments(a, DepartmentRole::Support, {}); },
                   [&] { EXPECT_TRUE(a->content.support.isEmpty()); });
    expectUndoable([&] { doc->setDepartments(a, DepartmentRole::Territorial, { ids.town }); },
                   [&] { EXPECT_EQ(a->content.territorial, QList<QUuid> { ids.town }); });
    expectNoOp([&] { doc->setKind(a, NodeKind::Task); });
    expectNoOp([&] { doc->setDeadline(a, u"长期坚持"_s); });
}

TEST_F(DocumentEdit, TypingMergesWithinOneGroupOnly)
{
    const Node *a = node(ids.action1);
    const QString original = a->content.title;
    const int start = steps();
    doc->setTitle(a, u"能"_s);
    doc->setTitle(a, u"能源"_s);
    doc->setTitle(a, u"能源转型"_s);
    EXPECT_EQ(steps(), start + 1) << "keystrokes of one typing group are one undo step";
    doc->closeTypingGroup();
    doc->setTitle(a, u"能源转型行动"_s);
    EXPECT_EQ(steps(), start + 2) << "closeTypingGroup() starts a new step";
    doc->setText(a, u"x"_s);
    EXPECT_EQ(steps(), start + 3) << "text and title edits never merge";
    doc->setTitle(node(ids.action2), u"y"_s);
    EXPECT_EQ(steps(), start + 4) << "edits of another node never merge";

    doc->undoStack()->undo();
    doc->undoStack()->undo();
    doc->undoStack()->undo();
    EXPECT_EQ(a->content.title, u"能源转型"_s);
    doc->undoStack()->undo();
    EXPECT_EQ(a->content.title, original);
    EXPECT_FALSE(doc->isModified());
    doc->undoStack()->redo();
    EXPECT_EQ(a->content.title, u"能源转型"_s);
    // After an undo/redo a new edit starts a new step instead of merging into the redone one.
    doc->setTitle(a, u"能源转型!"_s);
    EXPECT_EQ(steps(), start + 2);
    doc->undoStack()->undo();
    EXPECT_EQ(a->content.title, u"能源转型"_s);
}

TEST_F(DocumentEdit, TypingBackToTheOriginalLeavesNoStep)
{
    const Node *a = node(ids.action1);
    const QString original = a->content.title;
    doc->closeTypingGroup();
    doc->setTitle(a, original + u"x"_s);
    doc->setTitle(a, original);
    EXPECT_EQ(steps(), 0);
    EXPECT_FALSE(doc->isModified());
}

TEST_F(DocumentEdit, TypingDoesNotMergeIntoTheSavedState)
{
    const Node *a = node(ids.action1);
    doc->setTitle(a, u"a"_s);
    doc->markSaved();
    doc->setTitle(a, u"ab"_s);
    EXPECT_TRUE(doc->isModified());
    doc->undoStack()->undo();
    EXPECT_EQ(a->content.title, u"a"_s);
    EXPECT_FALSE(doc->isModified());
}

TEST_F(DocumentEdit, AssignDepartment)
{
    const Node *a1 = node(ids.action1);
    const Node *a2 = node(ids.action2);
    expectUndoable([&] { doc->assignDepartment({ a1, a2 }, ids.town, DepartmentRole::Lead); },
                   [&] {
                       EXPECT_EQ(a1->content.lead, (QList<QUuid> { ids.ndrc, ids.town }));
                       EXPECT_EQ(a1->content.support, QList<QUuid> { ids.env }); // moved, not copied
                       EXPECT_EQ(a2->content.lead, (QList<QUuid> { ids.env, ids.town }));
                   });
    expectUndoable([&] { doc->assignDepartment({ a1, a2 }, ids.ndrc, std::nullopt); },
                   [&] {
                       EXPECT_FALSE(a1->content.lead.contains(ids.ndrc));
                       EXPECT_FALSE(a2->content.support.contains(ids.ndrc));
                   });
    expectNoOp([&] { doc->assignDepartment({ a1 }, ids.ndrc, std::nullopt); });
    expectNoOp([&] { doc->assignDepartment({}, ids.ndrc, DepartmentRole::Lead); });
}

TEST_F(DocumentEdit, SetMetadata)
{
    PlanMetadata m = doc->plan().metadata;
    m.docNumber = u"某政发〔2023〕12号"_s;
    m.issueDate = QDate(2023, 5, 6);
    m.level = AdminLevel::City;
    m.status = PlanStatus::Issued;
    m.parentRefs = { { u"湖南省碳达峰实施方案"_s, u"湘政发〔2022〕19号"_s } };
    QSignalSpy spy(doc.get(), &Document::metadataChanged);
    expectUndoable([&] { doc->setMetadata(m); }, [&] { EXPECT_EQ(doc->plan().metadata, m); });
    EXPECT_EQ(spy.count(), 3);
    expectNoOp([&] { doc->setMetadata(m); });
}

TEST_F(DocumentEdit, AddUpdateRemoveDepartment)
{
    Department d { QUuid::createUuid(), u"市住房城乡建设局"_s, {}, AdminLevel::City, DepartmentKind::Department };
    expectUndoable([&] { doc->addDepartment(d, 0); },
                   [&] { EXPECT_EQ(doc->plan().departments.front(), d); });
    expectNoOp([&] { doc->addDepartment(d); }); // the same id twice would make the file unloadable
    d.aliases = { u"市住建局"_s };
    expectUndoable([&] { doc->updateDepartment(d); },
                   [&] { EXPECT_EQ(doc->plan().department(d.id)->aliases, QStringList { u"市住建局"_s }); });
    expectNoOp([&] { doc->updateDepartment(d); });
    expectUndoable([&] { doc->removeDepartment(d.id); }, [&] { EXPECT_EQ(doc->plan().department(d.id), nullptr); });
    expectNoOp([&] { doc->removeDepartment(QUuid::createUuid()); });
}

TEST_F(DocumentEdit, RemoveDepartmentDropsEveryReference)
{
    expectUndoable([&] { doc->removeDepartment(ids.ndrc); },
                   [&] {
                       EXPECT_EQ(doc->plan().department(ids.ndrc), nullptr);
                       EXPECT_TRUE(node(ids.action1)->content.lead.isEmpty());
                       EXPECT_EQ(node(ids.action2)->content.support, QList<QUuid> {});
                       EXPECT_TRUE(node(ids.section2)->content.lead.isEmpty());
                       EXPECT_EQ(project(ids.project1).departments, QList<QUuid> { ids.env });
                   },
                   [&] { EXPECT_EQ(doc->plan().departmentIndex(ids.ndrc), 0); });
}

TEST_F(DocumentEdit, MergeDepartments)
{
    expectUndoable([&] { doc->mergeDepartments(ids.ndrc, ids.env); },
                   [&] {
                       EXPECT_EQ(doc->plan().department(ids.ndrc), nullptr);
                       const Department *env = doc->plan().department(ids.env);
                       ASSERT_NE(env, nullptr);
                       EXPECT_EQ(env->aliases, (QStringList { u"市发展改革委"_s, u"市发改委"_s }));
                       EXPECT_EQ(node(ids.action1)->content.lead, QList<QUuid> { ids.env });
                       // action1 had ndrc as lead and env as support: both roles keep env once each.
                       EXPECT_EQ(node(ids.action1)->content.support, (QList<QUuid> { ids.env, ids.town }));
                       EXPECT_EQ(node(ids.action2)->content.support, QList<QUuid> { ids.env });
                       EXPECT_EQ(project(ids.project1).departments, QList<QUuid> { ids.env }); // no duplicate
                       EXPECT_EQ(doc->plan().departmentByName(u"市发改委"_s), env);
                   });
    expectNoOp([&] { doc->mergeDepartments(ids.env, ids.env); });
    expectNoOp([&] { doc->mergeDepartments(QUuid::createUuid(), ids.env); });
}

TEST_F(DocumentEdit, Indicators)
{
    Indicator ind { QUuid::createUuid(), u"森林覆盖率"_s, u"%"_s, u"碳汇"_s, Direction::Increase, Binding::Binding };
    expectUndoable([&] { doc->addIndicator(ind); }, [&] { EXPECT_EQ(doc->plan().indicators.back(), ind); });
    ind.unit = u"百分比"_s;
    expectUndoable([&] { doc->updateIndicator(ind); }, [&] { EXPECT_EQ(doc->plan().indicator(ind.id)->unit, ind.unit); });
    expectUndoable([&] { doc->moveIndicator(ind.id, 0); }, [&] { EXPECT_EQ(doc->plan().indicatorIndex(ind.id), 0); });
    expectUndoable([&] { doc->moveIndicator(ind.id, 2); }, [&] { EXPECT_EQ(doc->plan().indicatorIndex(ind.id), 2); });
    expectNoOp([&] { doc->moveIndicator(ind.id, 3); });
    expectNoOp([&] { doc->moveIndicator(ind.id, 2); });
    expectNoOp([&] { doc->addIndicator(ind); });
}

TEST_F(DocumentEdit, RemoveIndicatorRemovesItsTargets)
{
    expectUndoable([&] { doc->removeIndicator(ids.energyShare); },
                   [&] {
                       EXPECT_EQ(doc->plan().indicator(ids.energyShare), nullptr);
                       ASSERT_EQ(doc->plan().targets.size(), 1u);
                       EXPECT_EQ(doc->plan().targets.front().id, ids.target3);
                   },
                   [&] {
                       ASSERT_EQ(doc->plan().targets.size(), 3u);
                       EXPECT_EQ(doc->plan().targetIndex(ids.target1), 0);
                       EXPECT_EQ(doc->plan().targetIndex(ids.target2), 1);
                   });
    expectNoOp([&] { doc->removeIndicator(QUuid::createUuid()); });
}

TEST_F(DocumentEdit, Targets)
{
    Target t;
    t.indicatorId = ids.co2;
    t.year = 2030;
    t.comparator = Comparator::AtLeast;
    t.value = 18;
    t.stretch = 20;
    t.commitment = Commitment::Ensure;
    t.nodeId = ids.chapter1;
    expectUndoable([&] { doc->addTarget(t, 1); }, [&] { EXPECT_EQ(doc->plan().targets.at(1), t); });
    t.comparator = Comparator::Approx;
    expectUndoable([&] { doc->updateTarget(t); }, [&] { EXPECT_EQ(doc->plan().targets.at(1).comparator, Comparator::Approx); });
    expectUndoable([&] { doc->removeTarget(t.id); }, [&] { EXPECT_LT(doc->plan().targetIndex(t.id), 0); });
    Target orphan;
    orphan.indicatorId = QUuid::createUuid();
    expectNoOp([&] { doc->addTarget(orphan); });
    Target retargeted = target(ids.target1);
    retargeted.indicatorId = QUuid::createUuid();
    expectNoOp([&] { doc->updateTarget(retargeted); });
    expectNoOp([&] { doc->removeTarget(QUuid::createUuid()); });
    // NaN and infinity could not be saved: refused on add and update.
    for (const double bad : { std::nan(""), std::numeric_limits<double>::infinity() }) {
        Target notANumber = target(ids.target1);
        notANumber.value = bad;
        expectNoOp([&] { doc->updateTarget(notANumber); });
        notANumber = target(ids.target1);
        notANumber.baseValue = bad;
        expectNoOp([&] { doc->updateTarget(notANumber); });
        notANumber.id = QUuid::createUuid();
        expectNoOp([&] { doc->addTarget(notANumber); });
    }
}

TEST_F(DocumentEdit, Projects)
{
    Project p;
    p.name = u"某抽水蓄能电站"_s;
    p.capacity = 120;
    p.capacityUnit = u"万千瓦"_s;
    p.investment = 80.5;
    p.investmentUnit = u"亿元"_s;
    p.startYear = 2023;
    p.endYear = 2027;
    p.departments = { ids.ndrc };
    expectUndoable([&] { doc->addProject(p, 0); }, [&] { EXPECT_EQ(doc->plan().projects.front(), p); });
    p.endYear = 2028;
    expectUndoable([&] { doc->updateProject(p); }, [&] { EXPECT_EQ(doc->plan().projects.front().endYear, 2028); });
    expectUndoable([&] { doc->removeProject(p.id); }, [&] { EXPECT_LT(doc->plan().projectIndex(p.id), 0); });
    expectNoOp([&] { doc->updateProject(project(ids.project1)); });
    expectNoOp([&] { doc->removeProject(QUuid::createUuid()); });
    Project infinite = project(ids.project1);
    infinite.investment = -std::numeric_limits<double>::infinity();
    expectNoOp([&] { doc->updateProject(infinite); });
    infinite.id = QUuid::createUuid();
    expectNoOp([&] { doc->addProject(infinite); });
}

TEST_F(DocumentEdit, ReplacePlan)
{
    Rng rng(7);
    auto replacement = randomPlan(rng, {});
    replacement->sourceText = u"原文"_s;
    const QByteArray expected = writePlanJson(*replacement);
    QSignalSpy resets(doc.get(), &Document::reset);
    expectUndoable([&] { doc->replacePlan(std::move(replacement), u"Import"_s); },
                   [&] {
                       EXPECT_EQ(bytes(), expected);
                       EXPECT_EQ(doc->plan().sourceText, u"原文"_s);
                   },
                   [&] { EXPECT_TRUE(doc->plan().sourceText.isEmpty()); });
    EXPECT_EQ(resets.count(), 3);
}

TEST_F(DocumentEdit, ModifiedFollowsTheCleanState)
{
    QSignalSpy modified(doc.get(), &Document::modifiedChanged);
    EXPECT_FALSE(doc->isModified());
    doc->setKind(node(ids.action1), NodeKind::Task);
    EXPECT_TRUE(doc->isModified());
    doc->markSaved();
    EXPECT_FALSE(doc->isModified());
    doc->undoStack()->undo();
    EXPECT_TRUE(doc->isModified());
    doc->undoStack()->redo();
    EXPECT_FALSE(doc->isModified());
    EXPECT_EQ(modified.count(), 4);
}
