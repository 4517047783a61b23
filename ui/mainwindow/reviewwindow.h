#pragma once

// A window hosting the review workspace for a child plan (an open tab) against its parent (another
// open tab, or a plan file this window loads and owns). It closes itself when either document goes away.
// Its Review menu leads back to the editor (Ctrl+E) and closes the window (Ctrl+W).

#include <QMainWindow>

class QAction;
class QMenu;

#include <memory>

namespace pw {

class Document;
class ReviewWorkspace;

class ReviewWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewWindow)

public:
    /** @p ownedParent, if set, is the parent plan loaded from a file; @p parentDocument points to it. */
    ReviewWindow(Document *parentDocument, std::unique_ptr<Document> ownedParent, Document *childDocument,
        QWidget *parent = nullptr);
    ~ReviewWindow() override;

    ReviewWorkspace *workspace() const { return m_workspace; }

Q_SIGNALS:
    /** Review ▸ Back to Editor: the editor should show @p child and take the focus. */
    void editorRequested(pw::Document *child);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    std::unique_ptr<Document> m_ownedParent;
    ReviewWorkspace *m_workspace;
    Document *m_child;
    Document *m_parentDocument;
    QMenu *m_menu;
    QAction *m_backToEditor, *m_close;
};

} // namespace pw
