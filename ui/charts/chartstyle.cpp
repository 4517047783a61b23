#include "chartstyle.h"

#include "io/planfile.h"
#include "report/reportchart.h"

#include <QApplication>
#include <QBuffer>
#include <QChart>
#include <QFontDatabase>
#include <QImage>
#include <QLegend>
#include <QPainter>
#include <QSvgGenerator>
#include <QValueAxis>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace pw::charts {
namespace {

/** Charts go through the one atomic, checked writer (refuses devices and other non-regular outputs). */
bool writeChecked(const QString &path, const QByteArray &bytes, QString *error)
{
    QString problem;
    if (writeFileAtomically(path, bytes, &problem))
        return true;
    if (error)
        *error = problem;
    return false;
}

QFont chartFont(int pointSize, bool bold = false)
{
    QFont font = QApplication::font();
    for (const QString &family : { u"Noto Sans CJK SC"_s, u"Noto Sans SC"_s, u"WenQuanYi Micro Hei"_s }) {
        if (QFontDatabase::hasFamily(family)) {
            font.setFamily(family);
            break;
        }
    }
    font.setPointSize(pointSize);
    font.setBold(bold);
    return font;
}

} // namespace

void applyChartStyle(QChart *chart)
{
    chart->setTitleFont(chartFont(12, true));
    chart->legend()->setFont(chartFont(9));
    chart->setAnimationOptions(QChart::NoAnimation);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsFont(chartFont(9));
        axis->setTitleFont(chartFont(9));
    }
}

bool exportPng(QWidget *widget, const QString &path, qreal scale, QString *error)
{
    QImage image(widget->size() * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        widget->render(&painter);
    }
    QBuffer png;
    png.open(QIODevice::WriteOnly);
    if (!image.save(&png, "PNG")) {
        if (error)
            *error = QApplication::translate("pw::charts", "Could not write %1").arg(printableMessage(path));
        return false;
    }
    return writeChecked(path, png.data(), error);
}

bool exportSvg(QWidget *widget, const QString &path, const QString &title, QString *error)
{
    QBuffer svg;
    svg.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&svg);
    generator.setSize(widget->size());
    generator.setViewBox(QRect(QPoint(0, 0), widget->size()));
    generator.setTitle(title);
    generator.setDescription(u"Planwright"_s);
    QPainter painter;
    if (!painter.begin(&generator)) {
        if (error)
            *error = QApplication::translate("pw::charts", "Could not write %1").arg(printableMessage(path));
        return false;
    }
    widget->render(&painter);
    painter.end();
    return writeChecked(path, svg.data(), error);
}

void setRoundTicks(QValueAxis *axis, double maximum)
{
    const report::RoundTicks ticks = report::roundTicks(maximum); // the printed charts' steps
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(ticks.step);
    axis->setRange(0, ticks.top);
    axis->setLabelFormat(QStringLiteral("%d"));
}

} // namespace pw::charts
