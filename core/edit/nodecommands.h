#pragma once

// Undo commands for the outline. Ownership rule: a node that is not in the tree is owned by
// exactly one command (the one that took it out, or the insert command before its first redo),
// through std::unique_ptr; redo/undo hand it back and forth with the tree, so pointers held by
// later commands stay valid.

#include "document/changes.h"
#include "model/node.h"

#include <QUndoCommand>

#include <memory>

namespace pw {

class Document;

class InsertNodeCommand final : public QUndoCommand
{
public:
    InsertNodeCommand(Document *document, Node *parent, int row, std::unique_ptr<Node> node,
                      const QString &text, QUndoCommand *parentCommand = nullptr);
    void redo() override;
    void undo() override;
    Node *node() const { return m_node; }

private:
    Document *m_doc;
    Node *m_parent;
    int m_row;
    Node *m_node;
    std::unique_ptr<Node> m_owned;
};

class RemoveNodeCommand final : public QUndoCommand
{
public:
    RemoveNodeCommand(Document *document, Node *node, QUndoCommand *parentCommand = nullptr);
    void redo() override;
    void undo() override;

private:
    Document *m_doc;
    Node *m_node;
    Node *m_parent = nullptr;
    int m_row = -1;
    std::unique_ptr<Node> m_owned;
};

class MoveNodeCommand final : public QUndoCommand
{
public:
    MoveNodeCommand(Document *document, Node *node, Node *newParent, int row, const QString &text);
    void redo() override;
    void undo() override;

private:
    void moveTo(Node *parent, int row);
    Document *m_doc;
    Node *m_node;
    Node *m_newParent;
    int m_newRow;
    Node *m_oldParent;
    int m_oldRow;
};

/** Sets some content fields of a node. Consecutive title or text edits of one typing group merge. */
class SetNodeContentCommand final : public QUndoCommand
{
public:
    SetNodeContentCommand(Document *document, Node *node, const NodeContent &content, NodeFields fields,
                          const QString &text, QUndoCommand *parentCommand = nullptr);
    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    Document *m_doc;
    Node *m_node;
    NodeContent m_old;
    NodeContent m_new;
    NodeFields m_fields;
    int m_typingGroup;
};

} // namespace pw
