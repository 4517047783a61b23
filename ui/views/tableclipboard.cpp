#include "tableclipboard.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QCoreApplication>
#include <QItemSelectionModel>
#include <QUndoStack>

#include <algorithm>
#include <climits>

namespace pw {

tables::Table selectedCells(const QAbstractItemView *view)
{
    const QModelIndexList indexes = view->selectionModel() ? view->selectionModel()->selectedIndexes() : QModelIndexList();
    if (indexes.isEmpty())
        return {};
    int top = INT_MAX, left = INT_MAX, bottom = -1, right = -1;
    for (const QModelIndex &i : indexes) {
        top = std::min(top, i.row());
        bottom = std::max(bottom, i.row());
        left = std::min(left, i.column());
        right = std::max(right, i.column());
    }
    tables::Table table(bottom - top + 1, QStringList(right - left + 1));
    for (const QModelIndex &i : indexes) {
        QVariant v = i.data(Qt::EditRole);
        if (!v.isValid())
            v = i.data(Qt::DisplayRole);
        table[i.row() - top][i.column() - left] = v.toString();
    }
    return table;
}

void copySelection(const QAbstractItemView *view)
{
    const tables::Table table = selectedCells(view);
    if (!table.isEmpty())
        QApplication::clipboard()->setText(tables::toTsv(table));
}

PasteResult pasteTable(QAbstractItemView *view, const tables::Table &table, QUndoStack *undoStack)
{
    PasteResult result;
    QAbstractItemModel *model = view->model();
    const QModelIndex start = view->currentIndex();
    if (!model || !start.isValid() || table.isEmpty())
        return result;
    undoStack->beginMacro(QCoreApplication::translate("pw::TableClipboard", "Paste"));
    const int before = undoStack->index();
    for (qsizetype r = 0; r < table.size(); ++r) {
        for (qsizetype c = 0; c < table.at(r).size(); ++c) {
            const QModelIndex target = model->index(start.row() + int(r), start.column() + int(c), start.parent());
            if (target.isValid() && (model->flags(target) & Qt::ItemIsEditable)
                && model->setData(target, table.at(r).at(c), Qt::EditRole))
                ++result.applied;
            else
                ++result.rejected;
        }
    }
    undoStack->endMacro();
    // Nothing accepted: do not leave an empty step on the stack.
    if (undoStack->index() > before && result.applied == 0)
        undoStack->undo();
    return result;
}

PasteResult pasteClipboard(QAbstractItemView *view, QUndoStack *undoStack)
{
    return pasteTable(view, tables::parseTsv(QApplication::clipboard()->text()), undoStack);
}

} // namespace pw
