// Reading the library: plan rows, families and the shared catalogues.

#include "library.h"
#include "sqlutil.h"

#include "import/departmentnames.h"
#include "import/indicatorcatalog.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pw::library {
namespace {

constexpr qsizetype kMaxIndicatorText = 100;

const QString kPlanColumns = u"id, file, title, issuer, doc_number, level, region, status, issue_date,"
                             " COALESCE(parent_id, 0), task_count, target_count"_s;

/** Bound as '' rather than NULL (the catalogue's columns are NOT NULL). */
QString nonNull(const QString &text)
{
    return text.isNull() ? u""_s : text;
}

PlanRow planRow(const QSqlQuery &q)
{
    return { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
        q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString(),
        q.value(8).toString(), q.value(9).toLongLong(), q.value(10).toInt(), q.value(11).toInt() };
}

std::optional<QList<PlanRow>> planRows(
    QSqlDatabase &db, const QString &where, const QVariantList &values, QString *error)
{
    QSqlQuery query(db);
    if (!exec(query, u"SELECT "_s + kPlanColumns + u" FROM plans "_s + where + u" ORDER BY id"_s, values,
            error))
        return std::nullopt;
    QList<PlanRow> rows;
    while (query.next())
        rows << planRow(query);
    return rows;
}

} // namespace

std::optional<QList<PlanRow>> Library::plans(QString *error)
{
    return planRows(m_db, QString(), {}, error);
}

std::optional<QList<PlanRow>> Library::children(qint64 parentId, QString *error)
{
    return planRows(m_db, u"WHERE parent_id = ?"_s, { parentId }, error);
}

std::optional<PlanRow> Library::findPlan(const QString &idFileOrTitle, QString *error)
{
    bool isNumber = false;
    const qint64 id = idFileOrTitle.toLongLong(&isNumber);
    auto rows = isNumber ? planRows(m_db, u"WHERE id = ?"_s, { id }, error)
                         : planRows(m_db, u"WHERE file = ? OR title = ?"_s,
                             { QFileInfo(idFileOrTitle).absoluteFilePath(), idFileOrTitle }, error);
    if (!rows)
        return std::nullopt;
    if (rows->isEmpty()) {
        *error
            = QCoreApplication::translate("pw::library", "no plan in the library is %1").arg(idFileOrTitle);
        return std::nullopt;
    }
    return rows->first();
}

std::optional<QList<DepartmentEntry>> Library::departments(QString *error)
{
    QSqlQuery query(m_db);
    if (!exec(query,
            u"SELECT d.dept_key, d.name, d.level, a.alias FROM departments d"
            " LEFT JOIN department_aliases a ON a.dept_key = d.dept_key ORDER BY d.name, a.alias"_s,
            {}, error))
        return std::nullopt;
    QList<DepartmentEntry> entries;
    QHash<QString, qsizetype> index;
    while (query.next()) {
        const QString key = query.value(0).toString();
        if (!index.contains(key)) {
            index.insert(key, entries.size());
            entries.append({ key, query.value(1).toString(), query.value(2).toString(), {}, 0 });
        }
        if (!query.value(3).isNull())
            entries[index.value(key)].aliases << query.value(3).toString();
    }
    if (!exec(query,
            u"SELECT dd.dept_key, COUNT(DISTINCT d.plan_id) FROM doc_departments dd"
            " JOIN docs d ON d.id = dd.doc GROUP BY dd.dept_key"_s,
            {}, error))
        return std::nullopt;
    while (query.next()) {
        if (index.contains(query.value(0).toString()))
            entries[index.value(query.value(0).toString())].plans = query.value(1).toInt();
    }
    return entries;
}

std::optional<QList<review::SharedCounterpart>> Library::sharedCounterparts(
    const QString &parentFile, const QString &childFile, QString *error)
{
    const QString parent = QFileInfo(parentFile).absoluteFilePath();
    QSqlQuery query(m_db);
    if (!exec(query,
            u"SELECT c.parent_department, c.child_department, c.branch_office, ch.title, ch.region,"
            " COALESCE(pa.region, ''), COALESCE(pa.file, '') FROM counterparts c"
            " JOIN plans ch ON ch.id = c.plan_id LEFT JOIN plans pa ON pa.id = ch.parent_id"
            " WHERE ch.file <> ? ORDER BY CASE WHEN pa.file = ? THEN 0 ELSE 1 END, ch.id, c.parent_department"
            " LIMIT 20000"_s,
            { QFileInfo(childFile).absoluteFilePath(), parent }, error))
        return std::nullopt;
    QList<review::SharedCounterpart> rows;
    while (query.next()) {
        review::SharedCounterpart s;
        s.row = { query.value(0).toString(), query.value(1).toString(), query.value(2).toInt() != 0, false, {} };
        s.childTitle = query.value(3).toString();
        s.childRegion = query.value(4).toString();
        s.parentRegion = query.value(5).toString();
        s.sameParent = query.value(6).toString() == parent;
        rows.append(s);
    }
    return rows;
}

