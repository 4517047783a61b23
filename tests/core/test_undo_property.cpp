// Property: for random plans and random sequences of every kind of edit (valid or not), undoing
// everything restores plan.json byte for byte, and redoing everything restores the edited bytes.
// Seeded and deterministic; split into shards so CTest can run them in parallel.

#include "document/document.h"
#include "io/planjson.h"
#include "randomplan.h"

#include <gtest/gtest.h>

using namespace pw;
using namespace pw::testing;
using namespace Qt::StringLiterals;

namespace {

constexpr int kShards = 10;
constexpr int kSequencesPerShard = 1000; // 10 000 sequences in all
constexpr int kMaxEditsPerSequence = 6;

const Node *randomNode(Rng &rng, const Plan &plan, bool allowRoot)
{
    std::vector<const Node *> all;
    plan.root().forEach([&](const Node *n) { all.push_back(n); });
    if (!allowRoot)
        all.erase(all.begin());
    return all.empty() ? nullptr : all.at(std::size_t(randomInt(rng, 0, int(all.size()) - 1)));
}

template<typename T>
const T *randomItem(Rng &rng, const std::vector<T> &items)
{
    return items.empty() ? nullptr : &items.at(std::size_t(randomInt(rng, 0, int(items.size()) - 1)));
}

/** An existing id most of the time, sometimes one that does not exist. */
template<typename T>
QUuid randomId(Rng &rng, const std::vector<T> &items)
{
    const T *item = randomItem(rng, items);
    return item && chance(rng, 90) ? item->id : randomUuid(rng);
}

QList<QUuid> randomDepartments(Rng &rng, const Plan &plan)
{
    QList<QUuid> ids;
    for (int i = randomInt(rng, 0, 2); i > 0; --i) {
        const QUuid id = randomId(rng, plan.departments);
        if (!ids.contains(id))
            ids.append(id);
    }
    return ids;
}

int randomRow(Rng &rng, std::size_t size) { return randomInt(rng, -1, int(size) + 1); }

/** Applies one random edit and returns its kind (a case label), for failure messages. */
int applyRandomEdit(Document &doc, Rng &rng)
{
    const Plan &plan = doc.plan();
    const Node *node = randomNode(rng, plan, false);
    const Node *parent = chance(rng, 30) ? nullptr : randomNode(rng, plan, false);
    const int kind = randomInt(rng, 0, 33);
    switch (kind) {
    case 0:
        doc.insertNode(parent, randomInt(rng, -1, parent ? parent->childCount() + 1 : 3),
                       { NodeKind(randomInt(rng, 0, 4)), randomText(rng, 10, true) });
        break;
    case 1:
        if (node)
            doc.insertCopy(parent, randomInt(rng, 0, 3), *node);
        break;
    case 2:
        doc.removeNodes({ node, randomNode(rng, plan, true), chance(rng, 50) ? parent : nullptr });
        break;
    case 3:
        if (node)
            doc.moveNode(node, parent, randomInt(rng, -1, parent ? parent->childCount() + 1 : 3));
        break;
    case 4:
        doc.moveUp(node);
        break;
    case 5:
        doc.moveDown(node);
        break;
    case 6:
        doc.indentNode(node);
        break;
    case 7:
        doc.outdentNode(node);
        break;
    case 8:
        doc.duplicateNode(node);
        break;
    case 9: {
        if (!node)
            break;
        NodeContent c;
        c.kind = NodeKind(randomInt(rng, 0, 4));
        c.title = randomText(rng, 8, true);
        c.text = randomText(rng, 20, true);
        c.deadline = randomText(rng, 5, false);
        c.lead = randomDepartments(rng, plan);
        c.span = { randomInt(rng, 0, 100), randomInt(rng, 0, 100) };
        doc.setNodeContent(node, c, NodeFields::fromInt(randomInt(rng, 0, int(NodeField::All))));
        break;
    }
    case 10:
    case 11:
        if (node) // typing: several keystrokes, sometimes across typing groups
            for (int i = randomInt(rng, 1, 4); i > 0; --i) {
                doc.setTitle(node, node->content.title + randomText(rng, 2, true));
                if (chance(rng, 25))
                    doc.closeTypingGroup();
            }
        break;
    case 12:
        if (node)
            doc.setText(node, chance(rng, 20) ? node->content.text : randomText(rng, 30, true));
        break;
    case 13:
        if (node)
            doc.setKind(node, NodeKind(randomInt(rng, 0, 4)));
        break;
    case 14:
        if (node)
            doc.setDeadline(node, randomText(rng, 6, false));
        break;
    case 15:
        if (node)
            doc.setTags(node, { randomText(rng, 4, true) });
        break;
    case 16:
        if (node)
            doc.setDepartments(node, DepartmentRole(randomInt(rng, 0, 2)), randomDepartments(rng, plan));
        break;
    case 17: {
        std::optional<DepartmentRole> role;
        if (chance(rng, 70))
            role = DepartmentRole(randomInt(rng, 0, 2));
        doc.assignDepartment({ node, randomNode(rng, plan, false) }, randomId(rng, plan.departments), role);
        break;
    }
    case 18: {
        PlanMetadata m = plan.metadata;
        m.title = randomText(rng, 12, true);
        m.status = PlanStatus(randomInt(rng, 0, 2));
        if (chance(rng, 50))
            m.milestoneYears.append(randomInt(rng, 2020, 2060));
        doc.setMetadata(m);
        break;
    }
    case 19: {
        Department d;
        d.id = chance(rng, 90) ? randomUuid(rng) : randomId(rng, plan.departments);
        d.name = randomText(rng, 8, true);
        doc.addDepartment(d, randomRow(rng, plan.departments.size()));
        break;
    }
    case 20:
        if (const Department *d = randomItem(rng, plan.departments)) {
            Department changed = *d;
            changed.aliases.append(randomText(rng, 5, true));
            changed.kind = DepartmentKind(randomInt(rng, 0, 3));
            doc.updateDepartment(changed);
        }
        break;
    case 21:
        doc.removeDepartment(randomId(rng, plan.departments));
        break;
    case 22:
        doc.mergeDepartments(randomId(rng, plan.departments), randomId(rng, plan.departments));
        break;
    case 23: {
        Indicator ind;
        ind.id = randomUuid(rng);
        ind.name = randomText(rng, 8, true);
        doc.addIndicator(ind, randomRow(rng, plan.indicators.size()));
        break;
    }
    case 24:
        if (const Indicator *i = randomItem(rng, plan.indicators)) {
            Indicator changed = *i;
            changed.unit = randomText(rng, 3, true);
            changed.binding = Binding(randomInt(rng, 0, 2));
            doc.updateIndicator(changed);
        }
        break;
    case 25:
        doc.removeIndicator(randomId(rng, plan.indicators));
        break;
    case 26:
        doc.moveIndicator(randomId(rng, plan.indicators), randomRow(rng, plan.indicators.size()));
        break;
    case 27: {
        Target t;
        t.id = randomUuid(rng);
        t.indicatorId = randomId(rng, plan.indicators);
        t.year = randomInt(rng, 2020, 2060);
        t.value = randomNumber(rng);
        t.nodeId = node && chance(rng, 50) ? node->id() : QUuid();
        doc.addTarget(t, randomRow(rng, plan.targets.size()));
        break;
    }
    case 28:
        if (const Target *t = randomItem(rng, plan.targets)) {
            Target changed = *t;
            changed.comparator = Comparator(randomInt(rng, 0, 5));
            changed.stretch = randomNumber(rng);
            if (chance(rng, 20))
                changed.indicatorId = randomId(rng, plan.indicators);
            doc.updateTarget(changed);
        }
        break;
    case 29:
        doc.removeTarget(randomId(rng, plan.targets));
        break;
    case 30: {
        Project p;
        p.id = randomUuid(rng);
        p.name = randomText(rng, 8, true);
        p.departments = randomDepartments(rng, plan);
        p.nodeId = node && chance(rng, 50) ? node->id() : QUuid();
        doc.addProject(p, randomRow(rng, plan.projects.size()));
        break;
    }
    case 31:
        if (const Project *p = randomItem(rng, plan.projects)) {
            Project changed = *p;
            changed.investment = randomNumber(rng);
            changed.departments = randomDepartments(rng, plan);
            doc.updateProject(changed);
        }
        break;
    case 32:
        doc.removeProject(randomId(rng, plan.projects));
        break;
    default: {
        RandomPlanShape shape { .nodes = randomInt(rng, 0, 6), .departments = 2, .indicators = 1, .targets = 1,
                                .projects = 1 };
        auto replacement = randomPlan(rng, shape);
        replacement->sourceText = randomText(rng, 20, true);
        doc.replacePlan(std::move(replacement), u"Import"_s);
        break;
    }
    }
    return kind;
}

/** The first differing line of two serialisations with a little context, for failure messages. */
std::string firstDifference(const QByteArray &a, const QByteArray &b)
{
    const QList<QByteArray> la = a.split('\n'), lb = b.split('\n');
    for (qsizetype i = 0; i < std::max(la.size(), lb.size()); ++i) {
        const QByteArray x = la.value(i), y = lb.value(i);
        if (x != y)
            return QStringLiteral("line %1:\n  expected: %2\n  actual:   %3 (context: %4)")
                .arg(i + 1)
                .arg(QString::fromUtf8(x), QString::fromUtf8(y), QString::fromUtf8(la.value(i - 3) + la.value(i - 2) + la.value(i - 1)))
                .toStdString();
    }
    return "identical";
}

/** Everything undo must restore: plan.json plus the source text kept beside it. */
QByteArray snapshot(const Document &doc)
{
    return writePlanJson(doc.plan()) + '\0' + doc.plan().sourceText.toUtf8();
}

class UndoProperty : public ::testing::TestWithParam<int>
{
};

} // namespace

