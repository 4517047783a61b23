// The review workspace: constructed from two documents, shows the comparison, synchronizes selection,
// records decisions and comments in the child document as undoable edits.

#include "evalpairs.h"
#include "seedplan.h"

#include "charts/targetchartview.h"
#include "document/document.h"
#include "editor/readonlybar.h"
#include "review/coveragechart.h"
#include "review/commentspanel.h"
#include "review/findingsmodel.h"
#include "review/matchpanel.h"
#include "review/reviewcontroller.h"
#include "review/reviewedit.h"
#include "review/reviewtreeproxy.h"
#include "review/reviewworkspace.h"

#include <QBrush>
#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace pw;

namespace {

struct Fixture
{
    Fixture()
    {
        const auto seed = test::planFromSeedText(test::readSeed(u"xiangtan-2023-carbon-peak.txt"_s),
                                                 u"湘潭市碳达峰实施方案"_s, AdminLevel::City, u"湘潭市"_s);
        pair = test::makeEvalPair(*seed, u"岳塘区"_s, 4);
        parent = std::make_unique<Document>(test::clonePlan(*pair.parent, false));
        child = std::make_unique<Document>(test::clonePlan(*pair.child, false));
        workspace = std::make_unique<ReviewWorkspace>(parent.get(), child.get());
        workspace->resize(1400, 900);
    }
    bool waitForUpdate()
    {
        QSignalSpy spy(workspace.get(), &ReviewWorkspace::reviewUpdated);
        return spy.wait(20000);
    }
    test::EvalPair pair;
    std::unique_ptr<Document> parent;
    std::unique_ptr<Document> child;
    std::unique_ptr<ReviewWorkspace> workspace;
};

} // namespace

TEST(ReviewWorkspace, ShowsTheComparisonAndSynchronizesSelection)
{
    Fixture f;
    ASSERT_TRUE(f.waitForUpdate());
    const review::ReviewResult &r = f.workspace->controller()->result();
    EXPECT_EQ(r.coverage.size(), f.pair.truth.size());
    EXPECT_GT(f.workspace->findings()->rowCount(), 0);
    EXPECT_EQ(f.workspace->coverageChart()->categoryCount(), r.actions.size());

    // Select a covered parent task: its match is highlighted in the child outline.
    const review::TaskCoverage *covered = nullptr;
    for (const review::TaskCoverage &c : r.coverage) {
        if (c.status == review::CoverageStatus::Covered) {
            covered = &c;
            break;
        }
    }
    ASSERT_TRUE(covered);
    ASSERT_TRUE(f.workspace->selectParentNode(covered->parentNodeId));
    const QModelIndex match = f.workspace->childTreeModel()->indexOfId(covered->matches.first().childNodeId);
    ASSERT_TRUE(match.isValid());
    EXPECT_TRUE(match.data(Qt::BackgroundRole).value<QBrush>().style() != Qt::NoBrush);
    EXPECT_EQ(f.workspace->selectedChildNode(), covered->matches.first().childNodeId);

    // Filters: department findings only; jump to the first one selects its child node.
    auto *filter = f.workspace->findingsFilter();
    const int all = filter->rowCount();
    auto *category = f.workspace->findChild<QComboBox *>(u"reviewCategoryFilter"_s);
    ASSERT_TRUE(category);
    category->setCurrentIndex(3); // Department
    EXPECT_LT(filter->rowCount(), all);
    if (filter->rowCount() > 0) {
        f.workspace->activateFinding(0);
        EXPECT_EQ(f.workspace->selectedChildNode(), filter->index(0, 0).data(FindingsModel::NodeIdRole).toUuid());
    }
    EXPECT_EQ(f.workspace->targetTable()->rowCount(), r.targets.size());

    if (qEnvironmentVariableIsSet("PW_REVIEW_SCREENSHOT")) {
        f.workspace->show();
        f.workspace->grab().save(qEnvironmentVariable("PW_REVIEW_SCREENSHOT"));
    }
}

