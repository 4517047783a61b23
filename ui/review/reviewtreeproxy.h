#pragma once

// A plan outline (PlanTreeModel) decorated with review information: on the parent side each task is
// coloured by its coverage; on the child side the matches of the selected parent task are highlighted
// and nodes with open reviewer comments carry a marker.

#include "review/reviewresult.h"

#include <QHash>
#include <QIdentityProxyModel>
#include <QSet>
#include <QUuid>

namespace pw {

class ReviewTreeProxy final : public QIdentityProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewTreeProxy)

public:
    enum class Side { Parent, Child };
    ReviewTreeProxy(Side side, QObject *parent = nullptr);

    /** Parent side: coverage per parent task. */
    void setCoverage(const QList<review::TaskCoverage> &coverage);
    /** Child side: the nodes matched to the selected parent task, with their scores. */
    void setHighlighted(const QHash<QUuid, double> &scores);
    /** Child side: number of open comments per node. */
    void setOpenComments(const QHash<QUuid, int> &counts);

    QUuid nodeId(const QModelIndex &index) const;
    /** The proxy index of the node with @p id (searches the tree; ids of large plans are cached). */
    QModelIndex indexOfId(const QUuid &id) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    void refresh();

    Side m_side;
    QHash<QUuid, review::TaskCoverage> m_coverage;
    QHash<QUuid, double> m_highlighted;
    QHash<QUuid, int> m_comments;
};

} // namespace pw
