#include "coveragechart.h"

#include "charts/chartstyle.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QValueAxis>

namespace pw {

CoverageChart::CoverageChart(QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(200);
    setActions({});
}

void CoverageChart::setActions(const QList<review::ActionCoverage> &actions)
{
    auto *chart = new QChart;
    chart->setTitle(tr("Coverage of the parent's tasks per action"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto *covered = new QBarSet(tr("Covered"));
    auto *partial = new QBarSet(tr("Partly covered"));
    auto *missing = new QBarSet(tr("Not covered"));
    auto *na = new QBarSet(tr("Not applicable"));
    covered->setColor(QColor(0x4c, 0xaf, 0x50));
    partial->setColor(QColor(0xff, 0xc1, 0x07));
    missing->setColor(QColor(0xe5, 0x39, 0x35));
    na->setColor(QColor(0xbd, 0xbd, 0xbd));
    QStringList categories;
    int most = 1;
    // Bars are drawn bottom-up: reverse so the first action is on top, as in the outline.
    for (auto it = actions.crbegin(); it != actions.crend(); ++it) {
        categories.append(it->title.size() > 24 ? it->title.left(23) + u'…' : it->title);
        *covered << it->covered;
        *partial << it->partial;
        *missing << it->notCovered;
        *na << it->notApplicable;
        most = std::max(most, it->tasks);
    }
    auto *series = new QHorizontalStackedBarSeries;
    series->append({ covered, partial, missing, na });
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    axisY->setTruncateLabels(false); // the titles are cut at 24 characters above
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto *axisX = new QValueAxis;
    charts::setRoundTicks(axisX, most);
    axisX->setTitleText(tr("Parent tasks"));
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    QChart *old = this->chart();
    setChart(chart); // the view takes ownership of the new chart
    delete old;
    m_categories = int(categories.size());
}

} // namespace pw
