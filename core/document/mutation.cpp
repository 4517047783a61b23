#include "mutation.h"

namespace pw {

void Mutation::insertNode(Node *parent, int row, std::unique_ptr<Node> node)
{
    Q_EMIT m_doc->nodesAboutToBeInserted(parent, row, row);
    parent->insertChild(row, std::move(node));
    Q_EMIT m_doc->nodesInserted(parent, row, row);
}

std::unique_ptr<Node> Mutation::takeNode(Node *parent, int row)
{
    Q_EMIT m_doc->nodesAboutToBeRemoved(parent, row, row);
    auto node = parent->takeChild(row);
    Q_EMIT m_doc->nodesRemoved(parent, row, row);
    return node;
}

void Mutation::moveNode(Node *node, Node *newParent, int row)
{
    Q_EMIT m_doc->nodeAboutToBeMoved(node, newParent, row);
    Node *oldParent = node->parent();
    auto owned = oldParent->takeChild(node->row());
    newParent->insertChild(row, std::move(owned));
    Q_EMIT m_doc->nodeMoved(node);
}

void Mutation::setContent(Node *node, const NodeContent &content, NodeFields fields)
{
    node->content = content;
    Q_EMIT m_doc->nodeChanged(node, fields);
}

void Mutation::setMetadata(const PlanMetadata &metadata)
{
    plan().metadata = metadata;
    Q_EMIT m_doc->metadataChanged();
}

void Mutation::swapPlan(std::unique_ptr<Plan> &other)
{
    Q_EMIT m_doc->aboutToReset();
    std::swap(m_doc->m_plan, other);
    Q_EMIT m_doc->reset();
}

} // namespace pw
