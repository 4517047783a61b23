// Full-text search: candidate passages from the bigram index (every bigram of the query), confirmed by a
// substring test on the folded text, then filtered; one-character queries use the substring test alone.

#include "library.h"
#include "sqlutil.h"

#include "import/departmentnames.h"
#include "import/indicatorcatalog.h"
#include "review/indicatoraliases.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace pw::library {
namespace {

constexpr int kMaxQueryLength = 64;

QString containsPattern(const QString &text)
{
    return u'%' + escapeLike(text) + u'%';
}

/** The catalogue's key for a name typed by the user, through the aliases the library has seen. */
QString lookup(QSqlDatabase &db, const QString &sql, const QString &alias, const QString &fallback)
{
    QSqlQuery query(db);
    QString error;
    if (exec(query, sql, { alias }, &error) && query.next())
        return query.value(0).toString();
    return fallback;
}

} // namespace

std::optional<QList<SearchHit>> Library::search(
    const QString &query, const SearchFilters &filters, int limit, QString *error)
{
    const QString folded = foldForSearch(query);
    if (folded.size() > kMaxQueryLength) {
        *error = QCoreApplication::translate("pw::library", "the search text is longer than %1 characters")
                     .arg(kMaxQueryLength);
        return std::nullopt;
    }
    if (folded.isEmpty() && filters.isEmpty())
        return QList<SearchHit> {};

    QString sql = u"SELECT d.plan_id, p.title, p.file, d.node_id, d.path, d.title, d.body"
                  " FROM docs d JOIN plans p ON p.id = d.plan_id WHERE 1 = 1"_s;
    QVariantList values;
    if (folded.size() >= 2) {
        const QList<qint64> codes = bigramCodes(folded);
        sql += u" AND d.id IN (SELECT doc FROM grams WHERE gram IN ("_s
            + QStringList(codes.size(), u"?"_s).join(u',') + u") GROUP BY doc HAVING COUNT(*) = ?)"_s;
        for (const qint64 code : codes)
            values << code;
        values << codes.size();
    }
    if (!folded.isEmpty()) {
        sql += u" AND d.folded LIKE ? ESCAPE '\\'"_s;
        values << containsPattern(folded);
    }
    if (!filters.level.isEmpty()) {
        sql += u" AND p.level = ?"_s;
        values << filters.level;
    }
    if (!filters.region.isEmpty()) {
        sql += u" AND p.region LIKE ? ESCAPE '\\'"_s;
        values << containsPattern(filters.region.trimmed());
    }
    if (!filters.action.isEmpty()) {
        sql += u" AND d.action LIKE ? ESCAPE '\\'"_s;
        values << containsPattern(foldForSearch(filters.action));
    }
    if (!filters.department.isEmpty()) {
        const QString key = lookup(m_db, u"SELECT dept_key FROM department_aliases WHERE alias = ?"_s,
            import::DepartmentNames::clean(filters.department),
            import::DepartmentNames::equivalenceKey(filters.department));
        sql += u" AND EXISTS (SELECT 1 FROM doc_departments dd WHERE dd.doc = d.id AND dd.dept_key = ?)"_s;
        values << key;
    }
    if (!filters.indicator.isEmpty()) {
        const QString name = lookup(m_db, u"SELECT indicator FROM indicator_aliases WHERE alias = ?"_s,
            IndicatorCatalog::normalizeName(filters.indicator),
            review::canonicalIndicator(filters.indicator).name);
        // The canonical name of what was typed, or any indicator whose name contains it (装机 →
        // 光伏装机容量).
        sql += u" AND EXISTS (SELECT 1 FROM doc_indicators di WHERE di.doc = d.id"
               " AND (di.indicator = ? OR di.indicator LIKE ? ESCAPE '\\'))"_s;
        values << review::canonicalIndicator(name).name << containsPattern(filters.indicator.trimmed());
    }
    sql += u" ORDER BY d.id LIMIT ?"_s;
    values << std::max(1, limit);

    QSqlQuery rows(m_db);
    rows.setForwardOnly(true);
    if (!exec(rows, sql, values, error)) {
        *error = libraryError(*error);
        return std::nullopt;
    }
    QList<SearchHit> hits;
    while (rows.next()) {
        SearchHit hit;
        hit.planId = rows.value(0).toLongLong();
        hit.planTitle = rows.value(1).toString();
        hit.file = rows.value(2).toString();
        hit.nodeId = QUuid::fromString(rows.value(3).toString());
        hit.path = rows.value(4).toString();
        hit.title = rows.value(5).toString();
        const QString body = rows.value(6).toString();
        hit.snippet = makeSnippet(body, query);
        if (hit.snippet.matchStart < 0 || body.isEmpty())
            hit.snippet = makeSnippet(hit.title, query);
        hits << hit;
    }
    return hits;
}

} // namespace pw::library
