#include "librarywindow.h"

#include "cataloguestab.h"
#include "librarylevels.h"
#include "librarysettingsdialog.h"
#include "libraryworker.h"

#include "io/filesafety.h"
#include "report/reportexport.h"
#include "report/reportlayout.h"
#include "report/rollupreport.h"
#include "tables/csv.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QCoreApplication>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace pw {
namespace {

enum PlanColumn
{
    Title,
    Issuer,
    Level,
    Region,
    Status,
    Date,
    Parent,
    Tasks,
    Targets,
    File,
    PlanColumns
};

constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kFileRole = Qt::UserRole + 2;
constexpr int kNodeRole = Qt::UserRole + 3;

QLineEdit *filterEdit(QWidget *parent, const QString &objectName)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setClearButtonEnabled(true);
    return edit;
}

} // namespace

library::LibraryLocation LibraryWindow::configuredLocation()
{
    const QString configured = QSettings().value(u"library/location"_s).toString();
    QString error;
    if (auto location = library::LibraryLocation::parse(configured, &error);
        location && !configured.isEmpty())
        return *location;
    return library::LibraryLocation::defaultLocation();
}

LibraryWindow::LibraryWindow(const library::LibraryLocation &location, QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(u"libraryWindow"_s);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    auto *bar = new QHBoxLayout;
    m_location = new QLabel(central);
    m_location->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_addFiles = new QPushButton(central);
    m_addFolder = new QPushButton(central);
    m_refresh = new QPushButton(central);
    m_settings = new QPushButton(central);
    m_settings->setObjectName(u"librarySettingsButton"_s);
    m_progress = new QProgressBar(central);
    m_progress->setObjectName(u"libraryProgress"_s);
    m_progress->setVisible(false);
    bar->addWidget(m_location, 1);
    bar->addWidget(m_progress);
    bar->addWidget(m_addFiles);
    bar->addWidget(m_addFolder);
    bar->addWidget(m_refresh);
    bar->addWidget(m_settings);
    layout->addLayout(bar);
    m_tabs = new QTabWidget(central);
    m_tabs->addTab(createPlansTab(), QString());
    m_tabs->addTab(createFamiliesTab(), QString());
    m_tabs->addTab(createSearchTab(), QString());
    m_tabs->addTab(createRollupTab(), QString());
    m_tabs->addTab(createCataloguesTab(), QString());
    layout->addWidget(m_tabs, 1);
    m_status = new QLabel(central);
    m_status->setObjectName(u"libraryStatus"_s);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    setCentralWidget(central);
    resize(1100, 700);

    connect(m_addFiles, &QPushButton::clicked, this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(
            this, tr("Add Plans"), {}, tr("Plans and plan documents (*.pwplan *.txt *.docx *.html *.htm)"));
        if (!files.isEmpty())
            addPaths(files);
    });
    connect(m_addFolder, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Add a Folder of Plans"));
        if (!dir.isEmpty())
            addPaths({ dir });
    });
    connect(m_refresh, &QPushButton::clicked, this, [this] {
        setBusy(true);
        emit requestRefresh();
    });
    connect(m_settings, &QPushButton::clicked, this, &LibraryWindow::editLocation);

    m_worker = new LibraryWorker;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(this, &LibraryWindow::requestAdd, m_worker, &LibraryWorker::add);
    connect(this, &LibraryWindow::requestRefresh, m_worker, &LibraryWorker::refresh);
    connect(this, &LibraryWindow::requestSearch, m_worker, &LibraryWorker::search);
    connect(this, &LibraryWindow::requestRollup, m_worker, &LibraryWorker::rollup);
    connect(this, &LibraryWindow::requestReviewOptions, m_worker, &LibraryWorker::reviewOptions);
    connect(m_worker, &LibraryWorker::reviewOptionsFound, this, &LibraryWindow::reviewAgainstParent);
    connect(m_worker, &LibraryWorker::opened, this, [this](const QString &name, const QStringList &notices) {
        m_location->setText(tr("Library: %1").arg(name));
        m_status->clear(); // a failed attempt before (no password yet) is over
        setBusy(false);
        if (!notices.isEmpty())
            QMessageBox::information(this, tr("Library"), notices.join(u'\n'));
    });
    connect(m_worker, &LibraryWorker::failed, this, [this](const QString &message) {
        setBusy(false);
        m_status->setText(tr("Library: %1").arg(message));
    });
    connect(m_worker, &LibraryWorker::openFailed, this, &LibraryWindow::openFailed);
    connect(m_worker, &LibraryWorker::changedOnDisk, this, [this] {
        setBusy(true);
        m_status->setText(tr("Plan files changed on disk; updating the library…"));
        emit changedOnDisk();
    });
    connect(m_worker, &LibraryWorker::progress, this, [this](int done, int total, const QString &) {
        m_progress->setMaximum(total);
        m_progress->setValue(done);
    });
    connect(m_worker, &LibraryWorker::indexed, this, &LibraryWindow::showIndexed);
    connect(m_worker, &LibraryWorker::plansListed, this, &LibraryWindow::showPlans);
    connect(m_worker, &LibraryWorker::searched, this, &LibraryWindow::showHits);
    connect(m_worker, &LibraryWorker::rolledUp, this, &LibraryWindow::showRollup);
    connect(this, &LibraryWindow::requestAddIndicator, m_worker, &LibraryWorker::addIndicator);
    connect(m_worker, &LibraryWorker::cataloguesListed, m_catalogues, &LibraryCataloguesTab::showCatalogues);
    connect(m_worker, &LibraryWorker::indicatorAdded, this, [this](const QString &name, const QString &error) {
        m_status->setText(error.isEmpty() ? tr("The indicator %1 was saved to the catalogue.").arg(name)
                                          : tr("The indicator %1 could not be saved: %2").arg(name, error));
        if (error.isEmpty())
            scheduleSearch(); // its new aliases may select other passages
    });
    m_thread.start();
    retranslateUi();
    openLocation(location);
}

