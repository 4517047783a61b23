#pragma once

// The library's tables: an integer schema version in `meta` and one migration per version step, each run in
// a transaction, so a library is either at the old version or the new one. The SQL differs between SQLite and
// PostgreSQL only in the table options of the bigram index.

#include "librarylocation.h"

#include <QSqlDatabase>
#include <QString>

namespace pw::library {

inline constexpr int kSchemaVersion = 1;

/** Brings @p db to kSchemaVersion; false with @p error if a step fails (that step is rolled back) or the
 *  library is newer than this program. */
bool migrate(QSqlDatabase &db, LibraryLocation::Backend backend, QString *error);

/** The schema version stored in @p db; 0 for an empty database. */
int schemaVersion(QSqlDatabase &db);

} // namespace pw::library
