#include "libraryschema.h"

#include "sqlutil.h"

#include "import/indicatorcatalog.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace pw::library {
namespace {

using Backend = LibraryLocation::Backend;

QStringList version1(Backend backend)
{
    const QString withoutRowid = backend == Backend::Sqlite ? u" WITHOUT ROWID"_s : QString();
    return {
        u"CREATE TABLE plans (id BIGINT PRIMARY KEY, file TEXT NOT NULL UNIQUE, mtime BIGINT NOT NULL,"
        " size BIGINT NOT NULL, hash TEXT NOT NULL, title TEXT NOT NULL, issuer TEXT NOT NULL,"
        " doc_number TEXT NOT NULL, level TEXT NOT NULL, region TEXT NOT NULL, status TEXT NOT NULL,"
        " issue_date TEXT NOT NULL, parent_title TEXT NOT NULL, parent_doc TEXT NOT NULL,"
        " parent_file TEXT NOT NULL, parent_id BIGINT, task_count INTEGER NOT NULL,"
        " target_count INTEGER NOT NULL)"_s,
        u"CREATE INDEX plans_parent ON plans (parent_id)"_s,
        // One searchable passage per node (seq 0 is the plan title); id = plan id × kDocsPerPlan + seq.
        u"CREATE TABLE docs (id BIGINT PRIMARY KEY, plan_id BIGINT NOT NULL, node_id TEXT NOT NULL,"
        " path TEXT NOT NULL, title TEXT NOT NULL, body TEXT NOT NULL, action TEXT NOT NULL,"
        " folded TEXT NOT NULL)"_s,
        u"CREATE INDEX docs_plan ON docs (plan_id)"_s,
        u"CREATE TABLE grams (gram BIGINT NOT NULL, doc BIGINT NOT NULL, PRIMARY KEY (gram, doc))"_s
            + withoutRowid,
        u"CREATE TABLE doc_departments (doc BIGINT NOT NULL, dept_key TEXT NOT NULL,"
        " PRIMARY KEY (doc, dept_key))"_s,
        u"CREATE INDEX doc_departments_key ON doc_departments (dept_key)"_s,
        u"CREATE TABLE doc_indicators (doc BIGINT NOT NULL, indicator TEXT NOT NULL,"
        " PRIMARY KEY (doc, indicator))"_s,
        u"CREATE INDEX doc_indicators_name ON doc_indicators (indicator)"_s,
        u"CREATE TABLE departments (dept_key TEXT PRIMARY KEY, name TEXT NOT NULL, level TEXT NOT NULL,"
        " kind TEXT NOT NULL)"_s,
        u"CREATE TABLE department_aliases (alias TEXT PRIMARY KEY, dept_key TEXT NOT NULL)"_s,
        u"CREATE TABLE indicators (name TEXT PRIMARY KEY, unit TEXT NOT NULL, category TEXT NOT NULL,"
        " builtin INTEGER NOT NULL)"_s,
        u"CREATE TABLE indicator_aliases (alias TEXT PRIMARY KEY, indicator TEXT NOT NULL)"_s,
        // The paths the user added, so a corrupt SQLite library can be rebuilt (also kept beside the file).
        u"CREATE TABLE sources (path TEXT PRIMARY KEY)"_s,
    };
}

/** The bigram index clustered by passage, so a plan's rows are appended and deleted as one key range; search
 *  reads the secondary index by bigram (grams_gram, created by ensureSearchIndex). */
QStringList version2(Backend backend)
{
    const QString withoutRowid = backend == Backend::Sqlite ? u" WITHOUT ROWID"_s : QString();
    return {
        u"CREATE TABLE grams_v2 (doc BIGINT NOT NULL, gram BIGINT NOT NULL, PRIMARY KEY (doc, gram))"_s
            + withoutRowid,
        u"INSERT INTO grams_v2 (doc, gram) SELECT doc, gram FROM grams ORDER BY doc, gram"_s,
        u"DROP TABLE grams"_s,
        u"ALTER TABLE grams_v2 RENAME TO grams"_s,
    };
}

/** The department counterparts reviewers recorded in child plans (review/counterparts.json), shared with every
 *  review through the library. Plan files indexed before are read again at the next refresh. */
QStringList version3()
{
    return {
        u"CREATE TABLE counterparts (plan_id BIGINT NOT NULL, parent_department TEXT NOT NULL,"
        " child_department TEXT NOT NULL, branch_office INTEGER NOT NULL,"
        " PRIMARY KEY (plan_id, parent_department))"_s,
        u"UPDATE plans SET mtime = 0, hash = '' WHERE file LIKE '%.pwplan'"_s,
    };
}

bool seedIndicators(QSqlDatabase &db, QString *error)
{
    for (const CatalogEntry &entry : IndicatorCatalog::builtin().entries()) {
        if (!exec(db, u"INSERT INTO indicators (name, unit, category, builtin) VALUES (?, ?, ?, 1)"_s,
                { entry.name, entry.unit, entry.category }, error))
            return false;
        QStringList aliases = entry.aliases;
        aliases.prepend(entry.name);
        aliases.removeDuplicates();
        for (const QString &alias : aliases) {
            if (!exec(db,
                    u"INSERT INTO indicator_aliases (alias, indicator) VALUES (?, ?)"
                    " ON CONFLICT (alias) DO NOTHING"_s,
                    { IndicatorCatalog::normalizeName(alias), entry.name }, error))
                return false;
        }
    }
    return true;
}

bool setVersion(QSqlDatabase &db, int version, QString *error)
{
    return exec(db, u"UPDATE meta SET value = ? WHERE name = 'schema_version'"_s,
        { QString::number(version) }, error);
}

} // namespace