void LibraryWindow::openLocation(const library::LibraryLocation &location)
{
    m_libraryLocation = location;
    m_location->setText(tr("Library: %1").arg(location.displayName()));
    setBusy(true);
    QMetaObject::invokeMethod(
        m_worker, "open", Qt::QueuedConnection, Q_ARG(pw::library::LibraryLocation, location));
}

void LibraryWindow::openFailed(const QString &message)
{
    setBusy(false);
    showPlans({}); // nothing of a library left open before stays on show
    m_catalogues->showCatalogues({}, {}, {});
    m_status->setText(tr("Library: %1").arg(message));
    if (m_libraryLocation.backend != library::LibraryLocation::Backend::Postgres || !library::needsPassword(message))
        return;
    if (const auto password = askLibraryPassword(this, m_libraryLocation)) {
        library::LibraryLocation withPassword = m_libraryLocation;
        withPassword.password = *password;
        openLocation(withPassword);
    }
}

void LibraryWindow::editLocation()
{
    LibrarySettingsDialog dialog(m_libraryLocation, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (const auto location = dialog.location(&error)) {
        LibrarySettingsDialog::save(*location);
        openLocation(*location);
    }
}

LibraryWindow::~LibraryWindow()
{
    m_thread.quit();
    m_thread.wait();
}

QWidget *LibraryWindow::createPlansTab()
{
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    m_planFilter = filterEdit(tab, u"planFilter"_s);
    m_plans = new QStandardItemModel(0, PlanColumns, tab);
    m_planProxy = new QSortFilterProxyModel(tab);
    m_planProxy->setSourceModel(m_plans);
    m_planProxy->setFilterKeyColumn(-1);
    m_planProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_planProxy->setSortRole(Qt::UserRole);
    m_planView = new QTableView(tab);
    m_planView->setObjectName(u"planView"_s);
    m_planView->setModel(m_planProxy);
    m_planView->setSortingEnabled(true);
    m_planView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_planView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_planView->horizontalHeader()->setSectionResizeMode(Title, QHeaderView::Stretch);
    m_planView->verticalHeader()->hide();
    connect(m_planFilter, &QLineEdit::textChanged, m_planProxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_planView, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit openPlanAt(index.siblingAtColumn(Title).data(kFileRole).toString(), {}, {});
    });
    layout->addWidget(m_planFilter);
    layout->addWidget(m_planView);
    return tab;
}

