#pragma once

// File ▸ Library: the plans of the library (sortable, filterable), their families, search as you type, the
// roll-up of a family with its chart and the shared catalogues of departments and indicators. All database work runs in a worker thread with its own connection, which
// also watches the plan files and folders while the window is open and re-indexes what changes.

#include "librarymetatypes.h"

#include <QMainWindow>
#include <QThread>
#include <QUuid>

class QChartView;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTabWidget;
class QTableView;
class QTableWidget;
class QTimer;
class QTreeWidget;

namespace pw {

class LibraryCataloguesTab;
class LibraryWorker;

class LibraryWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryWindow)

public:
    explicit LibraryWindow(const library::LibraryLocation &location, QWidget *parent = nullptr);
    ~LibraryWindow() override;

    /** The library location from the settings (library/location), else the default SQLite file. */
    static library::LibraryLocation configuredLocation();

    /** The library shown; its password (if one was asked) lives only here, in memory. */
    const library::LibraryLocation &location() const { return m_libraryLocation; }
    /** Closes the library shown and opens @p location in the worker. */
    void openLocation(const library::LibraryLocation &location);
    void addPaths(const QStringList &paths);
    bool isBusy() const;

    QTabWidget *tabs() const { return m_tabs; }
    QTableView *planView() const { return m_planView; }
    QLineEdit *planFilter() const { return m_planFilter; }
    QTreeWidget *families() const { return m_families; }
    QLineEdit *searchBox() const { return m_searchBox; }
    QComboBox *levelFilter() const { return m_level; }
    QLineEdit *departmentFilter() const { return m_department; }
    QTreeWidget *results() const { return m_results; }
    QComboBox *rollupParent() const { return m_rollupParent; }
    QTableWidget *rollupTable() const { return m_rollupTable; }
    QChartView *rollupChart() const { return m_rollupChart; }
    QPushButton *reviewButton() const { return m_review; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *settingsButton() const { return m_settings; }
    QPushButton *exportRollupButton() const { return m_exportRollup; }
    QPushButton *printRollupButton() const { return m_printRollup; }
    LibraryCataloguesTab *catalogues() const { return m_catalogues; }
    QLineEdit *indicatorFilter() const { return m_indicator; }
    const library::Rollup &rollup() const { return m_rollup; }
    /** Writes the roll-up shown: CSV for .csv, else the roll-up report (.pdf, .docx, .odt). */
    bool exportRollupTo(const QString &path, QString *error) const;

signals:
    /** Open @p file and show @p nodeId, or the node titled @p title in a document imported afresh (null id:
     *  just open it). */
    void openPlanAt(const QString &file, const QUuid &nodeId, const QString &title);
    /** With what the library adds to the review: counterparts other reviewers recorded, indicator aliases. */
    void reviewAgainstParent(
        const QString &parentFile, const QString &childFile, const pw::review::ReviewOptions &options);
    /** Watched plan files or folders changed on disk, and the library is being refreshed. */
    void changedOnDisk();

    // To the worker.
    void requestAdd(const QStringList &paths);
    void requestRefresh();
    void requestSearch(const QString &query, const pw::library::SearchFilters &filters, int generation);
    void requestRollup(qint64 parentId);
    void requestReviewOptions(const QString &parentFile, const QString &childFile);
    void requestAddIndicator(const pw::library::IndicatorEntry &indicator);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *createPlansTab();
    QWidget *createFamiliesTab();
    QWidget *createSearchTab();
    QWidget *createRollupTab();
    QWidget *createCataloguesTab();
    void retranslateUi();
    void showPlans(const QList<library::PlanRow> &plans);
    void showHits(const QList<library::SearchHit> &hits, int generation);
    void showRollup(const library::Rollup &rollup, const QStringList &warnings);
    void drawRollupChart(int row);
    void showIndexed(const library::IndexReport &report);
    void setBusy(bool busy);
    void scheduleSearch();
    void openSelectedResult();
    void reviewSelectedChild();
    void exportRollup();
    void editLocation();
    void openFailed(const QString &message);
    void printRollup();
    const library::PlanRow *plan(qint64 id) const;

    QThread m_thread;
    library::LibraryLocation m_libraryLocation;
    LibraryWorker *m_worker = nullptr;
    QList<library::PlanRow> m_planRows;
    library::Rollup m_rollup;
    QStringList m_rollupWarnings;
    int m_searchGeneration = 0;
    bool m_busy = false;

    QLabel *m_location = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_addFiles = nullptr;
    QPushButton *m_addFolder = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_settings = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_planFilter = nullptr;
    QStandardItemModel *m_plans = nullptr;
    QSortFilterProxyModel *m_planProxy = nullptr;
    QTableView *m_planView = nullptr;
    QTreeWidget *m_families = nullptr;
    QPushButton *m_review = nullptr;
    QLineEdit *m_searchBox = nullptr;
    QComboBox *m_level = nullptr;
    QLineEdit *m_region = nullptr;
    QLineEdit *m_department = nullptr;
    QLineEdit *m_indicator = nullptr;
    QLineEdit *m_action = nullptr;
    QTimer *m_searchTimer = nullptr;
    QTreeWidget *m_results = nullptr;
    QComboBox *m_rollupParent = nullptr;
    QTableWidget *m_rollupTable = nullptr;
    QChartView *m_rollupChart = nullptr;
    QPushButton *m_exportRollup = nullptr;
    QPushButton *m_printRollup = nullptr;
    LibraryCataloguesTab *m_catalogues = nullptr;
};

} // namespace pw
