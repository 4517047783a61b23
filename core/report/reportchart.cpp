#include "reportchart.h"

#include "reportunits.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace pw::report {
namespace {

constexpr qreal kTitleMm = 9, kLegendMm = 7, kRowMm = 7, kAxisMm = 6;
constexpr qreal kLabelPt = 10.5; // 五号

QString number(qreal v)
{
    return std::abs(v - std::round(v)) < 1e-9 ? QString::number(qint64(std::round(v))) : QString::number(v, 'f', 1);
}

qreal rowTotal(const BarChart &chart, qsizetype row)
{
    qreal total = 0;
    qreal largest = 0;
    for (const ChartSeries &s : chart.series) {
        const qreal v = std::max<qreal>(0, s.values.value(row));
        total += v;
        largest = std::max(largest, v);
    }
    return chart.stacked ? total : largest;
}

} // namespace

qreal chartHeightMm(const BarChart &chart)
{
    return kTitleMm + kLegendMm + kRowMm * std::max<qsizetype>(1, chart.categories.size()) + kAxisMm;
}

void paintChart(QPainter &painter, const BarChart &chart, const QRectF &rect, const ReportFonts &fonts)
{
    painter.save();
    const QFont titleFont = layoutFont(fonts, FontRole::HeiTi, 12);
    const QFont labelFont = layoutFont(fonts, FontRole::FangSong, kLabelPt);
    const QFontMetricsF labelMetrics(labelFont);
    painter.setPen(Qt::black);
    painter.setFont(titleFont);
    painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), mmToUnits(kTitleMm)), Qt::AlignCenter,
                     chart.title);

    // Legend: a swatch and the series name for each series, centred.
    painter.setFont(labelFont);
    const qreal swatch = mmToUnits(3);
    qreal legendWidth = 0;
    for (const ChartSeries &s : chart.series)
        legendWidth += swatch + mmToUnits(1.5) + labelMetrics.horizontalAdvance(s.name) + mmToUnits(5);
    qreal x = rect.left() + std::max<qreal>(0, (rect.width() - legendWidth) / 2);
    const qreal legendY = rect.top() + mmToUnits(kTitleMm);
    for (const ChartSeries &s : chart.series) {
        painter.fillRect(QRectF(x, legendY + mmToUnits(2), swatch, swatch), s.color);
        x += swatch + mmToUnits(1.5);
        const qreal w = labelMetrics.horizontalAdvance(s.name);
        painter.drawText(QRectF(x, legendY, w + mmToUnits(1), mmToUnits(kLegendMm)), Qt::AlignVCenter | Qt::AlignLeft,
                         s.name);
        x += w + mmToUnits(5);
    }

    const qreal labelWidth = rect.width() * 0.32;
    const qreal barLeft = rect.left() + labelWidth + mmToUnits(2);
    const qreal barWidth = rect.right() - barLeft - mmToUnits(8);
    qreal maxTotal = 0;
    for (qsizetype r = 0; r < chart.categories.size(); ++r)
        maxTotal = std::max(maxTotal, rowTotal(chart, r));
    if (maxTotal <= 0)
        maxTotal = 1;
    const qreal top = legendY + mmToUnits(kLegendMm);
    const qreal row = mmToUnits(kRowMm);
    const qreal barHeight = row * (chart.stacked ? 0.62 : 0.62 / std::max<qsizetype>(1, chart.series.size()));
    for (qsizetype r = 0; r < chart.categories.size(); ++r) {
        const qreal y = top + r * row;
        painter.setPen(Qt::black);
        const QString label = labelMetrics.elidedText(chart.categories.at(r), Qt::ElideRight, labelWidth);
        painter.drawText(QRectF(rect.left(), y, labelWidth, row), Qt::AlignVCenter | Qt::AlignRight, label);
        qreal bx = barLeft;
        qreal by = y + (row - (chart.stacked ? barHeight : barHeight * chart.series.size())) / 2;
        for (const ChartSeries &s : chart.series) {
            const qreal v = std::max<qreal>(0, s.values.value(r));
            const qreal w = barWidth * v / maxTotal;
            const QRectF bar(bx, by, w, barHeight);
            painter.fillRect(bar, s.color);
            const QString text = number(v);
            if (v > 0 && labelMetrics.horizontalAdvance(text) + mmToUnits(1) < w) {
                painter.setPen(s.color.lightness() < 140 ? Qt::white : Qt::black);
                painter.drawText(bar, Qt::AlignCenter, text);
            }
            if (chart.stacked)
                bx += w;
            else
                by += barHeight;
        }
        painter.setPen(Qt::black);
        const qreal total = rowTotal(chart, r);
        if (chart.stacked || chart.series.size() == 1)
            painter.drawText(QRectF(barLeft + barWidth * total / maxTotal + mmToUnits(1), y, mmToUnits(8), row),
                             Qt::AlignVCenter | Qt::AlignLeft, number(total));
    }
    // Baseline of the bars.
    painter.setPen(QPen(Qt::black, mmToUnits(0.2)));
    const qreal bottom = top + row * std::max<qsizetype>(1, chart.categories.size());
    painter.drawLine(QLineF(barLeft, top, barLeft, bottom));
    painter.drawLine(QLineF(barLeft, bottom, barLeft + barWidth, bottom));
    painter.restore();
}

Table chartTable(const BarChart &chart)
{
    Table t;
    t.columns.append({ chart.title, 3, Align::Left });
    for (const ChartSeries &s : chart.series)
        t.columns.append({ s.name, 1, Align::Center });
    if (chart.stacked && chart.series.size() > 1)
        t.columns.append({ QCoreApplication::translate("pw::report::Chart", "合计"), 1, Align::Center });
    for (qsizetype r = 0; r < chart.categories.size(); ++r) {
        QStringList row { chart.categories.at(r) };
        for (const ChartSeries &s : chart.series)
            row.append(number(s.values.value(r)));
        if (chart.stacked && chart.series.size() > 1)
            row.append(number(rowTotal(chart, r)));
        t.rows.append(row);
    }
    return t;
}

} // namespace pw::report