QWidget *LibraryWindow::createFamiliesTab()
{
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    m_families = new QTreeWidget(tab);
    m_families->setObjectName(u"families"_s);
    m_families->setColumnCount(3);
    m_families->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_review = new QPushButton(tab);
    m_review->setObjectName(u"reviewAgainstParent"_s);
    m_review->setEnabled(false);
    connect(m_families, &QTreeWidget::currentItemChanged, this,
        [this](QTreeWidgetItem *item) { m_review->setEnabled(item && item->parent()); });
    connect(m_families, &QTreeWidget::itemActivated, this,
        [this](QTreeWidgetItem *item) { emit openPlanAt(item->data(0, kFileRole).toString(), {}, {}); });
    connect(m_review, &QPushButton::clicked, this, &LibraryWindow::reviewSelectedChild);
    layout->addWidget(m_families);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_review);
    layout->addLayout(buttons);
    return tab;
}

QWidget *LibraryWindow::createSearchTab()
{
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    m_searchBox = filterEdit(tab, u"searchBox"_s);
    auto *filterRow = new QHBoxLayout;
    m_level = new QComboBox(tab);
    m_level->setObjectName(u"levelFilter"_s);
    m_region = filterEdit(tab, u"regionFilter"_s);
    m_department = filterEdit(tab, u"departmentFilter"_s);
    m_indicator = filterEdit(tab, u"indicatorFilter"_s);
    m_action = filterEdit(tab, u"actionFilter"_s);
    filterRow->addWidget(m_level);
    for (QLineEdit *edit : { m_region, m_department, m_indicator, m_action })
        filterRow->addWidget(edit, 1);
    m_results = new QTreeWidget(tab);
    m_results->setObjectName(u"results"_s);
    m_results->setColumnCount(3);
    m_results->setRootIsDecorated(false);
    m_results->setWordWrap(true);
    m_results->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(150);
    connect(m_searchTimer, &QTimer::timeout, this, [this] {
        const library::SearchFilters filters { m_level->currentData().toString(), m_region->text(),
            m_department->text(), m_indicator->text(), m_action->text() };
        emit requestSearch(m_searchBox->text(), filters, ++m_searchGeneration);
    });
    for (QLineEdit *edit : { m_searchBox, m_region, m_department, m_indicator, m_action })
        connect(edit, &QLineEdit::textChanged, this, &LibraryWindow::scheduleSearch);
    connect(m_level, &QComboBox::currentIndexChanged, this, &LibraryWindow::scheduleSearch);
    connect(m_results, &QTreeWidget::itemActivated, this, &LibraryWindow::openSelectedResult);
    layout->addWidget(m_searchBox);
    layout->addLayout(filterRow);
    layout->addWidget(m_results, 1);
    return tab;
}

QWidget *LibraryWindow::createRollupTab()
{
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    auto *top = new QHBoxLayout;
    m_rollupParent = new QComboBox(tab);
    m_rollupParent->setObjectName(u"rollupParent"_s);
    m_exportRollup = new QPushButton(tab);
    m_exportRollup->setObjectName(u"exportRollup"_s);
    m_printRollup = new QPushButton(tab);
    m_printRollup->setObjectName(u"printRollup"_s);
    for (QPushButton *button : { m_exportRollup, m_printRollup })
        button->setEnabled(false);
    top->addWidget(m_rollupParent, 1);
    top->addWidget(m_exportRollup);
    top->addWidget(m_printRollup);
    auto *splitter = new QSplitter(Qt::Vertical, tab);
    m_rollupTable = new QTableWidget(splitter);
    m_rollupTable->setObjectName(u"rollupTable"_s);
    m_rollupTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rollupTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rollupChart = new QChartView(splitter);
    m_rollupChart->setObjectName(u"rollupChart"_s);
    m_rollupChart->setRenderHint(QPainter::Antialiasing);
    m_rollupChart->setMinimumHeight(220);
    connect(m_rollupParent, &QComboBox::activated, this, [this] {
        if (!m_rollupParent->currentData().isNull())
            emit requestRollup(m_rollupParent->currentData().toLongLong());
    });
    connect(
        m_rollupTable, &QTableWidget::currentCellChanged, this, [this](int row) { drawRollupChart(row); });
    connect(m_exportRollup, &QPushButton::clicked, this, &LibraryWindow::exportRollup);
    connect(m_printRollup, &QPushButton::clicked, this, &LibraryWindow::printRollup);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    return tab;
}

