#pragma once

// The plan library: an index (Qt Sql; SQLite by default, PostgreSQL for a shared library) of the plans a user
// works with. The plan files stay the source of truth: the library only reads them, and can always be rebuilt
// from them. One Library is one connection; use it from one thread (a worker thread opens its own).

#include "librarylocation.h"
#include "review/reviewengine.h"
#include "searchtext.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <functional>
#include <memory>
#include <optional>

namespace pw {
class Plan;
struct LoadedPlan;
} // namespace pw

namespace pw::library {

struct PlanRow
{
    qint64 id = 0;
    QString file;
    QString title;
    QString issuer;
    QString docNumber;
    QString level; ///< toKey(AdminLevel)
    QString region;
    QString status; ///< toKey(PlanStatus)
    QString issueDate; ///< YYYY-MM-DD or empty
    qint64 parentId = 0; ///< 0 when no plan of the library is its parent
    int taskCount = 0;
    int targetCount = 0;
};

struct SearchFilters
{
    QString level; ///< toKey(AdminLevel), exact
    QString region; ///< contained in the plan's region
    QString department; ///< any name or alias of a lead, supporting or territorial unit of the passage
    QString indicator; ///< any name or alias of an indicator with a target stated in the passage
    QString action; ///< contained in the title of the passage's action

    bool isEmpty() const;
};

struct SearchHit
{
    qint64 planId = 0;
    QString planTitle;
    QString file;
    QUuid nodeId; ///< null for a hit in the plan title
    QString path; ///< the node's ancestors, "三、重点任务 › （二）…"
    QString title;
    Snippet snippet;
};

struct IndexReport
{
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int removed = 0;
    QStringList errors; ///< one line per plan file that could not be read (it is skipped, never changed)
    QString fatal; ///< set when the library itself could not be written (locked, disk full); work stops
    bool ok() const { return fatal.isEmpty(); }
};

struct DepartmentEntry
{
    QString key;
    QString name;
    QString level;
    QStringList aliases;
    int plans = 0; ///< plans that assign tasks to it
};

struct IndicatorEntry
{
    QString name;
    QString unit;
    QString category;
    bool builtin = false;
    QStringList aliases;
};

/** A department counterpart a reviewer recorded in a child plan of the library (its review state). */
struct RecordedCounterpart
{
    QString parentDepartment; ///< as recorded, e.g. 市工业和信息化局
    QString parentKey; ///< DepartmentEntry::key of the parent department
    QString childDepartment; ///< e.g. 乙区科技工业信息化局
    QString childKey;
    bool branchOffice = false;
    QString planTitle; ///< the child plan whose reviewer recorded it
    QString planFile;
};

/** Called per plan file: return false to stop. */
using Progress = std::function<bool(int done, int total, const QString &file)>;

struct OpenOptions
{
    int busyTimeoutMs = 5000; ///< how long SQLite waits for another program's lock
    Progress rebuildProgress; ///< progress of a rebuild after the library was found damaged
};

class Library
{
public:
    /** Opens (creating and migrating as needed). A damaged SQLite library is moved aside and rebuilt from
     *  its plan files; notices() then says so. nullptr with @p error when it cannot be opened at all. */
    static std::unique_ptr<Library> open(
        const LibraryLocation &location, QString *error, const OpenOptions &options = {});
    ~Library();
    Library(const Library &) = delete;
    Library &operator=(const Library &) = delete;

    const LibraryLocation &location() const { return m_location; }
    /** Things the user should know about the opening (e.g. a rebuilt library). */
    QStringList notices() const { return m_notices; }

    /** Adds plan files (.pwplan, and .txt/.docx/.html imported in memory) and folders, recursively; files
     *  already indexed are re-indexed only if changed (mtime, size, then SHA-256). */
    IndexReport add(const QStringList &paths, const Progress &progress = {});
    /** Re-indexes changed plans, drops plans whose file is gone and adds new plan files in added folders. */
    IndexReport refresh(const Progress &progress = {});
    /** The files and folders added so far (what refresh() looks at). */
    QStringList sources() { return storedSources(); }

