#include "targettableview.h"

#include "editable.h"
#include "readablecolumns.h"
#include "tableclipboard.h"
#include "targetcelldelegate.h"
#include "targettablemodel.h"

#include "document/document.h"
#include "editor/displaynames.h"
#include "import/indicatorcatalog.h"
#include "tables/targettable.h"

#include <QAction>
#include <QFileDialog>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pw {
TargetTableView::TargetTableView(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_doc(document)
    , m_model(new TargetTableModel(document, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_status(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::DisplayRole);
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new TargetCellDelegate(m_model, [this](const QString &e) { showMessage(e); }, this));
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(26);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_status->setWordWrap(true);

    auto *toolbar = new QToolBar(this);
    auto *add = new QToolButton(toolbar);
    add->setText(tr("Add indicator"));
    add->setPopupMode(QToolButton::InstantPopup);
    add->setMenu(createCatalogMenu());
    toolbar->addWidget(add);
    QAction *remove = toolbar->addAction(tr("Remove"), this, &TargetTableView::removeSelected);
    m_moveUp = toolbar->addAction(tr("Move up"), this, [this] { moveSelected(-1); });
    m_moveDown = toolbar->addAction(tr("Move down"), this, [this] { moveSelected(1); });
    QAction *group = toolbar->addAction(tr("Group by category"));
    group->setCheckable(true);
    connect(group, &QAction::toggled, this, &TargetTableView::setGroupedByCategory);
    toolbar->addSeparator();
    QAction *copyAction = toolbar->addAction(tr("Copy"), this, &TargetTableView::copy);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QAction *pasteAction = toolbar->addAction(tr("Paste"), this, &TargetTableView::paste);
    pasteAction->setShortcut(QKeySequence::Paste);
    pasteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(copyAction);
    addAction(pasteAction);
    followEditable(m_doc, this, [=, this](bool editable) {
        for (QAction *a : { remove, pasteAction })
            a->setEnabled(editable);
        add->setEnabled(editable);
        updateMoveActions();
    });
    toolbar->addAction(tr("Export CSV…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export target table"), {}, tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportCsv(path);
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(toolbar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);

    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (TargetTableModel::Field(index.data(TargetTableModel::FieldRole).toInt()) == TargetTableModel::Field::StatedIn) {
            const QUuid node = index.data(TargetTableModel::NodeIdRole).toUuid();
            if (!node.isNull())
                Q_EMIT nodeActivated(node);
        }
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TargetTableView::updateSummary);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &TargetTableView::updateSummary);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TargetTableView::updateSummary);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TargetTableView::updateSummary);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TargetTableView::fitColumns);
    fitColumns();
    updateSummary();
}

QMenu *TargetTableView::createCatalogMenu()
{
    auto *menu = new QMenu(this);
    menu->addAction(tr("New indicator"), this, &TargetTableView::addNewIndicator);
    menu->addSeparator();
    QMap<QString, QMenu *> categories;
    const QList<CatalogEntry> &catalog = IndicatorCatalog::builtin().entries();
    for (qsizetype i = 0; i < catalog.size(); ++i) {
        const CatalogEntry &c = catalog[i];
        QMenu *&sub = categories[c.category];
        if (!sub)
            sub = menu->addMenu(categoryDisplayName(c.category));
        const QString label = c.unit.isEmpty() ? c.name : c.name + u" ("_s + c.unit + u')';
        sub->addAction(label, this, [this, i] { addCatalogIndicator(int(i)); });
    }
    return menu;
}

void TargetTableView::addCatalogIndicator(int catalogIndex)
{
    const QList<CatalogEntry> &catalog = IndicatorCatalog::builtin().entries();
    if (catalogIndex < 0 || catalogIndex >= catalog.size())
        return;
    const CatalogEntry &c = catalog[catalogIndex];
    for (const Indicator &existing : m_doc->plan().indicators) {
        const auto entry = IndicatorCatalog::builtin().match(existing.name, existing.unit);
        if (entry && entry->key == c.key) {
            selectIndicator(existing.id);
            showMessage(tr("The plan already has \"%1\".").arg(existing.name));
            return;
        }
    }
    Indicator ind;
    ind.name = c.name;
    ind.unit = c.unit;
    ind.category = c.category;
    ind.direction = c.direction;
    m_doc->addIndicator(ind);
    selectIndicator(ind.id);
}