QWidget *LibraryWindow::createCataloguesTab()
{
    m_catalogues = new LibraryCataloguesTab;
    connect(m_catalogues, &LibraryCataloguesTab::addIndicatorRequested, this, &LibraryWindow::requestAddIndicator);
    const auto searchFor = [this](QLineEdit *filter, const QString &name) {
        filter->setText(name);
        m_tabs->setCurrentIndex(2);
    };
    connect(m_catalogues, &LibraryCataloguesTab::searchDepartment, this,
        [this, searchFor](const QString &name) { searchFor(m_department, name); });
    connect(m_catalogues, &LibraryCataloguesTab::searchIndicator, this,
        [this, searchFor](const QString &name) { searchFor(m_indicator, name); });
    return m_catalogues;
}

void LibraryWindow::retranslateUi()
{
    setWindowTitle(tr("Plan Library"));
    m_location->setText(tr("Library: %1").arg(m_libraryLocation.displayName()));
    m_addFiles->setText(tr("Add Plans…"));
    m_addFolder->setText(tr("Add Folder…"));
    m_refresh->setText(tr("Refresh"));
    m_settings->setText(tr("Location…"));
    m_tabs->setTabText(0, tr("Plans"));
    m_tabs->setTabText(1, tr("Families"));
    m_tabs->setTabText(2, tr("Search"));
    m_tabs->setTabText(3, tr("Roll-up"));
    m_tabs->setTabText(4, tr("Catalogues"));
    m_catalogues->retranslateUi();
    m_planFilter->setPlaceholderText(tr("Filter plans by title, issuer, region…"));
    m_plans->setHorizontalHeaderLabels({ tr("Title"), tr("Issuer"), tr("Level"), tr("Region"), tr("Status"),
        tr("Date"), tr("Parent"), tr("Tasks"), tr("Targets"), tr("File") });
    m_families->setHeaderLabels({ tr("Plan"), tr("Level"), tr("Region") });
    m_review->setText(tr("Review Against Parent"));
    m_searchBox->setPlaceholderText(tr("Search tasks and titles, e.g. 屋顶光伏"));
    m_region->setPlaceholderText(tr("Region"));
    m_department->setPlaceholderText(tr("Department"));
    m_indicator->setPlaceholderText(tr("Indicator"));
    m_action->setPlaceholderText(tr("Action"));
    const int level = std::max(0, m_level->currentIndex());
    m_level->blockSignals(true);
    m_level->clear();
    m_level->addItem(tr("All levels"), QString());
    for (const QString &key : { u"province"_s, u"city"_s, u"county"_s, u"district"_s })
        m_level->addItem(libraryLevelName(key), key);
    m_level->setCurrentIndex(level);
    m_level->blockSignals(false);
    m_results->setHeaderLabels({ tr("Plan"), tr("Task"), tr("Passage") });
    m_exportRollup->setText(tr("Export…"));
    m_printRollup->setText(tr("Print…"));
    if (!m_rollup.rows.isEmpty() || !m_rollup.children.isEmpty())
        showRollup(m_rollup, {});
}

void LibraryWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void LibraryWindow::addPaths(const QStringList &paths)
{
    setBusy(true);
    emit requestAdd(paths);
}

bool LibraryWindow::isBusy() const
{
    return m_busy;
}

void LibraryWindow::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_progress->setRange(0, 0);
    for (QPushButton *button : { m_addFiles, m_addFolder, m_refresh, m_settings })
        button->setEnabled(!busy);
}

void LibraryWindow::showIndexed(const library::IndexReport &report)
{
    setBusy(false);
    QString text = tr("%1 added, %2 updated, %3 unchanged, %4 removed.")
                       .arg(report.added)
                       .arg(report.updated)
                       .arg(report.unchanged)
                       .arg(report.removed);
    if (!report.errors.isEmpty())
        text += u' ' + tr("Could not read: %1").arg(report.errors.join(u"; "_s));
    if (!report.ok())
        text += u' ' + report.fatal;
    m_status->setText(text);
    scheduleSearch();
}

