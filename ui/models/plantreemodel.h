#pragma once

// The plan outline as a tree model. It mirrors the Document's about-to/done signals 1:1 and never
// changes the document itself: setData() goes through the Document's edit API (one undo command).

#include <QAbstractItemModel>

#include <utility>

namespace pw {

class Document;
class Node;

class PlanTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanTreeModel)

public:
    enum Column { TitleColumn, LeadColumn, SupportColumn, DeadlineColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role { NodeRole = Qt::UserRole, NumberRole, KindRole, MissingLeadRole };

    explicit PlanTreeModel(Document *document, QObject *parent = nullptr);

    Document *document() const { return m_doc; }
    const Node *node(const QModelIndex &index) const;
    QModelIndex indexOf(const Node *node, int column = 0) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void connectDocument();
    const Node *nodeOrRoot(const QModelIndex &index) const;
    /** Numbers are derived from positions: refresh siblings from @p first on after a structural change. */
    void renumber(const Node *parent, int first);

    Document *m_doc;
    std::pair<const Node *, int> m_movedFrom { nullptr, 0 };
};

} // namespace pw
