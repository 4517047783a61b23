#pragma once

// The main window: one document's outline with File and Edit menus. The authoring issue grows it into
// the full editor (tabs, detail editor, panels).

#include <QMainWindow>

#include <memory>

class QTreeView;

namespace pw {

class Document;
class PlanTreeModel;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /** Opens @p path in this window; false (after telling the user) if it cannot be read. */
    bool openFile(const QString &path);
    Document *document() const { return m_document.get(); }
    QTreeView *outlineView() const { return m_outline; }

    bool save();
    bool saveAs();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void setDocument(std::unique_ptr<Document> document);
    void updateTitle();
    bool saveTo(const QString &path);
    bool maybeSave();
    void open();
    void importDocument();

    std::unique_ptr<Document> m_document;
    PlanTreeModel *m_model = nullptr;
    QTreeView *m_outline;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
};

} // namespace pw