const library::PlanRow *LibraryWindow::plan(qint64 id) const
{
    for (const library::PlanRow &row : m_planRows) {
        if (row.id == id)
            return &row;
    }
    return nullptr;
}

void LibraryWindow::showPlans(const QList<library::PlanRow> &plans)
{
    m_planRows = plans;
    m_plans->removeRows(0, m_plans->rowCount());
    for (const library::PlanRow &row : plans) {
        const library::PlanRow *parentRow = plan(row.parentId);
        QList<QStandardItem *> items;
        const QStringList texts { row.title, row.issuer, libraryLevelName(row.level), row.region, row.status,
            row.issueDate, parentRow ? parentRow->title : QString(), QString::number(row.taskCount),
            QString::number(row.targetCount), row.file };
        for (int column = 0; column < PlanColumns; ++column) {
            auto *item = new QStandardItem(texts[column]);
            item->setData(column == Tasks ? QVariant(row.taskCount)
                    : column == Targets   ? QVariant(row.targetCount)
                                          : QVariant(texts[column]),
                Qt::UserRole);
            items << item;
        }
        items[Title]->setData(row.file, kFileRole);
        items[Title]->setData(row.id, kIdRole);
        m_plans->appendRow(items);
    }
    m_planView->resizeColumnsToContents();

    m_families->clear();
    QHash<qint64, QTreeWidgetItem *> items;
    for (const library::PlanRow &row : plans) {
        auto *item = new QTreeWidgetItem({ row.title, libraryLevelName(row.level), row.region });
        item->setData(0, kFileRole, row.file);
        item->setData(0, kIdRole, row.id);
        items.insert(row.id, item);
    }
    for (const library::PlanRow &row : plans) {
        if (QTreeWidgetItem *parent = items.value(row.parentId))
            parent->addChild(items.value(row.id));
        else
            m_families->addTopLevelItem(items.value(row.id));
    }
    m_families->expandAll();

    const QVariant current = m_rollupParent->currentData();
    m_rollupParent->clear();
    for (const library::PlanRow &row : plans) {
        if (items.value(row.id)->childCount() > 0)
            m_rollupParent->addItem(
                tr("%1 (%n children)", nullptr, items.value(row.id)->childCount()).arg(row.title), row.id);
    }
    const int index = std::max(0, m_rollupParent->findData(current));
    m_rollupParent->setCurrentIndex(index);
    if (m_rollupParent->count() > 0)
        emit requestRollup(m_rollupParent->itemData(index).toLongLong());
}

void LibraryWindow::scheduleSearch()
{
    m_searchTimer->start();
}

void LibraryWindow::showHits(const QList<library::SearchHit> &hits, int generation)
{
    if (generation != m_searchGeneration)
        return; // a newer search is on its way
    m_results->clear();
    for (const library::SearchHit &hit : hits) {
        QString passage = hit.snippet.text;
        if (hit.snippet.matchStart >= 0)
            passage.insert(hit.snippet.matchStart + hit.snippet.matchLength, u'】')
                .insert(hit.snippet.matchStart, u'【');
        const QString where = hit.path.isEmpty() ? hit.title : hit.path + u" › "_s + hit.title;
        auto *item = new QTreeWidgetItem(m_results, { hit.planTitle, where, passage });
        item->setData(0, kFileRole, hit.file);
        item->setData(0, kNodeRole, hit.nodeId);
        item->setData(1, kNodeRole, hit.title);
        item->setToolTip(2, passage);
    }
    m_status->setText(tr("%n passage(s) found.", nullptr, int(hits.size())));
}

void LibraryWindow::openSelectedResult()
{
    if (QTreeWidgetItem *item = m_results->currentItem())
        emit openPlanAt(item->data(0, kFileRole).toString(), item->data(0, kNodeRole).toUuid(),
            item->data(1, kNodeRole).toString());
}

