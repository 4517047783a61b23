#include "versiondiff.h"

#include "coverage.h"
#include "indicatoraliases.h"
#include "model/indicatoridentity.h"
#include "model/plan.h"
#include "targetcheck.h"
#include "textsimilarity.h"

#include <QHash>
#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pw::review {
namespace {

QJsonValue idOrNull(const QUuid &id) { return id.isNull() ? QJsonValue() : QJsonValue(id.toString(QUuid::WithoutBraces)); }

QList<const Node *> allNodes(const Plan &plan)
{
    QList<const Node *> out;
    plan.root().forEach([&](const Node *n) {
        if (n != &plan.root())
            out.append(n);
    });
    return out;
}

QStringList departmentLines(const Plan &plan, const Node &n)
{
    QStringList out;
    const auto add = [&](const QString &role, const QList<QUuid> &ids) {
        const QStringList names = plan.departmentNames(ids);
        if (!names.isEmpty())
            out.append(role + u"："_s + names.join(u"、"_s));
    };
    add(u"牵头"_s, n.content.lead);
    add(u"配合"_s, n.content.support);
    add(u"属地"_s, n.content.territorial);
    return out;
}

/** Indices of a longest increasing subsequence of @p values. */
QSet<int> longestIncreasing(const QList<int> &values)
{
    const int n = int(values.size());
    std::vector<int> tails;
    std::vector<int> tailIndex;
    std::vector<int> previous(std::size_t(n), -1);
    for (int i = 0; i < n; ++i) {
        const auto it = std::lower_bound(tails.begin(), tails.end(), values.at(i));
        const auto pos = std::size_t(it - tails.begin());
        if (it == tails.end()) {
            tails.push_back(values.at(i));
            tailIndex.push_back(i);
        } else {
            *it = values.at(i);
            tailIndex[pos] = i;
        }
        previous[std::size_t(i)] = pos > 0 ? tailIndex[pos - 1] : -1;
    }
    QSet<int> keep;
    for (int i = tailIndex.empty() ? -1 : tailIndex.back(); i >= 0; i = previous[std::size_t(i)])
        keep.insert(i);
    return keep;
}

QString targetKey(const Plan &plan, const Target &t)
{
    const Indicator *ind = plan.indicator(t.indicatorId);
    return (ind ? canonicalIndicator(ind->name).name : QString()) + u' ' + QString::number(t.year);
}

/** The key plus what the number measures and where, so an annual-average cut never pairs with a cumulative one. */
QString targetMatchKey(const Plan &plan, const Target &t)
{
    const Indicator *ind = plan.indicator(t.indicatorId);
    if (!ind)
        return targetKey(plan, t);
    const IndicatorIdentity id = deriveIdentity(plan, *ind, t);
    const Measure kind = sameMeasureKind(id.measure, Measure::Level) ? Measure::Level : id.measure;
    return targetKey(plan, t) + u'|' + toKey(kind) + u'|' + id.scope + u'|' + id.parts.join(u',');
}

/** Targets sharing a key, in plan order; next() skips those already paired (each once: linear overall). */
struct TargetQueue
{
    QList<const Target *> targets;
    qsizetype first = 0;
    const Target *next(const QSet<const Target *> &paired)
    {
        while (first < targets.size() && paired.contains(targets.at(first)))
            ++first;
        return first < targets.size() ? targets.at(first) : nullptr;
    }
};

void diffCollections(const Plan &a, const Plan &b, VersionDiff &d)
{
    // Targets: by id, else by key one to one, an unchanged copy first. A plan may state a target twice (主要目标
    // and a task, one with 力争): pairing the wrong copies would report changes nobody made.
    QHash<QUuid, const Target *> newById;
    QHash<QString, TargetQueue> newByKey;
    QHash<std::pair<QString, QString>, TargetQueue> newByKeyAndText;
    for (const Target &t : b.targets) {
        newById.insert(t.id, &t);
        const QString key = targetMatchKey(b, t);
        newByKey[key].targets.append(&t);
        newByKeyAndText[{ key, targetText(t, b.indicator(t.indicatorId)) }].targets.append(&t);
    }
    QSet<const Target *> seen;
    QHash<const Target *, const Target *> pairs;
    for (const Target &t : a.targets) {
        if (const Target *other = newById.value(t.id)) {
            pairs.insert(&t, other);
            seen.insert(other);
        }
    }
    for (const Target &t : a.targets) {
        if (pairs.contains(&t))
            continue;
        const QString key = targetMatchKey(a, t);
        const auto copy = newByKeyAndText.find({ key, targetText(t, a.indicator(t.indicatorId)) });
        const Target *other = copy != newByKeyAndText.end() ? copy->next(seen) : nullptr;
        if (!other) {
            const auto sameKey = newByKey.find(key);
            other = sameKey != newByKey.end() ? sameKey->next(seen) : nullptr;
        }
        if (other) {
            pairs.insert(&t, other);
            seen.insert(other);
        }
    }
    for (const Target &t : a.targets) {
        const Target *other = pairs.value(&t);
        const QString before = targetText(t, a.indicator(t.indicatorId));
        if (!other) {
            d.targets.append({ u"removed"_s, targetKey(a, t), before, {} });
            continue;
        }
        const QString after = targetText(*other, b.indicator(other->indicatorId));
        if (before != after)
            d.targets.append({ u"changed"_s, targetKey(a, t), before, after });
    }
    for (const Target &t : b.targets) {
        if (!seen.contains(&t))
            d.targets.append({ u"added"_s, targetKey(b, t), {}, targetText(t, b.indicator(t.indicatorId)) });
    }
    // Departments: by id, else by name.
    for (const Department &dep : a.departments) {
        const Department *other = b.department(dep.id);
        if (!other)
            other = b.departmentByName(dep.name);
        if (!other)
            d.departments.append({ u"removed"_s, dep.name, dep.name, {} });
        else if (other->name != dep.name)
            d.departments.append({ u"changed"_s, dep.name, dep.name, other->name });
    }
    for (const Department &dep : b.departments) {
        if (!a.department(dep.id) && !a.departmentByName(dep.name))
            d.departments.append({ u"added"_s, dep.name, {}, dep.name });
    }
    // Metadata fields.
    const PlanMetadata &x = a.metadata;
    const PlanMetadata &y = b.metadata;
    const auto field = [&](const QString &name, const QString &before, const QString &after) {
        if (before != after)
            d.metadata.append({ u"changed"_s, name, before, after });
    };
    field(u"title"_s, x.title, y.title);
    field(u"issuer"_s, x.issuer, y.issuer);
    field(u"docNumber"_s, x.docNumber, y.docNumber);
    field(u"issueDate"_s, x.issueDate.toString(Qt::ISODate), y.issueDate.toString(Qt::ISODate));
    field(u"level"_s, toKey(x.level), toKey(y.level));
    field(u"region"_s, x.region, y.region);
    field(u"status"_s, toKey(x.status), toKey(y.status));
    const auto refs = [](const PlanMetadata &m) {
        QStringList out;
        for (const ParentRef &r : m.parentRefs)
            out.append(u"《"_s + r.title + u"》"_s + r.docNumber);
        return out.join(u"；"_s);
    };
    field(u"parentRefs"_s, refs(x), refs(y));
    field(u"closing"_s, x.closing, y.closing);
}

} // namespace

