#pragma once

// Coverage per parent action as horizontal stacked bars (covered / partly / not covered / n.a.).

#include "review/reviewresult.h"

#include <QChartView>

namespace pw {

class CoverageChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoverageChart)

public:
    explicit CoverageChart(QWidget *parent = nullptr);
    void setActions(const QList<review::ActionCoverage> &actions);
    /** Number of categories (actions) on the chart, for tests. */
    int categoryCount() const { return m_categories; }

private:
    int m_categories = 0;
};

} // namespace pw
