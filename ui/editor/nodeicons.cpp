#include "nodeicons.h"

#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace pw {
namespace {

void drawKind(QPainter &p, NodeKind kind, qreal s)
{
    switch (kind) {
    case NodeKind::Chapter: { // a closed book
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x1f, 0x4e, 0x8c));
        p.drawRoundedRect(QRectF(s * 0.15, s * 0.08, s * 0.7, s * 0.84), s * 0.08, s * 0.08);
        p.setPen(QPen(Qt::white, s * 0.08));
        p.drawLine(QPointF(s * 0.32, s * 0.32), QPointF(s * 0.7, s * 0.32));
        p.drawLine(QPointF(s * 0.32, s * 0.5), QPointF(s * 0.7, s * 0.5));
        break;
    }
    case NodeKind::Section: // an open folder tab
        p.setPen(QPen(QColor(0x2a, 0x7f, 0x9e), s * 0.08));
        p.setBrush(QColor(0xd6, 0xee, 0xf6));
        p.drawRoundedRect(QRectF(s * 0.1, s * 0.22, s * 0.8, s * 0.6), s * 0.08, s * 0.08);
        p.drawLine(QPointF(s * 0.1, s * 0.4), QPointF(s * 0.9, s * 0.4));
        break;
    case NodeKind::Action: { // a flag
        p.setPen(QPen(QColor(0x6b, 0x4a, 0x1f), s * 0.08));
        p.drawLine(QPointF(s * 0.22, s * 0.1), QPointF(s * 0.22, s * 0.92));
        QPainterPath flag;
        flag.moveTo(s * 0.26, s * 0.12);
        flag.lineTo(s * 0.86, s * 0.3);
        flag.lineTo(s * 0.26, s * 0.5);
        flag.closeSubpath();
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xd9, 0x82, 0x2b));
        p.drawPath(flag);
        break;
    }
    case NodeKind::Task: { // a check mark in a circle
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x3b, 0x8f, 0x4a));
        p.drawEllipse(QRectF(s * 0.12, s * 0.12, s * 0.76, s * 0.76));
        p.setPen(QPen(Qt::white, s * 0.1, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        QPainterPath check;
        check.moveTo(s * 0.32, s * 0.5);
        check.lineTo(s * 0.45, s * 0.63);
        check.lineTo(s * 0.68, s * 0.38);
        p.drawPath(check);
        break;
    }
    case NodeKind::Subtask:
        p.setPen(QPen(QColor(0x5a, 0x66, 0x7a), s * 0.08));
        p.setBrush(QColor(0xe4, 0xe8, 0xee));
        p.drawEllipse(QRectF(s * 0.25, s * 0.25, s * 0.5, s * 0.5));
        break;
    }
}

QPixmap render(NodeKind kind, bool badge, int size, qreal dpr)
{
    QPixmap pm(QSize(size, size) * dpr);
    pm.setDevicePixelRatio(dpr);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;
    drawKind(p, kind, s);
    if (badge) {
        p.setPen(QPen(Qt::white, s * 0.06));
        p.setBrush(QColor(0xd3, 0x2f, 0x2f));
        p.drawEllipse(QRectF(s * 0.5, s * 0.5, s * 0.48, s * 0.48));
        p.setPen(QPen(Qt::white, s * 0.08));
        p.drawLine(QPointF(s * 0.74, s * 0.6), QPointF(s * 0.74, s * 0.78));
        p.drawPoint(QPointF(s * 0.74, s * 0.88));
    }
    return pm;
}

} // namespace

QIcon nodeKindIcon(NodeKind kind, bool missingLead)
{
    static QHash<int, QIcon> cache;
    const int key = int(kind) * 2 + (missingLead ? 1 : 0);
    auto it = cache.find(key);
    if (it == cache.end()) {
        QIcon icon;
        for (int size : { 16, 24, 32 }) {
            icon.addPixmap(render(kind, missingLead, size, 1.0));
            icon.addPixmap(render(kind, missingLead, size, 2.0));
        }
        it = cache.insert(key, icon);
    }
    return *it;
}

} // namespace pw
