// Indexing plan files: what changed is re-read, each plan is written in one transaction, families are linked.

#include "library.h"
#include "libraryschema.h"
#include "sqlutil.h"

#include "import/departmentnames.h"
#include "import/importer.h"
#include "io/planfile.h"
#include "model/plan.h"
#include "review/coverage.h"
#include "review/indicatoraliases.h"
#include "review/reviewstore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pw::library {
namespace {

constexpr qint64 kDocsPerPlan = 1'000'000; ///< doc id = plan id × kDocsPerPlan + passage number
// From this many files or bytes, and more than the library holds, an add is a bulk add.
constexpr qsizetype kBulkFiles = 50;
constexpr qint64 kBulkBytes = 1 << 20; // about 3,000 tasks of plan files

const QStringList kDocumentSuffixes { u"txt"_s, u"docx"_s, u"html"_s, u"htm"_s };

/** Never NULL, and without NUL, which PostgreSQL text cannot hold (a plan may: the format keeps any Unicode).
 */
QString storable(QString text)
{
    return text.isNull() ? u""_s : text.replace(QChar(0), QChar(0xFFFD));
}

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

/** The title of the node's action (or chapter) ancestor, the grouping the action filter selects by. */
QString actionTitle(const Node &node)
{
    for (const Node *n = &node; n && n->parent(); n = n->parent()) {
        if (n->content.kind == NodeKind::Action)
            return n->content.title;
    }
    const Node *top = &node;
    while (top->parent() && top->parent()->parent())
        top = top->parent();
    return top->content.title;
}

QString normalisedTitle(QString title)
{
    title.remove(u'《').remove(u'》');
    return foldForSearch(title);
}

QString normalisedDocNumber(const QString &doc)
{
    QString folded = foldForSearch(doc);
    folded.replace(u'[', u'〔').replace(u']', u'〕').replace(u'【', u'〔').replace(u'】', u'〕');
    return folded;
}

int levelRank(const QString &level)
{
    static const QStringList order { u"national"_s, u"province"_s, u"city"_s, u"county"_s, u"district"_s };
    const int rank = int(order.indexOf(level));
    return rank == 4 ? 3 : (rank < 0 ? 5 : rank);
}

/** Number of plans and total size of their files. */
std::pair<qint64, qint64> libraryExtent(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(u"SELECT COUNT(*), COALESCE(SUM(size), 0) FROM plans"_s) || !query.next())
        return { 0, 0 };
    return { query.value(0).toLongLong(), query.value(1).toLongLong() };
}

/** Deletes a plan and everything indexed from it (inside the caller's transaction). */
bool deletePlanRows(QSqlDatabase &db, qint64 id, QString *error)
{
    const QVariantList range { id * kDocsPerPlan, (id + 1) * kDocsPerPlan - 1 };
    return exec(db, u"DELETE FROM grams WHERE doc BETWEEN ? AND ?"_s, range, error)
        && exec(db, u"DELETE FROM doc_departments WHERE doc BETWEEN ? AND ?"_s, range, error)
        && exec(db, u"DELETE FROM doc_indicators WHERE doc BETWEEN ? AND ?"_s, range, error)
        && exec(db, u"DELETE FROM docs WHERE plan_id = ?"_s, { id }, error)
        && exec(db, u"DELETE FROM counterparts WHERE plan_id = ?"_s, { id }, error)
        && exec(db, u"DELETE FROM plans WHERE id = ?"_s, { id }, error);
}

} // namespace

bool isPlanFileName(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == u"pwplan"_s || kDocumentSuffixes.contains(suffix);
}

QStringList planFilesUnder(const QStringList &paths)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            QDirIterator it(
                info.absoluteFilePath(), QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString file = it.next();
                if (isPlanFileName(file))
                    files << QFileInfo(file).absoluteFilePath();
            }
        } else {
            files << info.absoluteFilePath();
        }
    }
    files.sort();
    files.removeDuplicates();
    return files;
}

