#pragma once

// Models whose rows are derived from the outline (task lists, department views) cannot map every
// structural change 1:1; they reset around it instead. This wires the Document's about-to/done pairs
// to a model's begin/end reset so no view ever sees half-changed rows.

#include <QObject>

#include <functional>

namespace pw {

class Document;

/** Calls @p begin on every about-to signal (nodes, collections, reset) and @p end after the change. */
void connectStructureResets(Document *document, QObject *context, const std::function<void()> &begin,
                            const std::function<void()> &end, bool includeCollections);

} // namespace pw
