#pragma once

// Special files made inside a test's own temporary directory (never the system's /dev): a FIFO, a bound
// Unix socket, a directory and, when running as root, a character device node.

#include <QString>
#include <QStringList>

namespace pw::testing {

/** The file type as `stat` reports it after resolving links ("fifo", "socket", "directory", "char", "file",
 *  "missing"). */
QString fileType(const QString &path);

/** Creates every special file this process can create in @p dir; returns their paths. */
QStringList makeSpecialFiles(const QString &dir);

} // namespace pw::testing