std::optional<review::IndicatorAliases> Library::indicatorAliases(QString *error)
{
    QSqlQuery query(m_db);
    if (!exec(query, u"SELECT alias, indicator FROM indicator_aliases"_s, {}, error))
        return std::nullopt;
    review::IndicatorAliases aliases;
    while (query.next())
        aliases.insert(query.value(0).toString(), query.value(1).toString());
    return aliases;
}

std::optional<review::ReviewOptions> Library::reviewOptions(
    const QString &parentFile, const QString &childFile, QString *error)
{
    auto counterparts = sharedCounterparts(parentFile, childFile, error);
    auto aliases = counterparts ? indicatorAliases(error) : std::nullopt;
    if (!aliases)
        return std::nullopt;
    review::ReviewOptions options;
    options.sharedCounterparts = *counterparts;
    options.indicatorAliases = *aliases;
    return options;
}

std::optional<QList<IndicatorEntry>> Library::indicators(QString *error)
{
    QSqlQuery query(m_db);
    if (!exec(query,
            u"SELECT i.name, i.unit, i.category, i.builtin, a.alias FROM indicators i"
            " LEFT JOIN indicator_aliases a ON a.indicator = i.name ORDER BY i.name, a.alias"_s,
            {}, error))
        return std::nullopt;
    QList<IndicatorEntry> entries;
    while (query.next()) {
        if (entries.isEmpty() || entries.last().name != query.value(0).toString())
            entries.append({ query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                query.value(3).toInt() != 0, {} });
        if (!query.value(4).isNull())
            entries.last().aliases << query.value(4).toString();
    }
    return entries;
}

std::optional<QList<RecordedCounterpart>> Library::recordedCounterparts(QString *error)
{
    QSqlQuery query(m_db);
    if (!exec(query,
            u"SELECT c.parent_department, c.child_department, c.branch_office, p.title, p.file FROM counterparts c"
            " JOIN plans p ON p.id = c.plan_id ORDER BY c.parent_department, c.child_department, p.title"
            " LIMIT 20000"_s,
            {}, error))
        return std::nullopt;
    QList<RecordedCounterpart> rows;
    while (query.next()) {
        const QString parent = query.value(0).toString();
        const QString child = query.value(1).toString();
        rows.append({ parent, import::DepartmentNames::equivalenceKey(parent), child,
            import::DepartmentNames::equivalenceKey(child), query.value(2).toInt() != 0, query.value(3).toString(),
            query.value(4).toString() });
    }
    return rows;
}

QStringList splitAliases(const QString &text)
{
    static const QRegularExpression separators(u"[、,，;；\\n]"_s);
    QStringList aliases;
    for (const QString &part : text.split(separators)) {
        if (const QString alias = part.trimmed(); !alias.isEmpty() && !aliases.contains(alias))
            aliases << alias;
    }
    return aliases;
}

bool Library::addIndicator(const IndicatorEntry &indicator, QString *error)
{
    const QString name = indicator.name.trimmed();
    if (name.isEmpty()) {
        *error = QCoreApplication::translate("pw::library", "an indicator needs a name");
        return false;
    }
    QStringList aliases { name };
    for (const QString &alias : indicator.aliases) {
        if (!alias.trimmed().isEmpty())
            aliases << alias.trimmed();
    }
    for (const QString &text : std::as_const(aliases) + QStringList { indicator.unit, indicator.category }) {
        if (text.size() > kMaxIndicatorText
            || std::any_of(text.begin(), text.end(), [](QChar c) { return c.category() == QChar::Other_Control; })) {
            *error = QCoreApplication::translate(
                "pw::library", "an indicator's name, aliases, unit and category are single lines of at most %1 characters")
                         .arg(kMaxIndicatorText);
            return false;
        }
    }
    Transaction transaction(m_db);
    if (!exec(m_db,
            u"INSERT INTO indicators (name, unit, category, builtin) VALUES (?, ?, ?, 0)"
            " ON CONFLICT (name) DO NOTHING"_s,
            { name, nonNull(indicator.unit.trimmed()), nonNull(indicator.category.trimmed()) }, error))
        return false;
    QSqlQuery owner(m_db);
    for (const QString &alias : std::as_const(aliases)) {
        const QString normalized = IndicatorCatalog::normalizeName(alias);
        if (normalized.isEmpty())
            continue;
        if (!exec(owner, u"SELECT indicator FROM indicator_aliases WHERE alias = ?"_s, { normalized }, error))
            return false;
        if (owner.next() && owner.value(0).toString() != name) {
            *error = QCoreApplication::translate("pw::library", "“%1” already names the indicator %2")
                         .arg(alias, owner.value(0).toString());
            return false;
        }
        if (!exec(m_db,
                u"INSERT INTO indicator_aliases (alias, indicator) VALUES (?, ?)"
                " ON CONFLICT (alias) DO NOTHING"_s,
                { normalized, name }, error))
            return false;
    }
    return transaction.commit(error);
}

} // namespace pw::library
