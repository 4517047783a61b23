#include "reportchart.h"

#include "reportunits.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;

namespace pw::report {
namespace {

// The axis row is taller than its numbers: the text after the chart keeps clear of them.
constexpr qreal kTitleMm = 9, kLegendMm = 7, kRowMm = 7, kAxisMm = 9, kGapMm = 2;
constexpr int kMinRows = 3; // a chart of one or two categories is not a strip
constexpr qreal kLabelPt = 10.5; // 五号
constexpr qreal kMaxLabelShare = 0.4;

QString number(qreal v)
{
    return std::abs(v - std::round(v)) < 1e-9 ? QString::number(qint64(std::round(v)))
                                              : QString::number(v, 'f', 1);
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

/** Where everything goes, shared by the height the layout reserves and the painting. */
struct Geometry
{
    QFont title, label;
    qreal legend = 0; ///< height of the legend row (none for one series)
    qreal labelWidth = 0;
    qreal barLeft = 0; ///< from the chart's left edge
    qreal barWidth = 0;
    QList<QStringList> lines; ///< each category's label lines
    QList<qreal> rows; ///< each category's row height
    qreal plot = 0; ///< the rows' total height
    RoundTicks ticks;
    qreal height = 0;
};

Geometry geometry(const BarChart &chart, qreal width, const ReportFonts &fonts)
{
    Geometry g;
    g.title = layoutFont(fonts, FontRole::HeiTi, 12);
    g.label = layoutFont(fonts, FontRole::FangSong, kLabelPt);
    const QFontMetricsF metrics(g.label);
    g.legend = chart.series.size() > 1 ? mmToUnits(kLegendMm) : 0;
    qreal natural = 0;
    qreal maxTotal = 0;
    for (qsizetype r = 0; r < chart.categories.size(); ++r) {
        natural = std::max(natural, metrics.horizontalAdvance(chart.categories.at(r)));
        maxTotal = std::max(maxTotal, rowTotal(chart, r));
    }
    g.labelWidth = std::min(natural, width * kMaxLabelShare);
    g.ticks = roundTicks(maxTotal);
    // Room after the longest bar for its value, and for the half of the last tick label past the axis end.
    const qreal valueRoom = metrics.horizontalAdvance(number(maxTotal)) + mmToUnits(1.5);
    const qreal rightMargin = std::max(valueRoom, metrics.horizontalAdvance(number(g.ticks.top)) / 2);
    g.barLeft = g.labelWidth + mmToUnits(kGapMm);
    g.barWidth = std::max<qreal>(0, width - g.barLeft - rightMargin);

    const qreal minRow = mmToUnits(kRowMm);
    for (const QString &category : chart.categories) {
        g.lines.append(wrapLabel(category, g.label, g.labelWidth));
        g.rows.append(std::max(minRow, g.lines.last().size() * metrics.lineSpacing() + mmToUnits(1.5)));
    }
    g.plot = std::accumulate(g.rows.cbegin(), g.rows.cend(), qreal(0));
    if (const qreal minPlot = minRow * kMinRows; g.plot < minPlot) {
        for (qreal &row : g.rows)
            row += (minPlot - g.plot) / g.rows.size();
        g.plot = minPlot;
    }
    g.height = mmToUnits(kTitleMm) + g.legend + g.plot + mmToUnits(kAxisMm);
    return g;
}

bool isClosingPunctuation(QChar c)
{
    return u"，。、；：！？）》」』”’,.;:!?)"_s.contains(c);
}

/** Breaks @p label greedily into lines of at most @p width: between any two characters, but not
 *  before a closing mark. */
QStringList greedyLines(const QString &label, const QFontMetricsF &metrics, qreal width)
{
    QStringList lines;
    QString line;
    for (const QChar c : label) {
        if (!line.isEmpty() && metrics.horizontalAdvance(line + c) > width) {
            QString carried;
            if (isClosingPunctuation(c) && line.size() > 1) {
                carried = line.back();
                line.chop(1);
            }
            lines.append(line);
            line = carried;
        }
        line += c;
    }
    if (!line.isEmpty())
        lines.append(line);
    return lines;
}

} // namespace

RoundTicks roundTicks(double maximum)
{
    const double top = std::max(1.0, std::ceil(maximum * 1.1));
    double step = 1;
    for (int i = 0; top / step > 8; ++i)
        step *= i % 3 == 1 ? 2.5 : 2; // 1, 2, 5, 10, 20, 50, …
    return { step, std::ceil(top / step) * step };
}

QStringList wrapLabel(const QString &label, const QFont &font, qreal width, int maxLines)
{
    const QFontMetricsF metrics(font);
    QStringList lines = greedyLines(label, metrics, width);
    if (lines.size() > maxLines) {
        const QString rest = lines.mid(maxLines - 1).join(QString());
        lines.resize(maxLines);
        lines.last() = metrics.elidedText(rest, Qt::ElideRight, width);
        return lines;
    }
    // Lines of even length rather than a full line and an orphan (创建行/动).
    const qreal step = metrics.averageCharWidth() / 2;
    for (qreal narrower = metrics.horizontalAdvance(label) / lines.size();
         lines.size() > 1 && narrower < width; narrower += step) {
        if (QStringList even = greedyLines(label, metrics, narrower); even.size() == lines.size())
            return even;
    }
    return lines;
}

qreal chartHeight(const BarChart &chart, qreal width, const ReportFonts &fonts)
{
    return geometry(chart, width, fonts).height;
}

void paintChart(QPainter &painter, const BarChart &chart, const QRectF &rect, const ReportFonts &fonts)
{
    const Geometry g = geometry(chart, rect.width(), fonts);
    const QFontMetricsF labelMetrics(g.label);
    painter.save();
    painter.setPen(Qt::black);
    painter.setFont(g.title);
    painter.drawText(
        QRectF(rect.left(), rect.top(), rect.width(), mmToUnits(kTitleMm)), Qt::AlignCenter, chart.title);

    // Legend: a swatch and the series name for each series, centred.
    painter.setFont(g.label);
    const qreal legendY = rect.top() + mmToUnits(kTitleMm);
    if (g.legend > 0) {
        const qreal swatch = mmToUnits(3);
        qreal legendWidth = 0;
        for (const ChartSeries &s : chart.series)
            legendWidth += swatch + mmToUnits(1.5) + labelMetrics.horizontalAdvance(s.name) + mmToUnits(5);
        qreal x = rect.left() + std::max<qreal>(0, (rect.width() - legendWidth) / 2);
        for (const ChartSeries &s : chart.series) {
            painter.fillRect(QRectF(x, legendY + mmToUnits(2), swatch, swatch), s.color);
            x += swatch + mmToUnits(1.5);
            const qreal w = labelMetrics.horizontalAdvance(s.name);
            painter.drawText(
                QRectF(x, legendY, w + mmToUnits(1), g.legend), Qt::AlignVCenter | Qt::AlignLeft, s.name);
            x += w + mmToUnits(5);
        }
    }

    const qreal top = legendY + g.legend;
    const qreal bottom = top + g.plot;
    const qreal barLeft = rect.left() + g.barLeft;
    const auto xOf = [&](qreal v) { return barLeft + g.barWidth * v / g.ticks.top; };

    // Value axis: light grid lines and labels at the round steps.
    for (double t = 0; t <= g.ticks.top + 1e-9; t += g.ticks.step) {
        const qreal x = xOf(t);
        painter.setPen(QPen(QColor(0xcc, 0xcc, 0xcc), mmToUnits(0.15)));
        painter.drawLine(QLineF(x, top, x, bottom));
        painter.setPen(Qt::black);
        const QString label = number(t);
        const qreal w = labelMetrics.horizontalAdvance(label) + mmToUnits(1);
        painter.drawText(QRectF(x - w / 2, bottom + mmToUnits(1), w, mmToUnits(kAxisMm - 1)),
            Qt::AlignHCenter | Qt::AlignTop, label);
    }

    const qreal slot = mmToUnits(kRowMm) * 0.62; // the bars of a row, however tall its label
    const qreal grouped = chart.stacked ? 1 : std::max<qsizetype>(1, chart.series.size());
    qreal y = top;
    for (qsizetype r = 0; r < chart.categories.size(); ++r) {
        const qreal row = g.rows.at(r);
        painter.setPen(Qt::black);
        const qreal lineHeight = labelMetrics.lineSpacing();
        const QStringList &lines = g.lines.at(r);
        qreal ly = y + (row - lines.size() * lineHeight) / 2;
        for (const QString &line : lines) {
            painter.drawText(
                QRectF(rect.left(), ly, g.labelWidth, lineHeight), Qt::AlignVCenter | Qt::AlignRight, line);
            ly += lineHeight;
        }
        const qreal barHeight = slot / grouped;
        qreal bx = barLeft;
        qreal by = y + (row - slot) / 2;
        for (const ChartSeries &s : chart.series) {
            const qreal v = std::max<qreal>(0, s.values.value(r));
            const QRectF bar(bx, by, xOf(v) - barLeft, barHeight);
            painter.fillRect(bar, s.color);
            const QString text = number(v);
            if (chart.stacked && chart.series.size() > 1 && v > 0
                && labelMetrics.horizontalAdvance(text) + mmToUnits(1) < bar.width()) {
                painter.setPen(s.color.lightness() < 140 ? Qt::white : Qt::black);
                painter.drawText(bar, Qt::AlignCenter, text);
            } else if (!chart.stacked) {
                painter.setPen(Qt::black);
                painter.drawText(QRectF(bar.right() + mmToUnits(1), by, mmToUnits(12), barHeight),
                    Qt::AlignVCenter | Qt::AlignLeft, text);
            }
            if (chart.stacked)
                bx += bar.width();
            else
                by += barHeight;
        }
        if (chart.stacked) {
            painter.setPen(Qt::black);
            painter.drawText(QRectF(xOf(rowTotal(chart, r)) + mmToUnits(1), y, mmToUnits(12), row),
                Qt::AlignVCenter | Qt::AlignLeft, number(rowTotal(chart, r)));
        }
        y += row;
    }
    // The category axis and the value axis.
    painter.setPen(QPen(Qt::black, mmToUnits(0.2)));
    painter.drawLine(QLineF(barLeft, top, barLeft, bottom));
    painter.drawLine(QLineF(barLeft, bottom, barLeft + g.barWidth, bottom));
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
