// Department findings, counterpart rules, citation check and the review/ storage.

#include "evalpairs.h"
#include "seedplan.h"

#include "review/citationcheck.h"
#include "review/departmentcheck.h"
#include "review/departmentrules.h"
#include "review/reviewengine.h"
#include "review/reviewstore.h"
#include "review/reviewedit.h"
#include "review/textsimilarity.h"
#include "document/document.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace pw;
using namespace pw::review;

namespace {

std::unique_ptr<Plan> xiangtan()
{
    return test::planFromSeedText(test::readSeed(u"xiangtan-2023-carbon-peak.txt"_s), u"湘潭市碳达峰实施方案"_s,
                                  AdminLevel::City, u"湘潭市"_s);
}

} // namespace

TEST(Departments, CounterpartRules)
{
    Plan parent;
    parent.metadata.level = AdminLevel::City;
    parent.metadata.region = u"株洲市"_s;
    Plan child;
    child.metadata.level = AdminLevel::District;
    child.metadata.region = u"石峰区"_s;
    EXPECT_EQ(suggestCounterpart(u"市发展改革委"_s, parent, child).childDepartment, u"区发展和改革局"_s);
    EXPECT_EQ(suggestCounterpart(u"市发改委"_s, parent, child).childDepartment, u"区发展和改革局"_s);
    const Counterpart env = suggestCounterpart(u"市生态环境局"_s, parent, child);
    EXPECT_EQ(env.childDepartment, u"生态环境石峰分局"_s);
    EXPECT_TRUE(env.branchOffice);
    EXPECT_EQ(suggestCounterpart(u"市卫生健康委"_s, parent, child).childDepartment, u"区卫生健康局"_s);
    EXPECT_EQ(suggestCounterpart(u"株洲市工业和信息化局"_s, parent, child).childDepartment, u"区工业和信息化局"_s);
    EXPECT_EQ(departmentFunction(u"市发展改革委"_s), departmentFunction(u"区发展和改革局"_s));
    EXPECT_EQ(departmentFunction(u"生态环境石峰分局"_s, u"株洲市"_s, u"石峰区"_s), departmentFunction(u"市生态环境局"_s));
    EXPECT_EQ(shortRegion(u"石峰区"_s), u"石峰"_s);
    EXPECT_EQ(shortRegion(u"株洲市石峰区"_s), u"石峰"_s);
    EXPECT_EQ(shortRegion(u"株洲市"_s), u"株洲"_s);
}

TEST(Departments, CityDepartmentsLeftInADistrictPlanAreFound)
{
    const auto parent = xiangtan();
    int found = 0;
    int expected = 0;
    for (quint64 seed = 1; seed <= 6; ++seed) {
        const test::EvalPair pair = test::makeEvalPair(*parent, u"岳塘区"_s, seed);
        const ReviewResult r = comparePlans(*pair.parent, *pair.child);
        QSet<QUuid> flagged;
        for (const DepartmentFinding &f : r.departments) {
            if (f.issue == DepartmentIssue::ParentLevelLead) {
                flagged.insert(f.childNodeId);
                EXPECT_FALSE(f.counterpart.isEmpty()) << qPrintable(f.department);
                EXPECT_TRUE(f.department.startsWith(u'市')) << qPrintable(f.department);
            }
            // Branch offices of vertically managed departments are never findings.
            EXPECT_FALSE(f.department.endsWith(u"分局"_s));
        }
        EXPECT_EQ(flagged, pair.cityLedChildTasks) << "seed " << seed;
        found += int(flagged.size());
        expected += int(pair.cityLedChildTasks.size());
    }
    EXPECT_GT(expected, 3);
    EXPECT_EQ(found, expected);
}

