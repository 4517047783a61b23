#include "cataloguestab.h"

#include "indicatordialog.h"
#include "librarylevels.h"

#include "import/indicatorcatalog.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pw {
namespace {

enum DepartmentColumn
{
    DepartmentName,
    DepartmentLevel,
    DepartmentAliases,
    DepartmentPlans,
    DepartmentCounterparts,
    DepartmentColumns
};

enum IndicatorColumn
{
    IndicatorName,
    IndicatorUnit,
    IndicatorCategory,
    IndicatorSource,
    IndicatorAliases,
    IndicatorColumns
};

constexpr int kEntryRole = Qt::UserRole + 1; ///< index of the row's entry in the list shown
const QString kListSeparator = u"、"_s;

/** A sortable table over @p model with a filter box on every column, in @p box. */
QTableView *filteredTable(QGroupBox *box, QLineEdit **filter, QStandardItemModel *model,
    QSortFilterProxyModel **proxy, const QString &objectName)
{
    auto *layout = new QVBoxLayout(box);
    *filter = new QLineEdit(box);
    (*filter)->setObjectName(objectName + u"Filter"_s);
    (*filter)->setClearButtonEnabled(true);
    *proxy = new QSortFilterProxyModel(box);
    (*proxy)->setSourceModel(model);
    (*proxy)->setFilterKeyColumn(-1);
    (*proxy)->setFilterCaseSensitivity(Qt::CaseInsensitive);
    (*proxy)->setSortRole(Qt::UserRole);
    auto *view = new QTableView(box);
    view->setObjectName(objectName + u"View"_s);
    view->setModel(*proxy);
    view->setSortingEnabled(true);
    view->sortByColumn(0, Qt::AscendingOrder);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->horizontalHeader()->setStretchLastSection(true);
    view->verticalHeader()->hide();
    QObject::connect(*filter, &QLineEdit::textChanged, *proxy, &QSortFilterProxyModel::setFilterFixedString);
    layout->addWidget(*filter);
    layout->addWidget(view, 1);
    return view;
}

/** A row of items showing @p texts, sorted by @p sortValues where given (else by the text). */
QList<QStandardItem *> rowItems(const QStringList &texts, const QHash<int, QVariant> &sortValues = {})
{
    QList<QStandardItem *> items;
    for (int column = 0; column < texts.size(); ++column) {
        auto *item = new QStandardItem(texts[column]);
        item->setData(sortValues.value(column, texts[column]), Qt::UserRole);
        items << item;
    }
    return items;
}

/** The spellings among @p aliases other than @p name itself. */
QStringList otherSpellings(const QStringList &aliases, const QString &name)
{
    const QString normalized = IndicatorCatalog::normalizeName(name);
    QStringList others;
    for (const QString &alias : aliases) {
        if (alias != name && alias != normalized)
            others << alias;
    }
    return others;
}

} // namespace

LibraryCataloguesTab::LibraryCataloguesTab(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"catalogues"_s);
    auto *layout = new QVBoxLayout(this);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_departmentBox = new QGroupBox(splitter);
    m_departments = new QStandardItemModel(0, DepartmentColumns, this);
    m_departmentView = filteredTable(
        m_departmentBox, &m_departmentFilter, m_departments, &m_departmentProxy, u"departmentCatalogue"_s);
    m_indicatorBox = new QGroupBox(splitter);
    m_indicatorModel = new QStandardItemModel(0, IndicatorColumns, this);
    m_indicatorView = filteredTable(
        m_indicatorBox, &m_indicatorFilter, m_indicatorModel, &m_indicatorProxy, u"indicatorCatalogue"_s);
    m_addIndicator = new QPushButton(m_indicatorBox);
    m_addIndicator->setObjectName(u"addIndicator"_s);
    m_addAliases = new QPushButton(m_indicatorBox);
    m_addAliases->setObjectName(u"addIndicatorAliases"_s);
    m_addAliases->setEnabled(false);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_addAliases);
    buttons->addWidget(m_addIndicator);
    static_cast<QVBoxLayout *>(m_indicatorBox->layout())->addLayout(buttons);
    layout->addWidget(splitter);

    connect(m_addIndicator, &QPushButton::clicked, this, &LibraryCataloguesTab::addIndicator);
    connect(m_addAliases, &QPushButton::clicked, this, &LibraryCataloguesTab::addAliases);
    connect(m_indicatorView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this] { m_addAliases->setEnabled(currentIndicator()); });
    connect(m_departmentView, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit searchDepartment(index.siblingAtColumn(DepartmentName).data().toString());
    });
    connect(m_indicatorView, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit searchIndicator(index.siblingAtColumn(IndicatorName).data().toString());
    });
    for (QSortFilterProxyModel *proxy : { m_departmentProxy, m_indicatorProxy }) {
        connect(proxy, &QSortFilterProxyModel::rowsInserted, this, &LibraryCataloguesTab::updateTitles);
        connect(proxy, &QSortFilterProxyModel::rowsRemoved, this, &LibraryCataloguesTab::updateTitles);
        connect(proxy, &QSortFilterProxyModel::layoutChanged, this, &LibraryCataloguesTab::updateTitles);
    }
    retranslateUi();
}

