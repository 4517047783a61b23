#pragma once

// The library's tables: an integer schema version in `meta` and one migration per version step, each run in
// a transaction, so a library is either at the old version or the new one. The SQL differs between SQLite and
// PostgreSQL only in the table options of the bigram index.

#include "librarylocation.h"

#include <QSqlDatabase>
#include <QString>

namespace pw::library {

inline constexpr int kSchemaVersion = 3;

/** Brings @p db to kSchemaVersion; false with @p error if a step fails (that step is rolled back) or the
 *  library is newer than this program. */
bool migrate(QSqlDatabase &db, LibraryLocation::Backend backend, QString *error);

/** Creates the bigram index's by-bigram b-tree if it is missing (dropped for a bulk add that did not finish). */
bool ensureSearchIndex(QSqlDatabase &db, QString *error);
/** Drops it: a bulk add appends rows and rebuilds it once, which is far cheaper than random b-tree inserts. */
bool dropSearchIndex(QSqlDatabase &db, QString *error);
/** After a bulk add: PostgreSQL's planner statistics for the library's tables (autovacuum would refresh them
 *  only later; until then it misjudges how many passages a bigram selects). SQLite plans without them. */
bool refreshStatistics(QSqlDatabase &db, QString *error);

/** The schema version stored in @p db; 0 for an empty database. */
int schemaVersion(QSqlDatabase &db);

} // namespace pw::library
