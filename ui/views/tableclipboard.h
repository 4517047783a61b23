#pragma once

// Copy and paste of table cells as TSV, the format spreadsheets exchange on the clipboard.
// Pasting goes through the model's setData() (so through Document commands) as one undo macro.

#include "tables/csv.h"

class QAbstractItemView;
class QUndoStack;

namespace pw {

/** The selected cells' edit texts as a table (the bounding rectangle; unselected cells empty). */
tables::Table selectedCells(const QAbstractItemView *view);
void copySelection(const QAbstractItemView *view);

struct PasteResult
{
    int applied = 0;
    int rejected = 0; ///< cells the model refused (validation) or outside the table
};
/** Pastes @p table with its top-left cell at the view's current index. */
PasteResult pasteTable(QAbstractItemView *view, const tables::Table &table, QUndoStack *undoStack);
PasteResult pasteClipboard(QAbstractItemView *view, QUndoStack *undoStack);

} // namespace pw