std::optional<LoadedPlan> Library::loadPlan(const PlanRow &row, QString *error) const
{
    if (kDocumentSuffixes.contains(QFileInfo(row.file).suffix().toLower())) {
        import::ImportError importError;
        auto imported = import::importFile(row.file, &importError);
        if (!imported) {
            *error = importError.message;
            return std::nullopt;
        }
        LoadedPlan loaded;
        loaded.plan = std::move(imported->plan);
        return loaded;
    }
    return loadPlanFile(row.file, error);
}

std::shared_ptr<const LoadedPlan> Library::cachedPlan(const PlanRow &row, QString *error)
{
    // A family or two; a plan of 60 tasks takes some 100 KiB in memory.
    constexpr qsizetype kMaxCachedPlans = 64;
    const QFileInfo info(row.file);
    const qint64 mtime = info.lastModified().toMSecsSinceEpoch();
    const auto cached = m_planCache.constFind(row.file);
    if (cached != m_planCache.cend() && cached->mtime == mtime && cached->size == info.size())
        return cached->plan;
    auto loaded = loadPlan(row, error);
    if (!loaded) {
        m_planCache.remove(row.file);
        return nullptr;
    }
    if (m_planCache.size() >= kMaxCachedPlans)
        m_planCache.clear();
    auto plan = std::make_shared<const LoadedPlan>(std::move(*loaded));
    m_planCache.insert(row.file, { mtime, info.size(), plan });
    return plan;
}

IndexReport Library::add(const QStringList &paths, const Progress &progress)
{
    IndexReport report;
    QStringList absolute;
    for (const QString &path : paths) {
        if (!QFileInfo::exists(path))
            report.errors
                << QCoreApplication::translate("pw::library", "%1: no such file or folder").arg(path);
        else
            absolute << QFileInfo(path).absoluteFilePath();
    }
    QString error;
    if (!rememberSources(absolute, &error)) {
        report.fatal = libraryError(error);
        return report;
    }
    IndexReport indexed = indexFiles(planFilesUnder(absolute), progress);
    indexed.errors = report.errors + indexed.errors;
    return indexed;
}

IndexReport Library::refresh(const Progress &progress)
{
    IndexReport report;
    QString error;
    auto rows = plans(&error);
    if (!rows) {
        report.fatal = libraryError(error);
        return report;
    }
    for (const PlanRow &row : *rows) {
        if (QFileInfo::exists(row.file))
            continue;
        if (!removePlan(row.id, &error)) {
            report.fatal = libraryError(error);
            return report;
        }
        ++report.removed;
    }
    QStringList sources;
    for (const QString &source : storedSources()) {
        if (QFileInfo::exists(source))
            sources << source;
    }
    IndexReport indexed = indexFiles(planFilesUnder(sources), progress);
    indexed.removed += report.removed;
    return indexed;
}

IndexReport Library::indexFiles(const QStringList &files, const Progress &progress)
{
    IndexReport report;
    QString error;
    // Adding many or large plans at once: append without the by-bigram b-tree and build it once at the end
    // (random inserts into a b-tree larger than the page cache grow faster than the rows).
    qint64 bytes = 0;
    for (const QString &file : files)
        bytes += QFileInfo(file).size();
    const auto [plans, indexedBytes] = libraryExtent(m_db);
    const bool bulk = (files.size() >= kBulkFiles && files.size() > plans) || (bytes >= kBulkBytes && bytes > indexedBytes);
    if (bulk && !dropSearchIndex(m_db, &error)) {
        report.fatal = libraryError(error);
        return report;
    }
    auto finish = [&] {
        if (bulk && !(ensureSearchIndex(m_db, &error) && refreshStatistics(m_db, &error))
            && report.fatal.isEmpty())
            report.fatal = libraryError(error);
        return report;
    };
    for (qsizetype i = 0; i < files.size(); ++i) {
        if (progress && !progress(int(i), int(files.size()), files[i]))
            break;
        QString message;
        switch (indexFile(files[i], &message, &report.fatal)) {
        case IndexOutcome::Added:
            ++report.added;
            break;
        case IndexOutcome::Updated:
            ++report.updated;
            break;
        case IndexOutcome::Unchanged:
            ++report.unchanged;
            break;
        case IndexOutcome::Unreadable:
            report.errors << message;
            break;
        }
        if (!report.ok())
            return finish();
    }
    if (progress)
        progress(int(files.size()), int(files.size()), QString());
    if (!linkFamilies(&error))
        report.fatal = libraryError(error);
    return finish();
}