TEST(Departments, VerticallyManagedDepartmentsUnderADistrictName)
{
    Plan child;
    child.metadata.level = AdminLevel::District;
    child.metadata.region = u"石峰区"_s;
    Department natural { QUuid::createUuid(), u"区自然资源局"_s, {}, AdminLevel::District };
    Department env { QUuid::createUuid(), u"区生态环境局"_s, {}, AdminLevel::District };
    Department branch { QUuid::createUuid(), u"生态环境局石峰分局"_s, {}, AdminLevel::District };
    Department housing { QUuid::createUuid(), u"区住房和城乡建设局"_s, {}, AdminLevel::District };
    EXPECT_EQ(expectedBranchOffice(natural, child), u"自然资源和规划石峰分局"_s);
    EXPECT_EQ(expectedBranchOffice(env, child), u"生态环境石峰分局"_s);
    EXPECT_TRUE(expectedBranchOffice(branch, child).isEmpty());
    EXPECT_TRUE(expectedBranchOffice(housing, child).isEmpty());
}

TEST(Departments, RecordedBranchOfficeIsAccepted)
{
    Plan parent;
    parent.metadata.level = AdminLevel::City;
    parent.metadata.region = u"株洲市"_s;
    Plan child;
    child.metadata.level = AdminLevel::District;
    child.metadata.region = u"石峰区"_s;
    Department d;
    d.name = u"市自然资源和规划局"_s;
    d.level = AdminLevel::City;
    child.departments.push_back(d);
    NodeContent c;
    c.title = u"提升生态系统碳汇能力"_s;
    c.lead = { d.id };
    child.root().insertChild(0, std::make_unique<Node>(c));
    EXPECT_EQ(checkDepartments(parent, child, counterpartTable(parent, child, {})).size(), 1);
    const QList<Counterpart> edited { { d.name, d.name, true, true } };
    EXPECT_TRUE(checkDepartments(parent, child, counterpartTable(parent, child, edited)).isEmpty());
}

TEST(Departments, CounterpartsOtherReviewersRecordedAreMovedToThisChildAndUsedOnlyIfItHasThem)
{
    const auto planOf = [](AdminLevel level, const QString &region, const QStringList &departments) {
        auto plan = std::make_unique<Plan>();
        plan->metadata.level = level;
        plan->metadata.region = region;
        for (const QString &name : departments) {
            Department d;
            d.name = name;
            plan->departments.push_back(d);
        }
        return plan;
    };
    const auto parentPlan = planOf(AdminLevel::City, u"湘潭市"_s, { u"市工业和信息化局"_s, u"市公安局"_s, u"市商务局"_s });
    const auto childPlan = planOf(AdminLevel::District, u"岳塘区"_s,
        { u"岳塘区科技工业信息化局"_s, u"岳塘区经济和信息化局"_s, u"岳塘公安分局"_s });
    const Plan &parent = *parentPlan;
    const Plan &child = *childPlan;
    const auto shared = [](const QString &from, const QString &to, const QString &parentRegion,
                            const QString &childRegion, bool sameParent) {
        SharedCounterpart s;
        s.row = { from, to, to.endsWith(u"分局"_s), true, {} };
        s.parentRegion = parentRegion;
        s.childRegion = childRegion;
        s.childTitle = childRegion + u"碳达峰实施方案"_s;
        s.sameParent = sameParent;
        return s;
    };
    const auto rowOf = [](const QList<Counterpart> &table, const QString &parentDepartment) {
        for (const Counterpart &c : table) {
            if (c.parentDepartment == parentDepartment)
                return c;
        }
        return Counterpart {};
    };
    // Another city's family: names move from 石峰区 (株洲市) to 岳塘区, by full or short region name.
    QList<SharedCounterpart> library { shared(u"市工信局"_s, u"区工业和信息化局"_s, u"株洲市"_s, u"荷塘区"_s, false),
        shared(u"株洲市工业和信息化局"_s, u"石峰区科技工业信息化局"_s, u"株洲市"_s, u"石峰区"_s, false),
        shared(u"市公安局"_s, u"石峰公安分局"_s, u"株洲市"_s, u"石峰区"_s, false),
        shared(u"市商务局"_s, u"石峰区商务和粮食局"_s, u"株洲市"_s, u"石峰区"_s, false) };
    QList<Counterpart> table = counterpartTable(parent, child, {}, library);
    Counterpart industry = rowOf(table, u"市工业和信息化局"_s);
    EXPECT_EQ(industry.childDepartment, u"岳塘区科技工业信息化局"_s); // 区工业和信息化局 is not a department here
    EXPECT_EQ(industry.learnedFrom, u"石峰区碳达峰实施方案"_s);
    EXPECT_FALSE(industry.edited);
    const Counterpart police = rowOf(table, u"市公安局"_s);
    EXPECT_EQ(police.childDepartment, u"岳塘公安分局"_s);
    EXPECT_TRUE(police.branchOffice);
    // 岳塘区商务和粮食局 is not in the child plan: the rule's suggestion stays.
    EXPECT_EQ(rowOf(table, u"市商务局"_s).childDepartment, u"区商务局"_s);
    EXPECT_TRUE(rowOf(table, u"市商务局"_s).learnedFrom.isEmpty());

    // A sibling's reviewer (same parent) comes first, wherever the library listed it.
    library.append(shared(u"市工业和信息化局"_s, u"岳塘区经济和信息化局"_s, u"湘潭市"_s, u"雨湖区"_s, true));
    library.last().row.childDepartment = u"雨湖区经济和信息化局"_s;
    table = counterpartTable(parent, child, {}, library);
    EXPECT_EQ(rowOf(table, u"市工业和信息化局"_s).childDepartment, u"岳塘区经济和信息化局"_s);
    EXPECT_EQ(rowOf(table, u"市工业和信息化局"_s).learnedFrom, u"雨湖区碳达峰实施方案"_s);
    // This child's own reviewer overrides the library.
    table = counterpartTable(
        parent, child, { { u"市工业和信息化局"_s, u"岳塘区科技工业信息化局"_s, false, true } }, library);
    EXPECT_TRUE(rowOf(table, u"市工业和信息化局"_s).edited);
    EXPECT_EQ(rowOf(table, u"市工业和信息化局"_s).childDepartment, u"岳塘区科技工业信息化局"_s);
}

