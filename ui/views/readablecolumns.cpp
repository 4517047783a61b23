#include "readablecolumns.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QStyle>
#include <QTableView>

#include <algorithm>

namespace pw {

constexpr int kMeasuredRows = 500; // bounds the time on huge tables

void fitReadableColumns(QTableView *view, int textColumn, int maxWidth)
{
    QAbstractItemModel *model = view->model();
    if (!model)
        return;
    QHeaderView *header = view->horizontalHeader();
    const int margin = 2 * (view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1);
    // A warning icon may take room from the text.
    const int minText = view->fontMetrics().horizontalAdvance(QString(12, QChar(0x4e00))) + 2 * margin
        + view->iconSize().width();
    for (int c = 0; c < model->columnCount(); ++c) {
        // resizeColumnsToContents() measures only the rows in the viewport: a hidden view has none.
        int content = 0;
        for (int r = 0; r < std::min(model->rowCount(), kMeasuredRows); ++r)
            content = std::max(content, view->sizeHintForIndex(model->index(r, c)).width());
        const int heading = header->sectionSizeHint(c);
        int width = std::max(std::min(content + margin, maxWidth), heading);
        if (c == textColumn)
            width = std::max(width, std::min(content + margin, minText));
        view->setColumnWidth(c, width);
    }
}

} // namespace pw
