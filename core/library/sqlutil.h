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
