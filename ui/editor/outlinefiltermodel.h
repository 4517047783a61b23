#pragma once

// Filters the outline by a keyword found in a node's title or text. Recursive filtering keeps the
// ancestors of every match visible, so the path to each match stays on screen.

#include <QSortFilterProxyModel>

namespace pw {

class OutlineFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutlineFilterModel)

public:
    explicit OutlineFilterModel(QObject *parent = nullptr);

    QString keyword() const { return m_keyword; }
    void setKeyword(const QString &keyword);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_keyword;
};

} // namespace pw
