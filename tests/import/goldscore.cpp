#include "goldscore.h"

#include "import/chinesetext.h"
#include "import/departmentnames.h"
#include "model/plan.h"

#include <QJsonArray>
#include <QMap>

#include <cmath>

using namespace Qt::StringLiterals;

namespace pw::test {
namespace {

/** Multiset comparison of keys. */
Score compare(const QStringList &gold, const QStringList &predicted)
{
    Score s;
    s.expected = int(gold.size());
    s.predicted = int(predicted.size());
    QMap<QString, int> remaining;
    for (const QString &k : gold)
        ++remaining[k];
    for (const QString &k : predicted) {
        auto it = remaining.find(k);
        if (it != remaining.end() && *it > 0) {
            --*it;
            ++s.truePositives;
        } else {
            s.spurious.append(k);
        }
    }
    for (auto it = remaining.cbegin(); it != remaining.cend(); ++it) {
        for (int i = 0; i < it.value(); ++i)
            s.missed.append(it.key());
    }
    return s;
}

QString numberKey(double v)
{
    return QString::number(std::round(v * 10000) / 10000, 'g', 10);
}

QString nodeKey(int depth, const QString &kind, const QString &title)
{
    return u"%1|%2|%3"_s.arg(depth).arg(kind, normalizedTitle(title));
}

} // namespace

QString normalizedTitle(const QString &title)
{
    QString s;
    for (QChar c : title) {
        if (import::isSpace(c))
            continue;
        QChar f = import::toSimplified(import::foldWidth(c));
        if (f == u'（')
            f = u'(';
        else if (f == u'）')
            f = u')';
        else if (f == u'，')
            f = u',';
        s.append(f);
    }
    while (!s.isEmpty() && QStringView(u"。.：:；;").contains(s.back()))
        s.chop(1);
    return s;
}

SeedScore scoreAgainstGold(const Plan &plan, const QJsonObject &gold)
{
    SeedScore score;

    QStringList goldNodes, goldDepartments, goldTerritorial;
    for (const QJsonValue &v : gold.value(u"nodes"_s).toArray()) {
        const QJsonObject n = v.toObject();
        const QString key = nodeKey(n.value(u"depth"_s).toInt(), n.value(u"kind"_s).toString(),
                                    n.value(u"title"_s).toString());
        goldNodes.append(key);
        for (const QString &role : { u"lead"_s, u"support"_s, u"territorial"_s }) {
            for (const QJsonValue &d : n.value(role).toArray()) {
                const QString a = key + u'|' + role + u'|' + import::DepartmentNames::equivalenceKey(d.toString());
                (role == u"territorial"_s ? goldTerritorial : goldDepartments).append(a);
            }
        }
    }
    QStringList nodes, departments, territorial;
    plan.root().forEach([&](const Node *n) {
        if (n == &plan.root())
            return;
        const NodeContent &c = n->content;
        const QString key = nodeKey(n->depth(), toKey(c.kind), c.title);
        nodes.append(key);
        auto add = [&](QStringList &out, const QString &role, const QList<QUuid> &ids) {
            for (const QString &name : plan.departmentNames(ids))
                out.append(key + u'|' + role + u'|' + import::DepartmentNames::equivalenceKey(name));
        };
        add(departments, u"lead"_s, c.lead);
        add(departments, u"support"_s, c.support);
        add(territorial, u"territorial"_s, c.territorial);
    });
    score.nodes = compare(goldNodes, nodes);
    score.departments = compare(goldDepartments, departments);
    score.territorial = compare(goldTerritorial, territorial);

    QStringList goldTargets, goldTable;
    for (const QJsonValue &v : gold.value(u"targets"_s).toArray()) {
        const QJsonObject t = v.toObject();
        goldTargets.append(u"%1|%2"_s.arg(t.value(u"year"_s).toInt()).arg(numberKey(t.value(u"value"_s).toDouble())));
    }
    for (const QJsonValue &v : gold.value(u"indicatorTable"_s).toArray()) {
        const QJsonObject t = v.toObject();
        goldTable.append(u"%1|%2|%3|%4"_s.arg(t.value(u"year"_s).toInt())
                             .arg(numberKey(t.value(u"value"_s).toDouble()))
                             .arg(t.value(u"baseYear"_s).toInt())
                             .arg(numberKey(t.value(u"baseValue"_s).toDouble())));
    }
    QStringList targets, table;
    for (const Target &t : plan.targets) {
        if (!t.value || t.year <= 0)
            continue;
        targets.append(u"%1|%2"_s.arg(t.year).arg(numberKey(*t.value)));
        if (t.baseValue)
            table.append(u"%1|%2|%3|%4"_s.arg(t.year).arg(numberKey(*t.value)).arg(t.baseYear).arg(numberKey(*t.baseValue)));
    }
    score.targets = compare(goldTargets, targets);
    score.table = compare(goldTable, table);

    const QJsonObject meta = gold.value(u"metadata"_s).toObject();
    const PlanMetadata &m = plan.metadata;
    auto check = [&](const QString &field, const QString &actual) {
        if (meta.contains(field) && meta.value(field).toString() != actual)
            score.metadataMismatches.append(u"%1: expected “%2”, got “%3”"_s.arg(field, meta.value(field).toString(), actual));
    };
    check(u"title"_s, m.title);
    check(u"issuer"_s, m.issuer);
    check(u"docNumber"_s, m.docNumber);
    check(u"issueDate"_s, m.issueDate.isValid() ? m.issueDate.toString(Qt::ISODate) : QString());
    check(u"level"_s, toKey(m.level));
    check(u"status"_s, toKey(m.status));
    QStringList parents;
    for (const ParentRef &p : m.parentRefs)
        parents.append(p.docNumber);
    QStringList goldParents;
    for (const QJsonValue &v : meta.value(u"parents"_s).toArray())
        goldParents.append(v.toString());
    if (meta.contains(u"parents"_s) && parents != goldParents)
        score.metadataMismatches.append(u"parents: expected %1, got %2"_s.arg(goldParents.join(u", "_s), parents.join(u", "_s)));
    return score;
}

} // namespace pw::test
