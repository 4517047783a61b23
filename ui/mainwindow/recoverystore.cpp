#include "recoverystore.h"

#include "document/document.h"
#include "io/planfile.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pw {
namespace {
constexpr qint64 kMaxDescriptionBytes = 64 * 1024;
}

RecoveryStore::RecoveryStore(const QString &directory)
    : m_dir(directory.isEmpty() ? defaultDirectory() : directory)
{
}

RecoveryStore::~RecoveryStore() = default;

QString RecoveryStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u"/recovery"_s;
}

QString RecoveryStore::path(const QString &id, const char *suffix) const
{
    return m_dir + u'/' + id + QLatin1StringView(suffix);
}

QString RecoveryStore::archivePath(const QString &id) const
{
    return path(id, ".pwplan");
}

bool RecoveryStore::lock(const QString &id)
{
    if (m_locks.count(id))
        return true;
    auto lock = std::make_unique<QLockFile>(path(id, ".lock"));
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0))
        return false;
    m_locks[id] = std::move(lock);
    return true;
}

bool RecoveryStore::save(
    const QString &id, const Document &document, const QByteArray &originalHash, QString *error)
{
    if (!QDir().mkpath(m_dir)) {
        *error = QObject::tr("Cannot create the folder %1").arg(m_dir);
        return false;
    }
    lock(id);
    const auto archive = writePlanArchive(document.plan(), document.extraEntries(), error);
    if (!archive || !writeFileAtomically(archivePath(id), *archive, error))
        return false;
    QJsonObject description;
    description[u"formatVersion"_s] = 1;
    description[u"originalPath"_s] = document.fileName();
    description[u"title"_s] = document.plan().metadata.title;
    description[u"originalSha256"_s] = QString::fromLatin1(originalHash.toHex());
    description[u"savedAt"_s] = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    return writeFileAtomically(path(id, ".json"), QJsonDocument(description).toJson(), error);
}

void RecoveryStore::remove(const QString &id)
{
    QFile::remove(archivePath(id));
    QFile::remove(path(id, ".json"));
    release(id);
    QFile::remove(path(id, ".lock"));
}

void RecoveryStore::release(const QString &id)
{
    m_locks.erase(id);
}

void RecoveryStore::adopt(const QString &id)
{
    lock(id);
}

RecoveryScan RecoveryStore::scan() const
{
    RecoveryScan result;
    const QStringList descriptions = QDir(m_dir).entryList({ u"*.json"_s }, QDir::Files, QDir::Name);
    std::map<QString, QList<RecoveryEntry>> byDocument;
    for (const QString &file : descriptions) {
        const QString id = file.chopped(5);
        if (m_locks.count(id))
            continue;
        QLockFile owner(path(id, ".lock"));
        owner.setStaleLockTime(0);
        if (!owner.tryLock(0))
            continue; // a running instance still edits this document
        owner.unlock();

        QFile f(path(id, ".json"));
        RecoveryEntry entry;
        entry.id = id;
        entry.archivePath = archivePath(id);
        QJsonObject o;
        if (f.open(QIODevice::ReadOnly) && f.size() <= kMaxDescriptionBytes)
            o = QJsonDocument::fromJson(f.read(kMaxDescriptionBytes)).object();
        entry.originalPath = o.value(u"originalPath"_s).toString();
        entry.title = o.value(u"title"_s).toString();
        entry.originalHash = QByteArray::fromHex(o.value(u"originalSha256"_s).toString().toLatin1());
        entry.savedAt = QDateTime::fromString(o.value(u"savedAt"_s).toString(), Qt::ISODateWithMs);
        if (!entry.savedAt.isValid())
            entry.savedAt = QFileInfo(entry.archivePath).lastModified();
        byDocument[entry.originalPath.isEmpty() ? u"\n"_s + id : entry.originalPath].append(entry);
    }
    for (auto &[key, entries] : byDocument) {
        std::sort(entries.begin(), entries.end(),
            [](const RecoveryEntry &a, const RecoveryEntry &b) { return a.savedAt > b.savedAt; });
        int chosen = -1;
        for (int i = 0; i < entries.size(); ++i) {
            QString error;
            if (chosen < 0 && loadPlanFile(entries[i].archivePath, &error)) {
                chosen = i;
                continue;
            }
            if (chosen < 0)
                result.corrupt.append(entries[i].id);
        }
        if (chosen < 0)
            continue;
        RecoveryEntry entry = entries[chosen];
        for (int i = chosen + 1; i < entries.size(); ++i)
            entry.olderIds.append(entries[i].id);
        result.entries.append(entry);
    }
    std::sort(result.entries.begin(), result.entries.end(),
        [](const RecoveryEntry &a, const RecoveryEntry &b) { return a.savedAt > b.savedAt; });
    return result;
}

} // namespace pw
