#pragma once

// The library's connection for the GUI, living in a worker thread so indexing and searching never block the
// window. Requests are queued slots; results come back as signals (queued to the GUI thread). While it is
// open it watches the indexed plan files and the added folders, and refreshes the library when they change.

#include "librarymetatypes.h"

#include <QHash>
#include <QObject>

#include <memory>

class QFileSystemWatcher;
class QTimer;

namespace pw {

class LibraryWorker final : public QObject
{
    Q_OBJECT

public:
    LibraryWorker();
    ~LibraryWorker() override;

public slots:
    void open(const pw::library::LibraryLocation &location);
    void add(const QStringList &paths);
    void refresh();
    void listPlans();
    void search(const QString &query, const pw::library::SearchFilters &filters, int generation);
    void rollup(qint64 parentId);
    void reviewOptions(const QString &parentFile, const QString &childFile);
    void listCatalogues();
    void addIndicator(const pw::library::IndicatorEntry &indicator);

signals:
    void opened(const QString &displayName, const QStringList &notices);
    void failed(const QString &message);
    void openFailed(const QString &message);
    void progress(int done, int total, const QString &file);
    void indexed(const pw::library::IndexReport &report);
    void plansListed(const QList<pw::library::PlanRow> &plans);
    void searched(const QList<pw::library::SearchHit> &hits, int generation);
    void rolledUp(const pw::library::Rollup &rollup, const QStringList &warnings);
    /** What the library adds to reviewing @p childFile against @p parentFile (Library::reviewOptions();
     *  the defaults when the library cannot say). */
    void reviewOptionsFound(
        const QString &parentFile, const QString &childFile, const pw::review::ReviewOptions &options);
    void cataloguesListed(const QList<pw::library::DepartmentEntry> &departments,
        const QList<pw::library::IndicatorEntry> &indicators,
        const QList<pw::library::RecordedCounterpart> &counterparts);
    /** The answer to addIndicator(): @p error is empty when @p name was saved (the catalogues are listed again). */
    void indicatorAdded(const QString &name, const QString &error);
    /** Plan files or watched folders changed on disk; a refresh starts. */
    void changedOnDisk();

private:
    library::Progress reporter();
    void finishIndexing(const library::IndexReport &report);
    void watch(const QList<library::PlanRow> &plans);
    void folderChanged(const QString &folder);
    void refreshAfterChange();

    std::unique_ptr<library::Library> m_library;
    QFileSystemWatcher *m_watcher = nullptr; ///< created in the worker thread
    QTimer *m_settle = nullptr; ///< waits for a burst of changes (a save, a copied folder) to end
    QHash<QString, QStringList> m_folderEntries; ///< plan files and subfolders of each watched folder
};

} // namespace pw
