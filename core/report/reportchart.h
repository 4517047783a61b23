#pragma once

// Painting of report bar charts (coverage per action, target statuses) with QPainter, so that the charts
// stay vector graphics in the PDF. Core code: no QtCharts (that is a widgets module). The rules are those of
// the on-screen charts: horizontal bars, whole category labels (wrapped, not cut), a minimum height and a
// value axis in round steps.

#include "reportfonts.h"
#include "reportmodel.h"

class QPainter;
class QRectF;

namespace pw::report {

/** A value axis from 0 to top in steps of 1, 2 or 5 × 10^n (at most 8 steps), just above the maximum. */
struct RoundTicks
{
    double step = 1;
    double top = 1;
};
RoundTicks roundTicks(double maximum);

/** A category label broken into at most @p maxLines lines of @p width (CJK text breaks between characters);
 *  only a label longer than that is shortened, with "…" on its last line. */
QStringList wrapLabel(const QString &label, const QFont &font, qreal width, int maxLines = 3);

/** The height in layout units (reportunits.h) the chart needs at @p width. */
qreal chartHeight(const BarChart &chart, qreal width, const ReportFonts &fonts);
/** Paints @p chart into @p rect (layout units); rect's height is chartHeight(). */
void paintChart(QPainter &painter, const BarChart &chart, const QRectF &rect, const ReportFonts &fonts);
/** The chart's data as a table (category, one column per series, total), for DOCX/ODT. */
Table chartTable(const BarChart &chart);

} // namespace pw::report
