#pragma once

// One open document and what the editor knows about its file: the lock that tells a second instance
// the file is in use, the file's state on disk when it was opened or saved (modification time and
// SHA-256, to detect external changes), and the id of its recovery file.

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QString>

#include <memory>

class QLockFile;

namespace pw {

class Document;

class DocumentSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentSession)

public:
    explicit DocumentSession(std::unique_ptr<Document> document, QObject *parent = nullptr);
    ~DocumentSession() override;

    Document *document() const { return m_document.get(); }
    QString recoveryId() const { return m_recoveryId; }
    void setRecoveryId(const QString &id) { m_recoveryId = id; }

    /** Locks document()->fileName(). False if another process holds the lock: the session becomes
     *  read-only (saving goes to a new file) and so does the document, until the user chooses to edit
     *  anyway (Document::setReadOnly(false)). */
    bool lockFile();
    void unlockFile();
    bool isReadOnly() const { return m_readOnly; }

    /** Remembers the file's current state on disk. */
    void recordDiskState();
    /** True if the file on disk differs from the state recorded at open or save. */
    bool changedOnDisk() const;
    /** SHA-256 of the file as recorded at open or save; empty if unknown. */
    QByteArray diskHash() const { return m_diskHash; }

    /** The name shown in tabs: the file name; for new documents the plan title or "Untitled N". */
    QString displayName() const;
    void setUntitledNumber(int n) { m_untitledNumber = n; }
    /** The file name a save dialog proposes: the current one, else the plan title made safe for a
     *  file name (or "Untitled N"), with the .pwplan suffix. */
    QString suggestedFileName() const;

private:
    std::unique_ptr<Document> m_document;
    std::unique_ptr<QLockFile> m_lock;
    QString m_recoveryId;
    bool m_readOnly = false;
    QDateTime m_diskTime;
    qint64 m_diskSize = -1;
    QByteArray m_diskHash;
    int m_untitledNumber = 1;
};

/** SHA-256 of a file's bytes, read in chunks; empty if it cannot be read. */
QByteArray fileHash(const QString &path);

} // namespace pw
