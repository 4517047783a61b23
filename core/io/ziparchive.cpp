#include "ziparchive.h"

#include "filesafety.h"
#include "limits.h"
#include "zipscan.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>
#include <quazip/quazipnewinfo.h>

#include <QBuffer>
#include <QCoreApplication>
#include <QSet>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace pw {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("pw::Zip", text); }

constexpr int kMethodStored = 0;
constexpr int kMethodDeflated = 8;

std::optional<QList<ZipEntry>> readOpened(QuaZip &zip, const ZipLimits &limits,
                                          QString *error)
{
    const auto fail = [error](const QString &message) {
        *error = message;
        return std::nullopt;
    };
    if (!zip.open(QuaZip::mdUnzip))
        return fail(tr("not a zip archive, or its central directory is damaged"));
    if (zip.getEntriesCount() > limits.maxEntries)
        return fail(tr("too many entries (%1, at most %2)").arg(zip.getEntriesCount()).arg(limits.maxEntries));

    QList<ZipEntry> entries;
    QSet<QString> seen;
    qint64 total = 0;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        if (entries.size() >= limits.maxEntries)
            return fail(tr("too many entries (at most %1)").arg(limits.maxEntries));
        QuaZipFileInfo64 info;
        if (!zip.getCurrentFileInfo(&info))
            return fail(tr("unreadable entry header"));
        const QString reason = unsafeEntryNameReason(info.name, limits.maxNameBytes);
        if (!reason.isEmpty())
            return fail(tr("entry \"%1\": %2").arg(info.name.left(80), reason));
        const QString folded = info.name.normalized(QString::NormalizationForm_C).toCaseFolded();
        if (seen.contains(folded))
            return fail(tr("entry \"%1\" appears more than once").arg(info.name));
        seen.insert(folded);
        if (info.isSymbolicLink())
            return fail(tr("entry \"%1\" is a symbolic link").arg(info.name));
        if (info.isEncrypted())
            return fail(tr("entry \"%1\" is encrypted; encrypted files are not supported").arg(info.name));
        if (info.method != kMethodStored && info.method != kMethodDeflated)
            return fail(tr("entry \"%1\" uses unsupported compression method %2").arg(info.name).arg(info.method));
        if (info.uncompressedSize > quint64(limits.maxEntryBytes))
            return fail(tr("entry \"%1\" is too large").arg(info.name));

        QuaZipFile file(&zip);
        if (!file.open(QIODevice::ReadOnly))
            return fail(tr("entry \"%1\" cannot be opened (damaged local header)").arg(info.name));
        QByteArray data;
        char buffer[64 * 1024];
        for (;;) {
            const qint64 n = file.read(buffer, sizeof buffer);
            if (n < 0)
                return fail(tr("entry \"%1\" is damaged").arg(info.name));
            if (n == 0)
                break;
            total += n;
            if (data.size() + n > limits.maxEntryBytes)
                return fail(tr("entry \"%1\" decompresses beyond %2 bytes").arg(info.name).arg(limits.maxEntryBytes));
            if (total > limits.maxTotalBytes)
                return fail(tr("archive decompresses beyond %1 bytes").arg(limits.maxTotalBytes));
            const qint64 ratioBase = qMax<qint64>(1, qint64(info.compressedSize));
            if (data.size() + n > limits.ratioFloorBytes && (data.size() + n) / ratioBase > limits.maxRatio)
                return fail(tr("entry \"%1\" has a suspicious compression ratio").arg(info.name));
            data.append(buffer, n);
        }
        file.close();
        if (file.getZipError() != UNZ_OK)
            return fail(tr("entry \"%1\" fails its checksum (the file is damaged)").arg(info.name));
        if (quint64(data.size()) != info.uncompressedSize)
            return fail(tr("entry \"%1\" has an inconsistent size").arg(info.name));
        if (info.name.endsWith(u'/')) {
            if (!data.isEmpty())
                return fail(tr("folder entry \"%1\" has content").arg(info.name));
            continue;
        }
        entries.append({ info.name, data, info.method == kMethodStored });
    }
    if (zip.getZipError() != UNZ_OK && zip.getZipError() != UNZ_END_OF_LIST_OF_FILE)
        return fail(tr("the archive's directory is damaged"));
    return entries;
}

} // namespace

