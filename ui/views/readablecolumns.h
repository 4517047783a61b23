#pragma once

// Column widths a reader can use: every header whole, and a long text column (indicator, location)
// wide enough that rows sharing a long prefix (单位地区生产总值…) still read differently; the full
// text is in the tooltip.

class QTableView;

namespace pw {

/** Fits @p view's columns to their contents (all rows, also while the view is hidden) and headers:
 *  each column is as wide as its header and its text up to 24 characters. */
void fitReadableColumns(QTableView *view);

} // namespace pw