VersionDiff diffPlans(const Plan &a, const Plan &b, const VersionDiffOptions &options)
{
    VersionDiff d;
    d.oldTitle = a.metadata.title;
    d.newTitle = b.metadata.title;
    const QList<const Node *> oldNodes = allNodes(a);
    const QList<const Node *> newNodes = allNodes(b);
    QHash<QUuid, const Node *> newById;
    for (const Node *n : newNodes)
        newById.insert(n->id(), n);

    QHash<const Node *, const Node *> oldToNew;
    QHash<const Node *, const Node *> newToOld;
    QHash<const Node *, QString> how;
    QHash<const Node *, double> similarity;
    for (const Node *n : oldNodes) {
        if (const Node *m = newById.value(n->id())) {
            oldToNew.insert(n, m);
            newToOld.insert(m, n);
            how.insert(n, u"id"_s);
            similarity.insert(n, 1.0);
        }
    }

    // Content matching for the rest, through the n-gram index (imported drafts have fresh ids).
    QList<const Node *> oldRest;
    QList<const Node *> newRest;
    for (const Node *n : oldNodes) {
        if (!oldToNew.contains(n))
            oldRest.append(n);
    }
    for (const Node *n : newNodes) {
        if (!newToOld.contains(n))
            newRest.append(n);
    }
    if (!oldRest.isEmpty() && !newRest.isEmpty()) {
        NgramCorpus corpus;
        std::vector<int> indexed;
        for (const Node *n : oldRest)
            corpus.add(n->content.title + u'\n' + n->content.text);
        for (const Node *n : newRest)
            indexed.push_back(corpus.add(n->content.title + u'\n' + n->content.text));
        corpus.finalise(indexed);
        struct Candidate { int oldIndex; int newIndex; double score; };
        std::vector<Candidate> candidates;
        const int first = int(oldRest.size());
        for (int i = 0; i < oldRest.size(); ++i) {
            for (const auto &[doc, score] : corpus.query(i, options.contentThreshold, 5)) {
                const Node *o = oldRest.at(i);
                const Node *n = newRest.at(doc - first);
                // Same kind and title are strong evidence; a heading never pairs with a task.
                const double bonus = (o->content.title == n->content.title ? 0.1 : 0.0)
                    + (o->content.kind == n->content.kind ? 0.05 : -0.2);
                candidates.push_back({ i, doc - first, score + bonus });
            }
        }
        std::sort(candidates.begin(), candidates.end(), [](const Candidate &x, const Candidate &y) {
            return x.score != y.score ? x.score > y.score
                                      : std::pair(x.oldIndex, x.newIndex) < std::pair(y.oldIndex, y.newIndex);
        });
        for (const Candidate &c : candidates) {
            const Node *o = oldRest.at(c.oldIndex);
            const Node *n = newRest.at(c.newIndex);
            if (c.score < options.contentThreshold || oldToNew.contains(o) || newToOld.contains(n))
                continue;
            oldToNew.insert(o, n);
            newToOld.insert(n, o);
            how.insert(o, u"content"_s);
            similarity.insert(o, std::min(1.0, c.score));
        }
    }

    // Moves: another parent, or out of the longest in-order run among siblings that stayed together.
    QSet<const Node *> moved;
    for (const Node *n : newNodes) {
        const Node *o = newToOld.value(n);
        if (!o)
            continue;
        const Node *oldParent = o->parent() == &a.root() ? nullptr : o->parent();
        const Node *newParent = n->parent() == &b.root() ? nullptr : n->parent();
        const Node *mappedParent = oldParent ? oldToNew.value(oldParent) : nullptr;
        if ((oldParent || newParent) && mappedParent != newParent)
            moved.insert(n);
    }
    QList<const Node *> parents = newNodes;
    parents.append(&b.root());
    for (const Node *parent : std::as_const(parents)) {
        QList<const Node *> stayed;
        QList<int> oldRows;
        for (int i = 0; i < parent->childCount(); ++i) {
            const Node *n = parent->child(i);
            if (newToOld.contains(n) && !moved.contains(n)) {
                stayed.append(n);
                oldRows.append(newToOld.value(n)->row());
            }
        }
        const QSet<int> inOrder = longestIncreasing(oldRows);
        for (int i = 0; i < stayed.size(); ++i) {
            if (!inOrder.contains(i))
                moved.insert(stayed.at(i));
        }
    }

    const auto change = [&](const Node *o, const Node *n) {
        NodeChange c;
        if (o) {
            c.oldId = o->id();
            c.oldNumber = nodeNumber(*o);
            c.oldPath = nodePath(*o);
            c.oldTitle = o->content.title;
            c.departmentsBefore = departmentLines(a, *o);
            c.deadlineBefore = o->content.deadline;
        }
        if (n) {
            c.newId = n->id();
            c.newNumber = nodeNumber(*n);
            c.newPath = nodePath(*n);
            c.newTitle = n->content.title;
            c.departmentsAfter = departmentLines(b, *n);
            c.deadlineAfter = n->content.deadline;
        }
        return c;
    };
    // Walk the new outline; removed nodes are reported after the old node that preceded them.
    QHash<const Node *, QList<const Node *>> removedAfter;
    const Node *lastKept = nullptr;
    QList<const Node *> removedAtStart;
    for (const Node *o : oldNodes) {
        if (oldToNew.contains(o))
            lastKept = oldToNew.value(o);
        else if (lastKept)
            removedAfter[lastKept].append(o);
        else
            removedAtStart.append(o);
    }
    const auto emitRemoved = [&](const QList<const Node *> &list) {
        for (const Node *o : list) {
            NodeChange c = change(o, nullptr);
            c.removed = true;
            c.textDiff = { { DiffOp::Delete, o->content.text } };
            d.nodes.append(c);
            ++d.summary.removed;
        }
    };
    emitRemoved(removedAtStart);
    for (const Node *n : newNodes) {
        const Node *o = newToOld.value(n);
        if (!o) {
            NodeChange c = change(nullptr, n);
            c.added = true;
            c.textDiff = { { DiffOp::Insert, n->content.text } };
            d.nodes.append(c);
            ++d.summary.added;
        } else {
            NodeChange c = change(o, n);
            c.matchedBy = how.value(o);
            c.similarity = similarity.value(o);
            (c.matchedBy == u"id"_s ? d.summary.matchedById : d.summary.matchedByContent)++;
            c.moved = moved.contains(n);
            c.retitled = o->content.title != n->content.title;
            c.textChanged = o->content.text != n->content.text;
            c.departmentsChanged = c.departmentsBefore != c.departmentsAfter;
            c.deadlineChanged = c.deadlineBefore != c.deadlineAfter;
            if (c.retitled)
                c.titleDiff = diffText(o->content.title, n->content.title);
            if (c.textChanged)
                c.textDiff = diffText(o->content.text, n->content.text);
            d.summary.moved += c.moved;
            d.summary.retitled += c.retitled;
            d.summary.textChanged += c.textChanged;
            d.summary.departmentsChanged += c.departmentsChanged;
            if (c.moved || c.retitled || c.textChanged || c.departmentsChanged || c.deadlineChanged)
                d.nodes.append(c);
        }
        emitRemoved(removedAfter.value(n));
    }
    diffCollections(a, b, d);
    d.summary.targetChanges = int(d.targets.size());
    d.summary.departmentChanges = int(d.departments.size());
    d.summary.metadataChanges = int(d.metadata.size());
    return d;
}

