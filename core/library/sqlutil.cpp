#include "sqlutil.h"

#include <QSqlError>

#include <algorithm>

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

QString postgresArrayLiteral(const QVariantList &values)
{
    QString literal;
    literal.reserve(values.size() * 12 + 2);
    literal += u'{';
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i)
            literal += u',';
        literal += u'"';
        for (const QChar c : values[i].toString()) {
            if (c == u'"' || c == u'\\')
                literal += u'\\';
            literal += c;
        }
        literal += u'"';
    }
    literal += u'}';
    return literal;
}

bool insertRows(QSqlDatabase &db, const QString &table, const QStringList &columns,
    const QStringList &pgTypes, const QVariantList &values, QString *error)
{
    if (values.isEmpty())
        return true;
    const qsizetype width = columns.size();
    const QString head = u"INSERT INTO "_s + table + u" ("_s + columns.join(u", "_s) + u')';
    if (db.driverName() == u"QPSQL"_s) {
        // One round trip per table and plan instead of one per row; a plan of very long texts is sent in
        // parts of about kMaxStatementChars so that no statement grows without bound.
        constexpr qsizetype kMaxStatementChars = 4 << 20;
        QStringList casts;
        for (qsizetype c = 0; c < width; ++c)
            casts << u"CAST(? AS "_s + pgTypes[c] + u"[])"_s;
        const QString sql = head + u" SELECT * FROM unnest("_s + casts.join(u", "_s) + u')';
        const qsizetype rows = values.size() / width;
        for (qsizetype first = 0, last = 0; first < rows; first = last) {
            QList<QVariantList> part(width);
            for (qsizetype chars = 0; last < rows && (last == first || chars < kMaxStatementChars); ++last) {
                for (qsizetype c = 0; c < width; ++c) {
                    const QVariant &value = values[last * width + c];
                    chars += value.typeId() == QMetaType::QString ? value.toString().size() : 20;
                    part[c] << value;
                }
            }
            QVariantList arrays;
            for (const QVariantList &column : part)
                arrays << postgresArrayLiteral(column);
            if (!exec(db, sql, arrays, error))
                return false;
        }
        return true;
    }
    // Qt binds each value by a scan of all the statement's placeholders (quadratic): keep statements small.
    constexpr qsizetype kMaxBoundValues = 96;
    const qsizetype rowsPerStatement = std::max<qsizetype>(1, kMaxBoundValues / width);
    const QString row = u'(' + QStringList(width, u"?"_s).join(u',') + u')';
    for (qsizetype first = 0; first < values.size(); first += rowsPerStatement * width) {
        const qsizetype count = std::min(values.size() - first, rowsPerStatement * width);
        const QString sql = head + u" VALUES "_s + QStringList(count / width, row).join(u',');
        if (!exec(db, sql, values.mid(first, count), error))
            return false;
    }
    return true;
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
