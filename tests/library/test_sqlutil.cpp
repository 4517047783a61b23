// Set-based inserts (sqlutil): rows come back exactly as bound, on both backends, however long or hostile.

#include "libraryfixture.h"

#include "library/sqlutil.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace pw;
using namespace pw::library;
using pw::test::LibraryTest;

TEST_P(LibraryTest, InsertedRowsComeBackAsBoundEvenWhenSplitIntoSeveralStatements)
{
    const QString name = u"sqlutil"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(isSqlite() ? u"QSQLITE"_s : u"QPSQL"_s, name);
        if (isSqlite()) {
            db.setDatabaseName(m_location.sqlitePath);
        } else {
            db.setHostName(m_location.host);
            db.setPort(m_location.port);
            db.setDatabaseName(m_location.database);
            db.setUserName(m_location.user);
        }
        ASSERT_TRUE(db.open());
        QString error;
        ASSERT_TRUE(
            exec(db, u"CREATE TEMPORARY TABLE rows_t (id BIGINT NOT NULL, text TEXT NOT NULL)"_s, {}, &error))
            << qPrintable(error);
        // Three texts of 2.5 M characters: PostgreSQL gets them in more than one statement.
        const QStringList texts { u"\"}, {\\\\"_s, u"NULL"_s, u"'); DROP TABLE rows_t;--"_s, u""_s,
            u"𠀀😀é,\"\""_s, QString(2'500'000, u'光'), QString(2'500'000, u'\\'), QString(2'500'000, u'"') };
        QVariantList values;
        for (qsizetype i = 0; i < texts.size(); ++i)
            values << qint64(i) - 3 << texts[i];
        ASSERT_TRUE(
            insertRows(db, u"rows_t"_s, { u"id"_s, u"text"_s }, { u"bigint"_s, u"text"_s }, values, &error))
            << qPrintable(error);
        QSqlQuery query(db);
        ASSERT_TRUE(exec(query, u"SELECT id, text FROM rows_t ORDER BY id"_s, {}, &error))
            << qPrintable(error);
        QStringList read;
        while (query.next()) {
            EXPECT_EQ(query.value(0).toLongLong(), qint64(read.size()) - 3);
            read << query.value(1).toString();
        }
        EXPECT_EQ(read, texts);
    }
    QSqlDatabase::removeDatabase(name);
}
