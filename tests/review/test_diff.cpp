// Character diff and structural version diff.

#include "evalpairs.h"
#include "seedplan.h"

#include "review/chardiff.h"
#include "import/importer.h"
#include "review/versiondiff.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace pw;
using namespace pw::review;

namespace {

QString side(const QList<TextSegment> &segments, DiffOp skip)
{
    QString s;
    for (const TextSegment &t : segments) {
        if (t.op != skip)
            s += t.text;
    }
    return s;
}

int edits(const QList<TextSegment> &segments)
{
    int n = 0;
    for (const TextSegment &t : segments)
        n += t.op == DiffOp::Equal ? 0 : int(t.text.size());
    return n;
}

Node *taskAt(Plan &plan, int action, int task) { return plan.root().child(action)->child(task); }

std::unique_ptr<Plan> xiangtan()
{
    auto p = test::planFromSeedText(test::readSeed(u"xiangtan-2023-carbon-peak.txt"_s), u"湘潭市碳达峰实施方案"_s,
                                    AdminLevel::City, u"湘潭市"_s);
    // Keep only the actions (chapters hold them in the seed), flattened to the top level for simple addressing.
    auto flat = std::make_unique<Plan>();
    flat->metadata = p->metadata;
    flat->departments = p->departments;
    p->root().forEach([&](const Node *n) {
        if (n->content.kind == NodeKind::Action) {
            auto a = std::make_unique<Node>(n->content, n->id());
            for (int i = 0; i < n->childCount(); ++i)
                a->insertChild(i, std::make_unique<Node>(n->child(i)->content, n->child(i)->id()));
            flat->root().insertChild(flat->root().childCount(), std::move(a));
        }
    });
    return flat;
}

} // namespace

TEST(CharDiff, ChineseEdit)
{
    const QString a = u"到2025年，非化石能源消费比重达到22%左右。"_s;
    const QString b = u"到2025年，全区非化石能源消费比重力争达到25%左右。"_s;
    const QList<TextSegment> d = diffText(a, b);
    EXPECT_EQ(side(d, DiffOp::Insert), a);
    EXPECT_EQ(side(d, DiffOp::Delete), b);
    EXPECT_EQ(edits(d), 2 + 2 + 2); // 全区, 力争, 2→5 (one deleted, one inserted)
    EXPECT_TRUE(d.contains(TextSegment { DiffOp::Insert, u"全区"_s }));
}

TEST(CharDiff, RandomEditsReconstructBothSidesMinimally)
{
    const QString alphabet = u"推进能源绿色低碳转型行动加快建设新型电力系统"_s;
    for (quint64 seed = 1; seed <= 200; ++seed) {
        test::Rng rng(seed);
        QString a;
        for (int i = rng.below(60); i > 0; --i)
            a += alphabet.at(rng.below(int(alphabet.size())));
        QString b = a;
        int applied = 0;
        for (int i = rng.below(6); i > 0; --i) {
            if (rng.chance(0.5) && !b.isEmpty()) {
                b.remove(rng.below(int(b.size())), 1);
            } else {
                b.insert(rng.below(int(b.size()) + 1), alphabet.at(rng.below(int(alphabet.size()))));
            }
            ++applied;
        }
        const QList<TextSegment> d = diffText(a, b);
        ASSERT_EQ(side(d, DiffOp::Insert), a) << seed;
        ASSERT_EQ(side(d, DiffOp::Delete), b) << seed;
        EXPECT_LE(edits(d), applied) << seed; // Myers is minimal
    }
}

TEST(CharDiff, HugeTextsStayBounded)
{
    QString a;
    QString b;
    for (int i = 0; i < 200000; ++i) {
        a += QChar(char16_t(u'一' + (qint64(i) * 7919) % 500));
        b += QChar(char16_t(u'一' + (qint64(i) * 104729) % 500));
    }
    const QList<TextSegment> d = diffText(a, b);
    EXPECT_EQ(side(d, DiffOp::Insert), a);
    EXPECT_EQ(side(d, DiffOp::Delete), b);
}

TEST(CharDiff, BoundedFallback)
{
    const QString a(5000, u'甲');
    const QString b(5000, u'乙');
    const QList<TextSegment> d = diffText(a, b, 100);
    ASSERT_EQ(d.size(), 2);
    EXPECT_EQ(d.at(0).op, DiffOp::Delete);
    EXPECT_EQ(d.at(1).op, DiffOp::Insert);
}

class VersionDiffTest : public ::testing::TestWithParam<bool>
{
};