int schemaVersion(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(u"SELECT value FROM meta WHERE name = 'schema_version'"_s) || !query.next())
        return 0;
    return query.value(0).toInt();
}

bool migrate(QSqlDatabase &db, LibraryLocation::Backend backend, QString *error)
{
    {
        if (!exec(db, u"CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)"_s, {},
                error)
            || !exec(db,
                u"INSERT INTO meta (name, value) VALUES ('schema_version', '0')"
                " ON CONFLICT (name) DO NOTHING"_s,
                {}, error))
            return false;
    }
    const int current = schemaVersion(db);
    if (current > kSchemaVersion) {
        *error = QCoreApplication::translate(
            "pw::library", "the library has schema version %1; this Planwright knows up to %2")
                     .arg(current)
                     .arg(kSchemaVersion);
        return false;
    }
    for (int version = current + 1; version <= kSchemaVersion; ++version) {
        Transaction transaction(db);
        QStringList steps;
        if (version == 1)
            steps = version1(backend);
        else if (version == 2)
            steps = version2(backend);
        else if (version == 3)
            steps = version3();
        for (const QString &statement : steps) {
            if (!exec(db, statement, {}, error))
                return false;
        }
        if (version == 1 && !seedIndicators(db, error))
            return false;
        if (!setVersion(db, version, error) || !transaction.commit(error))
            return false;
    }
    return ensureSearchIndex(db, error);
}

bool ensureSearchIndex(QSqlDatabase &db, QString *error)
{
    return exec(db, u"CREATE INDEX IF NOT EXISTS grams_gram ON grams (gram, doc)"_s, {}, error);
}

bool refreshStatistics(QSqlDatabase &db, QString *error)
{
    if (db.driverName() != u"QPSQL"_s)
        return true;
    return exec(db, u"ANALYZE plans, docs, grams, doc_departments, doc_indicators"_s, {}, error);
}

bool dropSearchIndex(QSqlDatabase &db, QString *error)
{
    return exec(db, u"DROP INDEX IF EXISTS grams_gram"_s, {}, error);
}

} // namespace pw::library
