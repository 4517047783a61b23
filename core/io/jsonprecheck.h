#pragma once

#include <QByteArray>
#include <QString>

namespace pw {

/** Rejects JSON that nests deeper than @p maxDepth or repeats a key within one object (QJsonDocument
 *  would silently keep the last one). Returns an empty string if the text passes; it does not validate
 *  the rest of the syntax, QJsonDocument does that. */
QString precheckJson(const QByteArray &json, int maxDepth);

} // namespace pw
