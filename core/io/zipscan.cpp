#include "zipscan.h"

#include <QCoreApplication>
#include <QtEndian>

#include <algorithm>

namespace pw {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("pw::Zip", text); }

constexpr quint32 kEndSignature = 0x06054b50;
constexpr quint32 kCentralSignature = 0x02014b50;
constexpr quint32 kLocalSignature = 0x04034b50;
constexpr qsizetype kEndSize = 22;
constexpr qsizetype kCentralSize = 46;
constexpr qsizetype kLocalSize = 30;

quint16 u16(const QByteArray &b, qsizetype at) { return qFromLittleEndian<quint16>(b.constData() + at); }
quint32 u32(const QByteArray &b, qsizetype at) { return qFromLittleEndian<quint32>(b.constData() + at); }

} // namespace

std::optional<QList<ScannedEntry>> scanZipDirectory(const QByteArray &archive, int maxEntries, QString *error)
{
    const auto fail = [error](const QString &message) {
        *error = message;
        return std::nullopt;
    };
    const qsizetype size = archive.size();
    // The end record is the last one in the final 64 KiB + 22 bytes (its comment is at most 65535 bytes).
    qsizetype end = -1;
    for (qsizetype at = size - kEndSize; at >= 0 && at >= size - kEndSize - 0xffff; --at) {
        if (u32(archive, at) == kEndSignature && at + kEndSize + u16(archive, at + 20) == size) {
            end = at;
            break;
        }
    }
    if (end < 0)
        return fail(tr("not a zip archive, or its central directory is damaged"));
    const quint16 disk = u16(archive, end + 4), directoryDisk = u16(archive, end + 6);
    const quint16 entriesOnDisk = u16(archive, end + 8), entries = u16(archive, end + 10);
    const quint32 directorySize = u32(archive, end + 12), directoryOffset = u32(archive, end + 16);
    if (disk != 0 || directoryDisk != 0 || entriesOnDisk != entries)
        return fail(tr("multi-volume archives are not supported"));
    if (entries == 0xffff || directorySize == 0xffffffffu || directoryOffset == 0xffffffffu)
        return fail(tr("ZIP64 archives are not supported"));
    if (entries > maxEntries)
        return fail(tr("too many entries (%1, at most %2)").arg(entries).arg(maxEntries));
    if (qint64(directoryOffset) + directorySize != end)
        return fail(tr("the central directory is not where the end record says (data before or inside the archive)"));

    QList<ScannedEntry> result;
    qsizetype at = directoryOffset;
    for (int i = 0; i < entries; ++i) {
        if (at + kCentralSize > end || u32(archive, at) != kCentralSignature)
            return fail(tr("the central directory is damaged (entry %1)").arg(i + 1));
        ScannedEntry e;
        e.flags = u16(archive, at + 8);
        e.method = u16(archive, at + 10);
        e.compressedSize = u32(archive, at + 20);
        e.uncompressedSize = u32(archive, at + 24);
        const quint16 nameLength = u16(archive, at + 28), extraLength = u16(archive, at + 30);
        const quint16 commentLength = u16(archive, at + 32);
        e.localOffset = u32(archive, at + 42);
        const qsizetype next = at + kCentralSize + nameLength + extraLength + commentLength;
        if (next > end)
            return fail(tr("the central directory is damaged (entry %1)").arg(i + 1));
        e.name = archive.mid(at + kCentralSize, nameLength);
        if (e.compressedSize == 0xffffffffu || e.uncompressedSize == 0xffffffffu || e.localOffset == 0xffffffffu)
            return fail(tr("ZIP64 archives are not supported"));

        const qsizetype local = e.localOffset;
        if (local + kLocalSize > directoryOffset || u32(archive, local) != kLocalSignature)
            return fail(tr("entry \"%1\": its local header is missing").arg(QString::fromUtf8(e.name.left(80))));
        const quint16 localNameLength = u16(archive, local + 26);
        if (u16(archive, local + 8) != e.method || localNameLength != nameLength
            || archive.mid(local + kLocalSize, localNameLength) != e.name)
            return fail(tr("entry \"%1\": its local header disagrees with the central directory (inconsistent archive)")
                            .arg(QString::fromUtf8(e.name.left(80))));
        result.append(e);
        at = next;
    }
    if (at != end)
        return fail(tr("the central directory has more entries than the end record says"));

    // Entries may not share bytes: each one's header and data must end before the next one starts.
    QList<const ScannedEntry *> byOffset;
    for (const ScannedEntry &e : result)
        byOffset.append(&e);
    std::sort(byOffset.begin(), byOffset.end(),
              [](const ScannedEntry *a, const ScannedEntry *b) { return a->localOffset < b->localOffset; });
    // An archive starts at byte 0: anything before it (a shell-script or self-extractor prefix) is refused.
    if ((byOffset.isEmpty() ? directoryOffset : byOffset.first()->localOffset) != 0)
        return fail(tr("data before the archive (a prefix such as a script)"));
    for (qsizetype i = 0; i < byOffset.size(); ++i) {
        const ScannedEntry &e = *byOffset.at(i);
        const qint64 dataStart = qint64(e.localOffset) + kLocalSize + u16(archive, e.localOffset + 26)
            + u16(archive, e.localOffset + 28);
        const qint64 dataEnd = dataStart + e.compressedSize;
        const qint64 limit = i + 1 < byOffset.size() ? qint64(byOffset.at(i + 1)->localOffset) : qint64(directoryOffset);
        if (dataEnd > limit)
            return fail(tr("entry \"%1\" overlaps another entry (zip bomb?)").arg(QString::fromUtf8(e.name.left(80))));
    }
    return result;
}

} // namespace pw
