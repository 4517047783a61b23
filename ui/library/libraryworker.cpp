#include "libraryworker.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QTimer>

namespace pw {
namespace {

constexpr qsizetype kMaxWatches = 8000; // inotify watches are a per-user resource shared with other programs

/** What of a folder matters to the library: its plan files and subfolders, by name. */
QStringList folderEntries(const QString &folder)
{
    QStringList names;
    const QFileInfoList entries = QDir(folder).entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QFileInfo &entry : entries) {
        if (entry.isDir() || library::isPlanFileName(entry.fileName()))
            names << entry.fileName();
    }
    names.sort();
    return names;
}

} // namespace

LibraryWorker::LibraryWorker()
{
    qRegisterMetaType<library::LibraryLocation>();
    qRegisterMetaType<library::SearchFilters>();
    qRegisterMetaType<library::IndexReport>();
    qRegisterMetaType<library::Rollup>();
    qRegisterMetaType<review::ReviewOptions>();
    qRegisterMetaType<QList<library::PlanRow>>();
    qRegisterMetaType<QList<library::SearchHit>>();
    qRegisterMetaType<library::IndicatorEntry>();
    qRegisterMetaType<QList<library::DepartmentEntry>>();
    qRegisterMetaType<QList<library::IndicatorEntry>>();
    qRegisterMetaType<QList<library::RecordedCounterpart>>();
}

LibraryWorker::~LibraryWorker() = default;

void LibraryWorker::open(const library::LibraryLocation &location)
{
    QString error;
    m_library.reset();
    library::OpenOptions options;
    options.rebuildProgress = reporter();
    m_library = library::Library::open(location, &error, options);
    if (!m_watcher) {
        m_watcher = new QFileSystemWatcher(this);
        m_settle = new QTimer(this);
        m_settle->setSingleShot(true);
        m_settle->setInterval(400);
        connect(m_watcher, &QFileSystemWatcher::fileChanged, m_settle, qOverload<>(&QTimer::start));
        connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &LibraryWorker::folderChanged);
        connect(m_settle, &QTimer::timeout, this, &LibraryWorker::refreshAfterChange);
    }
    watch({});
    if (!m_library) {
        emit openFailed(error);
        return;
    }
    emit opened(location.displayName(), m_library->notices());
    listPlans();
    listCatalogues();
}

void LibraryWorker::finishIndexing(const library::IndexReport &report)
{
    emit indexed(report);
    listPlans();
    listCatalogues(); // new plans bring departments and their spellings
}

library::Progress LibraryWorker::reporter()
{
    return [this](int done, int total, const QString &file) {
        emit progress(done, total, file);
        return true;
    };
}

void LibraryWorker::add(const QStringList &paths)
{
    if (m_library)
        finishIndexing(m_library->add(paths, reporter()));
}

void LibraryWorker::refresh()
{
    if (m_library)
        finishIndexing(m_library->refresh(reporter()));
}

void LibraryWorker::listPlans()
{
    QString error;
    auto plans = m_library ? m_library->plans(&error) : std::nullopt;
    if (plans) {
        emit plansListed(*plans);
        watch(*plans);
    }
    else if (m_library)
        emit failed(error);
}

void LibraryWorker::watch(const QList<library::PlanRow> &plans)
{
    if (const QStringList watched = m_watcher->files() + m_watcher->directories(); !watched.isEmpty())
        m_watcher->removePaths(watched);
    m_folderEntries.clear();
    if (!m_library)
        return;
    // The folders added, with their subfolders (new plan files appear there), and each plan's own folder
    // (a save that replaces the file by renaming shows there).
    QStringList folders;
    for (const QString &source : m_library->sources()) {
        if (!QFileInfo(source).isDir())
            continue;
        folders << source;
        QDirIterator it(source, QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext() && folders.size() < kMaxWatches)
            folders << it.next();
    }
    QStringList files;
    for (const library::PlanRow &plan : plans) {
        files << plan.file;
        folders << QFileInfo(plan.file).absolutePath();
    }
    folders.removeDuplicates();
    folders = folders.mid(0, kMaxWatches);
    for (const QString &folder : std::as_const(folders))
        m_folderEntries.insert(folder, folderEntries(folder));
    files = files.mid(0, kMaxWatches - folders.size());
    for (const QStringList &paths : { folders, files }) {
        if (!paths.isEmpty())
            m_watcher->addPaths(paths);
    }
}

void LibraryWorker::folderChanged(const QString &folder)
{
    // The library's own files (an SQLite library and its journal may sit in a watched folder) change on every
    // write: only a plan file or a subfolder coming or going counts.
    if (folderEntries(folder) != m_folderEntries.value(folder))
        m_settle->start();
}

void LibraryWorker::refreshAfterChange()
{
    if (!m_library)
        return;
    emit changedOnDisk();
    finishIndexing(m_library->refresh(reporter()));
}

void LibraryWorker::search(const QString &query, const library::SearchFilters &filters, int generation)
{
    if (!m_library)
        return;
    QString error;
    auto hits = m_library->search(query, filters, 300, &error);
    emit searched(hits.value_or(QList<library::SearchHit> {}), generation);
}

void LibraryWorker::rollup(qint64 parentId)
{
    if (!m_library)
        return;
    QString error;
    auto parent = m_library->findPlan(QString::number(parentId), &error);
    QStringList warnings;
    auto result = parent ? library::rollupFamily(*m_library, *parent, &warnings, &error) : std::nullopt;
    if (!result) {
        emit failed(error);
        return;
    }
    emit rolledUp(*result, warnings);
}

void LibraryWorker::reviewOptions(const QString &parentFile, const QString &childFile)
{
    QString error;
    auto options = m_library ? m_library->reviewOptions(parentFile, childFile, &error) : std::nullopt;
    if (m_library && !options)
        emit failed(error); // the review opens all the same, with the rules alone
    emit reviewOptionsFound(parentFile, childFile, options.value_or(review::ReviewOptions {}));
}

void LibraryWorker::listCatalogues()
{
    if (!m_library)
        return;
    QString error;
    auto departments = m_library->departments(&error);
    auto indicators = departments ? m_library->indicators(&error) : std::nullopt;
    auto counterparts = indicators ? m_library->recordedCounterparts(&error) : std::nullopt;
    if (!counterparts) {
        emit failed(error);
        return;
    }
    emit cataloguesListed(*departments, *indicators, *counterparts);
}

void LibraryWorker::addIndicator(const library::IndicatorEntry &indicator)
{
    if (!m_library) {
        emit indicatorAdded(indicator.name, tr("no library is open"));
        return;
    }
    QString error;
    if (!m_library->addIndicator(indicator, &error)) {
        emit indicatorAdded(indicator.name, error);
        return;
    }
    emit indicatorAdded(indicator.name, {});
    listCatalogues();
}

} // namespace pw