Library::IndexOutcome Library::indexFile(const QString &file, QString *message, QString *fatal)
{
    QSqlQuery known(m_db);
    QString error;
    if (!exec(known, u"SELECT id, mtime, size, hash FROM plans WHERE file = ?"_s, { file }, &error)) {
        *fatal = libraryError(error);
        return IndexOutcome::Unreadable;
    }
    const bool isKnown = known.next();
    const qint64 knownId = isKnown ? known.value(0).toLongLong() : 0;
    const QFileInfo info(file);
    const qint64 mtime = info.lastModified().toMSecsSinceEpoch();
    const qint64 size = info.size();
    if (isKnown && known.value(1).toLongLong() == mtime && known.value(2).toLongLong() == size)
        return IndexOutcome::Unchanged;
    const QString knownHash = isKnown ? known.value(3).toString() : QString();
    known.finish();

    auto unreadable = [&](const QString &reason) {
        *message = u"%1: %2"_s.arg(file, reason);
        // A plan that can no longer be read leaves the library rather than showing stale content.
        if (isKnown && !removePlan(knownId, &error))
            *fatal = libraryError(error);
        return IndexOutcome::Unreadable;
    };
    QFile input(file);
    if (!info.isFile() || !input.open(QIODevice::ReadOnly))
        return unreadable(info.exists() ? QCoreApplication::translate("pw::library", "cannot be read")
                                        : QCoreApplication::translate("pw::library", "no longer exists"));
    if (input.size() > (256 << 20))
        return unreadable(QCoreApplication::translate("pw::library", "larger than 256 MiB"));
    const QByteArray bytes = input.readAll();
    input.close();
    const QString hash = sha256(bytes);
    if (isKnown && hash == knownHash) {
        if (!exec(m_db, u"UPDATE plans SET mtime = ?, size = ? WHERE id = ?"_s, { mtime, size, knownId },
                &error))
            *fatal = libraryError(error);
        return IndexOutcome::Unchanged;
    }

    std::unique_ptr<Plan> plan;
    QString parentFile;
    QList<review::Counterpart> counterparts;
    if (kDocumentSuffixes.contains(info.suffix().toLower())) {
        import::ImportError importError;
        auto imported = import::importBytes(bytes, info.fileName(), &importError);
        if (!imported)
            return unreadable(importError.message);
        plan = std::move(imported->plan);
    } else {
        auto loaded = readPlanArchive(bytes, &error);
        if (!loaded)
            return unreadable(error);
        QStringList warnings;
        const review::ReviewState state = review::readReviewState(loaded->extraEntries, &warnings);
        if (!state.parent.path.isEmpty())
            parentFile = QFileInfo(info.absoluteDir(), state.parent.path).absoluteFilePath();
        counterparts = state.counterparts;
        plan = std::move(loaded->plan);
    }
    if (!writePlan(file, mtime, size, hash, *plan, parentFile, counterparts, &error)) {
        *fatal = libraryError(error);
        return IndexOutcome::Unreadable;
    }
    return isKnown ? IndexOutcome::Updated : IndexOutcome::Added;
}

bool Library::removePlan(qint64 id, QString *error)
{
    Transaction transaction(m_db);
    return deletePlanRows(m_db, id, error)
        && exec(m_db, u"UPDATE plans SET parent_id = NULL WHERE parent_id = ?"_s, { id }, error)
        && transaction.commit(error);
}