TEST_P(VersionDiffTest, KnownEditsAreReported)
{
    const bool freshIds = GetParam(); // true: the new draft was imported, ids differ
    const auto before = xiangtan();
    ASSERT_GE(before->root().childCount(), 5);
    auto after = test::clonePlan(*before, freshIds);

    Node *retitled = taskAt(*after, 0, 1);
    const QString oldTitle = retitled->content.title;
    retitled->content.title = u"积极推进可再生能源高质量发展"_s;
    Node *edited = taskAt(*after, 1, 0);
    edited->content.text.replace(0, 4, u"全面加强"_s);
    Node *reassigned = taskAt(*after, 2, 0);
    const QUuid newDept = QUuid::createUuid();
    after->departments.push_back(Department { newDept, u"区发展和改革局"_s, {}, AdminLevel::District });
    reassigned->content.lead = { newDept };
    // Move the last task of action 4 to the end of action 3; remove the first task of action 4; add one.
    Node *action3 = after->root().child(3);
    Node *action4 = after->root().child(4);
    const QString movedTitle = action4->child(action4->childCount() - 1)->content.title;
    action3->insertChild(action3->childCount(), action4->takeChild(action4->childCount() - 1));
    const QString removedTitle = action4->child(0)->content.title;
    action4->takeChild(0);
    NodeContent added;
    added.title = u"打造清水塘生态科技新城"_s;
    added.text = u"推进老工业区搬迁改造，建设低碳示范园区。"_s;
    action4->insertChild(0, std::make_unique<Node>(added));
    after->metadata.docNumber = u"潭政发〔2023〕9号"_s;

    const VersionDiff d = diffPlans(*before, *after);
    const auto findNew = [&](const QString &title) -> const NodeChange * {
        for (const NodeChange &c : d.nodes) {
            if (c.newTitle == title)
                return &c;
        }
        return nullptr;
    };
    const NodeChange *r = findNew(u"积极推进可再生能源高质量发展"_s);
    ASSERT_TRUE(r);
    EXPECT_TRUE(r->retitled);
    EXPECT_EQ(r->oldTitle, oldTitle);
    EXPECT_FALSE(r->moved);
    EXPECT_EQ(r->matchedBy, freshIds ? u"content"_s : u"id"_s);
    const NodeChange *e = findNew(edited->content.title);
    ASSERT_TRUE(e);
    EXPECT_TRUE(e->textChanged);
    EXPECT_FALSE(e->retitled);
    EXPECT_TRUE(e->textDiff.contains(TextSegment { DiffOp::Insert, u"全面加强"_s }) || edits(e->textDiff) <= 8);
    const NodeChange *a = findNew(reassigned->content.title);
    ASSERT_TRUE(a);
    EXPECT_TRUE(a->departmentsChanged);
    EXPECT_TRUE(a->departmentsAfter.contains(u"牵头：区发展和改革局"_s));
    const NodeChange *m = findNew(movedTitle);
    ASSERT_TRUE(m);
    EXPECT_TRUE(m->moved);
    EXPECT_FALSE(m->textChanged);
    const NodeChange *n = findNew(u"打造清水塘生态科技新城"_s);
    ASSERT_TRUE(n);
    EXPECT_TRUE(n->added);
    int removed = 0;
    for (const NodeChange &c : d.nodes) {
        if (c.removed) {
            ++removed;
            EXPECT_EQ(c.oldTitle, removedTitle);
        }
    }
    EXPECT_EQ(removed, 1);
    EXPECT_EQ(d.summary.added, 1);
    EXPECT_EQ(d.summary.moved, 1);
    EXPECT_EQ(d.summary.retitled, 1);
    EXPECT_EQ(d.summary.textChanged, 1);
    EXPECT_EQ(d.summary.departmentsChanged, 1);
    ASSERT_EQ(d.metadata.size(), 1);
    EXPECT_EQ(d.metadata.first().name, u"docNumber"_s);
    ASSERT_EQ(d.departments.size(), 1);
    EXPECT_EQ(d.departments.first().kind, u"added"_s);
}

INSTANTIATE_TEST_SUITE_P(ByIdAndByContent, VersionDiffTest, ::testing::Values(false, true));

TEST(VersionDiff, IdenticalPlansHaveNoChanges)
{
    const auto before = xiangtan();
    const auto after = test::clonePlan(*before, true);
    const VersionDiff d = diffPlans(*before, *after);
    EXPECT_TRUE(d.nodes.isEmpty());
    EXPECT_GT(d.summary.matchedByContent, 30);
}

TEST(VersionDiff, EmptyAndDegeneratePlans)
{
    Plan empty;
    const auto full = xiangtan();
    const VersionDiff added = diffPlans(empty, *full);
    EXPECT_EQ(added.summary.removed, 0);
    EXPECT_GT(added.summary.added, 30);
    const VersionDiff removed = diffPlans(*full, empty);
    EXPECT_EQ(removed.summary.added, 0);
    EXPECT_EQ(removed.summary.removed, added.summary.added);
    // Nodes with no letters at all (numbers, punctuation) are compared without crashing.
    Plan odd;
    NodeContent c;
    c.title = u"1234。。。"_s;
    odd.root().insertChild(0, std::make_unique<Node>(c));
    EXPECT_EQ(diffPlans(odd, odd).nodes.size(), 0);
}

// A plan that states one target twice (主要目标 plain, a task with 力争), re-imported unchanged: the copies must
// pair with their own counterparts, not report "= 46.5 → 力争 = 46.5".
TEST(VersionDiff, ReimportedDraftWithRepeatedTargetsHasNoTargetChange)
{
    const QString text = test::readSeed(u"luzhou-2024-carbon-peak.txt"_s);
    ASSERT_FALSE(text.isEmpty());
    import::ImportError error;
    const auto before = import::importText(text, u"a.txt"_s, &error);
    const auto after = import::importText(text, u"b.txt"_s, &error);
    ASSERT_TRUE(before && after);
    auto shuffled = test::clonePlan(*after->plan, true);
    std::reverse(shuffled->targets.begin(), shuffled->targets.end());
    const VersionDiff d = diffPlans(*before->plan, *shuffled);
    for (const auto &t : d.targets)
        ADD_FAILURE() << qPrintable(t.kind + u' ' + t.name + u": "_s + t.before + u" → "_s + t.after);
}
