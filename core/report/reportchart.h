#pragma once

// Painting of report bar charts (coverage per action, target statuses) with QPainter, so that the charts
// stay vector graphics in the PDF. Core code: no QtCharts (that is a widgets module).

#include "reportfonts.h"
#include "reportmodel.h"

class QPainter;
class QRectF;

namespace pw::report {

/** The height in millimetres the chart needs on the page. */
qreal chartHeightMm(const BarChart &chart);
/** Paints @p chart into @p rect (layout units, reportunits.h). */
void paintChart(QPainter &painter, const BarChart &chart, const QRectF &rect, const ReportFonts &fonts);
/** The chart's data as a table (category, one column per series, total), for DOCX/ODT. */
Table chartTable(const BarChart &chart);

} // namespace pw::report
