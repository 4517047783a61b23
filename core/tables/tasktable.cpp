#include "tasktable.h"

using namespace Qt::StringLiterals;

namespace pw::tables {

bool isTask(const Node &node)
{
    const NodeContent &c = node.content;
    if (c.kind == NodeKind::Task)
        return true;
    return c.kind == NodeKind::Subtask && !(c.lead.isEmpty() && c.support.isEmpty() && c.territorial.isEmpty());
}

std::vector<const Node *> collectTasks(const Plan &plan)
{
    std::vector<const Node *> tasks;
    plan.root().forEach([&](const Node *n) {
        if (n != &plan.root() && isTask(*n))
            tasks.push_back(n);
    });
    return tasks;
}

QString nodePath(const Node &node)
{
    QString path;
    for (const Node *n = &node; n && n->parent(); n = n->parent())
        path.prepend(nodeNumber(*n));
    return path;
}

const Node *actionOf(const Node &node)
{
    for (const Node *n = node.parent(); n && n->parent(); n = n->parent()) {
        if (n->content.kind == NodeKind::Action)
            return n;
    }
    return nullptr;
}

QString roleMark(DepartmentRole role)
{
    switch (role) {
    case DepartmentRole::Lead:
        return u"牵"_s;
    case DepartmentRole::Support:
        return u"配"_s;
    case DepartmentRole::Territorial:
        break;
    }
    return u"属"_s;
}

std::optional<DepartmentRole> roleOf(const NodeContent &content, const QUuid &department)
{
    if (content.lead.contains(department))
        return DepartmentRole::Lead;
    if (content.support.contains(department))
        return DepartmentRole::Support;
    if (content.territorial.contains(department))
        return DepartmentRole::Territorial;
    return std::nullopt;
}

void addLoad(QHash<QUuid, DepartmentLoad> &loads, const NodeContent &content, int sign)
{
    for (const QUuid &id : content.lead)
        loads[id].lead += sign;
    for (const QUuid &id : content.support)
        loads[id].support += sign;
    for (const QUuid &id : content.territorial)
        loads[id].territorial += sign;
}

QHash<QUuid, DepartmentLoad> departmentLoads(const std::vector<const Node *> &tasks)
{
    QHash<QUuid, DepartmentLoad> loads;
    for (const Node *n : tasks)
        addLoad(loads, n->content, 1);
    return loads;
}

Table taskDivisionTable(const Plan &plan)
{
    Table table;
    table.append({ u"序号"_s, u"重点任务"_s, u"牵头单位"_s, u"责任单位"_s, u"完成时限"_s });
    int seq = 0;
    for (const Node *n : collectTasks(plan)) {
        const NodeContent &c = n->content;
        table.append({ QString::number(++seq), c.title.isEmpty() ? c.text.left(60) : c.title,
                       plan.departmentNames(c.lead).join(u"、"_s),
                       (plan.departmentNames(c.support) + plan.departmentNames(c.territorial)).join(u"、"_s),
                       c.deadline });
    }
    return table;
}

Table responsibilityMatrixTable(const Plan &plan)
{
    Table table;
    QStringList header { u"序号"_s, u"任务"_s };
    for (const Department &d : plan.departments)
        header.append(d.name);
    header << u"牵头"_s << u"配合"_s;
    table.append(header);
    for (const Node *n : collectTasks(plan)) {
        QStringList row { nodePath(*n), n->content.title };
        for (const Department &d : plan.departments) {
            const auto role = roleOf(n->content, d.id);
            row.append(role ? roleMark(*role) : QString());
        }
        row << QString::number(n->content.lead.size())
            << QString::number(n->content.support.size() + n->content.territorial.size());
        table.append(row);
    }
    return table;
}

} // namespace pw::tables
