#include "interchange.h"

#include "model/indicatoridentity.h"
#include "model/plan.h"
#include "planjson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace pw {
namespace {

QJsonValue number(const std::optional<double> &v) { return v ? QJsonValue(*v) : QJsonValue(); }
QJsonValue idOrNull(const QUuid &id) { return id.isNull() ? QJsonValue() : QJsonValue(id.toString(QUuid::WithoutBraces)); }

} // namespace

QJsonObject interchangeJson(const Plan &plan)
{
    QJsonArray nodes;
    plan.root().forEach([&](const Node *n) {
        if (n == &plan.root())
            return;
        const NodeContent &c = n->content;
        nodes.append(QJsonObject {
            { u"id"_s, n->id().toString(QUuid::WithoutBraces) },
            { u"parentId"_s, n->parent() == &plan.root() ? QJsonValue() : idOrNull(n->parent()->id()) },
            { u"kind"_s, toKey(c.kind) },
            { u"number"_s, nodeNumber(*n) },
            { u"title"_s, c.title },
            { u"text"_s, c.text },
            { u"lead"_s, QJsonArray::fromStringList(plan.departmentNames(c.lead)) },
            { u"support"_s, QJsonArray::fromStringList(plan.departmentNames(c.support)) },
            { u"territorial"_s, QJsonArray::fromStringList(plan.departmentNames(c.territorial)) },
            { u"deadline"_s, c.deadline },
            { u"tags"_s, QJsonArray::fromStringList(c.tags) },
        });
    });
    QJsonArray departments;
    for (const Department &d : plan.departments) {
        departments.append(QJsonObject { { u"name"_s, d.name }, { u"aliases"_s, QJsonArray::fromStringList(d.aliases) },
            { u"level"_s, toKey(d.level) }, { u"kind"_s, toKey(d.kind) } });
    }
    QJsonArray indicators;
    for (const Indicator &i : plan.indicators) {
        indicators.append(QJsonObject { { u"name"_s, i.name }, { u"unit"_s, i.unit }, { u"category"_s, i.category },
            { u"direction"_s, toKey(i.direction) }, { u"binding"_s, toKey(i.binding) } });
    }
    QJsonArray targets;
    for (const Target &t : plan.targets) {
        const Indicator *ind = plan.indicator(t.indicatorId);
        const IndicatorIdentity identity = ind ? deriveIdentity(plan, *ind, t) : IndicatorIdentity {};
        targets.append(QJsonObject { { u"indicator"_s, ind ? ind->name : QString() }, { u"year"_s, t.year },
            { u"measure"_s, toKey(identity.measure) }, { u"scope"_s, identity.scope },
            { u"comparator"_s, comparatorSymbol(t.comparator) }, { u"value"_s, number(t.value) },
            { u"stretch"_s, number(t.stretch) }, { u"unit"_s, ind ? ind->unit : QString() },
            { u"baseYear"_s, t.baseYear ? QJsonValue(t.baseYear) : QJsonValue() },
            { u"baseValue"_s, number(t.baseValue) }, { u"commitment"_s, toKey(t.commitment) },
            { u"allocation"_s, t.allocation }, { u"nodeId"_s, idOrNull(t.nodeId) } });
    }
    QJsonArray projects;
    for (const Project &p : plan.projects) {
        projects.append(QJsonObject { { u"name"_s, p.name }, { u"capacity"_s, number(p.capacity) },
            { u"capacityUnit"_s, p.capacityUnit }, { u"investment"_s, number(p.investment) },
            { u"investmentUnit"_s, p.investmentUnit },
            { u"startYear"_s, p.startYear ? QJsonValue(p.startYear) : QJsonValue() },
            { u"endYear"_s, p.endYear ? QJsonValue(p.endYear) : QJsonValue() },
            { u"departments"_s, QJsonArray::fromStringList(plan.departmentNames(p.departments)) },
            { u"nodeId"_s, idOrNull(p.nodeId) } });
    }
    QJsonObject result = metadataJson(plan.metadata);
    if (!plan.metadata.issueDate.isValid())
        result.insert(u"issueDate"_s, QJsonValue()); // null here, "" in plan.json
    result.insert(u"nodes"_s, nodes);
    result.insert(u"departments"_s, departments);
    result.insert(u"indicators"_s, indicators);
    result.insert(u"targets"_s, targets);
    result.insert(u"projects"_s, projects);
    return result;
}

} // namespace pw
