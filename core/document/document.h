#pragma once

// The Document owns a Plan, its undo stack and its file name. It is the only way to change a plan:
// every public edit function pushes one QUndoCommand. Structural changes emit about-to/done signals
// that item models map 1:1 onto beginInsertRows/endInsertRows, beginRemoveRows, beginMoveRows.
// "Modified" is derived from the undo stack's clean state.

#include "changes.h"
#include "model/plan.h"

#include <QByteArray>
#include <QMap>
#include <QObject>
#include <QUndoStack>

#include <memory>
#include <optional>

namespace pw {

class Document final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Document)

public:
    explicit Document(QObject *parent = nullptr);
    /** Takes ownership of @p plan; the undo stack starts clean. */
    explicit Document(std::unique_ptr<Plan> plan, QObject *parent = nullptr);
    ~Document() override;

    const Plan &plan() const { return *m_plan; }
    QUndoStack *undoStack() const { return m_undoStack; }

    QString fileName() const { return m_fileName; }
    void setFileName(const QString &fileName);
    bool isModified() const { return !m_undoStack->isClean(); }
    /** Called after a successful save: the current state becomes the clean state. */
    void markSaved();
    /** A read-only document refuses every edit (the edit functions do nothing; those returning a node
     *  return nullptr), e.g. while another window holds the file's lock. */
    bool isReadOnly() const { return m_readOnly; }
    void setReadOnly(bool readOnly);

    /** Entries of the file this document does not interpret (review/, attachments/), kept across saves. */
    const QMap<QString, QByteArray> &extraEntries() const { return m_extraEntries; }
    void setExtraEntries(const QMap<QString, QByteArray> &entries) { m_extraEntries = entries; }

    // --- Outline edits (each is one undo step) -------------------------------------------------------
    /** Inserts a new node with @p content at @p row of @p parent (nullptr = top level). */
    const Node *insertNode(const Node *parent, int row, const NodeContent &content);
    /** Inserts a copy of @p subtree (fresh ids) at @p row of @p parent. */
    const Node *insertCopy(const Node *parent, int row, const Node &subtree);
    /** Removes the nodes with their subtrees; descendants of listed nodes are ignored. */
    void removeNodes(QList<const Node *> nodes);
    /** Moves @p node to @p row of @p newParent (row counted after removal). False if impossible. */
    bool moveNode(const Node *node, const Node *newParent, int row);
    bool moveUp(const Node *node);
    bool moveDown(const Node *node);
    /** Makes the node the last child of its previous sibling. */
    bool indentNode(const Node *node);
    /** Makes the node the next sibling of its parent. */
    bool outdentNode(const Node *node);
    const Node *duplicateNode(const Node *node);

    // --- Node fields ---------------------------------------------------------------------------------
    /** Sets the content fields named by @p fields from @p content; title/text typing merges into one step. */
    void setNodeContent(const Node *node, const NodeContent &content, NodeFields fields);
    void setTitle(const Node *node, const QString &title);
    void setText(const Node *node, const QString &text);
    void setKind(const Node *node, NodeKind kind);
    void setDeadline(const Node *node, const QString &deadline);
    void setTags(const Node *node, const QStringList &tags);
    void setDepartments(const Node *node, DepartmentRole role, const QList<QUuid> &departments);
    /** Gives @p department the role @p role on every node (std::nullopt removes it from all roles). */
    void assignDepartment(const QList<const Node *> &nodes, const QUuid &department,
                          std::optional<DepartmentRole> role);
    /** Ends the current typing group: the next title/text edit starts a new undo step. */
    void closeTypingGroup() { ++m_typingGroup; }
    int typingGroup() const { return m_typingGroup; }

    // --- Metadata and collections ---------------------------------------------------------------------
    void setMetadata(const PlanMetadata &metadata);

    // add* ignore an item whose id is already present; targets must name an existing indicator.
    void addDepartment(const Department &department, int row = -1);
    void updateDepartment(const Department &department);
    /** Removes the department and every reference to it. */
    void removeDepartment(const QUuid &id);
    /** Replaces every reference to @p from by @p into, keeps @p from's names as aliases of @p into. */
    void mergeDepartments(const QUuid &from, const QUuid &into);

    void addIndicator(const Indicator &indicator, int row = -1);
    void updateIndicator(const Indicator &indicator);
    /** Removes the indicator with its targets. */
    void removeIndicator(const QUuid &id);
    void moveIndicator(const QUuid &id, int row);

    void addTarget(const Target &target, int row = -1);
    void updateTarget(const Target &target);
    void removeTarget(const QUuid &id);

    void addProject(const Project &project, int row = -1);
    void updateProject(const Project &project);
    void removeProject(const QUuid &id);

    /** Replaces metadata, outline and collections in one step (used by import into an open document). */
    void replacePlan(std::unique_ptr<Plan> plan, const QString &commandText);

Q_SIGNALS:
    void fileNameChanged(const QString &fileName);
    void modifiedChanged(bool modified);
    void readOnlyChanged(bool readOnly);

    void nodesAboutToBeInserted(const pw::Node *parent, int first, int last);
    void nodesInserted(const pw::Node *parent, int first, int last);
    void nodesAboutToBeRemoved(const pw::Node *parent, int first, int last);
    void nodesRemoved(const pw::Node *parent, int first, int last);
    /** @p destinationRow is the node's row after the move. */
    void nodeAboutToBeMoved(const pw::Node *node, const pw::Node *destinationParent, int destinationRow);
    void nodeMoved(const pw::Node *node);
    void nodeChanged(const pw::Node *node, pw::NodeFields fields);
    void metadataChanged();

    void rowsAboutToBeInserted(pw::Collection collection, int row);
    void rowsInserted(pw::Collection collection, int row);
    void rowsAboutToBeRemoved(pw::Collection collection, int row);
    void rowsRemoved(pw::Collection collection, int row);
    void rowsAboutToBeMoved(pw::Collection collection, int from, int to);
    void rowsMoved(pw::Collection collection, int from, int to);
    void rowChanged(pw::Collection collection, int row);

    void aboutToReset();
    void reset();

private:
    friend class Mutation;
    Node *mutableNode(const Node *node) const;
    Node *parentOrRoot(const Node *parent) const;
    /** Pushes @p command onto the undo stack; false (and @p command deleted) if the document is read-only. */
    bool push(QUndoCommand *command);

    std::unique_ptr<Plan> m_plan;
    QUndoStack *m_undoStack;
    QString m_fileName;
    QMap<QString, QByteArray> m_extraEntries;
    int m_typingGroup = 0;
    bool m_pushing = false;
    bool m_readOnly = false;
};

} // namespace pw
