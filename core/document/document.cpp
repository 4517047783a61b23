#include "document.h"

#include "edit/itemcommands.h"
#include "edit/nodecommands.h"
#include "edit/plancommands.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace pw {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("pw::Commands", text); }

QString fieldCommandText(NodeFields fields)
{
    if (fields == NodeFields(NodeField::Title))
        return tr("Rename");
    if (fields == NodeFields(NodeField::Text))
        return tr("Edit text");
    if (fields == NodeFields(NodeField::Kind))
        return tr("Change kind");
    if (fields == NodeFields(NodeField::Deadline))
        return tr("Set deadline");
    if (fields == NodeFields(NodeField::Tags))
        return tr("Set tags");
    if (fields == NodeFields(NodeField::Lead))
        return tr("Set lead departments");
    if (fields == NodeFields(NodeField::Support))
        return tr("Set supporting departments");
    if (fields == NodeFields(NodeField::Territorial))
        return tr("Set territorial units");
    return tr("Edit node");
}

NodeField roleField(DepartmentRole role)
{
    switch (role) {
    case DepartmentRole::Lead:
        return NodeField::Lead;
    case DepartmentRole::Support:
        return NodeField::Support;
    case DepartmentRole::Territorial:
        break;
    }
    return NodeField::Territorial;
}

NodeContent mergeFields(const NodeContent &base, const NodeContent &update, NodeFields fields)
{
    NodeContent c = base;
    if (fields & NodeField::Kind)
        c.kind = update.kind;
    if (fields & NodeField::Title)
        c.title = update.title;
    if (fields & NodeField::Text)
        c.text = update.text;
    if (fields & NodeField::Lead)
        c.lead = update.lead;
    if (fields & NodeField::Support)
        c.support = update.support;
    if (fields & NodeField::Territorial)
        c.territorial = update.territorial;
    if (fields & NodeField::Deadline)
        c.deadline = update.deadline;
    if (fields & NodeField::Tags)
        c.tags = update.tags;
    if (fields & NodeField::Provenance) {
        c.span = update.span;
        c.assignmentSpan = update.assignmentSpan;
    }
    return c;
}

/** Drops nodes whose ancestor is also in the list. */
QList<const Node *> topmostNodes(const QList<const Node *> &nodes)
{
    QList<const Node *> result;
    for (const Node *n : nodes) {
        if (!n)
            continue;
        const bool covered = std::any_of(nodes.begin(), nodes.end(), [n](const Node *o) {
            return o && o != n && o->isAncestorOf(n);
        });
        if (n->parent() && !covered && !result.contains(n))
            result.append(n);
    }
    return result;
}

} // namespace

Document::Document(QObject *parent)
    : Document(std::make_unique<Plan>(), parent)
{
}

Document::Document(std::unique_ptr<Plan> plan, QObject *parent)
    : QObject(parent)
    , m_plan(std::move(plan))
    , m_undoStack(new QUndoStack(this))
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
    // Undo/redo end a typing group; a push (which may merge) does not.
    connect(m_undoStack, &QUndoStack::indexChanged, this, [this] {
        if (!m_pushing)
            closeTypingGroup();
    });
}

Document::~Document()
{
    // Commands refer to nodes of the plan: destroy them first.
    m_undoStack->clear();
}

void Document::setFileName(const QString &fileName)
{
    if (fileName == m_fileName)
        return;
    m_fileName = fileName;
    Q_EMIT fileNameChanged(fileName);
}

void Document::markSaved() { m_undoStack->setClean(); }

void Document::setReadOnly(bool readOnly)
{
    if (readOnly == m_readOnly)
        return;
    m_readOnly = readOnly;
    Q_EMIT readOnlyChanged(readOnly);
}

Node *Document::mutableNode(const Node *node) const { return const_cast<Node *>(node); }

Node *Document::parentOrRoot(const Node *parent) const
{
    return parent ? mutableNode(parent) : &m_plan->root();
}

bool Document::push(QUndoCommand *command)
{
    if (m_readOnly) {
        delete command;
        return false;
    }
    m_pushing = true;
    m_undoStack->push(command);
    m_pushing = false;
    return true;
}