QString unsafeEntryNameReason(const QString &name, int maxNameBytes)
{
    if (name.isEmpty())
        return tr("empty name");
    if (name.toUtf8().size() > maxNameBytes)
        return tr("name longer than %1 bytes").arg(maxNameBytes);
    if (name.startsWith(u'/'))
        return tr("absolute path");
    if (name.contains(u'\\'))
        return tr("backslash in name");
    if (name.contains(u':'))
        return tr("drive letter or stream name");
    for (QChar c : name) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return tr("control character in name");
    }
    const QStringList parts = name.split(u'/');
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString &part = parts.at(i);
        if (part == u".."_s || part == u"."_s)
            return tr("relative path component");
        if (part.isEmpty() && i != parts.size() - 1)
            return tr("empty path component");
    }
    return {};
}

std::optional<QList<ZipEntry>> readZip(const QString &path, const ZipLimits &limits, QString *error)
{
    const auto bytes = readFileBounded(path, limits.maxArchiveBytes, error);
    if (!bytes)
        return std::nullopt;
    return readZip(*bytes, limits, error);
}

std::optional<QList<ZipEntry>> readZip(const QByteArray &archive, const ZipLimits &limits, QString *error)
{
    if (archive.size() > limits.maxArchiveBytes) {
        *error = pw::limits::tooLarge(tr("archive of %1").arg(pw::limits::byteCount(archive.size())), pw::limits::byteCount(limits.maxArchiveBytes));
        return std::nullopt;
    }
    if (archive.isEmpty()) {
        *error = tr("the file is empty");
        return std::nullopt;
    }
    const auto scanned = scanZipDirectory(archive, limits.maxEntries, error);
    if (!scanned)
        return std::nullopt;
    QBuffer buffer;
    buffer.setData(archive);
    QuaZip zip(&buffer);
    auto entries = readOpened(zip, limits, error);
    // QuaZip skips folder entries in the result; both views must still agree on the files.
    if (entries && entries->size() > scanned->size()) {
        *error = tr("the archive's directory is damaged");
        return std::nullopt;
    }
    return entries;
}

std::optional<QByteArray> writeZip(const QList<ZipEntry> &entries, QString *error)
{
    QBuffer buffer;
    buffer.open(QIODevice::ReadWrite);
    QuaZip zip(&buffer);
    zip.setAutoClose(false);
    zip.setUtf8Enabled(true);
    if (!zip.open(QuaZip::mdCreate)) {
        *error = tr("cannot create the archive");
        return std::nullopt;
    }
    const QDateTime fixedTime(QDate(1980, 1, 1), QTime(0, 0), Qt::UTC);
    for (const ZipEntry &entry : entries) {
        QuaZipNewInfo info(entry.name);
        info.dateTime = fixedTime;
        info.externalAttr = 0100644u << 16;
        QuaZipFile out(&zip);
        const int method = entry.stored ? kMethodStored : kMethodDeflated;
        const int level = entry.stored ? 0 : 6;
        if (!out.open(QIODevice::WriteOnly, info, nullptr, 0, method, level)
            || out.write(entry.data) != entry.data.size()) {
            *error = tr("cannot write entry \"%1\"").arg(entry.name);
            return std::nullopt;
        }
        out.close();
        if (out.getZipError() != ZIP_OK) {
            *error = tr("cannot write entry \"%1\"").arg(entry.name);
            return std::nullopt;
        }
    }
    zip.close();
    if (zip.getZipError() != ZIP_OK) {
        *error = tr("cannot finish the archive");
        return std::nullopt;
    }
    // An entry that compresses "too well" (highly repetitive text) would be refused by the reader's ratio
    // check; store it instead, so everything written here can be read back.
    const ZipLimits limits;
    const auto scanned = scanZipDirectory(buffer.data(), limits.maxEntries, error);
    if (!scanned)
        return std::nullopt;
    QList<ZipEntry> adjusted = entries;
    bool restore = false;
    for (qsizetype i = 0; i < scanned->size() && i < adjusted.size(); ++i) {
        const ScannedEntry &e = scanned->at(i);
        if (e.method == kMethodDeflated && e.uncompressedSize > limits.ratioFloorBytes
            && e.uncompressedSize / qMax<quint32>(1, e.compressedSize) > limits.maxRatio) {
            adjusted[i].stored = true;
            restore = true;
        }
    }
    return restore ? writeZip(adjusted, error) : std::optional(buffer.data());
}

} // namespace pw
