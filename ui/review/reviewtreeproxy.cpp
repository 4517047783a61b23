#include "reviewtreeproxy.h"

#include "model/node.h"
#include "models/plantreemodel.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace pw {
namespace {

QColor coverageColor(review::CoverageStatus s)
{
    switch (s) {
    case review::CoverageStatus::Covered: return QColor(0xd9, 0xf2, 0xd9);
    case review::CoverageStatus::Partial: return QColor(0xff, 0xf0, 0xc2);
    case review::CoverageStatus::NotCovered: return QColor(0xf8, 0xd0, 0xd0);
    case review::CoverageStatus::NotApplicable: return QColor(0xe6, 0xe6, 0xe6);
    }
    return {};
}

QString statusText(review::CoverageStatus s)
{
    switch (s) {
    case review::CoverageStatus::Covered: return ReviewTreeProxy::tr("covered");
    case review::CoverageStatus::Partial: return ReviewTreeProxy::tr("partly covered");
    case review::CoverageStatus::NotCovered: return ReviewTreeProxy::tr("not covered");
    case review::CoverageStatus::NotApplicable: return ReviewTreeProxy::tr("not applicable");
    }
    return {};
}

} // namespace

ReviewTreeProxy::ReviewTreeProxy(Side side, QObject *parent)
    : QIdentityProxyModel(parent)
    , m_side(side)
{
}

void ReviewTreeProxy::refresh()
{
    if (rowCount() == 0)
        return;
    // Roles only, the structure is unchanged; the workspace repaints the views' viewports for the
    // nested rows this top-level signal does not cover.
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                       { Qt::BackgroundRole, Qt::ToolTipRole, Qt::DecorationRole });
}

void ReviewTreeProxy::setCoverage(const QList<review::TaskCoverage> &coverage)
{
    m_coverage.clear();
    for (const review::TaskCoverage &c : coverage)
        m_coverage.insert(c.parentNodeId, c);
    refresh();
}

void ReviewTreeProxy::setHighlighted(const QHash<QUuid, double> &scores)
{
    m_highlighted = scores;
    refresh();
}

void ReviewTreeProxy::setOpenComments(const QHash<QUuid, int> &counts)
{
    m_comments = counts;
    refresh();
}

QUuid ReviewTreeProxy::nodeId(const QModelIndex &index) const
{
    const auto *n = static_cast<const Node *>(
        QIdentityProxyModel::data(index.siblingAtColumn(0), PlanTreeModel::NodeRole).value<const void *>());
    return n ? n->id() : QUuid();
}

QModelIndex ReviewTreeProxy::indexOfId(const QUuid &id) const
{
    QList<QModelIndex> stack { QModelIndex() };
    while (!stack.isEmpty()) {
        const QModelIndex parent = stack.takeLast();
        for (int r = 0; r < rowCount(parent); ++r) {
            const QModelIndex i = index(r, 0, parent);
            if (nodeId(i) == id)
                return i;
            stack.append(i);
        }
    }
    return {};
}

Qt::ItemFlags ReviewTreeProxy::flags(const QModelIndex &index) const
{
    return QIdentityProxyModel::flags(index) & ~Qt::ItemIsEditable; // review only reads the outlines
}

QVariant ReviewTreeProxy::data(const QModelIndex &index, int role) const
{
    if (role != Qt::BackgroundRole && role != Qt::ToolTipRole && role != Qt::DecorationRole)
        return QIdentityProxyModel::data(index, role);
    const QUuid id = nodeId(index);
    if (m_side == Side::Parent) {
        const auto it = m_coverage.constFind(id);
        if (it == m_coverage.cend())
            return QIdentityProxyModel::data(index, role);
        if (role == Qt::BackgroundRole)
            return QBrush(coverageColor(it->status));
        if (role == Qt::ToolTipRole) {
            QString tip = tr("%1 (score %2)").arg(statusText(it->status), QString::number(it->score, 'f', 2));
            if (it->mandatory)
                tip += u'\n' + tr("Mandatory: %1").arg(it->mandatoryReason);
            return tip;
        }
        if (role == Qt::DecorationRole && index.column() == 0 && it->mandatory
            && it->status == review::CoverageStatus::NotCovered)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return QIdentityProxyModel::data(index, role);
    }
    if (role == Qt::BackgroundRole) {
        const auto it = m_highlighted.constFind(id);
        if (it != m_highlighted.cend())
            return QBrush(QColor(0xcc, 0xe0, 0xff));
    }
    if (role == Qt::ToolTipRole && m_highlighted.contains(id))
        return tr("Matches the selected parent task (score %1)").arg(QString::number(m_highlighted.value(id), 'f', 2));
    if (role == Qt::DecorationRole && index.column() == 0 && m_comments.value(id) > 0)
        return QApplication::style()->standardIcon(QStyle::SP_MessageBoxInformation);
    return QIdentityProxyModel::data(index, role);
}

} // namespace pw