TEST(ReviewWorkspace, DecisionsAndCommentsAreUndoableChildEdits)
{
    Fixture f;
    ASSERT_TRUE(f.waitForUpdate());
    const review::ReviewResult &r = f.workspace->controller()->result();
    QUuid uncovered;
    for (const review::TaskCoverage &c : r.coverage) {
        if (c.status == review::CoverageStatus::NotCovered)
            uncovered = c.parentNodeId;
    }
    ASSERT_FALSE(uncovered.isNull());
    ASSERT_TRUE(f.workspace->selectParentNode(uncovered));
    const QUuid childNode = f.child->plan().root().child(0)->child(0)->id();
    ASSERT_TRUE(f.workspace->selectChildNode(childNode));
    f.workspace->matchPanel()->addRequested(uncovered); // as if "Add selected child node" was clicked
    EXPECT_EQ(f.child->undoStack()->count(), 1);
    EXPECT_TRUE(f.child->isModified());
    ASSERT_TRUE(f.waitForUpdate());
    for (const review::TaskCoverage &c : f.workspace->controller()->result().coverage) {
        if (c.parentNodeId == uncovered) {
            EXPECT_EQ(c.status, review::CoverageStatus::Covered);
        }
    }

    f.workspace->comments()->addComment(u"牵头单位请改为区发展和改革局"_s);
    EXPECT_EQ(review::reviewState(*f.child).comments.size(), 1);
    ASSERT_TRUE(f.waitForUpdate());
    const QModelIndex marked = f.workspace->childTreeModel()->indexOfId(childNode);
    EXPECT_FALSE(marked.data(Qt::DecorationRole).isNull());

    f.child->undoStack()->undo(); // the comment
    f.child->undoStack()->undo(); // the decision
    EXPECT_FALSE(f.child->isModified());
    ASSERT_TRUE(f.waitForUpdate());
    for (const review::TaskCoverage &c : f.workspace->controller()->result().coverage) {
        if (c.parentNodeId == uncovered) {
            EXPECT_EQ(c.status, review::CoverageStatus::NotCovered);
        }
    }
}

namespace {

QPushButton *buttonNamed(QWidget *parent, const QString &text)
{
    for (QPushButton *b : parent->findChildren<QPushButton *>()) {
        if (b->text() == text)
            return b;
    }
    return nullptr;
}

} // namespace

TEST(ReviewWorkspace, AReadOnlyChildSaysDecisionsCannotBeRecordedUntilEditAnyway)
{
    Fixture f;
    ASSERT_TRUE(f.waitForUpdate());
    QUuid uncovered;
    for (const review::TaskCoverage &c : f.workspace->controller()->result().coverage) {
        if (c.status == review::CoverageStatus::NotCovered)
            uncovered = c.parentNodeId;
    }
    ASSERT_FALSE(uncovered.isNull());
    ASSERT_TRUE(f.workspace->selectParentNode(uncovered));
    ASSERT_TRUE(f.workspace->selectChildNode(f.child->plan().root().child(0)->child(0)->id()));
    QPushButton *add = buttonNamed(f.workspace->matchPanel(), u"&Add selected child node"_s);
    QPushButton *comment = buttonNamed(f.workspace->comments(), u"Add comment…"_s);
    ASSERT_TRUE(add && comment);
    EXPECT_TRUE(add->isEnabled());
    EXPECT_TRUE(f.workspace->readOnlyBar()->isHidden());

    // The child is open in another window: nothing may look recordable and then be dropped.
    f.child->setReadOnly(true);
    EXPECT_FALSE(f.workspace->readOnlyBar()->isHidden());
    EXPECT_FALSE(add->isEnabled());
    EXPECT_FALSE(comment->isEnabled());
    const QTableWidget *counterparts = f.workspace->counterpartTable();
    ASSERT_GT(counterparts->rowCount(), 0);
    for (int row = 0; row < counterparts->rowCount(); ++row)
        EXPECT_FALSE(counterparts->item(row, 1)->flags() & Qt::ItemIsEditable);

    QTest::mouseClick(f.workspace->readOnlyBar()->editAnywayButton(), Qt::LeftButton);
    EXPECT_FALSE(f.child->isReadOnly());
    EXPECT_TRUE(f.workspace->readOnlyBar()->isHidden());
    ASSERT_TRUE(add->isEnabled());
    EXPECT_TRUE(comment->isEnabled());
    add->click();
    EXPECT_EQ(review::reviewState(*f.child).decisions.size(), 1);
}

