#pragma once

// A strict, independent scan of a zip's end record, central directory and local headers, run before
// QuaZip inflates anything. It catches what minizip tolerates: data before the archive, entry counts
// that disagree, local headers that disagree with the directory (name, method), ZIP64 markers, and
// entries whose bytes overlap (the "overlapping-entry" zip bomb).

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace pw {

struct ScannedEntry
{
    QByteArray name;
    quint16 flags = 0;
    quint16 method = 0;
    quint32 compressedSize = 0;
    quint32 uncompressedSize = 0;
    quint32 localOffset = 0;
};

/** The central directory's entries in directory order, or std::nullopt with @p error set. Entries beyond
 *  @p maxEntries are not parsed. */
std::optional<QList<ScannedEntry>> scanZipDirectory(const QByteArray &archive, int maxEntries, QString *error);

} // namespace pw