const Node *Document::insertNode(const Node *parent, int row, const NodeContent &content)
{
    Node *p = parentOrRoot(parent);
    row = std::clamp(row, 0, p->childCount());
    auto *cmd = new InsertNodeCommand(this, p, row, std::make_unique<Node>(content), tr("Insert node"));
    return push(cmd) ? cmd->node() : nullptr;
}

const Node *Document::insertCopy(const Node *parent, int row, const Node &subtree)
{
    Node *p = parentOrRoot(parent);
    row = std::clamp(row, 0, p->childCount());
    auto *cmd = new InsertNodeCommand(this, p, row, subtree.cloneWithNewIds(), tr("Paste"));
    return push(cmd) ? cmd->node() : nullptr;
}

void Document::removeNodes(QList<const Node *> nodes)
{
    nodes = topmostNodes(nodes);
    if (nodes.isEmpty())
        return;
    QSet<QUuid> removed;
    for (const Node *n : nodes)
        n->forEach([&](const Node *d) { removed.insert(d->id()); });

    auto *macro = new QUndoCommand(
        QCoreApplication::translate("pw::Commands", "Delete %n node(s)", nullptr, int(nodes.size())));
    for (const Target &t : m_plan->targets) {
        if (removed.contains(t.nodeId)) {
            Target after = t;
            after.nodeId = QUuid();
            new UpdateItemCommand<Target>(this, t, after, {}, macro);
        }
    }
    for (const Project &p : m_plan->projects) {
        if (removed.contains(p.nodeId)) {
            Project after = p;
            after.nodeId = QUuid();
            new UpdateItemCommand<Project>(this, p, after, {}, macro);
        }
    }
    for (const Node *n : nodes)
        new RemoveNodeCommand(this, mutableNode(n), macro);
    push(macro);
}

bool Document::moveNode(const Node *node, const Node *newParent, int row)
{
    if (!node || !node->parent())
        return false;
    Node *p = parentOrRoot(newParent);
    if (p == node || node->isAncestorOf(p))
        return false;
    const int maxRow = p->childCount() - (p == node->parent() ? 1 : 0);
    if (row < 0 || row > maxRow)
        return false;
    if (p == node->parent() && row == node->row())
        return false;
    push(new MoveNodeCommand(this, mutableNode(node), p, row, tr("Move")));
    return true;
}

bool Document::moveUp(const Node *node)
{
    return node && node->parent() && moveNode(node, node->parent() == &m_plan->root() ? nullptr : node->parent(),
                                              node->row() - 1);
}

bool Document::moveDown(const Node *node)
{
    return node && node->parent() && moveNode(node, node->parent() == &m_plan->root() ? nullptr : node->parent(),
                                              node->row() + 1);
}

bool Document::indentNode(const Node *node)
{
    if (!node || !node->parent() || node->row() == 0)
        return false;
    Node *newParent = node->parent()->child(node->row() - 1);
    push(new MoveNodeCommand(this, mutableNode(node), newParent, newParent->childCount(), tr("Indent")));
    return true;
}

bool Document::outdentNode(const Node *node)
{
    if (!node || !node->parent() || node->parent() == &m_plan->root())
        return false;
    Node *parent = node->parent();
    push(new MoveNodeCommand(this, mutableNode(node), parent->parent(), parent->row() + 1, tr("Outdent")));
    return true;
}

const Node *Document::duplicateNode(const Node *node)
{
    if (!node || !node->parent())
        return nullptr;
    auto *cmd = new InsertNodeCommand(this, node->parent(), node->row() + 1, node->cloneWithNewIds(),
                                      tr("Duplicate"));
    return push(cmd) ? cmd->node() : nullptr;
}

void Document::setNodeContent(const Node *node, const NodeContent &content, NodeFields fields)
{
    if (!node || !node->parent())
        return;
    const NodeContent merged = mergeFields(node->content, content, fields);
    if (merged == node->content)
        return;
    push(new SetNodeContentCommand(this, mutableNode(node), merged, fields, fieldCommandText(fields)));
}

void Document::setTitle(const Node *node, const QString &title)
{
    NodeContent c;
    c.title = title;
    setNodeContent(node, c, NodeField::Title);
}

