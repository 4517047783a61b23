#include "planjson.h"

#include "jsonreader.h"
#include "limits.h"
#include "model/plan.h"

#include <QHash>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace pw {
namespace {

QJsonValue optionalNumber(const std::optional<double> &v) { return v ? QJsonValue(*v) : QJsonValue(); }
QJsonValue optionalId(const QUuid &id) { return id.isNull() ? QJsonValue() : QJsonValue(id.toString(QUuid::WithoutBraces)); }

QJsonArray idArray(const QList<QUuid> &ids)
{
    QJsonArray a;
    for (const QUuid &id : ids)
        a.append(id.toString(QUuid::WithoutBraces));
    return a;
}

QJsonValue spanValue(const SourceSpan &s)
{
    return s.isValid() ? QJsonValue(QJsonArray { double(s.start), double(s.length) }) : QJsonValue();
}

/** The source object: its name and, for PDF imports, one [start, page, x, y, width, height] per printed line
 *  (points, to a tenth). */
QJsonObject sourceJson(const Plan &plan)
{
    QJsonObject source { { u"name"_s, plan.sourceName } };
    if (plan.sourceLayout.empty())
        return source;
    auto tenth = [](double v) { return std::isfinite(v) ? std::round(v * 10) / 10 : 0.0; };
    QJsonArray layout;
    for (const SourceLine &l : plan.sourceLayout) {
        layout.append(QJsonArray { double(l.start), l.page, tenth(l.rect.x()), tenth(l.rect.y()), tenth(l.rect.width()),
                                   tenth(l.rect.height()) });
    }
    source.insert(u"layout"_s, layout);
    return source;
}

} // namespace

QJsonObject metadataJson(const PlanMetadata &m)
{
    QJsonArray parents;
    for (const ParentRef &p : m.parentRefs)
        parents.append(QJsonObject { { u"title"_s, p.title }, { u"docNumber"_s, p.docNumber } });
    QJsonArray years;
    for (int y : m.milestoneYears)
        years.append(y);
    QJsonObject out {
        { u"title"_s, m.title },
        { u"issuer"_s, m.issuer },
        { u"docNumber"_s, m.docNumber },
        { u"issueDate"_s, m.issueDate.isValid() ? m.issueDate.toString(Qt::ISODate) : QString() },
        { u"level"_s, toKey(m.level) },
        { u"region"_s, m.region },
        { u"status"_s, toKey(m.status) },
        { u"parentRefs"_s, parents },
        { u"milestoneYears"_s, years },
    };
    if (!m.closing.isEmpty())
        out.insert(u"closing"_s, m.closing);
    return out;
}

