#pragma once

// The checks of the responsibility matrix as a list next to it: tasks without lead or with several
// leads, unused departments, departments of another level, and near-duplicate names with a one-click
// merge (Document::mergeDepartments, undoable). Refreshes shortly after edits (coalesced).

#include <QWidget>

class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace pw {

class Document;

class ResponsibilityChecksPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResponsibilityChecksPanel)

public:
    explicit ResponsibilityChecksPanel(Document *document, QWidget *parent = nullptr);

    /** Rebuilds the list now (otherwise it follows edits after a short delay). */
    void refresh();
    QTreeWidget *tree() const { return m_tree; }
    /** Number of near-duplicate pairs currently listed. */
    int duplicateCount() const;
    /** Merges the @p pair-th near-duplicate pair listed (one undo step). */
    void mergeDuplicate(int pair);

Q_SIGNALS:
    void taskActivated(const QUuid &nodeId);
    void departmentActivated(const QUuid &departmentId);

private:
    QTreeWidgetItem *addGroup(const QString &title, int count);

    Document *m_doc;
    QTreeWidget *m_tree;
    QTimer *m_refresh;
    QTreeWidgetItem *m_duplicates = nullptr;
};

} // namespace pw
