#include "departmentcheck.h"

#include "coverage.h"
#include "departmentrules.h"
#include "model/plan.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace pw::review {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("pw::review::Departments", text); }

} // namespace

QList<Counterpart> counterpartTable(const Plan &parent, const Plan &child, const QList<Counterpart> &edited)
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
    const auto addRule = [&](const QString &name) {
        if (seen.contains(name))
            return;
        seen.insert(name);
        table.append(suggestCounterpart(name, parent, child));
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
                // The reviewer recorded this parent department as acting through a branch office here.
                if (c && c->edited && c->branchOffice && c->childDepartment == d->name)
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