QByteArray writePlanJson(const Plan &plan)
{
    QJsonArray nodes;
    plan.root().forEach([&](const Node *n) {
        if (n == &plan.root())
            return;
        const NodeContent &c = n->content;
        nodes.append(QJsonObject {
            { u"id"_s, n->id().toString(QUuid::WithoutBraces) },
            { u"parent"_s, n->parent() == &plan.root() ? QJsonValue() : optionalId(n->parent()->id()) },
            { u"kind"_s, toKey(c.kind) },
            { u"title"_s, c.title },
            { u"text"_s, c.text },
            { u"lead"_s, idArray(c.lead) },
            { u"support"_s, idArray(c.support) },
            { u"territorial"_s, idArray(c.territorial) },
            { u"deadline"_s, c.deadline },
            { u"tags"_s, QJsonArray::fromStringList(c.tags) },
            { u"span"_s, spanValue(c.span) },
            { u"assignmentSpan"_s, spanValue(c.assignmentSpan) },
        });
    });
    QJsonArray departments;
    for (const Department &d : plan.departments) {
        departments.append(QJsonObject { { u"id"_s, d.id.toString(QUuid::WithoutBraces) }, { u"name"_s, d.name },
            { u"aliases"_s, QJsonArray::fromStringList(d.aliases) }, { u"level"_s, toKey(d.level) },
            { u"kind"_s, toKey(d.kind) } });
    }
    QJsonArray indicators;
    for (const Indicator &i : plan.indicators) {
        indicators.append(QJsonObject { { u"id"_s, i.id.toString(QUuid::WithoutBraces) }, { u"name"_s, i.name },
            { u"unit"_s, i.unit }, { u"category"_s, i.category }, { u"direction"_s, toKey(i.direction) },
            { u"binding"_s, toKey(i.binding) } });
    }
    QJsonArray targets;
    for (const Target &t : plan.targets) {
        QJsonObject o { { u"id"_s, t.id.toString(QUuid::WithoutBraces) },
            { u"indicator"_s, t.indicatorId.toString(QUuid::WithoutBraces) }, { u"year"_s, t.year },
            { u"comparator"_s, toKey(t.comparator) }, { u"value"_s, optionalNumber(t.value) },
            { u"stretch"_s, optionalNumber(t.stretch) }, { u"baseYear"_s, t.baseYear },
            { u"baseValue"_s, optionalNumber(t.baseValue) }, { u"commitment"_s, toKey(t.commitment) },
            { u"allocation"_s, t.allocation }, { u"node"_s, optionalId(t.nodeId) }, { u"span"_s, spanValue(t.span) } };
        // Written only when known, so plans saved before they existed keep their bytes.
        if (t.measure != Measure::Unspecified)
            o.insert(u"measure"_s, toKey(t.measure));
        if (!t.scope.isEmpty())
            o.insert(u"scope"_s, t.scope);
        targets.append(o);
    }
    QJsonArray projects;
    for (const Project &p : plan.projects) {
        projects.append(QJsonObject { { u"id"_s, p.id.toString(QUuid::WithoutBraces) }, { u"name"_s, p.name },
            { u"capacity"_s, optionalNumber(p.capacity) }, { u"capacityUnit"_s, p.capacityUnit },
            { u"investment"_s, optionalNumber(p.investment) }, { u"investmentUnit"_s, p.investmentUnit },
            { u"startYear"_s, p.startYear }, { u"endYear"_s, p.endYear },
            { u"departments"_s, idArray(p.departments) }, { u"node"_s, optionalId(p.nodeId) },
            { u"span"_s, spanValue(p.span) } });
    }
    const QJsonObject root {
        { u"metadata"_s, metadataJson(plan.metadata) },
        { u"source"_s, sourceJson(plan) },
        { u"nodes"_s, nodes },
        { u"departments"_s, departments },
        { u"indicators"_s, indicators },
        { u"targets"_s, targets },
        { u"projects"_s, projects },
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

namespace {

/** Loader for format version 1. */
class LoaderV1
{
public:
    std::unique_ptr<Plan> load(const QJsonObject &root, QString *error);

private:
    SourceSpan span(const QJsonObject &o, const QString &path, const QString &key);
    std::vector<SourceLine> layout(const QJsonObject &source);
    void checkUnique(const QUuid &id, const QString &path);
    void checkRefs(const QList<QUuid> &ids, const QSet<QUuid> &known, const QString &path);
    void checkRef(const QUuid &id, const QSet<QUuid> &known, const QString &path);
    /** @p array, or an empty one after failing if it has more than @p limit elements. */
    QJsonArray bounded(const QJsonArray &array, const QString &path, int limit);

    JsonReader r;
    QSet<QUuid> m_ids;
};

SourceSpan LoaderV1::span(const QJsonObject &o, const QString &path, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    const QJsonArray a = v.toArray();
    if (!v.isArray() || a.size() != 2 || !a.at(0).isDouble() || !a.at(1).isDouble() || a.at(0).toDouble() < 0
        || a.at(1).toDouble() < 0 || a.at(0).toDouble() > 1e12 || a.at(1).toDouble() > 1e12) {
        r.fail(fieldPath(path, key), u"expected [start, length] or null"_s);
        return {};
    }
    return { qint64(a.at(0).toDouble()), qint64(a.at(1).toDouble()) };
}

QJsonArray LoaderV1::bounded(const QJsonArray &array, const QString &path, int limit)
{
    if (array.size() <= limit)
        return array;
    r.fail(path, limits::tooLarge(u"%1 elements"_s.arg(array.size()), limit));
    return {};
}

std::vector<SourceLine> LoaderV1::layout(const QJsonObject &source)
{
    std::vector<SourceLine> lines;
    const QJsonArray a = r.array(source, u"source"_s, u"layout"_s, false);
    for (qsizetype i = 0; r.ok() && i < a.size(); ++i) {
        const QJsonArray e = a.at(i).toArray();
        bool valid = a.at(i).isArray() && e.size() == 6;
        for (qsizetype k = 0; valid && k < 6; ++k)
            valid = e.at(k).isDouble() && std::abs(e.at(k).toDouble()) <= 1e12;
        SourceLine line;
        if (valid) {
            line = { qint64(e.at(0).toDouble()), int(std::clamp(e.at(1).toDouble(), 0.0, 1e9)),
                     QRectF(e.at(2).toDouble(), e.at(3).toDouble(), e.at(4).toDouble(), e.at(5).toDouble()) };
            valid = line.start >= 0 && line.page >= 1 && line.start == e.at(0).toDouble()
                && line.page == e.at(1).toDouble() && (lines.empty() || line.start >= lines.back().start);
        }
        if (!valid) {
            r.fail(u"source.layout[%1]"_s.arg(i), u"expected [start, page, x, y, width, height] in text order"_s);
            return {};
        }
        lines.push_back(line);
    }
    return lines;
}

void LoaderV1::checkUnique(const QUuid &id, const QString &path)
{
    if (!r.ok())
        return;
    if (m_ids.contains(id))
        r.fail(path + u".id"_s, u"duplicate id %1"_s.arg(id.toString(QUuid::WithoutBraces)));
    m_ids.insert(id);
}

void LoaderV1::checkRef(const QUuid &id, const QSet<QUuid> &known, const QString &path)
{
    if (r.ok() && !id.isNull() && !known.contains(id))
        r.fail(path, u"refers to unknown id %1"_s.arg(id.toString(QUuid::WithoutBraces)));
}

void LoaderV1::checkRefs(const QList<QUuid> &ids, const QSet<QUuid> &known, const QString &path)
{
    for (const QUuid &id : ids)
        checkRef(id, known, path);
}

std::unique_ptr<Plan> LoaderV1::load(const QJsonObject &root, QString *error)
{
    auto plan = std::make_unique<Plan>();

    const QJsonObject meta = r.object(root, {}, u"metadata"_s);
    PlanMetadata &m = plan->metadata;
    const QString mp = u"metadata"_s;
    m.title = r.string(meta, mp, u"title"_s);
    m.issuer = r.string(meta, mp, u"issuer"_s);
    m.docNumber = r.string(meta, mp, u"docNumber"_s);
    const QString date = r.string(meta, mp, u"issueDate"_s);
    m.issueDate = QDate::fromString(date, Qt::ISODate);
    if (!date.isEmpty() && !m.issueDate.isValid())
        r.fail(mp + u".issueDate"_s, u"expected a date YYYY-MM-DD"_s);
    m.level = r.enumeration(meta, mp, u"level"_s, AdminLevel::Other);
    m.region = r.string(meta, mp, u"region"_s);
    m.status = r.enumeration(meta, mp, u"status"_s, PlanStatus::Draft);
    const QJsonArray parents = r.array(meta, mp, u"parentRefs"_s);
    for (qsizetype i = 0; r.ok() && i < parents.size(); ++i) {
        const QString pp = u"metadata.parentRefs[%1]"_s.arg(i);
        const QJsonObject p = r.objectAt(parents, mp + u".parentRefs"_s, i);
        m.parentRefs.append({ r.string(p, pp, u"title"_s), r.string(p, pp, u"docNumber"_s) });
    }
    const QJsonArray years = bounded(r.array(meta, mp, u"milestoneYears"_s), u"metadata.milestoneYears"_s, limits::kMilestoneYears);
    for (qsizetype i = 0; r.ok() && i < years.size(); ++i) {
        // Range first: converting an out-of-range double such as 1e300 to int is undefined behaviour.
        const double y = years.at(i).toDouble(-1);
        if (!years.at(i).isDouble() || y < 1900 || y > 2200 || y != std::floor(y)) {
            r.fail(u"metadata.milestoneYears[%1]"_s.arg(i), u"expected a year"_s);
            break;
        }
        m.milestoneYears.append(int(y));
    }
    m.closing = r.string(meta, mp, u"closing"_s, false);
    const QJsonObject source = r.object(root, {}, u"source"_s);
    plan->sourceName = r.string(source, u"source"_s, u"name"_s, false);
    plan->sourceLayout = layout(source);

    // Collections first, so node references can be checked.
    QSet<QUuid> departmentIds, indicatorIds;
    const QJsonArray departments = bounded(r.array(root, {}, u"departments"_s), u"departments"_s, limits::kDepartments);
    for (qsizetype i = 0; r.ok() && i < departments.size(); ++i) {
        const QString p = u"departments[%1]"_s.arg(i);
        const QJsonObject o = r.objectAt(departments, u"departments"_s, i);
        Department d;
        d.id = r.uuid(o, p, u"id"_s);
        d.name = r.string(o, p, u"name"_s);
        d.aliases = r.stringList(o, p, u"aliases"_s);
        d.level = r.enumeration(o, p, u"level"_s, AdminLevel::Other);
        d.kind = r.enumeration(o, p, u"kind"_s, DepartmentKind::Department);
        checkUnique(d.id, p);
        departmentIds.insert(d.id);
        plan->departments.push_back(d);
    }
    const QJsonArray indicators = bounded(r.array(root, {}, u"indicators"_s), u"indicators"_s, limits::kIndicators);
    for (qsizetype i = 0; r.ok() && i < indicators.size(); ++i) {
        const QString p = u"indicators[%1]"_s.arg(i);
        const QJsonObject o = r.objectAt(indicators, u"indicators"_s, i);
        Indicator ind;
        ind.id = r.uuid(o, p, u"id"_s);
        ind.name = r.string(o, p, u"name"_s);
        ind.unit = r.string(o, p, u"unit"_s);
        ind.category = r.string(o, p, u"category"_s);
        ind.direction = r.enumeration(o, p, u"direction"_s, Direction::Neutral);
        ind.binding = r.enumeration(o, p, u"binding"_s, Binding::Unspecified);
        checkUnique(ind.id, p);
        indicatorIds.insert(ind.id);
        plan->indicators.push_back(ind);
    }

    QHash<QUuid, Node *> nodesById;
    const QJsonArray nodes = bounded(r.array(root, {}, u"nodes"_s), u"nodes"_s, limits::kNodes);
    for (qsizetype i = 0; r.ok() && i < nodes.size(); ++i) {
        const QString p = u"nodes[%1]"_s.arg(i);
        const QJsonObject o = r.objectAt(nodes, u"nodes"_s, i);
        NodeContent c;
        const QUuid id = r.uuid(o, p, u"id"_s);
        const QUuid parentId = r.uuid(o, p, u"parent"_s, false);
        c.kind = r.enumeration(o, p, u"kind"_s, NodeKind::Task);
        c.title = r.string(o, p, u"title"_s);
        c.text = r.string(o, p, u"text"_s);
        c.lead = r.uuidList(o, p, u"lead"_s);
        c.support = r.uuidList(o, p, u"support"_s);
        c.territorial = r.uuidList(o, p, u"territorial"_s);
        c.deadline = r.string(o, p, u"deadline"_s, false);
        c.tags = r.stringList(o, p, u"tags"_s);
        c.span = span(o, p, u"span"_s);
        c.assignmentSpan = span(o, p, u"assignmentSpan"_s);
        checkRefs(c.lead, departmentIds, p + u".lead"_s);
        checkRefs(c.support, departmentIds, p + u".support"_s);
        checkRefs(c.territorial, departmentIds, p + u".territorial"_s);
        checkUnique(id, p);
        Node *parent = parentId.isNull() ? &plan->root() : nodesById.value(parentId);
        if (r.ok() && !parent)
            r.fail(p + u".parent"_s, u"parent must be listed before its children"_s);
        if (!r.ok())
            break;
        auto node = std::make_unique<Node>(c, id);
        nodesById.insert(id, node.get());
        parent->insertChild(parent->childCount(), std::move(node));
    }
    QSet<QUuid> nodeIds(nodesById.keyBegin(), nodesById.keyEnd());

    const QJsonArray targets = bounded(r.array(root, {}, u"targets"_s), u"targets"_s, limits::kTargets);
    for (qsizetype i = 0; r.ok() && i < targets.size(); ++i) {
        const QString p = u"targets[%1]"_s.arg(i);
        const QJsonObject o = r.objectAt(targets, u"targets"_s, i);
        Target t;
        t.id = r.uuid(o, p, u"id"_s);
        t.indicatorId = r.uuid(o, p, u"indicator"_s);
        t.year = r.integer(o, p, u"year"_s, 0, 3000);
        t.comparator = r.enumeration(o, p, u"comparator"_s, Comparator::Equal);
        t.value = r.optionalNumber(o, p, u"value"_s);
        t.stretch = r.optionalNumber(o, p, u"stretch"_s);
        t.baseYear = r.integer(o, p, u"baseYear"_s, 0, 3000);
        t.baseValue = r.optionalNumber(o, p, u"baseValue"_s);
        t.commitment = r.enumeration(o, p, u"commitment"_s, Commitment::None);
        t.allocation = r.string(o, p, u"allocation"_s);
        if (o.contains(u"measure"_s))
            t.measure = r.enumeration(o, p, u"measure"_s, Measure::Unspecified);
        t.scope = r.string(o, p, u"scope"_s, false);
        t.nodeId = r.uuid(o, p, u"node"_s, false);
        t.span = span(o, p, u"span"_s);
        checkUnique(t.id, p);
        if (r.ok() && !indicatorIds.contains(t.indicatorId))
            r.fail(p + u".indicator"_s, u"refers to unknown indicator"_s);
        checkRef(t.nodeId, nodeIds, p + u".node"_s);
        plan->targets.push_back(t);
    }
    const QJsonArray projects = r.array(root, {}, u"projects"_s);
    for (qsizetype i = 0; r.ok() && i < projects.size(); ++i) {
        const QString p = u"projects[%1]"_s.arg(i);
        const QJsonObject o = r.objectAt(projects, u"projects"_s, i);
        Project pr;
        pr.id = r.uuid(o, p, u"id"_s);
        pr.name = r.string(o, p, u"name"_s);
        pr.capacity = r.optionalNumber(o, p, u"capacity"_s);
        pr.capacityUnit = r.string(o, p, u"capacityUnit"_s);
        pr.investment = r.optionalNumber(o, p, u"investment"_s);
        pr.investmentUnit = r.string(o, p, u"investmentUnit"_s);
        pr.startYear = r.integer(o, p, u"startYear"_s, 0, 3000);
        pr.endYear = r.integer(o, p, u"endYear"_s, 0, 3000);
        pr.departments = r.uuidList(o, p, u"departments"_s);
        pr.nodeId = r.uuid(o, p, u"node"_s, false);
        pr.span = span(o, p, u"span"_s);
        checkUnique(pr.id, p);
        checkRefs(pr.departments, departmentIds, p + u".departments"_s);
        checkRef(pr.nodeId, nodeIds, p + u".node"_s);
        plan->projects.push_back(pr);
    }
    if (!r.ok()) {
        *error = u"plan.json: "_s + r.error();
        return nullptr;
    }
    return plan;
}

} // namespace

std::unique_ptr<Plan> readPlanJson(const QByteArray &json, int formatVersion, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = u"plan.json: %1 at offset %2"_s.arg(parseError.errorString()).arg(parseError.offset);
        return nullptr;
    }
    if (!doc.isObject()) {
        *error = u"plan.json: expected an object at the top level"_s;
        return nullptr;
    }
    switch (formatVersion) {
    case 1:
        return LoaderV1().load(doc.object(), error);
    default:
        *error = u"plan.json: no loader for format version %1"_s.arg(formatVersion);
        return nullptr;
    }
}

} // namespace pw
