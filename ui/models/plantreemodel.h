#pragma once

// The plan outline as a tree model. It mirrors the Document's about-to/done signals 1:1 and never
// changes the document itself: setData() and drops go through the Document's edit API (one undo step).

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
    enum Column
    {
        TitleColumn,
        LeadColumn,
        SupportColumn,
        DeadlineColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        NodeRole = Qt::UserRole,
        NumberRole,
        KindRole,
        MissingLeadRole
    };

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

    // Drag and drop: a move inside this document, a copy from another one (see editor/nodemime.h).
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
        const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
        const QModelIndex &parent) override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;

private:
    void connectDocument();
    const Node *nodeOrRoot(const QModelIndex &index) const;
    /** Numbers are derived from positions: refresh siblings from @p first on after a structural change. */
    void renumber(const Node *parent, int first);

    Document *m_doc;
    std::pair<const Node *, int> m_movedFrom { nullptr, 0 };
};

} // namespace pw