void TargetTableView::addNewIndicator()
{
    Indicator ind;
    ind.name = tr("New indicator");
    m_doc->addIndicator(ind);
    selectIndicator(ind.id);
    m_table->edit(m_table->currentIndex());
}

void TargetTableView::selectIndicator(const QUuid &id)
{
    const int row = m_doc->plan().indicatorIndex(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, m_model->columnOf(TargetTableModel::Field::Name)));
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
}

QList<int> TargetTableView::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &i : m_table->selectionModel()->selectedIndexes()) {
        const int row = m_proxy->mapToSource(i).row();
        if (!rows.contains(row))
            rows.append(row);
    }
    if (rows.isEmpty() && m_table->currentIndex().isValid())
        rows.append(m_proxy->mapToSource(m_table->currentIndex()).row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

void TargetTableView::removeSelected()
{
    QList<QUuid> ids;
    for (int row : selectedRows())
        ids.append(m_doc->plan().indicators[std::size_t(row)].id);
    if (ids.isEmpty())
        return;
    if (ids.size() > 1)
        m_doc->undoStack()->beginMacro(tr("Remove %n indicator(s)", nullptr, int(ids.size())));
    for (const QUuid &id : std::as_const(ids))
        m_doc->removeIndicator(id);
    if (ids.size() > 1)
        m_doc->undoStack()->endMacro();
}

void TargetTableView::moveSelected(int delta)
{
    const QList<int> rows = selectedRows();
    if (rows.size() != 1 || m_proxy->sortColumn() >= 0)
        return;
    const QUuid id = m_doc->plan().indicators[std::size_t(rows.first())].id;
    m_doc->moveIndicator(id, rows.first() + delta);
    selectIndicator(id);
}

void TargetTableView::setGroupedByCategory(bool grouped)
{
    // Sorting is stable, so within a category the plan's order is kept.
    m_proxy->sort(grouped ? m_model->columnOf(TargetTableModel::Field::Category) : -1);
    if (!grouped)
        m_proxy->invalidate();
    updateMoveActions();
}

void TargetTableView::updateMoveActions()
{
    const bool canMove = !m_doc->isReadOnly() && m_proxy->sortColumn() < 0;
    m_moveUp->setEnabled(canMove);
    m_moveDown->setEnabled(canMove);
}

void TargetTableView::copy() { copySelection(m_table); }

void TargetTableView::paste()
{
    const PasteResult r = pasteClipboard(m_table, m_doc->undoStack());
    if (r.rejected > 0)
        showMessage(tr("%1 cell(s) pasted, %2 refused.").arg(r.applied).arg(r.rejected));
}

bool TargetTableView::exportCsv(const QString &path)
{
    QString error;
    if (!tables::saveCsv(path, tables::targetTable(m_doc->plan()), &error)) {
        showMessage(tr("Could not export: %1").arg(error));
        return false;
    }
    showMessage(tr("Exported to %1.").arg(path));
    return true;
}

void TargetTableView::fitColumns()
{
    fitReadableColumns(m_table);
}

void TargetTableView::showMessage(const QString &text)
{
    if (text.isEmpty())
        updateSummary();
    else
        m_status->setText(text);
}

void TargetTableView::updateSummary()
{
    int warnings = 0;
    for (const Indicator &ind : m_doc->plan().indicators)
        warnings += int(tables::indicatorWarnings(m_doc->plan(), ind).size());
    m_status->setText(tr("%1 indicator(s), %2 target(s), %3 warning(s)")
                          .arg(m_doc->plan().indicators.size())
                          .arg(m_doc->plan().targets.size())
                          .arg(warnings));
}

} // namespace pw
