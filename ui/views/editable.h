#pragma once

// Controls that edit a document (toolbar actions, buttons) follow its read-only state.

#include "document/document.h"

#include <QObject>

#include <functional>

namespace pw {

/** Calls @p apply with whether @p document accepts edits, now and whenever that changes (while @p context lives). */
inline void followEditable(Document *document, QObject *context, const std::function<void(bool editable)> &apply)
{
    apply(!document->isReadOnly());
    QObject::connect(document, &Document::readOnlyChanged, context, [apply](bool readOnly) { apply(!readOnly); });
}

} // namespace pw
