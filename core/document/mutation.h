#pragma once

// The one place that changes a Plan. Undo commands call it; it emits the Document's about-to/done
// signals around every structural change. Internal to core: ui/ never includes it.

#include "document.h"

namespace pw {

class Mutation
{
public:
    explicit Mutation(Document *document)
        : m_doc(document)
    {
    }

    Plan &plan() { return *m_doc->m_plan; }

    void insertNode(Node *parent, int row, std::unique_ptr<Node> node);
    std::unique_ptr<Node> takeNode(Node *parent, int row);
    void moveNode(Node *node, Node *newParent, int row);
    void setContent(Node *node, const NodeContent &content, NodeFields fields);
    void setMetadata(const PlanMetadata &metadata);
    /** Swaps the document's plan with @p plan (a full reset for views). */
    void swapPlan(std::unique_ptr<Plan> &plan);

    template<typename T>
    void insertItem(int row, T item)
    {
        auto &vec = items<T>();
        Q_EMIT m_doc->rowsAboutToBeInserted(collectionOf<T>(), row);
        vec.insert(vec.begin() + row, std::move(item));
        Q_EMIT m_doc->rowsInserted(collectionOf<T>(), row);
    }

    template<typename T>
    T takeItem(int row)
    {
        auto &vec = items<T>();
        Q_EMIT m_doc->rowsAboutToBeRemoved(collectionOf<T>(), row);
        T item = std::move(vec[std::size_t(row)]);
        vec.erase(vec.begin() + row);
        Q_EMIT m_doc->rowsRemoved(collectionOf<T>(), row);
        return item;
    }

    template<typename T>
    void replaceItem(int row, T item)
    {
        items<T>()[std::size_t(row)] = std::move(item);
        Q_EMIT m_doc->rowChanged(collectionOf<T>(), row);
    }

    /** Moves the item at @p from so that it ends up at @p to. */
    template<typename T>
    void moveItem(int from, int to)
    {
        auto &vec = items<T>();
        Q_EMIT m_doc->rowsAboutToBeMoved(collectionOf<T>(), from, to);
        T item = std::move(vec[std::size_t(from)]);
        vec.erase(vec.begin() + from);
        vec.insert(vec.begin() + to, std::move(item));
        Q_EMIT m_doc->rowsMoved(collectionOf<T>(), from, to);
    }

    template<typename T>
    std::vector<T> &items();
    template<typename T>
    static Collection collectionOf();

private:
    Document *m_doc;
};

template<> inline std::vector<Department> &Mutation::items() { return plan().departments; }
template<> inline std::vector<Indicator> &Mutation::items() { return plan().indicators; }
template<> inline std::vector<Target> &Mutation::items() { return plan().targets; }
template<> inline std::vector<Project> &Mutation::items() { return plan().projects; }
template<> inline Collection Mutation::collectionOf<Department>() { return Collection::Departments; }
template<> inline Collection Mutation::collectionOf<Indicator>() { return Collection::Indicators; }
template<> inline Collection Mutation::collectionOf<Target>() { return Collection::Targets; }
template<> inline Collection Mutation::collectionOf<Project>() { return Collection::Projects; }

} // namespace pw
