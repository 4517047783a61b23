#pragma once

// Reviewer comments of the child document (review/comments.json): listed with their replies, added to
// the selected node, answered, resolved and reopened. Every change is one undo step of the document.

#include "review/reviewresult.h"

#include <QWidget>

class QCheckBox;
class QPushButton;
class QTreeWidget;

namespace pw {

class ReviewController;

class CommentsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommentsPanel)

public:
    explicit CommentsPanel(ReviewController *controller, QWidget *parent = nullptr);

    /** The anchor new comments attach to (the workspace passes the selected child node). */
    void setAnchor(const review::CommentAnchor &anchor, const QString &label);
    /** Reloads the list from the child document. */
    void reload();
    /** Adds a comment without asking (used by the dialog path and by tests). */
    void addComment(const QString &text);
    void reply(const QUuid &commentId, const QString &text);
    void setResolved(const QUuid &commentId, bool resolved);

    static QString author();

Q_SIGNALS:
    void nodeActivated(const QUuid &childNodeId);

private:
    QUuid currentCommentId() const;
    void updateButtons();

    ReviewController *m_controller;
    review::CommentAnchor m_anchor;
    QString m_anchorLabel;
    QTreeWidget *m_list;
    QCheckBox *m_showResolved;
    QPushButton *m_add;
    QPushButton *m_reply;
    QPushButton *m_resolve;
};

} // namespace pw
