#include "node.h"

#include <algorithm>

namespace pw {

QList<QUuid> &NodeContent::departments(DepartmentRole role)
{
    switch (role) {
    case DepartmentRole::Lead:
        return lead;
    case DepartmentRole::Support:
        return support;
    case DepartmentRole::Territorial:
        break;
    }
    return territorial;
}

const QList<QUuid> &NodeContent::departments(DepartmentRole role) const
{
    return const_cast<NodeContent *>(this)->departments(role);
}

Node::Node(const NodeContent &c, const QUuid &id)
    : content(c)
    , m_id(id)
{
}

int Node::row() const
{
    if (!m_parent)
        return 0;
    const auto &siblings = m_parent->m_children;
    const auto it = std::find_if(siblings.begin(), siblings.end(), [this](const auto &c) { return c.get() == this; });
    return int(it - siblings.begin());
}

int Node::depth() const
{
    int d = 0;
    for (const Node *n = m_parent; n; n = n->m_parent)
        ++d;
    return d;
}

bool Node::isAncestorOf(const Node *other) const
{
    for (const Node *n = other ? other->m_parent : nullptr; n; n = n->m_parent) {
        if (n == this)
            return true;
    }
    return false;
}

void Node::insertChild(int row, std::unique_ptr<Node> child)
{
    Q_ASSERT(row >= 0 && row <= childCount());
    child->m_parent = this;
    m_children.insert(m_children.begin() + row, std::move(child));
}

std::unique_ptr<Node> Node::takeChild(int row)
{
    Q_ASSERT(row >= 0 && row < childCount());
    auto child = std::move(m_children[std::size_t(row)]);
    m_children.erase(m_children.begin() + row);
    child->m_parent = nullptr;
    return child;
}

std::unique_ptr<Node> Node::cloneWithNewIds() const
{
    auto copy = std::make_unique<Node>(content);
    for (const auto &c : m_children)
        copy->insertChild(copy->childCount(), c->cloneWithNewIds());
    return copy;
}

} // namespace pw