void LibraryWindow::reviewSelectedChild()
{
    QTreeWidgetItem *item = m_families->currentItem();
    if (item && item->parent())
        emit requestReviewOptions(
            item->parent()->data(0, kFileRole).toString(), item->data(0, kFileRole).toString());
}

void LibraryWindow::showRollup(const library::Rollup &rollup, const QStringList &warnings)
{
    m_rollup = rollup;
    m_rollupWarnings = warnings;
    for (QPushButton *button : { m_exportRollup, m_printRollup })
        button->setEnabled(true);
    const tables::Table table = library::rollupTable(rollup);
    m_rollupTable->clear();
    m_rollupTable->setRowCount(int(table.size()) - 1);
    m_rollupTable->setColumnCount(int(table.first().size()));
    m_rollupTable->setHorizontalHeaderLabels(table.first());
    for (int r = 1; r < table.size(); ++r) {
        for (int c = 0; c < table[r].size(); ++c)
            m_rollupTable->setItem(r - 1, c, new QTableWidgetItem(table[r][c]));
    }
    m_rollupTable->resizeColumnsToContents();
    if (!warnings.isEmpty())
        m_status->setText(warnings.join(u"; "_s));
    int chartRow = 0;
    for (int i = 0; i < rollup.rows.size(); ++i) {
        if (rollup.rows[i].additive) {
            chartRow = i;
            break;
        }
    }
    drawRollupChart(chartRow);
}

void LibraryWindow::drawRollupChart(int row)
{
    auto *chart = new QChart;
    if (row >= 0 && row < m_rollup.rows.size()) {
        const library::RollupRow &r = m_rollup.rows[row];
        chart->setTitle(tr("%1 %2 (%3)").arg(r.indicator).arg(r.year).arg(r.unit));
        auto *set = new QBarSet(r.indicator);
        QStringList categories { tr("Parent") };
        *set << r.parentNumber.value_or(0);
        for (int i = 0; i < r.children.size() && i < m_rollup.children.size(); ++i) {
            const library::RollupChild &child = m_rollup.children[i];
            categories << (child.region.isEmpty() ? child.title : child.region);
            *set << r.children[i].number.value_or(0);
        }
        if (r.childSum) {
            categories << tr("Sum of children");
            *set << *r.childSum;
        }
        auto *series = new QBarSeries;
        series->append(set);
        series->setLabelsVisible(true);
        chart->addSeries(series);
        auto *axisX = new QBarCategoryAxis;
        axisX->append(categories);
        chart->addAxis(axisX, Qt::AlignBottom);
        series->attachAxis(axisX);
        auto *axisY = new QValueAxis;
        chart->addAxis(axisY, Qt::AlignLeft);
        series->attachAxis(axisY);
        chart->legend()->hide();
    }
    QChart *old = m_rollupChart->chart();
    m_rollupChart->setChart(chart);
    delete old;
}

bool LibraryWindow::exportRollupTo(const QString &path, QString *error) const
{
    if (const QString problem = outputPathProblem(path); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    if (QFileInfo(path).suffix().compare(u"csv"_s, Qt::CaseInsensitive) == 0)
        return tables::saveCsv(path, library::rollupTable(m_rollup), error);
    return report::writeRollupReport(m_rollup, m_rollupWarnings, path, error);
}

void LibraryWindow::exportRollup()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Roll-up"), m_rollup.parentTitle + u".pdf"_s,
        tr("PDF (*.pdf);;Word document (*.docx);;OpenDocument text (*.odt);;CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (exportRollupTo(path, &error))
        m_status->setText(tr("The roll-up was saved as %1.").arg(QDir::toNativeSeparators(path)));
    else
        QMessageBox::warning(this, tr("Export Roll-up"), tr("The roll-up could not be written: %1").arg(error));
}

void LibraryWindow::printRollup()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setFullPage(true);
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
    printer.setDocName(m_rollup.parentTitle);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const report::ReportLayout layout(
        report::buildRollupReport(m_rollup, m_rollupWarnings), report::ReportFonts::detected());
    QString error;
    if (!layout.render(&printer, printer.outputFormat() == QPrinter::PdfFormat, &error))
        QMessageBox::warning(this, tr("Print"), tr("The roll-up could not be printed: %1").arg(error));
}

} // namespace pw
