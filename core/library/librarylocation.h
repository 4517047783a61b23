#pragma once

// Where a library lives: an SQLite file (the default, embedded) or a PostgreSQL database shared by an office,
// given as postgresql://user@host:port/database[?schema=name]. The password is never part of the location:
// it comes from PGPASSWORD or a prompt and is kept only in memory.

#include <QString>

#include <optional>

namespace pw::library {

struct LibraryLocation
{
    enum class Backend
    {
        Sqlite,
        Postgres
    };
    Backend backend = Backend::Sqlite;
    QString sqlitePath;
    QString host;
    int port = 5432;
    QString database;
    QString user;
    QString password; ///< in memory only
    QString schema; ///< PostgreSQL schema; empty = the user's default search path

    /** An SQLite path or a postgresql:// URL; std::nullopt with @p error for a malformed URL or a schema name
     *  that is not a plain identifier. A password in the URL is refused (it would end up in shell history).
     */
    static std::optional<LibraryLocation> parse(const QString &text, QString *error);
    /** The SQLite file under the user's data folder (QStandardPaths::AppDataLocation). */
    static LibraryLocation defaultLocation();
    /** For messages and the library/location setting: the path, or the URL without any password (parse()
     *  reads it back). */
    QString displayName() const;
};

/** True when a PostgreSQL connection failed because the server wants a password that was not given (or was
 *  wrong): then the GUI asks for one. */
bool needsPassword(const QString &connectionError);

/** True for a plain SQL identifier we accept for a schema: [a-z_][a-z0-9_]{0,62}. */
bool isPlainIdentifier(const QString &name);

} // namespace pw::library