bool Library::writePlan(const QString &file, qint64 mtime, qint64 size, const QString &hash, const Plan &plan,
    const QString &parentFile, const QList<review::Counterpart> &counterparts, QString *error)
{
    Transaction transaction(m_db);
    QSqlQuery query(m_db);
    if (!exec(query, u"SELECT id FROM plans WHERE file = ?"_s, { file }, error))
        return false;
    qint64 id = 0;
    if (query.next()) {
        id = query.value(0).toLongLong();
        query.finish();
        if (!deletePlanRows(m_db, id, error))
            return false;
    } else {
        if (!exec(query, u"SELECT COALESCE(MAX(id), 0) + 1 FROM plans"_s, {}, error) || !query.next())
            return false;
        id = query.value(0).toLongLong();
        query.finish();
    }

    const PlanMetadata &m = plan.metadata;
    QStringList parentTitles, parentDocs;
    for (const ParentRef &ref : m.parentRefs) {
        parentTitles << ref.title;
        parentDocs << ref.docNumber;
    }
    if (!exec(m_db,
            u"INSERT INTO plans (id, file, mtime, size, hash, title, issuer, doc_number, level, region, "
            u"status,"
            " issue_date, parent_title, parent_doc, parent_file, parent_id, task_count, target_count)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)"_s,
            { id, file, mtime, size, hash, storable(m.title), storable(m.issuer), storable(m.docNumber),
                toKey(m.level), storable(m.region), toKey(m.status),
                storable(m.issueDate.isValid() ? m.issueDate.toString(Qt::ISODate) : QString()),
                storable(parentTitles.join(u'\n')), storable(parentDocs.join(u'\n')), storable(parentFile),
                int(review::parentTasks(plan).size()), int(plan.targets.size()) },
            error))
        return false;

    // Passages: the plan title, then every node with a title or text, in outline order.
    QHash<QUuid, qint64> docOfNode;
    QVariantList docs, grams, departments, indicators;
    qint64 seq = 0;
    auto addDoc = [&](const QUuid &nodeId, const QString &path, const QString &title, const QString &body,
                      const QString &action) {
        const qint64 doc = id * kDocsPerPlan + seq++;
        const QString folded = foldForSearch(QString(title + u'\n' + body));
        docs << doc << id << storable(nodeId.isNull() ? QString() : nodeId.toString(QUuid::WithoutBraces))
             << storable(path) << storable(title) << storable(body) << storable(foldForSearch(action))
             << storable(folded);
        QList<qint64> codes = bigramCodes(folded);
        std::sort(codes.begin(), codes.end()); // key order: the rows are appended to the b-tree
        for (const qint64 code : codes)
            grams << doc << code;
        return doc;
    };
    addDoc({}, QString(), m.title, QString(), QString());
    bool tooMany = false;
    plan.root().forEach([&](const Node *node) {
        if (node == &plan.root() || tooMany
            || (node->content.title.isEmpty() && node->content.text.isEmpty()))
            return;
        if (seq >= kDocsPerPlan) {
            tooMany = true;
            return;
        }
        const qint64 doc = addDoc(
            node->id(), review::nodePath(*node), node->content.title, node->content.text, actionTitle(*node));
        docOfNode.insert(node->id(), doc);
        QSet<QString> keys;
        for (const DepartmentRole role :
            { DepartmentRole::Lead, DepartmentRole::Support, DepartmentRole::Territorial }) {
            for (const QString &name : plan.departmentNames(node->content.departments(role)))
                keys.insert(import::DepartmentNames::equivalenceKey(name));
        }
        for (const QString &key : keys)
            departments << doc << storable(key);
    });
    QSet<QPair<qint64, QString>> seenIndicators;
    for (const Target &target : plan.targets) {
        const Indicator *indicator = plan.indicator(target.indicatorId);
        if (!indicator || !docOfNode.contains(target.nodeId))
            continue;
        const QPair<qint64, QString> key { docOfNode.value(target.nodeId),
            review::canonicalIndicator(indicator->name).name };
        if (!seenIndicators.contains(key)) {
            seenIndicators.insert(key);
            indicators << key.first << storable(key.second);
        }
    }
    const QString t = u"text"_s, n = u"bigint"_s;
    if (!insertRows(m_db, u"docs"_s,
            { u"id"_s, u"plan_id"_s, u"node_id"_s, u"path"_s, u"title"_s, u"body"_s, u"action"_s,
                u"folded"_s },
            { n, n, t, t, t, t, t, t }, docs, error)
        || !insertRows(m_db, u"grams"_s, { u"doc"_s, u"gram"_s }, { n, n }, grams, error)
        || !insertRows(m_db, u"doc_departments"_s, { u"doc"_s, u"dept_key"_s }, { n, t }, departments, error)
        || !insertRows(m_db, u"doc_indicators"_s, { u"doc"_s, u"indicator"_s }, { n, t }, indicators, error))
        return false;

    for (const review::Counterpart &c : counterparts) {
        if (!exec(m_db,
                u"INSERT INTO counterparts (plan_id, parent_department, child_department, branch_office)"
                " VALUES (?, ?, ?, ?) ON CONFLICT (plan_id, parent_department) DO NOTHING"_s,
                { id, storable(c.parentDepartment), storable(c.childDepartment), int(c.branchOffice) }, error))
            return false;
    }

    // The shared department catalogue: one entry per unit, every spelling seen as an alias.
    for (const Department &department : plan.departments) {
        const QString key = storable(import::DepartmentNames::equivalenceKey(department.name));
        if (key.isEmpty())
            continue;
        if (!exec(m_db,
                u"INSERT INTO departments (dept_key, name, level, kind) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (dept_key) DO NOTHING"_s,
                { key, storable(import::DepartmentNames::canonical(department.name)), toKey(department.level),
                    toKey(department.kind) },
                error))
            return false;
        QStringList aliases = department.aliases;
        aliases << department.name;
        for (const QString &alias : aliases) {
            if (!exec(m_db,
                    u"INSERT INTO department_aliases (alias, dept_key) VALUES (?, ?)"
                    " ON CONFLICT (alias) DO NOTHING"_s,
                    { storable(import::DepartmentNames::clean(alias)), key }, error))
                return false;
        }
    }
    return transaction.commit(error);
}

