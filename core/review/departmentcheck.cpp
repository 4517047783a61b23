#include "departmentcheck.h"

#include "coverage.h"
#include "departmentrules.h"
#include "import/departmentnames.h"
#include "model/plan.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <optional>

using namespace Qt::StringLiterals;

namespace pw::review {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("pw::review::Departments", text); }

/** @p name with the region it was written for replaced by @p to (石峰区 → 荷塘区, 生态环境石峰分局 → …荷塘分局). */
QString moveToRegion(QString name, const QString &from, const QString &to)
{
    if (from.isEmpty() || to.isEmpty() || from == to)
        return name;
    if (name.contains(from))
        return name.replace(from, to);
    const QString fromShort = shortRegion(from);
    const QString toShort = shortRegion(to);
    if (fromShort.size() >= 2 && toShort.size() >= 2)
        name.replace(fromShort, toShort);
    return name;
}

/** The first of @p candidates (recorded for departments of @p parentDepartment's function) that names a
 *  department of @p child. */
std::optional<Counterpart> learnedCounterpart(const QString &parentDepartment, const Plan &parent,
    const Plan &child, const QList<const SharedCounterpart *> &candidates, const QSet<QString> &childKeys)
{
    QSet<QString> tried; // many districts recorded the same bureau: once moved here, their names coincide
    for (const SharedCounterpart *s : candidates) {
        const QString name = moveToRegion(moveToRegion(s->row.childDepartment, s->childRegion,
                                              child.metadata.region),
            s->parentRegion, parent.metadata.region);
        if (tried.contains(name))
            continue;
        tried.insert(name);
        if (!childKeys.contains(import::DepartmentNames::equivalenceKey(name)))
            continue;
        return Counterpart { parentDepartment, name, s->row.branchOffice, false, s->childTitle };
    }
    return std::nullopt;
}

} // namespace

QList<Counterpart> counterpartTable(const Plan &parent, const Plan &child, const QList<Counterpart> &edited,
    const QList<SharedCounterpart> &shared)
{
    QList<Counterpart> table;
    QSet<QString> seen;
    for (const Counterpart &c : edited) {
        if (!seen.contains(c.parentDepartment)) {
            seen.insert(c.parentDepartment);
            table.append(c);
            table.last().edited = true;
        }
    }
    // By function of the parent department, siblings' rows first; the function of each spelling is worked out
    // once (a library repeats a few department names over many plans).
    QHash<QString, QList<const SharedCounterpart *>> learned;
    QHash<QPair<QString, QString>, QString> functionOf;
    for (const bool sameParent : { true, false }) {
        for (const SharedCounterpart &s : shared) {
            if (s.sameParent != sameParent)
                continue;
            const QPair<QString, QString> spelling { s.row.parentDepartment, s.parentRegion };
            auto function = functionOf.constFind(spelling);
            if (function == functionOf.cend())
                function = functionOf.insert(spelling, departmentFunction(spelling.first, spelling.second));
            learned[*function].append(&s);
        }
    }
    QSet<QString> childKeys;
    for (const Department &d : child.departments) {
        childKeys.insert(import::DepartmentNames::equivalenceKey(d.name));
        for (const QString &alias : d.aliases)
            childKeys.insert(import::DepartmentNames::equivalenceKey(alias));
    }
    const auto addRule = [&](const QString &name) {
        if (seen.contains(name))
            return;
        seen.insert(name);
        const auto candidates = learned.constFind(departmentFunction(name, parent.metadata.region));
        const auto fromLibrary = candidates == learned.cend()
            ? std::nullopt
            : learnedCounterpart(name, parent, child, *candidates, childKeys);
        table.append(fromLibrary ? *fromLibrary : suggestCounterpart(name, parent, child));
    };
    for (const Department &d : parent.departments) {
        if (d.kind == DepartmentKind::Department)
            addRule(d.name);
    }
    // Parent-level departments the child uses but the parent plan does not list.
    for (const Department &d : child.departments) {
        if (isParentLevelDepartment(d, parent, child))
            addRule(d.name);
    }
    return table;
}

QList<DepartmentFinding> checkDepartments(const Plan &parent, const Plan &child, const QList<Counterpart> &table)
{
    QHash<QString, const Counterpart *> byName;
    QHash<QString, const Counterpart *> byFunction;
    for (const Counterpart &c : table) {
        byName.insert(c.parentDepartment, &c);
        byFunction.insert(departmentFunction(c.parentDepartment, parent.metadata.region), &c);
    }
    const auto counterpartOf = [&](const Department &d) -> const Counterpart * {
        if (const Counterpart *c = byName.value(d.name))
            return c;
        for (const QString &alias : d.aliases) {
            if (const Counterpart *c = byName.value(alias))
                return c;
        }
        return byFunction.value(departmentFunction(d.name, parent.metadata.region));
    };

    bool anyLead = false;
    child.root().forEach([&](const Node *n) { anyLead = anyLead || !n->content.lead.isEmpty(); });

    QList<DepartmentFinding> findings;
    const QList<const Node *> tasks = parentTasks(child);
    for (const Node *n : tasks) {
        const auto check = [&](const QList<QUuid> &ids, DepartmentIssue issue) {
            for (const QUuid &id : ids) {
                const Department *d = child.department(id);
                if (!d || !isParentLevelDepartment(*d, parent, child))
                    continue;
                const Counterpart *c = counterpartOf(*d);
                // A reviewer recorded this parent department as acting through a branch office here.
                if (c && (c->edited || !c->learnedFrom.isEmpty()) && c->branchOffice && c->childDepartment == d->name)
                    continue;
                DepartmentFinding f;
                f.issue = issue;
                f.childNodeId = n->id();
                f.number = nodeNumber(*n);
                f.title = n->content.title;
                f.departmentId = d->id;
                f.department = d->name;
                f.counterpart = c ? c->childDepartment : QString();
                f.note = issue == DepartmentIssue::ParentLevelLead
                    ? tr("Led by %1, a department of the parent's level; expected %2.").arg(d->name, f.counterpart)
                    : tr("%1 (parent level) among the responsible units; expected %2.").arg(d->name, f.counterpart);
                findings.append(f);
            }
        };
        for (const QUuid &id : n->content.lead + n->content.support) {
            const Department *d = child.department(id);
            const QString branch = d ? expectedBranchOffice(*d, child) : QString();
            if (branch.isEmpty())
                continue;
            DepartmentFinding f;
            f.issue = DepartmentIssue::VerticalAtChildLevel;
            f.childNodeId = n->id();
            f.number = nodeNumber(*n);
            f.title = n->content.title;
            f.departmentId = d->id;
            f.department = d->name;
            f.counterpart = branch;
            f.note = tr("%1 is managed vertically by the city; at this level it is %2.").arg(d->name, branch);
            findings.append(f);
        }
        check(n->content.lead, DepartmentIssue::ParentLevelLead);
        check(n->content.support, DepartmentIssue::ParentLevelSupport);
        if (anyLead && n->content.lead.isEmpty() && n->content.kind == NodeKind::Task) {
            DepartmentFinding f;
            f.issue = DepartmentIssue::NoLead;
            f.childNodeId = n->id();
            f.number = nodeNumber(*n);
            f.title = n->content.title;
            f.note = tr("No lead department.");
            findings.append(f);
        }
    }
    return findings;
}

} // namespace pw::review
