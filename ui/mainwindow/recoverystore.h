#pragma once

// Autosave recovery files. Each open document autosaves to <dir>/<id>.pwplan with a small <id>.json
// (original path, title, time) and holds <id>.lock while its window lives. After a crash the locks
// are stale, and scan() offers the newest readable file per original document; unreadable files are
// reported, never opened. Files are removed only by remove() (after a save or an explicit discard).

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <map>
#include <memory>

class QLockFile;

namespace pw {

class Document;

struct RecoveryEntry
{
    QString id;
    QString archivePath;
    QString originalPath; ///< empty for a document never saved
    QString title;
    QByteArray originalHash; ///< SHA-256 of the original file as the crashed session last knew it
    QDateTime savedAt;
    QStringList olderIds; ///< older recovery files of the same document, removed with this one
};

struct RecoveryScan
{
    QList<RecoveryEntry> entries;
    QStringList corrupt; ///< ids of recovery files that cannot be read
};

class RecoveryStore
{
public:
    /** @p directory defaults to the application's data location + "/recovery". */
    explicit RecoveryStore(const QString &directory = {});
    ~RecoveryStore();
    RecoveryStore(const RecoveryStore &) = delete;
    RecoveryStore &operator=(const RecoveryStore &) = delete;

    QString directory() const { return m_dir; }
    static QString defaultDirectory();

    /** Writes the document's recovery file atomically and locks it for this process. @p originalHash
     *  is the SHA-256 of the document's file as last opened or saved (empty if unknown). */
    bool save(const QString &id, const Document &document, const QByteArray &originalHash, QString *error);
    /** Removes the recovery file, its description and lock. */
    void remove(const QString &id);
    /** Keeps the files but releases this process' lock (a document closed while its file is kept). */
    void release(const QString &id);
    /** Takes over a recovered entry: its lock now belongs to this process. */
    void adopt(const QString &id);

    /** Entries left by processes that are gone (their lock is stale), newest readable per document. */
    RecoveryScan scan() const;
    QString archivePath(const QString &id) const;

private:
    QString path(const QString &id, const char *suffix) const;
    bool lock(const QString &id);

    QString m_dir;
    std::map<QString, std::unique_ptr<QLockFile>> m_locks;
};

} // namespace pw