TEST_P(UndoProperty, UndoAllRestoresBytesRedoAllRestoresEdits)
{
    const int shard = GetParam();
    int edits = 0;
    for (int i = 0; i < kSequencesPerShard; ++i) {
        const quint64 seed = quint64(shard) * kSequencesPerShard + quint64(i);
        Rng rng(seed);
        const RandomPlanShape shape { .nodes = randomInt(rng, 0, 6), .maxDepth = 4,
                                      .departments = randomInt(rng, 0, 4), .indicators = randomInt(rng, 0, 3),
                                      .targets = randomInt(rng, 0, 4), .projects = randomInt(rng, 0, 2),
                                      .oddText = chance(rng, 30) };
        Document doc(randomPlan(rng, shape));
        const QByteArray original = snapshot(doc);
        const int count = randomInt(rng, 1, kMaxEditsPerSequence);
        std::string kinds;
        for (int e = 0; e < count; ++e) {
            kinds += std::to_string(applyRandomEdit(doc, rng)) + ' ';
            // Occasionally undo/redo in the middle, as a user would.
            if (chance(rng, 10) && doc.undoStack()->canUndo()) {
                doc.undoStack()->undo();
                kinds += "undo ";
                if (chance(rng, 50)) {
                    doc.undoStack()->redo();
                    kinds += "redo ";
                }
            }
        }
        edits += count;
        const QByteArray edited = snapshot(doc);
        const int editedIndex = doc.undoStack()->index();
        while (doc.undoStack()->canUndo())
            doc.undoStack()->undo();
        ASSERT_TRUE(snapshot(doc) == original) << "seed " << seed << ", edits " << kinds
                                               << ": undoing everything changed the plan at "
                                               << firstDifference(original, snapshot(doc));
        ASSERT_EQ(doc.isModified(), false) << "seed " << seed;
        // The sequence may end on an undo, leaving redoable steps that were never part of the edited state.
        while (doc.undoStack()->index() < editedIndex)
            doc.undoStack()->redo();
        ASSERT_TRUE(snapshot(doc) == edited) << "seed " << seed << ", edits " << kinds
                                             << ": redoing everything gave another plan at "
                                             << firstDifference(edited, snapshot(doc));
    }
    RecordProperty("sequences", kSequencesPerShard);
    RecordProperty("edits", edits);
}

INSTANTIATE_TEST_SUITE_P(Shards, UndoProperty, ::testing::Range(0, kShards));