TEST(Citation, NormalisesDocNumbers)
{
    EXPECT_EQ(normaliseDocNumber(u"临政发[2024]5号"_s), u"临政发〔2024〕5号"_s);
    EXPECT_EQ(normaliseDocNumber(u"川府发〔 2022 〕 37 号"_s), u"川府发〔2022〕37号"_s);
    EXPECT_EQ(normaliseDocNumber(u"株政发〔2023〕 9号"_s), u"株政发〔2023〕9号"_s);
    EXPECT_EQ(normaliseTitle(u"《株洲市人民政府关于印发〈株洲市碳达峰实施方案〉的通知》"_s), u"株洲市碳达峰实施方案"_s);
}

TEST(Citation, ShifengDraftCitesTheZhuzhouPlan)
{
    Plan parent;
    parent.metadata.title = u"株洲市碳达峰实施方案"_s;
    parent.metadata.docNumber = u"株政发〔2023〕9号"_s;
    Plan child;
    child.sourceText = test::readSeed(u"shifeng-district-carbon-peak-draft.txt"_s);
    ASSERT_FALSE(child.sourceText.isEmpty());
    EXPECT_EQ(checkCitation(parent, child).status, CitationStatus::Correct);

    parent.metadata.docNumber = u"株政发〔2023〕10号"_s;
    const CitationFinding wrong = checkCitation(parent, child);
    EXPECT_EQ(wrong.status, CitationStatus::DocNumberWrong);
    EXPECT_EQ(wrong.citedDocNumber, u"株政发〔2023〕9号"_s);

    parent.metadata.title = u"湘潭市碳达峰实施方案"_s;
    parent.metadata.docNumber = u"潭政发〔2023〕9号"_s;
    EXPECT_EQ(checkCitation(parent, child).status, CitationStatus::NoParentCited);

    child.sourceText.clear();
    child.metadata.parentRefs = { { u"湘潭市碳达峰实施方案"_s, u"潭政发[2023]9 号"_s } };
    EXPECT_EQ(checkCitation(parent, child).status, CitationStatus::Correct);
}

