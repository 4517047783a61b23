#pragma once

// The outline tree with the keyboard-driven editing commands of an outliner: insert, delete,
// duplicate, move, indent/outdent, rename, copy/paste, drag and drop. The view shows the filter proxy;
// every command maps its selection back to document nodes and calls the Document edit API.

#include <QList>
#include <QSet>
#include <QTreeView>
#include <QUuid>

namespace pw {

class Document;
class Node;
class OutlineFilterModel;
class PlanTreeModel;

class OutlineView final : public QTreeView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutlineView)

public:
    explicit OutlineView(QWidget *parent = nullptr);

    void setModels(Document *document, PlanTreeModel *model, OutlineFilterModel *filter);

    const Node *currentNode() const;
    /** Selected nodes in document order. */
    QList<const Node *> selectedNodes() const;
    void selectNodes(const QList<const Node *> &nodes);
    QModelIndex viewIndex(const Node *node, int column = 0) const;
    const Node *nodeAt(const QModelIndex &viewIndex) const;

    /** The editing actions, for menus (their shortcuts act while the view has focus). */
    QList<QAction *> editActions() const { return m_editActions; }

public Q_SLOTS:
    void insertSibling();
    void insertChild();
    void removeSelected();
    void duplicateSelected();
    void moveSelectedUp();
    void moveSelectedDown();
    void indentSelected();
    void outdentSelected();
    void renameCurrent();
    void copySelected();
    /** Opens the dialog that assigns a department to every selected item. */
    void assignToSelected();
    void paste();

Q_SIGNALS:
    /** An edit needs every item visible (the owner clears its filter field). */
    void clearFilterRequested();

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void restoreExpansion(const QModelIndex &parent, int first, int last);
    void retranslateUi();
    bool isEditable() const;
    /** Enables the editing actions and drops unless the document is read-only (copying stays). */
    void updateEditable();
    const Node *insertAt(const Node *parent, int row, int kind);
    /** Runs @p edit for each node as one undo step named @p text, then restores the selection. */
    template<typename Edit> void editEach(const QList<const Node *> &nodes, const QString &text, Edit edit);

    Document *m_doc = nullptr;
    PlanTreeModel *m_model = nullptr;
    OutlineFilterModel *m_filter = nullptr;
    QList<QAction *> m_editActions;
    QSet<QUuid> m_expandedBeforeRemoval;
    QAction *m_insertSibling, *m_insertChild, *m_remove, *m_duplicate, *m_moveUp, *m_moveDown, *m_indent,
        *m_outdent, *m_rename, *m_copy, *m_paste, *m_assign;
};

} // namespace pw