void Document::setText(const Node *node, const QString &text)
{
    NodeContent c;
    c.text = text;
    setNodeContent(node, c, NodeField::Text);
}

void Document::setKind(const Node *node, NodeKind kind)
{
    NodeContent c;
    c.kind = kind;
    setNodeContent(node, c, NodeField::Kind);
}

void Document::setDeadline(const Node *node, const QString &deadline)
{
    NodeContent c;
    c.deadline = deadline;
    setNodeContent(node, c, NodeField::Deadline);
}

void Document::setTags(const Node *node, const QStringList &tags)
{
    NodeContent c;
    c.tags = tags;
    setNodeContent(node, c, NodeField::Tags);
}

void Document::setDepartments(const Node *node, DepartmentRole role, const QList<QUuid> &departments)
{
    NodeContent c;
    c.departments(role) = departments;
    setNodeContent(node, c, roleField(role));
}

void Document::assignDepartment(const QList<const Node *> &nodes, const QUuid &department,
                                std::optional<DepartmentRole> role)
{
    auto *macro = new QUndoCommand(role ? tr("Assign department") : tr("Unassign department"));
    for (const Node *n : nodes) {
        if (!n || !n->parent())
            continue;
        NodeContent c = n->content;
        for (DepartmentRole r : { DepartmentRole::Lead, DepartmentRole::Support, DepartmentRole::Territorial }) {
            if (r != role)
                c.departments(r).removeAll(department);
        }
        if (role && !c.departments(*role).contains(department))
            c.departments(*role).append(department);
        if (c != n->content)
            new SetNodeContentCommand(this, mutableNode(n), c, NodeField::Departments, {}, macro);
    }
    if (macro->childCount() == 0) {
        delete macro;
        return;
    }
    push(macro);
}

void Document::setMetadata(const PlanMetadata &metadata)
{
    if (metadata == m_plan->metadata)
        return;
    push(new SetMetadataCommand(this, m_plan->metadata, metadata));
}

namespace {
int insertionRow(int row, std::size_t size)
{
    return row < 0 || row > int(size) ? int(size) : row;
}

/** Adds child commands to @p macro that drop or replace @p id in every node and project. */
void replaceDepartmentReferences(Document *doc, const Plan &plan, const QUuid &id, const QUuid &replacement,
                                 QUndoCommand *macro)
{
    plan.root().forEach([&](const Node *n) {
        NodeContent c = n->content;
        for (DepartmentRole r : { DepartmentRole::Lead, DepartmentRole::Support, DepartmentRole::Territorial }) {
            QList<QUuid> &ids = c.departments(r);
            const qsizetype at = ids.indexOf(id);
            if (at < 0)
                continue;
            ids.removeAt(at);
            if (!replacement.isNull() && !ids.contains(replacement))
                ids.insert(at, replacement);
        }
        if (c != n->content)
            new SetNodeContentCommand(doc, const_cast<Node *>(n), c, NodeField::Departments, {}, macro);
    });
    for (const Project &p : plan.projects) {
        if (!p.departments.contains(id))
            continue;
        Project after = p;
        after.departments.removeAll(id);
        if (!replacement.isNull() && !after.departments.contains(replacement))
            after.departments.append(replacement);
        new UpdateItemCommand<Project>(doc, p, after, {}, macro);
    }
}
} // namespace

void Document::addDepartment(const Department &department, int row)
{
    if (m_plan->department(department.id))
        return;
    push(new AddItemCommand<Department>(this, department, insertionRow(row, m_plan->departments.size()),
                                        tr("Add department")));
}

void Document::updateDepartment(const Department &department)
{
    const Department *old = m_plan->department(department.id);
    if (!old || *old == department)
        return;
    push(new UpdateItemCommand<Department>(this, *old, department, tr("Edit department")));
}

void Document::removeDepartment(const QUuid &id)
{
    if (!m_plan->department(id))
        return;
    auto *macro = new QUndoCommand(tr("Remove department"));
    replaceDepartmentReferences(this, *m_plan, id, QUuid(), macro);
    new RemoveItemCommand<Department>(this, id, {}, macro);
    push(macro);
}