    std::optional<QList<PlanRow>> plans(QString *error);
    /** The plan by id, file path or exact title. */
    std::optional<PlanRow> findPlan(const QString &idFileOrTitle, QString *error);
    std::optional<QList<PlanRow>> children(qint64 parentId, QString *error);

    /** Full-text search over plan titles and the titles and texts of tasks; at most @p limit hits, in plan
     *  and outline order. An empty query with filters lists the passages the filters select. */
    std::optional<QList<SearchHit>> search(
        const QString &query, const SearchFilters &filters, int limit, QString *error);

    std::optional<QList<DepartmentEntry>> departments(QString *error);
    std::optional<QList<IndicatorEntry>> indicators(QString *error);
    /** The department counterparts reviewers recorded in the library's child plans, for reviewing
     *  @p childFile against @p parentFile: those recorded against the same parent first; @p childFile's own
     *  rows are left out (its review state holds them). */
    std::optional<QList<review::SharedCounterpart>> sharedCounterparts(
        const QString &parentFile, const QString &childFile, QString *error);
    /** Every spelling the indicator catalogue gives an indicator (built-in and the user's), for alignment. */
    std::optional<review::IndicatorAliases> indicatorAliases(QString *error);
    /** What the library adds to reviewing @p childFile against @p parentFile: the counterparts other
     *  reviewers recorded and the user's indicator aliases. */
    std::optional<review::ReviewOptions> reviewOptions(
        const QString &parentFile, const QString &childFile, QString *error);
    /** Every counterpart reviewers recorded in the library's plans, by parent department, child department
     *  and plan (the catalogue's cross-level view; at most 20,000 rows). */
    std::optional<QList<RecordedCounterpart>> recordedCounterparts(QString *error);
    /** Adds a user indicator (or aliases to an existing one) to the shared catalogue. Fails, adding nothing,
     *  when the name or an alias already names another indicator. */
    bool addIndicator(const IndicatorEntry &indicator, QString *error);

    /** Loads a plan of the library from its file (imported if it is a document). */
    std::optional<LoadedPlan> loadPlan(const PlanRow &row, QString *error) const;
    /** The same, kept in memory while the file keeps its modification time and size (the roll-up re-reads a
     *  family each time it is shown). */
    std::shared_ptr<const LoadedPlan> cachedPlan(const PlanRow &row, QString *error);

private:
    Library(const LibraryLocation &location, const QString &connectionName);
    bool openConnection(const OpenOptions &options, QString *error);
    bool checkSqlite(QString *reason);
    bool moveAsideAndRebuild(const QString &reason, const OpenOptions &options, QString *error);
    QStringList storedSources();
    bool rememberSources(const QStringList &paths, QString *error);
    IndexReport indexFiles(const QStringList &files, const Progress &progress);
    enum class IndexOutcome
    {
        Added,
        Updated,
        Unchanged,
        Unreadable
    };
    IndexOutcome indexFile(const QString &file, QString *message, QString *fatal);
    bool writePlan(const QString &file, qint64 mtime, qint64 size, const QString &hash, const Plan &plan,
        const QString &parentFile, const QList<review::Counterpart> &counterparts, QString *error);
    bool removePlan(qint64 id, QString *error);
    bool linkFamilies(QString *error);
    QString libraryError(const QString &sqlMessage) const;

    LibraryLocation m_location;
    QString m_connectionName;
    QSqlDatabase m_db;
    QStringList m_notices;
    struct CachedPlan
    {
        qint64 mtime = 0;
        qint64 size = 0;
        std::shared_ptr<const LoadedPlan> plan;
    };
    QHash<QString, CachedPlan> m_planCache; ///< by file
};

/** The plan files under @p paths: files as given (if readable plan formats) and folders recursively. */
QStringList planFilesUnder(const QStringList &paths);
/** True for the names of files the library indexes in folders (.pwplan and the importable documents). */
bool isPlanFileName(const QString &path);
/** The aliases in a list written with 、, commas or semicolons (full or half width) or one per line. */
QStringList splitAliases(const QString &text);

} // namespace pw::library
