#pragma once

// Small helpers over Qt Sql: every value is bound as a parameter (never pasted into SQL text), errors become
// one line, and a transaction rolls back unless committed.

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace pw::library {

/** The driver's message for @p error as one line. */
QString sqlMessage(const class QSqlError &error);

/** Prepares @p sql, binds @p values in order and executes; false with @p error on failure. */
bool exec(QSqlDatabase &db, const QString &sql, const QVariantList &values, QString *error);
/** The same, keeping the query for reading rows. */
bool exec(QSqlQuery &query, const QString &sql, const QVariantList &values, QString *error);

/** A PostgreSQL array literal of @p values as text elements ({"a","b\"c"}): every element quoted, '\' and '"'
 *  escaped, so braces, commas, spaces and the word NULL stay text. The values must not contain NUL. */
QString postgresArrayLiteral(const QVariantList &values);

/** Inserts rows into @p table: @p values holds the rows one after the other, @p columns values each. On
 *  PostgreSQL one statement per call binds every column as one array (`SELECT * FROM unnest(…)`, @p pgTypes
 *  the element types); on SQLite multi-row VALUES statements. The SQL holds only placeholders. */
bool insertRows(QSqlDatabase &db, const QString &table, const QStringList &columns,
    const QStringList &pgTypes, const QVariantList &values, QString *error);

class Transaction
{
public:
    explicit Transaction(QSqlDatabase &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    bool commit(QString *error);

private:
    QSqlDatabase &m_db;
    bool m_open = false;
};

} // namespace pw::library
