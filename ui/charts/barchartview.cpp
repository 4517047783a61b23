#include "barchartview.h"

#include "chartstyle.h"

#include <QAbstractItemModel>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QSortFilterProxyModel>
#include <QVBarModelMapper>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace pw {
namespace {

/** Reverses the row order: horizontal bar charts draw the first category at the bottom. */
class ReversedRows final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override { return left.row() > right.row(); }
};

QAbstractItemModel *chartModel(QAbstractItemModel *model, bool reversed, QObject *parent)
{
    if (!reversed)
        return model;
    auto *proxy = new ReversedRows(parent);
    proxy->setSourceModel(model);
    proxy->sort(0);
    return proxy;
}

QAbstractBarSeries *createSeries(BarChartView::Style style)
{
    switch (style) {
    case BarChartView::Style::Horizontal:
        return new QHorizontalBarSeries;
    case BarChartView::Style::HorizontalStacked:
        return new QHorizontalStackedBarSeries;
    case BarChartView::Style::Vertical:
        break;
    }
    return new QBarSeries;
}

} // namespace

BarChartView::BarChartView(QAbstractItemModel *model, Style style, const QString &title, QWidget *parent)
    : QChartView(new QChart, parent)
    , m_model(chartModel(model, style != Style::Vertical, this))
    , m_series(createSeries(style))
    , m_categories(new QBarCategoryAxis)
    , m_values(new QValueAxis)
{
    setRenderHint(QPainter::Antialiasing);
    QChart *c = chart();
    c->setTitle(title);
    c->addSeries(m_series);
    auto *mapper = new QVBarModelMapper(this);
    mapper->setFirstBarSetColumn(0);
    mapper->setLastBarSetColumn(model->columnCount() - 1);
    mapper->setSeries(m_series);
    mapper->setModel(m_model);
    const bool horizontal = style != Style::Vertical;
    m_categories->setTruncateLabels(false); // the labels are short names: whole, never "…"
    c->addAxis(m_categories, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    c->addAxis(m_values, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    m_series->attachAxis(m_categories);
    m_series->attachAxis(m_values);
    m_series->setLabelsVisible(true);
    c->legend()->setVisible(model->columnCount() > 1);
    c->legend()->setAlignment(Qt::AlignBottom);
    const QColor colors[] = { QColor(0x1f, 0x4e, 0x9a), QColor(0x8f, 0xb8, 0xe6) };
    auto colorSets = [this, colors] {
        const QList<QBarSet *> sets = m_series->barSets();
        for (qsizetype i = 0; i < sets.size() && i < 2; ++i) {
            sets[i]->setColor(colors[i]);
            sets[i]->setLabelColor(i == 0 ? Qt::white : Qt::black);
        }
    };
    connect(m_series, &QAbstractBarSeries::barsetsAdded, this, colorSets);
    colorSets();
    connect(m_model, &QAbstractItemModel::modelReset, this, &BarChartView::updateAxes);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &BarChartView::updateAxes);
    connect(m_model, &QAbstractItemModel::headerDataChanged, this, &BarChartView::updateAxes);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &BarChartView::updateAxes);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &BarChartView::updateAxes);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &BarChartView::updateAxes);
    updateAxes();
    charts::applyChartStyle(c);
}

void BarChartView::updateAxes()
{
    QStringList labels;
    double maximum = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        labels.append(m_model->headerData(row, Qt::Vertical).toString());
        double sum = 0;
        double single = 0;
        for (int column = 0; column < m_model->columnCount(); ++column) {
            const double v = m_model->index(row, column).data().toDouble();
            sum += v;
            single = std::max(single, v);
        }
        maximum = std::max(maximum, qobject_cast<QHorizontalStackedBarSeries *>(m_series) ? sum : single);
    }
    if (m_categories->categories() != labels) {
        m_categories->clear();
        m_categories->append(labels);
    }
    // Legible at any dock size: a line per horizontal bar plus title, axis and legend; the page scrolls.
    const int line = fontMetrics().height() + 8;
    setMinimumHeight(m_categories->orientation() == Qt::Vertical ? 140 + line * int(labels.size()) : 280);
    charts::setRoundTicks(m_values, maximum);
}

} // namespace pw
