#include "documentsession.h"

#include "document/document.h"
#include "model/plan.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace pw {

DocumentSession::DocumentSession(std::unique_ptr<Document> document, QObject *parent)
    : QObject(parent)
    , m_document(std::move(document))
    , m_recoveryId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

DocumentSession::~DocumentSession() = default;

bool DocumentSession::lockFile()
{
    unlockFile();
    m_readOnly = false;
    m_document->setReadOnly(false);
    const QFileInfo info(m_document->fileName());
    if (m_document->fileName().isEmpty())
        return true;
    m_lock = std::make_unique<QLockFile>(info.absolutePath() + u"/.~lock."_s + info.fileName() + u'#');
    m_lock->setStaleLockTime(0); // only a dead owner makes the lock stale, never its age
    if (m_lock->tryLock(0))
        return true;
    const bool heldByOther = m_lock->error() == QLockFile::LockFailedError;
    m_lock.reset();
    m_readOnly = heldByOther; // an unwritable folder is no reason to refuse saving
    if (heldByOther)
        m_document->setReadOnly(true); // until the user chooses to edit anyway
    return !heldByOther;
}

void DocumentSession::unlockFile()
{
    m_lock.reset();
}

void DocumentSession::recordDiskState()
{
    const QFileInfo info(m_document->fileName());
    m_diskTime = info.exists() ? info.lastModified() : QDateTime();
    m_diskSize = info.exists() ? info.size() : -1;
    m_diskHash = info.exists() ? fileHash(info.filePath()) : QByteArray();
}

bool DocumentSession::changedOnDisk() const
{
    const QFileInfo info(m_document->fileName());
    if (m_document->fileName().isEmpty() || !info.exists())
        return false;
    if (info.lastModified() == m_diskTime && info.size() == m_diskSize)
        return false;
    return fileHash(info.filePath()) != m_diskHash;
}

QString DocumentSession::displayName() const
{
    if (m_document->fileName().isEmpty()) {
        const QString title = m_document->plan().metadata.title;
        if (!title.isEmpty()) // an imported plan is known by its title until it is saved
            return title.size() > 24 ? title.left(23) + u'…' : title;
        return tr("Untitled %1").arg(m_untitledNumber);
    }
    return QFileInfo(m_document->fileName()).fileName();
}

QString DocumentSession::suggestedFileName() const
{
    if (!m_document->fileName().isEmpty())
        return QFileInfo(m_document->fileName()).fileName();
    QString name;
    for (const QChar c : m_document->plan().metadata.title.simplified()) {
        if (c.category() != QChar::Other_Control && c.category() != QChar::Other_Format
            && !u"/\\:*?\"<>|"_s.contains(c))
            name += c;
    }
    name = name.trimmed().left(80);
    while (name.startsWith(u'.'))
        name.remove(0, 1);
    if (name.isEmpty())
        name = tr("Untitled %1").arg(m_untitledNumber);
    return name + u".pwplan"_s;
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return {};
    return hash.result();
}

} // namespace pw
