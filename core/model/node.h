#pragma once

// A node of the plan outline: chapter → section → action → task → subtask, any depth.
// Ownership: a node owns its children through std::unique_ptr; the Plan owns the invisible root.
// Numbering (一、（一）1.（1）) is derived from the position, never stored.

#include "sourcespan.h"
#include "types.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <memory>
#include <vector>

namespace pw {

/** The editable content of a node, without its place in the tree. */
struct NodeContent
{
    NodeKind kind = NodeKind::Task;
    QString title;
    QString text;
    QList<QUuid> lead;        ///< 牵头 departments, by id
    QList<QUuid> support;     ///< 配合/责任 departments
    QList<QUuid> territorial; ///< 属地 units
    QString deadline;
    QStringList tags;
    SourceSpan span;           ///< where the node came from in the source text
    SourceSpan assignmentSpan; ///< where its department assignment came from

    QList<QUuid> &departments(DepartmentRole role);
    const QList<QUuid> &departments(DepartmentRole role) const;
    bool operator==(const NodeContent &) const = default;
};

class Node
{
public:
    explicit Node(const NodeContent &content = {}, const QUuid &id = QUuid::createUuid());
    Node(const Node &) = delete;
    Node &operator=(const Node &) = delete;

    QUuid id() const { return m_id; }
    NodeContent content;

    Node *parent() const { return m_parent; }
    int childCount() const { return int(m_children.size()); }
    Node *child(int row) const { return m_children.at(std::size_t(row)).get(); }
    /** Position among the parent's children; 0 for the root. Linear in the number of siblings. */
    int row() const;
    /** 1 for top-level nodes, 0 for the root. */
    int depth() const;
    bool isAncestorOf(const Node *other) const;

    void insertChild(int row, std::unique_ptr<Node> child);
    std::unique_ptr<Node> takeChild(int row);

    /** A deep copy with fresh ids (for duplicate and paste). */
    std::unique_ptr<Node> cloneWithNewIds() const;

    /** Calls f(node) for this node and every descendant, parents before children. */
    template<typename F>
    void forEach(F &&f) const
    {
        f(this);
        for (const auto &c : m_children)
            c->forEach(f);
    }
    template<typename F>
    void forEach(F &&f)
    {
        f(this);
        for (const auto &c : m_children)
            c->forEach(f);
    }

private:
    QUuid m_id;
    Node *m_parent = nullptr;
    std::vector<std::unique_ptr<Node>> m_children;
};

} // namespace pw
