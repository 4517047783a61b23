#include "targetchartview.h"

#include "chartstyle.h"
#include "targetchartdata.h"

#include "document/document.h"

#include <QCategoryAxis>
#include <QChart>
#include <QLegend>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace pw {

TargetChartView::TargetChartView(Document *document, QWidget *parent)
    : QChartView(new QChart, parent)
    , m_doc(document)
    , m_years(new QCategoryAxis)
    , m_values(new QValueAxis)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(280); // legible title, axes and legend; a shorter dock scrolls
    // The axes live as long as the chart; a rebuild replaces series and labels only.
    m_years->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    chart()->addAxis(m_years, Qt::AlignBottom);
    chart()->addAxis(m_values, Qt::AlignLeft);
    auto rebuildOn = [this](Collection c) {
        if (c == Collection::Targets || c == Collection::Indicators)
            rebuild();
    };
    connect(m_doc, &Document::rowsInserted, this, rebuildOn);
    connect(m_doc, &Document::rowsRemoved, this, rebuildOn);
    connect(m_doc, &Document::rowChanged, this, rebuildOn);
    connect(m_doc, &Document::metadataChanged, this, &TargetChartView::rebuild);
    connect(m_doc, &Document::reset, this, &TargetChartView::rebuild);
    rebuild();
}

void TargetChartView::setIndicator(const QUuid &indicatorId)
{
    if (indicatorId == m_indicator)
        return;
    m_indicator = indicatorId;
    m_parentPoints.clear();
    m_parentLabel.clear();
    rebuild();
}

void TargetChartView::setParentValues(const QString &label, const QList<QPointF> &points)
{
    m_parentLabel = label;
    m_parentPoints = points;
    rebuild();
}

void TargetChartView::rebuild()
{
    QChart *c = chart();
    c->removeAllSeries();
    for (const QString &label : m_years->categoriesLabels())
        m_years->remove(label);
    const TargetChartData d = targetChartData(m_doc->plan(), m_indicator);
    const QString title = d.title.isEmpty() ? m_parentLabel : d.title;
    c->setTitle(title.isEmpty() ? tr("No indicator selected")
                                : d.unit.isEmpty() ? title : u"%1（%2）"_s.arg(title, d.unit));
    m_values->setTitleText(d.unit);
    // Years labelled by the plan's own targets, and the parent's years it does not state.
    QList<std::pair<int, QString>> labels = d.yearLabels;
    for (const QPointF &p : std::as_const(m_parentPoints)) {
        const int year = int(p.x());
        if (std::none_of(labels.cbegin(), labels.cend(), [&](const auto &l) { return l.first == year; }))
            labels.append({ year, QString::number(year) });
    }
    std::sort(labels.begin(), labels.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    m_years->setVisible(!labels.isEmpty());
    m_values->setVisible(!labels.isEmpty());
    if (labels.isEmpty()) {
        charts::applyChartStyle(c);
        return;
    }
    const int minYear = labels.first().first;
    const int maxYear = labels.last().first;
    for (const auto &[year, label] : std::as_const(labels)) {
        // Axis labels are rich text: the comparator goes on a second line.
        QString html = label.toHtmlEscaped();
        html.replace(u'\n', u"<br>"_s);
        m_years->append(html, year);
    }
    m_years->setStartValue(minYear - 2);
    m_years->setRange(minYear - 2, maxYear + 2);

    double lo = 0;
    double hi = 0;
    bool any = false;
    auto addLine = [&](const QList<QPointF> &points, const QString &name, Qt::PenStyle style, const QColor &color) {
        if (points.isEmpty())
            return;
        auto *series = new QLineSeries;
        series->setName(name);
        series->append(points);
        QPen pen(color);
        pen.setWidth(2);
        pen.setStyle(style);
        series->setPen(pen);
        series->setPointsVisible(true);
        series->setPointLabelsVisible(true);
        series->setPointLabelsFormat(u"@yPoint"_s);
        series->setPointLabelsClipping(false);
        c->addSeries(series);
        series->attachAxis(m_years);
        series->attachAxis(m_values);
        for (const QPointF &p : points) {
            lo = any ? std::min(lo, p.y()) : p.y();
            hi = any ? std::max(hi, p.y()) : p.y();
            any = true;
        }
    };
    addLine(d.values, tr("Target"), Qt::SolidLine, QColor(0x1f, 0x4e, 0x9a));
    addLine(d.stretch, tr("Stretch (力争)"), Qt::DashLine, QColor(0x2e, 0x8b, 0x57));
    addLine(m_parentPoints, m_parentLabel.isEmpty() ? tr("Parent plan") : m_parentLabel, Qt::DotLine,
            QColor(0xc0, 0x39, 0x2b));
    if (any) {
        const double span = hi - lo;
        const double pad = span > 0 ? span * 0.15 : std::max(1.0, std::abs(hi) * 0.15);
        m_values->setRange(lo >= 0 ? std::max(0.0, lo - pad) : lo - pad, hi + pad);
        m_values->applyNiceNumbers();
    } else {
        m_values->setRange(0, 1);
    }
    charts::applyChartStyle(c);
}

} // namespace pw