TEST(ReviewStore, DecisionsDriveCoverageAndRoundTrip)
{
    const auto parent = xiangtan();
    const test::EvalPair pair = test::makeEvalPair(*parent, u"岳塘区"_s, 3);
    ReviewResult r = comparePlans(*pair.parent, *pair.child);
    // Pick a covered task, a not-covered task, and any child node to add by hand.
    const TaskCoverage *covered = nullptr;
    const TaskCoverage *uncovered = nullptr;
    for (const TaskCoverage &c : r.coverage) {
        if (!covered && c.status == CoverageStatus::Covered && c.matches.size() == 1)
            covered = &c;
        if (!uncovered && c.status == CoverageStatus::NotCovered)
            uncovered = &c;
    }
    ASSERT_TRUE(covered && uncovered);
    const QUuid coveredId = covered->parentNodeId;
    const QUuid uncoveredId = uncovered->parentNodeId;
    const QUuid rejectedChild = covered->matches.first().childNodeId;
    const QUuid addedChild = pair.child->root().child(0)->child(0)->id();

    ReviewState state;
    state.setDecision({ DecisionKind::Reject, coveredId, {}, rejectedChild, {}, u"张三"_s, {} });
    state.setDecision({ DecisionKind::Add, uncoveredId, {}, addedChild, u"合并表述"_s, u"张三"_s, {} });
    QMap<QString, QByteArray> entries { { u"attachments/a.pdf"_s, "x" } };
    writeReviewState(state, entries);
    EXPECT_TRUE(entries.contains(u"review/decisions.json"_s));
    EXPECT_TRUE(entries.contains(u"attachments/a.pdf"_s));
    QStringList warnings;
    const ReviewState back = readReviewState(entries, &warnings);
    EXPECT_TRUE(warnings.isEmpty());
    EXPECT_EQ(back.decisions.size(), 2);

    r = comparePlans(*pair.parent, *pair.child, back);
    for (const TaskCoverage &c : r.coverage) {
        if (c.parentNodeId == coveredId) {
            EXPECT_NE(c.status, CoverageStatus::Covered);
            EXPECT_TRUE(c.matches.first().rejected);
        }
        if (c.parentNodeId == uncoveredId) {
            EXPECT_EQ(c.status, CoverageStatus::Covered);
            EXPECT_TRUE(c.matches.last().manual);
        }
    }
    // Not applicable replaces the task's status and is summarised apart.
    ReviewState na = back;
    na.setDecision({ DecisionKind::NotApplicable, uncoveredId, {}, {}, u"本区无此产业"_s, u"李四"_s, {} });
    r = comparePlans(*pair.parent, *pair.child, na);
    EXPECT_EQ(r.summary.notApplicable, 1);
}

TEST(ReviewStore, DecisionsSurviveReimportThroughTheTaskKey)
{
    const auto parent = xiangtan();
    const auto reimported = test::clonePlan(*parent, true); // same text, fresh ids
    const auto child = test::clonePlan(*parent, true);
    const Node *task = parentTasks(*parent).first();
    ReviewState state;
    state.setDecision({ DecisionKind::NotApplicable, task->id(), taskKey(*task), {}, u"不适用"_s, {}, {} });
    const ReviewResult r = comparePlans(*reimported, *child, state);
    EXPECT_EQ(r.coverage.first().status, CoverageStatus::NotApplicable);
    EXPECT_EQ(r.coverage.first().notApplicableReason, u"不适用"_s);
}

