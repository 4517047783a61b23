#pragma once

// The checks at every edge where Planwright touches the file system: inputs must be regular files (a FIFO
// would block, a device never end), outputs must be regular files or absent (writing "over" /dev/null would
// replace it), and an output must never be one of the inputs, compared by identity after resolving links.

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace pw {

/** Why @p path may not be written: it exists and is not a regular file (after resolving links). Empty if
 *  it may be written. */
QString outputPathProblem(const QString &path);

/** outputPathProblem(), or that @p output is the same file (device and inode) as one of @p inputs. */
QString outputPathProblem(const QString &output, const QStringList &inputs);

/** Why @p path cannot be read as an input: missing, or not a regular file. Empty if it can. */
QString inputPathProblem(const QString &path);

/** Reads at most @p maxBytes of the regular file @p path; std::nullopt with @p error if it is not a regular
 *  file (checked on the opened descriptor, never blocking on a FIFO), cannot be read, or is larger (checked
 *  while reading, so growing files are safe too). */
std::optional<QByteArray> readFileBounded(const QString &path, qint64 maxBytes, QString *error);

} // namespace pw