void Document::mergeDepartments(const QUuid &from, const QUuid &into)
{
    const Department *source = m_plan->department(from);
    const Department *target = m_plan->department(into);
    if (!source || !target || from == into)
        return;
    auto *macro = new QUndoCommand(tr("Merge departments"));
    replaceDepartmentReferences(this, *m_plan, from, into, macro);
    Department merged = *target;
    for (const QString &name : QStringList { source->name } + source->aliases) {
        if (name != merged.name && !merged.aliases.contains(name))
            merged.aliases.append(name);
    }
    new UpdateItemCommand<Department>(this, *target, merged, {}, macro);
    new RemoveItemCommand<Department>(this, from, {}, macro);
    push(macro);
}

void Document::addIndicator(const Indicator &indicator, int row)
{
    if (m_plan->indicator(indicator.id))
        return;
    push(new AddItemCommand<Indicator>(this, indicator, insertionRow(row, m_plan->indicators.size()),
                                       tr("Add indicator")));
}

void Document::updateIndicator(const Indicator &indicator)
{
    const Indicator *old = m_plan->indicator(indicator.id);
    if (!old || *old == indicator)
        return;
    push(new UpdateItemCommand<Indicator>(this, *old, indicator, tr("Edit indicator")));
}

void Document::removeIndicator(const QUuid &id)
{
    if (!m_plan->indicator(id))
        return;
    auto *macro = new QUndoCommand(tr("Remove indicator"));
    for (const Target &t : m_plan->targets) {
        if (t.indicatorId == id)
            new RemoveItemCommand<Target>(this, t.id, {}, macro);
    }
    new RemoveItemCommand<Indicator>(this, id, {}, macro);
    push(macro);
}

void Document::moveIndicator(const QUuid &id, int row)
{
    const int from = m_plan->indicatorIndex(id);
    if (from < 0 || row < 0 || row >= int(m_plan->indicators.size()) || row == from)
        return;
    push(new MoveItemCommand<Indicator>(this, from, row, tr("Move indicator")));
}

void Document::addTarget(const Target &target, int row)
{
    // A target without its indicator, or with NaN or infinity, could not be saved and loaded again.
    if (m_plan->targetIndex(target.id) >= 0 || !m_plan->indicator(target.indicatorId)
        || !target.hasFiniteNumbers())
        return;
    push(new AddItemCommand<Target>(this, target, insertionRow(row, m_plan->targets.size()), tr("Add target")));
}

void Document::updateTarget(const Target &target)
{
    const int i = m_plan->targetIndex(target.id);
    if (i < 0 || m_plan->targets[std::size_t(i)] == target || !m_plan->indicator(target.indicatorId)
        || !target.hasFiniteNumbers())
        return;
    push(new UpdateItemCommand<Target>(this, m_plan->targets[std::size_t(i)], target, tr("Edit target")));
}

void Document::removeTarget(const QUuid &id)
{
    if (m_plan->targetIndex(id) < 0)
        return;
    push(new RemoveItemCommand<Target>(this, id, tr("Remove target")));
}

void Document::addProject(const Project &project, int row)
{
    if (m_plan->projectIndex(project.id) >= 0 || !project.hasFiniteNumbers())
        return;
    push(new AddItemCommand<Project>(this, project, insertionRow(row, m_plan->projects.size()),
                                     tr("Add project")));
}

void Document::updateProject(const Project &project)
{
    const int i = m_plan->projectIndex(project.id);
    if (i < 0 || m_plan->projects[std::size_t(i)] == project || !project.hasFiniteNumbers())
        return;
    push(new UpdateItemCommand<Project>(this, m_plan->projects[std::size_t(i)], project, tr("Edit project")));
}

void Document::removeProject(const QUuid &id)
{
    if (m_plan->projectIndex(id) < 0)
        return;
    push(new RemoveItemCommand<Project>(this, id, tr("Remove project")));
}

void Document::replacePlan(std::unique_ptr<Plan> plan, const QString &commandText)
{
    push(new ReplacePlanCommand(this, std::move(plan), commandText));
}

} // namespace pw