TEST(ReviewStore, HostileEntriesAreSkipped)
{
    QMap<QString, QByteArray> entries {
        { u"review/decisions.json"_s, "{\"decisions\": [{\"kind\": \"explode\"}, 5, {\"kind\": \"confirm\"}]}" },
        { u"review/comments.json"_s, "[not json" },
        { u"review/counterparts.json"_s, "{\"counterparts\": [{\"parentDepartment\": 7}]}" },
    };
    QStringList warnings;
    const ReviewState s = readReviewState(entries, &warnings);
    EXPECT_TRUE(s.decisions.isEmpty());
    EXPECT_TRUE(s.comments.isEmpty());
    EXPECT_TRUE(s.counterparts.isEmpty());
    EXPECT_GE(warnings.size(), 4);
}

TEST(ReviewStore, CommentsRoundTrip)
{
    Comment c;
    c.anchor = { AnchorKind::Assignment, QUuid::createUuid(), {}, QUuid::createUuid() };
    c.author = u"市发改委 王"_s;
    c.time = QDateTime(QDate(2024, 3, 1), QTime(9, 30), Qt::UTC);
    c.text = u"牵头单位应为区发展和改革局"_s;
    c.replies.append({ QUuid::createUuid(), u"区发改局 李"_s, QDateTime(QDate(2024, 3, 2), QTime(10, 0), Qt::UTC),
                       u"已修改"_s });
    c.status = CommentStatus::Resolved;
    QStringList warnings;
    const QList<Comment> back = commentsFromJson(commentsToJson({ c }), &warnings);
    ASSERT_EQ(back.size(), 1);
    EXPECT_EQ(back.first(), c);
}

TEST(ReviewStore, DecisionsAreUndoableDocumentEdits)
{
    Document doc(test::clonePlan(*xiangtan(), false));
    doc.setExtraEntries({ { u"attachments/x.txt"_s, "keep" } });
    EXPECT_FALSE(doc.isModified());
    ReviewState state;
    state.parent = { u"/plans/xiangtan.pwplan"_s, u"湘潭市碳达峰实施方案"_s, u"潭政发〔2023〕9号"_s };
    setReviewState(doc, state, u"Link parent plan"_s);
    EXPECT_TRUE(doc.isModified());
    EXPECT_EQ(reviewState(doc).parent, state.parent);
    setReviewState(doc, state, u"Link parent plan"_s); // unchanged: no second step
    EXPECT_EQ(doc.undoStack()->count(), 1);
    doc.undoStack()->undo();
    EXPECT_TRUE(reviewState(doc).parent.isEmpty());
    Document parent(test::clonePlan(*xiangtan(), false));
    parent.setFileName(u"/plans/xiangtan.pwplan"_s);
    linkParent(doc, parent);
    EXPECT_EQ(reviewState(doc).parent.path, u"/plans/xiangtan.pwplan"_s);
    EXPECT_EQ(reviewState(doc).parent.title, u"湘潭市碳达峰实施方案"_s);
    doc.undoStack()->undo();
    EXPECT_EQ(doc.extraEntries().value(u"attachments/x.txt"_s), QByteArray("keep"));
    EXPECT_FALSE(doc.isModified());
}

TEST(Departments, ResponsibilityNotesAreStrippedOnlyWhenBracketedWithAUnitWord)
{
    EXPECT_EQ(stripResponsibility(u"推进光伏建设（市发展改革委负责）。"_s), u"推进光伏建设。"_s);
    EXPECT_EQ(stripResponsibility(u"推进光伏建设(各区县按职责分工落实)，加快推进。"_s), u"推进光伏建设，加快推进。"_s);
    EXPECT_EQ(stripResponsibility(u"推进光伏建设（市住建局牵头，各区配合）"_s), u"推进光伏建设"_s);
    for (const QString &kept : { u"市发展改革委负责推进光伏建设。"_s, u"推进光伏建设（试点）。"_s,
             u"各部门配合推进（2025年前）。"_s, QString() })
        EXPECT_EQ(stripResponsibility(kept), kept) << qPrintable(kept);
}
