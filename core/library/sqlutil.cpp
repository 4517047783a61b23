#include "sqlutil.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace pw::library {

QString sqlMessage(const QSqlError &error)
{
    QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return text.simplified();
}

bool exec(QSqlQuery &query, const QString &sql, const QVariantList &values, QString *error)
{
    // Statements without values run directly: PostgreSQL cannot prepare DDL or SET.
    if (values.isEmpty()) {
        if (!query.exec(sql)) {
            *error = sqlMessage(query.lastError());
            return false;
        }
        return true;
    }
    if (!query.prepare(sql)) {
        *error = sqlMessage(query.lastError());
        return false;
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        *error = sqlMessage(query.lastError());
        return false;
    }
    return true;
}

bool exec(QSqlDatabase &db, const QString &sql, const QVariantList &values, QString *error)
{
    QSqlQuery query(db);
    return exec(query, sql, values, error);
}

Transaction::Transaction(QSqlDatabase &db)
    : m_db(db)
    , m_open(db.transaction())
{
}

Transaction::~Transaction()
{
    if (m_open)
        m_db.rollback();
}

bool Transaction::commit(QString *error)
{
    if (!m_open) {
        *error = sqlMessage(m_db.lastError());
        return false;
    }
    m_open = false;
    if (!m_db.commit()) {
        *error = sqlMessage(m_db.lastError());
        m_db.rollback();
        return false;
    }
    return true;
}

} // namespace pw::library