TEST(ReviewWorkspace, RecomputesAfterEditsOfTheChild)
{
    Fixture f;
    ASSERT_TRUE(f.waitForUpdate());
    const int coveredBefore = f.workspace->controller()->result().summary.covered;
    // Delete the child's tasks: coverage falls.
    QList<const Node *> actions;
    for (int i = 0; i < f.child->plan().root().childCount(); ++i)
        actions.append(f.child->plan().root().child(i));
    f.child->removeNodes(actions);
    ASSERT_TRUE(f.waitForUpdate());
    EXPECT_LT(f.workspace->controller()->result().summary.covered, coveredBefore);
    EXPECT_EQ(f.workspace->controller()->result().summary.covered, 0);
}

// Real plans with targets (the Shanghai city plan and the Huangpu district plan of the corpus): every target
// finding shows the two sentences it compares, and selecting a target row charts it with the parent overlaid.
TEST(ReviewWorkspace, TargetFindingsExplainThemselvesAndChartTheParent)
{
    auto load = [](const QString &name) { return std::make_unique<Document>(test::importCorpusPlan(name)); };
    auto parent = load(u"23_shanghai_city_2022.txt"_s);
    auto child = load(u"24_shanghai_huangpu_district_2023.txt"_s);
    ReviewWorkspace workspace(parent.get(), child.get());
    workspace.resize(1400, 900);
    QSignalSpy spy(&workspace, &ReviewWorkspace::reviewUpdated);
    ASSERT_TRUE(spy.wait(20000));

    const FindingsModel *findings = workspace.findings();
    int targetFindings = 0;
    for (int row = 0; row < findings->rowCount(); ++row) {
        if (findings->finding(row).category != FindingsModel::Category::Target)
            continue;
        // Every target comparison quotes the parent (headline indicators missing altogether have no sentence).
        targetFindings += findings->index(row, FindingsModel::ParentSaysColumn).data().toString().isEmpty() ? 0 : 1;
    }
    EXPECT_GE(targetFindings, 4);

    // The energy-intensity row: looser, both sentences shown, the chart overlays the parent's 14 %.
    QTableWidget *table = workspace.targetTable();
    const QList<review::TargetComparison> &targets = workspace.controller()->result().targets;
    int energy = -1;
    for (int row = 0; row < targets.size(); ++row) {
        if (targets[row].status == review::TargetStatus::LooserNeedsAllocationEvidence)
            energy = row;
    }
    ASSERT_GE(energy, 0);
    EXPECT_TRUE(table->item(energy, 3)->toolTip().contains(u"13.5%"_s)) << qPrintable(table->item(energy, 3)->toolTip());
    workspace.show();
    const QRect cell = table->visualItemRect(table->item(energy, 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    EXPECT_EQ(table->currentRow(), energy);
    ASSERT_FALSE(workspace.targetChart()->parentValues().isEmpty());
    EXPECT_DOUBLE_EQ(workspace.targetChart()->parentValues().first().y(), 14.0);
    EXPECT_FALSE(workspace.targetChart()->indicator().isNull());
    if (qEnvironmentVariableIsSet("PW_REVIEW_TARGETS_SCREENSHOT")) {
        workspace.findChild<QTabWidget *>()->setCurrentIndex(2);
        workspace.grab().save(qEnvironmentVariable("PW_REVIEW_TARGETS_SCREENSHOT"));
    }
}
