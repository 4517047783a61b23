#pragma once

// Undo commands for the flat collections (departments, indicators, targets, projects).
// Items are found by id at every redo/undo, so the commands survive reordering by other commands.

#include "document/mutation.h"

#include <QUndoCommand>

namespace pw {

template<typename T>
int itemIndex(Mutation &m, const QUuid &id)
{
    const auto &vec = m.items<T>();
    for (std::size_t i = 0; i < vec.size(); ++i) {
        if (vec[i].id == id)
            return int(i);
    }
    return -1;
}

template<typename T>
class AddItemCommand final : public QUndoCommand
{
public:
    AddItemCommand(Document *document, const T &item, int row, const QString &text,
                   QUndoCommand *parentCommand = nullptr)
        : QUndoCommand(text, parentCommand)
        , m_doc(document)
        , m_item(item)
        , m_row(row)
    {
    }
    void redo() override { Mutation(m_doc).insertItem(m_row, m_item); }
    void undo() override
    {
        Mutation m(m_doc);
        m.takeItem<T>(itemIndex<T>(m, m_item.id));
    }

private:
    Document *m_doc;
    T m_item;
    int m_row;
};

template<typename T>
class RemoveItemCommand final : public QUndoCommand
{
public:
    RemoveItemCommand(Document *document, const QUuid &id, const QString &text,
                      QUndoCommand *parentCommand = nullptr)
        : QUndoCommand(text, parentCommand)
        , m_doc(document)
        , m_id(id)
    {
    }
    void redo() override
    {
        Mutation m(m_doc);
        m_row = itemIndex<T>(m, m_id);
        m_item = m.takeItem<T>(m_row);
    }
    void undo() override { Mutation(m_doc).insertItem(m_row, m_item); }

private:
    Document *m_doc;
    QUuid m_id;
    int m_row = -1;
    T m_item;
};

template<typename T>
class UpdateItemCommand final : public QUndoCommand
{
public:
    UpdateItemCommand(Document *document, const T &before, const T &after, const QString &text,
                      QUndoCommand *parentCommand = nullptr)
        : QUndoCommand(text, parentCommand)
        , m_doc(document)
        , m_before(before)
        , m_after(after)
    {
    }
    void redo() override { apply(m_after); }
    void undo() override { apply(m_before); }

private:
    void apply(const T &item)
    {
        Mutation m(m_doc);
        m.replaceItem(itemIndex<T>(m, item.id), item);
    }
    Document *m_doc;
    T m_before;
    T m_after;
};

template<typename T>
class MoveItemCommand final : public QUndoCommand
{
public:
    MoveItemCommand(Document *document, int from, int to, const QString &text)
        : QUndoCommand(text)
        , m_doc(document)
        , m_from(from)
        , m_to(to)
    {
    }
    void redo() override { Mutation(m_doc).moveItem<T>(m_from, m_to); }
    void undo() override { Mutation(m_doc).moveItem<T>(m_to, m_from); }

private:
    Document *m_doc;
    int m_from;
    int m_to;
};

} // namespace pw