void LibraryCataloguesTab::showCatalogues(const QList<library::DepartmentEntry> &departments,
    const QList<library::IndicatorEntry> &indicators, const QList<library::RecordedCounterpart> &counterparts)
{
    m_departmentEntries = departments;
    m_indicators = indicators;
    m_counterparts = counterparts;
    fill();
}

void LibraryCataloguesTab::fill()
{
    // A department's counterparts, seen from either level.
    QHash<QString, QStringList> recorded, details;
    for (const library::RecordedCounterpart &c : std::as_const(m_counterparts)) {
        const auto add = [&](const QString &key, const QString &other) {
            recorded[key]
                << (c.branchOffice ? tr("%1 (branch office; %2)") : tr("%1 (%2)")).arg(other, c.planTitle);
            details[key]
                << tr("%1 → %2, recorded in %3").arg(c.parentDepartment, c.childDepartment, c.planTitle);
        };
        add(c.parentKey, c.childDepartment);
        if (c.childKey != c.parentKey)
            add(c.childKey, c.parentDepartment);
    }
    m_departments->removeRows(0, m_departments->rowCount());
    for (const library::DepartmentEntry &d : std::as_const(m_departmentEntries)) {
        QList<QStandardItem *> items
            = rowItems({ d.name, d.level == u"other"_s ? QString() : libraryLevelName(d.level),
                           otherSpellings(d.aliases, d.name).join(kListSeparator), QString::number(d.plans),
                           recorded.value(d.key).join(u"；"_s) },
                { { DepartmentPlans, d.plans } });
        items[DepartmentCounterparts]->setToolTip(details.value(d.key).join(u'\n'));
        items[DepartmentAliases]->setToolTip(items[DepartmentAliases]->text());
        m_departments->appendRow(items);
    }
    const QString current = m_indicatorView->currentIndex().siblingAtColumn(IndicatorName).data().toString();
    m_indicatorModel->removeRows(0, m_indicatorModel->rowCount());
    for (qsizetype i = 0; i < m_indicators.size(); ++i) {
        const library::IndicatorEntry &entry = m_indicators[i];
        QList<QStandardItem *> items = rowItems(
            { entry.name, entry.unit, entry.category, entry.builtin ? tr("Built-in") : tr("Added by a user"),
                otherSpellings(entry.aliases, entry.name).join(kListSeparator) },
            { { IndicatorSource, entry.builtin ? 1 : 0 } }); // the user's first, in every language
        items[IndicatorName]->setData(int(i), kEntryRole);
        items[IndicatorAliases]->setToolTip(items[IndicatorAliases]->text());
        m_indicatorModel->appendRow(items);
    }
    for (QTableView *view : { m_departmentView, m_indicatorView })
        view->resizeColumnsToContents();
    if (const QList<QStandardItem *> kept = m_indicatorModel->findItems(current); !kept.isEmpty())
        m_indicatorView->setCurrentIndex(m_indicatorProxy->mapFromSource(kept.first()->index()));
    m_addAliases->setEnabled(currentIndicator());
    updateTitles();
}

void LibraryCataloguesTab::retranslateUi()
{
    m_departmentFilter->setPlaceholderText(tr("Filter departments by name, alias, counterpart…"));
    m_indicatorFilter->setPlaceholderText(tr("Filter indicators by name, alias, unit, category…"));
    m_departments->setHorizontalHeaderLabels({ tr("Department"), tr("Level"), tr("Aliases"), tr("Plans"),
        tr("Counterparts recorded by reviewers") });
    m_indicatorModel->setHorizontalHeaderLabels(
        { tr("Indicator"), tr("Unit"), tr("Category"), tr("Source"), tr("Aliases") });
    m_addIndicator->setText(tr("Add Indicator…"));
    m_addAliases->setText(tr("Add Aliases…"));
    fill();
}

void LibraryCataloguesTab::updateTitles()
{
    m_departmentBox->setTitle(
        tr("Departments (%1 of %2)").arg(m_departmentProxy->rowCount()).arg(m_departments->rowCount()));
    m_indicatorBox->setTitle(
        tr("Indicators (%1 of %2)").arg(m_indicatorProxy->rowCount()).arg(m_indicatorModel->rowCount()));
}

const library::IndicatorEntry *LibraryCataloguesTab::currentIndicator() const
{
    const QModelIndex current = m_indicatorView->currentIndex();
    if (!current.isValid())
        return nullptr;
    const QVariant entry = current.siblingAtColumn(IndicatorName).data(kEntryRole);
    return entry.isValid() && entry.toInt() < m_indicators.size() ? &m_indicators[entry.toInt()] : nullptr;
}

void LibraryCataloguesTab::addIndicator()
{
    IndicatorDialog dialog(nullptr, this);
    if (dialog.exec() == QDialog::Accepted)
        emit addIndicatorRequested(dialog.indicator());
}

void LibraryCataloguesTab::addAliases()
{
    const library::IndicatorEntry *entry = currentIndicator();
    if (!entry)
        return;
    IndicatorDialog dialog(entry, this);
    if (dialog.exec() == QDialog::Accepted)
        emit addIndicatorRequested(dialog.indicator());
}

} // namespace pw
