// Opening a library: the connection, SQLite's health check and the rebuild of a damaged library.

#include "library.h"
#include "libraryschema.h"
#include "sqlutil.h"

#include "io/planfile.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace pw::library {
namespace {

QString uniqueConnectionName()
{
    static QAtomicInt counter;
    return u"pw-library-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

QString sourcesFile(const QString &sqlitePath)
{
    return sqlitePath + u".sources"_s;
}

} // namespace

bool SearchFilters::isEmpty() const
{
    return level.isEmpty() && region.isEmpty() && department.isEmpty() && indicator.isEmpty()
        && action.isEmpty();
}

Library::Library(const LibraryLocation &location, const QString &connectionName)
    : m_location(location)
    , m_connectionName(connectionName)
{
}

Library::~Library()
{
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::unique_ptr<Library> Library::open(
    const LibraryLocation &location, QString *error, const OpenOptions &options)
{
    std::unique_ptr<Library> library(new Library(location, uniqueConnectionName()));
    if (!library->openConnection(options, error)) {
        *error = u"%1: %2"_s.arg(location.displayName(), *error);
        return nullptr;
    }
    return library;
}

QString Library::libraryError(const QString &message) const
{
    if (message.contains(u"locked"_s, Qt::CaseInsensitive)
        || message.contains(u"busy"_s, Qt::CaseInsensitive))
        return QCoreApplication::translate(
            "pw::library", "the library is in use by another program (%1); try again when it has finished")
            .arg(message);
    if (message.contains(u"full"_s, Qt::CaseInsensitive) || message.contains(u"I/O"_s, Qt::CaseInsensitive))
        return QCoreApplication::translate("pw::library",
            "the library could not be written, is the disk full? (%1); no plan file was changed")
            .arg(message);
    return message;
}

bool Library::openConnection(const OpenOptions &options, QString *error)
{
    if (m_location.backend == LibraryLocation::Backend::Postgres) {
        m_db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_connectionName);
        m_db.setHostName(m_location.host);
        m_db.setPort(m_location.port);
        m_db.setDatabaseName(m_location.database);
        m_db.setUserName(m_location.user);
        if (!m_location.password.isEmpty())
            m_db.setPassword(m_location.password);
        m_db.setConnectOptions(u"connect_timeout=10"_s);
        if (!m_db.open()) {
            *error = sqlMessage(m_db.lastError());
            return false;
        }
        // An index that can always be rebuilt need not wait for the disk on every commit.
        if (!exec(m_db, u"SET synchronous_commit TO off"_s, {}, error)
            || !exec(m_db, u"SET client_min_messages TO warning"_s, {}, error))
            return false;
        if (!m_location.schema.isEmpty()) { // a whitelisted identifier (isPlainIdentifier)
            if (!exec(m_db, u"CREATE SCHEMA IF NOT EXISTS "_s + m_location.schema, {}, error)
                || !exec(m_db, u"SET search_path TO "_s + m_location.schema, {}, error))
                return false;
        }
        return migrate(m_db, m_location.backend, error);
    }

    const QFileInfo info(m_location.sqlitePath);
    if (!QDir().mkpath(info.absolutePath())) {
        *error = QCoreApplication::translate("pw::library", "cannot create the folder %1")
                     .arg(info.absolutePath());
        return false;
    }
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    m_db.setDatabaseName(m_location.sqlitePath);
    m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(options.busyTimeoutMs));
    if (!m_db.open()) {
        *error = sqlMessage(m_db.lastError());
        return false;
    }
    QString reason;
    if (!checkSqlite(&reason)) {
        if (reason.contains(u"locked"_s, Qt::CaseInsensitive)) {
            *error = libraryError(reason);
            return false;
        }
        return moveAsideAndRebuild(reason, options, error);
    }
    if (!exec(m_db, u"PRAGMA journal_mode = WAL"_s, {}, error)
        || !exec(m_db, u"PRAGMA synchronous = NORMAL"_s, {}, error)
        // The bigram index is written in random key order: a 64 MiB page cache keeps that off the disk.
        || !exec(m_db, u"PRAGMA cache_size = -65536"_s, {}, error)) {
        *error = libraryError(*error);
        return false;
    }
    if (!migrate(m_db, m_location.backend, error)) {
        *error = libraryError(*error);
        return false;
    }
    return true;
}

bool Library::checkSqlite(QString *reason)
{
    QSqlQuery query(m_db);
    if (!query.exec(u"PRAGMA quick_check"_s)) {
        *reason = sqlMessage(query.lastError());
        return false;
    }
    QStringList problems;
    while (query.next())
        problems << query.value(0).toString();
    if (problems != QStringList { u"ok"_s }) {
        *reason = problems.isEmpty()
            ? QCoreApplication::translate("pw::library", "the integrity check gave no answer")
            : problems.first();
        return false;
    }
    return true;
}

QStringList Library::storedSources()
{
    QStringList paths;
    QFile file(sourcesFile(m_location.sqlitePath));
    if (file.open(QIODevice::ReadOnly) && file.size() < (16 << 20)) {
        for (const QJsonValue &value : QJsonDocument::fromJson(file.readAll()).array())
            paths << value.toString();
    }
    QSqlQuery query(m_db);
    if (query.exec(u"SELECT path FROM sources"_s)) {
        while (query.next())
            paths << query.value(0).toString();
    }
    paths.removeAll(QString());
    paths.removeDuplicates();
    return paths;
}

bool Library::rememberSources(const QStringList &paths, QString *error)
{
    for (const QString &path : paths) {
        if (!exec(m_db, u"INSERT INTO sources (path) VALUES (?) ON CONFLICT (path) DO NOTHING"_s, { path },
                error))
            return false;
    }
    if (m_location.backend != LibraryLocation::Backend::Sqlite)
        return true;
    // Kept beside the file too, so a library damaged beyond reading can still be rebuilt.
    QSqlQuery query(m_db);
    QJsonArray all;
    if (query.exec(u"SELECT path FROM sources ORDER BY path"_s)) {
        while (query.next())
            all.append(query.value(0).toString());
    }
    return writeFileAtomically(sourcesFile(m_location.sqlitePath), QJsonDocument(all).toJson(), error);
}

bool Library::moveAsideAndRebuild(const QString &reason, const OpenOptions &options, QString *error)
{
    const QStringList sources = storedSources();
    m_db.close();
    const QString path = m_location.sqlitePath;
    const QString aside
        = u"%1.damaged-%2"_s.arg(path, QDateTime::currentDateTimeUtc().toString(u"yyyyMMddhhmmss"_s));
    if (!QFile::rename(path, aside)) {
        *error = QCoreApplication::translate(
            "pw::library", "the library is damaged (%1) and cannot be moved aside")
                     .arg(reason);
        return false;
    }
    QFile::rename(path + u"-wal"_s, aside + u"-wal"_s);
    QFile::remove(path + u"-shm"_s);
    if (!m_db.open()) {
        *error = sqlMessage(m_db.lastError());
        return false;
    }
    if (!exec(m_db, u"PRAGMA journal_mode = WAL"_s, {}, error) || !migrate(m_db, m_location.backend, error))
        return false;
    const IndexReport report = add(sources, options.rebuildProgress);
    if (!report.ok()) {
        *error = report.fatal;
        return false;
    }
    m_notices << QCoreApplication::translate("pw::library",
        "The library was damaged (%1). It was moved to %2 and rebuilt from %n "
        "plan file(s).",
        nullptr, report.added)
                     .arg(reason, QDir::toNativeSeparators(aside));
    m_notices << report.errors;
    return true;
}

} // namespace pw::library
