#include "coverage.h"

#include "departmentrules.h"
#include "indicatoraliases.h"
#include "model/plan.h"
#include "textsimilarity.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pw::review {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("pw::review::Coverage", text); }

QString nodeText(const Node &n) { return n.content.title + u'\n' + stripResponsibility(n.content.text); }

/** Canonical indicators stated by each node (through the targets that point at it). */
QHash<QUuid, QSet<QString>> indicatorsByNode(const Plan &plan)
{
    QHash<QUuid, QSet<QString>> out;
    for (const Target &t : plan.targets) {
        if (t.nodeId.isNull())
            continue;
        if (const Indicator *ind = plan.indicator(t.indicatorId))
            out[t.nodeId].insert(canonicalIndicator(ind->name).name);
    }
    return out;
}

QSet<QString> leadFunctions(const Plan &plan, const Node &n)
{
    QSet<QString> out;
    for (const QString &name : plan.departmentNames(n.content.lead))
        out.insert(departmentFunction(name, plan.metadata.region));
    return out;
}

/** Why a parent task is mandatory for the child: the child's region it names, or the units (各县市区) it is
 *  assigned to; an empty scope when it is not. */
struct Mandate
{
    QString scope;
    bool namesRegion = false;
};

Mandate mandate(const Plan &parent, const Node &task, const Plan &child)
{
    QString all = task.content.title + task.content.text + parent.departmentNames(task.content.territorial).join(u'、');
    static const QRegularExpression space(u"\\s+"_s);
    all.remove(space); // PDF extractions break words with spaces: "各县 市区"
    const QString region = child.metadata.region.trimmed();
    if (!region.isEmpty()) {
        const QString shortName = shortRegion(region);
        if (all.contains(region) || (shortName.size() >= 2 && all.contains(shortName)))
            return { region, true };
    }
    static const QRegularExpression territorial(
        u"各县市区|各县[（(]市、?区[)）]|各区县|各县区|各区[（(]县[)）]|各区[（(]县、?市[)）]|属地"_s);
    const QRegularExpressionMatch m = territorial.match(all);
    if (m.hasMatch())
        return { m.captured(), false };
    return {};
}

const Node *actionOf(const Node &n)
{
    for (const Node *a = n.parent(); a && a->parent(); a = a->parent()) {
        if (a->content.kind == NodeKind::Action)
            return a;
    }
    return n.parent() && n.parent()->parent() ? n.parent() : nullptr;
}

ChildMatch makeMatch(const Node &n, double score)
{
    ChildMatch m;
    m.childNodeId = n.id();
    m.number = nodeNumber(n);
    m.path = nodePath(n);
    m.title = n.content.title;
    m.text = n.content.text;
    m.score = score;
    return m;
}

bool isTaskKind(const Node &n) { return n.content.kind == NodeKind::Task || n.content.kind == NodeKind::Subtask; }

} // namespace

QString nodePath(const Node &node)
{
    // The nearest ancestors only: real plans are at most six levels deep, and a path through every level of a
    // pathological outline would make reviews and diffs grow with depth².
    constexpr int kShownAncestors = 8;
    QStringList parts;
    const Node *a = node.parent();
    for (; a && a->parent() && parts.size() < kShownAncestors; a = a->parent())
        parts.prepend(nodeNumber(*a) + a->content.title);
    if (a && a->parent())
        parts.prepend(u"…"_s);
    return parts.join(u" › "_s);
}

QList<const Node *> parentTasks(const Plan &plan)
{
    // The most specific tasks: a task broken into subtasks ((1), ①) is compared through its subtasks.
    QList<const Node *> tasks;
    plan.root().forEach([&](const Node *n) {
        if (n == &plan.root() || !isTaskKind(*n))
            return;
        for (int i = 0; i < n->childCount(); ++i) {
            if (isTaskKind(*n->child(i)))
                return;
        }
        tasks.append(n);
    });
    if (!tasks.isEmpty())
        return tasks;
    plan.root().forEach([&](const Node *n) {
        if (n != &plan.root() && n->childCount() == 0 && n->content.kind != NodeKind::Chapter
            && normaliseForSimilarity(nodeText(*n)).size() >= 8)
            tasks.append(n);
    });
    return tasks;
}

QList<const Node *> childCandidates(const Plan &plan)
{
    QList<const Node *> nodes;
    plan.root().forEach([&](const Node *n) {
        if (n == &plan.root())
            return;
        const NodeKind k = n->content.kind;
        if (k == NodeKind::Task || k == NodeKind::Subtask || normaliseForSimilarity(n->content.text).size() >= 20)
            nodes.append(n);
    });
    return nodes;
}

