#pragma once

// Reading and writing zip archives through QuaZip, treating every archive as hostile.
// Reading enforces running caps (actual decompressed bytes, not declared sizes), rejects unsafe names,
// duplicates, links, encryption and unknown methods, and reads every entry to its end so CRCs are checked.

#include "limits.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

class QIODevice;

namespace pw {

struct ZipLimits
{
    qint64 maxArchiveBytes = limits::kArchiveBytes;
    int maxEntries = limits::kArchiveEntries;
    int maxNameBytes = limits::kEntryNameBytes;
    qint64 maxEntryBytes = limits::kEntryBytes;
    qint64 maxTotalBytes = limits::kArchiveTotalBytes;
    /** Ratio of decompressed to compressed bytes allowed for entries larger than ratioFloorBytes. */
    qint64 maxRatio = limits::kCompressionRatio;
    qint64 ratioFloorBytes = limits::kRatioFloorBytes;
};

struct ZipEntry
{
    QString name;
    QByteArray data;
    bool stored = false; ///< written without compression
};

/** Reads all entries of the archive at @p path in archive order; std::nullopt with @p error set on failure. */
std::optional<QList<ZipEntry>> readZip(const QString &path, const ZipLimits &limits, QString *error);
std::optional<QList<ZipEntry>> readZip(const QByteArray &archive, const ZipLimits &limits, QString *error);

/** Builds an archive in memory; entries with stored=true are not compressed. Timestamps are fixed so the
 *  output depends on the entries only. */
std::optional<QByteArray> writeZip(const QList<ZipEntry> &entries, QString *error);

/** Why @p name may not be used inside an archive, or an empty string if it is safe. */
QString unsafeEntryNameReason(const QString &name, int maxNameBytes);

} // namespace pw
