#pragma once

// A bar chart over a table model (rows = categories from the vertical header, columns = bar sets),
// mapped with QVBarModelMapper so it follows the model's changes; the category axis and the value
// range follow too. Horizontal charts show the first row at the top. Used for the workload chart (horizontal, stacked) and the structure charts.

#include <QChartView>

class QAbstractBarSeries;
class QAbstractItemModel;
class QBarCategoryAxis;
class QValueAxis;

namespace pw {

class BarChartView final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BarChartView)

public:
    enum class Style { Vertical, Horizontal, HorizontalStacked };

    BarChartView(QAbstractItemModel *model, Style style, const QString &title, QWidget *parent = nullptr);

    QAbstractBarSeries *series() const { return m_series; }
    QBarCategoryAxis *categoryAxis() const { return m_categories; }
    QValueAxis *valueAxis() const { return m_values; }

private:
    void updateAxes();

    QAbstractItemModel *m_model;
    QAbstractBarSeries *m_series;
    QBarCategoryAxis *m_categories;
    QValueAxis *m_values;
};

} // namespace pw