QJsonObject toJson(const VersionDiff &d)
{
    const auto segments = [](const QList<TextSegment> &list) {
        QJsonArray out;
        for (const TextSegment &s : list)
            out.append(QJsonObject { { u"op"_s, toKey(s.op) }, { u"text"_s, s.text } });
        return out;
    };
    const auto items = [](const QList<ItemChange> &list) {
        QJsonArray out;
        for (const ItemChange &c : list) {
            out.append(QJsonObject { { u"kind"_s, c.kind }, { u"name"_s, c.name }, { u"before"_s, c.before },
                { u"after"_s, c.after } });
        }
        return out;
    };
    QJsonArray nodes;
    for (const NodeChange &c : d.nodes) {
        QJsonArray changes;
        for (const auto &[flag, key] : { std::pair(c.added, "added"), std::pair(c.removed, "removed"),
                 std::pair(c.moved, "moved"), std::pair(c.retitled, "retitled"),
                 std::pair(c.textChanged, "text-changed"), std::pair(c.departmentsChanged, "departments-changed"),
                 std::pair(c.deadlineChanged, "deadline-changed") }) {
            if (flag)
                changes.append(QString::fromLatin1(key));
        }
        nodes.append(QJsonObject { { u"changes"_s, changes }, { u"oldId"_s, idOrNull(c.oldId) },
            { u"newId"_s, idOrNull(c.newId) }, { u"oldNumber"_s, c.oldNumber }, { u"newNumber"_s, c.newNumber },
            { u"oldPath"_s, c.oldPath }, { u"newPath"_s, c.newPath }, { u"oldTitle"_s, c.oldTitle },
            { u"newTitle"_s, c.newTitle }, { u"matchedBy"_s, c.matchedBy }, { u"similarity"_s, c.similarity },
            { u"titleDiff"_s, segments(c.titleDiff) }, { u"textDiff"_s, segments(c.textDiff) },
            { u"departmentsBefore"_s, QJsonArray::fromStringList(c.departmentsBefore) },
            { u"departmentsAfter"_s, QJsonArray::fromStringList(c.departmentsAfter) },
            { u"deadlineBefore"_s, c.deadlineBefore }, { u"deadlineAfter"_s, c.deadlineAfter } });
    }
    const VersionDiffSummary &s = d.summary;
    return QJsonObject {
        { u"old"_s, QJsonObject { { u"title"_s, d.oldTitle } } },
        { u"new"_s, QJsonObject { { u"title"_s, d.newTitle } } },
        { u"summary"_s, QJsonObject { { u"matchedById"_s, s.matchedById }, { u"matchedByContent"_s, s.matchedByContent },
            { u"added"_s, s.added }, { u"removed"_s, s.removed }, { u"moved"_s, s.moved }, { u"retitled"_s, s.retitled },
            { u"textChanged"_s, s.textChanged }, { u"departmentsChanged"_s, s.departmentsChanged },
            { u"targetChanges"_s, s.targetChanges }, { u"departmentChanges"_s, s.departmentChanges },
            { u"metadataChanges"_s, s.metadataChanges } } },
        { u"nodes"_s, nodes },
        { u"targets"_s, items(d.targets) },
        { u"departments"_s, items(d.departments) },
        { u"metadata"_s, items(d.metadata) },
    };
}

} // namespace pw::review