void computeCoverage(const Plan &parent, const Plan &child, const ReviewState &state,
                     const CoverageOptions &options, QList<TaskCoverage> *coverage, QList<ActionCoverage> *actions)
{
    const QList<const Node *> tasks = parentTasks(parent);
    const QList<const Node *> candidates = childCandidates(child);

    NgramCorpus corpus;
    std::vector<int> indexed;
    for (const Node *n : tasks)
        corpus.add(nodeText(*n));
    for (const Node *n : candidates)
        indexed.push_back(corpus.add(nodeText(*n)));
    corpus.finalise(indexed);
    const int firstChild = int(tasks.size());
    QHash<QUuid, const Node *> childNodes;
    child.root().forEach([&](const Node *n) { childNodes.insert(n->id(), n); });
    QHash<QUuid, int> childDoc;
    for (int i = 0; i < candidates.size(); ++i)
        childDoc.insert(candidates.at(i)->id(), firstChild + i);

    const auto parentIndicators = indicatorsByNode(parent);
    const auto childIndicators = indicatorsByNode(child);
    QHash<QUuid, QSet<QString>> childLeads;
    for (const Node *n : candidates) {
        if (!n->content.lead.isEmpty())
            childLeads.insert(n->id(), leadFunctions(child, *n));
    }

    QHash<QUuid, QList<Decision>> byId;
    QHash<QString, QList<Decision>> byKey;
    for (const Decision &d : state.decisions) {
        byId[d.parentNodeId].append(d);
        if (!d.parentKey.isEmpty())
            byKey[d.parentKey].append(d);
    }

    QList<ActionCoverage> perAction;
    QHash<const Node *, int> actionRow;
    for (int i = 0; i < tasks.size(); ++i) {
        const Node &task = *tasks.at(i);
        TaskCoverage c;
        c.parentNodeId = task.id();
        c.number = nodeNumber(task);
        c.path = nodePath(task);
        c.title = task.content.title;
        c.text = task.content.text;
        if (const Node *action = actionOf(task)) {
            c.actionId = action->id();
            c.actionTitle = action->content.title;
        }
        const Mandate why = mandate(parent, task, child);
        c.mandatory = !why.scope.isEmpty();
        c.mandatoryScope = why.scope;
        if (c.mandatory)
            c.mandatoryReason = (why.namesRegion ? tr("names %1") : tr("assigned to %1")).arg(why.scope);

        const QSet<QString> taskIndicators = parentIndicators.value(task.id());
        const QSet<QString> taskLeads = leadFunctions(parent, task);
        const auto scoreOf = [&](int doc, double cosine) {
            const Node &cand = *candidates.at(doc - firstChild);
            double score = cosine;
            if (cosine >= options.partialThreshold / 2) {
                if (taskIndicators.intersects(childIndicators.value(cand.id())))
                    score += options.indicatorBonus;
                if (taskLeads.intersects(childLeads.value(cand.id())))
                    score += options.departmentBonus;
            }
            return std::min(score, 1.0);
        };
        if (corpus.gramCount(i) > 0) {
            const auto hits = corpus.query(i, options.partialThreshold / 2, 4 * options.maxMatches);
            std::vector<std::pair<const Node *, double>> found;
            for (const auto &[doc, cosine] : hits) {
                const double score = scoreOf(doc, cosine);
                if (score >= options.partialThreshold)
                    found.emplace_back(candidates.at(doc - firstChild), score);
            }
            std::stable_sort(found.begin(), found.end(),
                             [](const auto &a, const auto &b) { return a.second > b.second; });
            // A node and its own descendants cover the same text: keep the better of the two.
            std::vector<const Node *> kept;
            for (const auto &[node, score] : found) {
                if (c.matches.size() >= options.maxMatches)
                    break;
                const Node *n = node; // clang 14 cannot capture a structured binding
                const bool nested = std::any_of(kept.cbegin(), kept.cend(), [n](const Node *o) {
                    return o->isAncestorOf(n) || n->isAncestorOf(o);
                });
                if (!nested) {
                    kept.push_back(n);
                    c.matches.append(makeMatch(*n, score));
                }
            }
        }

        QList<Decision> decisions = byId.value(task.id());
        if (decisions.isEmpty() && !byKey.isEmpty())
            decisions = byKey.value(taskKey(task));
        for (const Decision &d : std::as_const(decisions)) {
            if (d.kind == DecisionKind::NotApplicable) {
                c.status = CoverageStatus::NotApplicable;
                c.notApplicableReason = d.reason;
                continue;
            }
            auto it = std::find_if(c.matches.begin(), c.matches.end(),
                                   [&](const ChildMatch &m) { return m.childNodeId == d.childNodeId; });
            if (it == c.matches.end()) {
                const Node *n = childNodes.value(d.childNodeId);
                if (!n)
                    continue; // the child node was deleted since the decision
                const int doc = childDoc.value(n->id(), -1);
                c.matches.append(makeMatch(*n, doc >= 0 ? scoreOf(doc, corpus.similarity(i, doc)) : 0.0));
                it = c.matches.end() - 1;
            }
            it->confirmed = d.kind == DecisionKind::Confirm || d.kind == DecisionKind::Add;
            it->rejected = d.kind == DecisionKind::Reject;
            it->manual = d.kind == DecisionKind::Add;
            if (it->manual)
                it->score = 1.0;
        }

        bool confirmed = false;
        for (const ChildMatch &m : std::as_const(c.matches)) {
            if (m.rejected)
                continue;
            c.score = std::max(c.score, m.score);
            confirmed = confirmed || m.confirmed;
        }
        if (c.status != CoverageStatus::NotApplicable) {
            if (confirmed || c.score >= options.coveredThreshold)
                c.status = CoverageStatus::Covered;
            else if (c.score >= options.partialThreshold)
                c.status = CoverageStatus::Partial;
            else
                c.status = CoverageStatus::NotCovered;
        }

        const Node *action = actionOf(task);
        int row = actionRow.value(action, -1);
        if (row < 0) {
            row = int(perAction.size());
            actionRow.insert(action, row);
            ActionCoverage a;
            a.actionId = c.actionId;
            a.title = action ? nodeNumber(*action) + action->content.title : tr("(no action)");
            perAction.append(a);
        }
        ActionCoverage &a = perAction[row];
        ++a.tasks;
        switch (c.status) {
        case CoverageStatus::Covered: ++a.covered; break;
        case CoverageStatus::Partial: ++a.partial; break;
        case CoverageStatus::NotCovered: ++a.notCovered; break;
        case CoverageStatus::NotApplicable: ++a.notApplicable; break;
        }
        coverage->append(c);
    }
    *actions = perAction;
}

} // namespace pw::review
