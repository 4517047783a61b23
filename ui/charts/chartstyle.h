#pragma once

// Shared look of the charts: a CJK-capable font for titles, labels and legends, and export to PNG / SVG.

#include <QString>

class QChart;
class QValueAxis;
class QWidget;

namespace pw::charts {

/** Applies the chart font (Noto Sans CJK SC when installed, the application font otherwise). */
void applyChartStyle(QChart *chart);
/** Ranges @p axis from 0 to just above @p maximum in round steps (report::roundTicks, as the printed charts). */
void setRoundTicks(QValueAxis *axis, double maximum);
/** Renders @p widget at its current size (scaled by @p scale) to a PNG file. */
bool exportPng(QWidget *widget, const QString &path, qreal scale = 2.0, QString *error = nullptr);
/** Renders @p widget as vector graphics to an SVG file. */
bool exportSvg(QWidget *widget, const QString &path, const QString &title, QString *error = nullptr);

} // namespace pw::charts