bool Library::linkFamilies(QString *error)
{
    struct Entry
    {
        qint64 id;
        QString level;
        QStringList parentTitles, parentDocs;
        QString parentFile;
        qint64 parentId;
    };
    QList<Entry> entries;
    QHash<QString, QList<qint64>> byTitle, byDoc;
    QHash<QString, qint64> byFile;
    QHash<qint64, QString> levelOf;
    QSqlQuery query(m_db);
    if (!exec(query,
            u"SELECT id, title, doc_number, level, parent_title, parent_doc, parent_file, parent_id, file"
            " FROM plans"_s,
            {}, error))
        return false;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        byTitle[normalisedTitle(query.value(1).toString())] << id;
        if (!query.value(2).toString().isEmpty())
            byDoc[normalisedDocNumber(query.value(2).toString())] << id;
        byFile.insert(query.value(8).toString(), id);
        levelOf.insert(id, query.value(3).toString());
        entries.append({ id, query.value(3).toString(), query.value(4).toString().split(u'\n'),
            query.value(5).toString().split(u'\n'), query.value(6).toString(), query.value(7).toLongLong() });
    }
    query.finish();
    for (const Entry &e : entries) {
        // The reviewer's link first; otherwise the cited plan of the lowest level above this one.
        qint64 parent = byFile.value(e.parentFile, 0);
        if (!parent) {
            QList<qint64> cited;
            for (qsizetype i = 0; i < e.parentTitles.size(); ++i) {
                if (i < e.parentDocs.size() && !e.parentDocs[i].isEmpty())
                    cited += byDoc.value(normalisedDocNumber(e.parentDocs[i]));
                if (!e.parentTitles[i].isEmpty())
                    cited += byTitle.value(normalisedTitle(e.parentTitles[i]));
            }
            int best = -1;
            for (const qint64 candidate : cited) {
                const int rank = levelRank(levelOf.value(candidate));
                if (candidate != e.id && rank < levelRank(e.level) && rank > best) {
                    best = rank;
                    parent = candidate;
                }
            }
        }
        if (parent == e.id)
            parent = 0;
        if (parent != e.parentId
            && !exec(m_db, u"UPDATE plans SET parent_id = ? WHERE id = ?"_s,
                { parent ? QVariant(parent) : QVariant(QMetaType(QMetaType::LongLong)), e.id }, error))
            return false;
    }
    return true;
}

} // namespace pw::library
