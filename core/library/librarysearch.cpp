// Full-text search: candidate passages from the bigram index (every bigram of the query), confirmed by a
// substring test on the folded text, then filtered; one-character queries use the substring test alone.

#include "library.h"
#include "sqlutil.h"

#include "import/departmentnames.h"
#include "import/indicatorcatalog.h"
#include "review/indicatoraliases.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pw::library {
namespace {

constexpr int kMaxQueryLength = 64;
constexpr qsizetype kProbedBigrams = 4; ///< the substring test confirms the rest
constexpr int kRarityCap = 500; ///< passages counted per bigram to rank them: bounds the cost of the ranking

/** @p codes ordered by how many passages hold them (counted up to kRarityCap), rarest first. */
QList<qint64> rarestFirst(QSqlDatabase &db, QList<qint64> codes)
{
    if (codes.size() < 2)
        return codes;
    QStringList counts;
    QVariantList values;
    for (const qint64 code : codes) {
        counts << u"(SELECT COUNT(*) FROM (SELECT 1 FROM grams WHERE gram = ? LIMIT %1) c)"_s.arg(kRarityCap);
        values << code;
    }
    QSqlQuery query(db);
    QString error;
    if (!exec(query, u"SELECT "_s + counts.join(u", "_s), values, &error) || !query.next())
        return codes;
    QList<std::pair<qint64, qint64>> ranked;
    for (qsizetype i = 0; i < codes.size(); ++i)
        ranked.append({ query.value(int(i)).toLongLong(), codes[i] });
    std::stable_sort(
        ranked.begin(), ranked.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (qsizetype i = 0; i < codes.size(); ++i)
        codes[i] = ranked[i].second;
    return codes;
}

QString containsPattern(const QString &text)
{
    return u'%' + escapeLike(text) + u'%';
}

/** How the index may hold the indicator @p name: the canonical form of its name and of every alias the catalogue
 *  gives it (a user's alias names the spelling some plans write). */
QVariantList indicatorSpellings(QSqlDatabase &db, const QString &name)
{
    QStringList spellings { review::canonicalIndicator(name).name };
    QSqlQuery query(db);
    QString error;
    if (exec(query, u"SELECT alias FROM indicator_aliases WHERE indicator = ? ORDER BY alias LIMIT 64"_s, { name },
            &error)) {
        while (query.next())
            spellings << review::canonicalIndicator(query.value(0).toString()).name;
    }
    spellings.removeDuplicates();
    return QVariantList(spellings.begin(), spellings.end());
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

    QString sql = u"SELECT d.plan_id, p.title, p.file, d.node_id, d.path, d.title, d.body"_s;
    QVariantList values;
    QString order = u"d.id"_s;
    if (folded.size() >= 2) {
        // Walk the rarest bigram's passages in id order, probing the next rarest by primary key; with the
        // LIMIT a common word stops after the first hits instead of aggregating every passage of every
        // bigram.
        const QList<qint64> codes = rarestFirst(m_db, bigramCodes(folded));
        sql += u" FROM grams g JOIN docs d ON d.id = g.doc JOIN plans p ON p.id = d.plan_id WHERE g.gram = ?"_s;
        values << codes.first();
        for (qsizetype i = 1; i < std::min<qsizetype>(codes.size(), kProbedBigrams); ++i) {
            sql += u" AND EXISTS (SELECT 1 FROM grams o WHERE o.doc = g.doc AND o.gram = ?)"_s;
            values << codes[i];
        }
        order = u"g.doc"_s;
    } else {
        sql += u" FROM docs d JOIN plans p ON p.id = d.plan_id WHERE 1 = 1"_s;
    }
    // A 2-character query is its bigram: the substring test would only mislead PostgreSQL's estimates into
    // sorting every hit instead of stopping at the limit.
    if (folded.size() == 1 || folded.size() > 2) {
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
        // Any spelling of the indicator what was typed names, or any indicator whose name contains it (装机 →
        // 光伏装机容量).
        const QVariantList spellings = indicatorSpellings(m_db, name);
        const QStringList placeholders(spellings.size(), u"?"_s);
        sql += u" AND EXISTS (SELECT 1 FROM doc_indicators di WHERE di.doc = d.id AND (di.indicator IN ("_s
            + placeholders.join(u", "_s) + u") OR di.indicator LIKE ? ESCAPE '\\'))"_s;
        values << spellings << containsPattern(filters.indicator.trimmed());
    }
    sql += u" ORDER BY "_s + order + u" LIMIT ?"_s;
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
