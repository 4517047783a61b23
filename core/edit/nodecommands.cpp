#include "nodecommands.h"

#include "commandids.h"
#include "document/mutation.h"

namespace pw {

InsertNodeCommand::InsertNodeCommand(Document *document, Node *parent, int row, std::unique_ptr<Node> node,
                                     const QString &text, QUndoCommand *parentCommand)
    : QUndoCommand(text, parentCommand)
    , m_doc(document)
    , m_parent(parent)
    , m_row(row)
    , m_node(node.get())
    , m_owned(std::move(node))
{
}

void InsertNodeCommand::redo() { Mutation(m_doc).insertNode(m_parent, m_row, std::move(m_owned)); }
void InsertNodeCommand::undo() { m_owned = Mutation(m_doc).takeNode(m_parent, m_row); }

RemoveNodeCommand::RemoveNodeCommand(Document *document, Node *node, QUndoCommand *parentCommand)
    : QUndoCommand(parentCommand)
    , m_doc(document)
    , m_node(node)
{
}

void RemoveNodeCommand::redo()
{
    m_parent = m_node->parent();
    m_row = m_node->row();
    m_owned = Mutation(m_doc).takeNode(m_parent, m_row);
}

void RemoveNodeCommand::undo() { Mutation(m_doc).insertNode(m_parent, m_row, std::move(m_owned)); }

MoveNodeCommand::MoveNodeCommand(Document *document, Node *node, Node *newParent, int row, const QString &text)
    : QUndoCommand(text)
    , m_doc(document)
    , m_node(node)
    , m_newParent(newParent)
    , m_newRow(row)
    , m_oldParent(node->parent())
    , m_oldRow(node->row())
{
}

void MoveNodeCommand::moveTo(Node *parent, int row) { Mutation(m_doc).moveNode(m_node, parent, row); }
void MoveNodeCommand::redo() { moveTo(m_newParent, m_newRow); }
void MoveNodeCommand::undo() { moveTo(m_oldParent, m_oldRow); }

SetNodeContentCommand::SetNodeContentCommand(Document *document, Node *node, const NodeContent &content,
                                             NodeFields fields, const QString &text,
                                             QUndoCommand *parentCommand)
    : QUndoCommand(text, parentCommand)
    , m_doc(document)
    , m_node(node)
    , m_old(node->content)
    , m_new(content)
    , m_fields(fields)
    , m_typingGroup(document->typingGroup())
{
}

void SetNodeContentCommand::redo() { Mutation(m_doc).setContent(m_node, m_new, m_fields); }
void SetNodeContentCommand::undo() { Mutation(m_doc).setContent(m_node, m_old, m_fields); }

int SetNodeContentCommand::id() const
{
    const bool typing = m_fields == NodeFields(NodeField::Title) || m_fields == NodeFields(NodeField::Text);
    return typing ? SetNodeContentId : -1;
}

bool SetNodeContentCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const SetNodeContentCommand *>(other);
    if (o->m_node != m_node || o->m_fields != m_fields || o->m_typingGroup != m_typingGroup)
        return false;
    m_new = o->m_new;
    setObsolete(m_new == m_old);
    return true;
}

} // namespace pw
