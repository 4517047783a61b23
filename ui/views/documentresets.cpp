#include "documentresets.h"

#include "document/document.h"

namespace pw {

void connectStructureResets(Document *doc, QObject *context, const std::function<void()> &begin,
                            const std::function<void()> &end, bool includeCollections)
{
    QObject::connect(doc, &Document::nodesAboutToBeInserted, context, [begin] { begin(); });
    QObject::connect(doc, &Document::nodesInserted, context, [end] { end(); });
    QObject::connect(doc, &Document::nodesAboutToBeRemoved, context, [begin] { begin(); });
    QObject::connect(doc, &Document::nodesRemoved, context, [end] { end(); });
    QObject::connect(doc, &Document::nodeAboutToBeMoved, context, [begin] { begin(); });
    QObject::connect(doc, &Document::nodeMoved, context, [end] { end(); });
    QObject::connect(doc, &Document::aboutToReset, context, [begin] { begin(); });
    QObject::connect(doc, &Document::reset, context, [end] { end(); });
    if (!includeCollections)
        return;
    auto departmentsOnly = [](Collection c) { return c == Collection::Departments; };
    QObject::connect(doc, &Document::rowsAboutToBeInserted, context, [=](Collection c) { if (departmentsOnly(c)) begin(); });
    QObject::connect(doc, &Document::rowsInserted, context, [=](Collection c) { if (departmentsOnly(c)) end(); });
    QObject::connect(doc, &Document::rowsAboutToBeRemoved, context, [=](Collection c) { if (departmentsOnly(c)) begin(); });
    QObject::connect(doc, &Document::rowsRemoved, context, [=](Collection c) { if (departmentsOnly(c)) end(); });
    QObject::connect(doc, &Document::rowsAboutToBeMoved, context, [=](Collection c) { if (departmentsOnly(c)) begin(); });
    QObject::connect(doc, &Document::rowsMoved, context, [=](Collection c) { if (departmentsOnly(c)) end(); });
}

} // namespace pw
