#include "readablecolumns.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QStyle>
#include <QTableView>

#include <algorithm>

namespace pw {

constexpr int kMeasuredRows = 500; // bounds the time on huge tables
constexpr int kMaxCharacters = 24; // wider text is elided, with the whole of it in the tooltip

void fitReadableColumns(QTableView *view)
{
    QAbstractItemModel *model = view->model();
    if (!model)
        return;
    QHeaderView *header = view->horizontalHeader();
    const int margin = 2 * (view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1);
    // In the font's own measure, so that the cap holds at any size; room for a warning icon too.
    const int cap = view->fontMetrics().horizontalAdvance(QString(kMaxCharacters, QChar(0x4e00))) + 2 * margin
        + view->iconSize().width();
    for (int c = 0; c < model->columnCount(); ++c) {
        // resizeColumnsToContents() measures only the rows in the viewport: a hidden view has none.
        int content = 0;
        for (int r = 0; r < std::min(model->rowCount(), kMeasuredRows); ++r)
            content = std::max(content, view->sizeHintForIndex(model->index(r, c)).width());
        view->setColumnWidth(c, std::max(std::min(content + margin, cap), header->sectionSizeHint(c)));
    }
}

} // namespace pw
