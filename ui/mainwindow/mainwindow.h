#pragma once

// The authoring window: one tab per open document (each with its own undo stack in a QUndoGroup),
// the outline in the tab, and docks for the selected node's details, the plan metadata, the
// department registry and the undo history. File handling (open/save, recent files, locks, external
// changes, autosave and crash recovery) lives in mainwindowfiles.cpp.

#include "editor/plantemplates.h"
#include "review/reviewengine.h"

#include <QMainWindow>
#include <QPointer>
#include <QSet>

#include <memory>

class QLabel;
class QMenu;
class QTabWidget;
class QTimer;
class QUndoGroup;
class QUndoView;

namespace pw {
namespace import {
struct ImportReport;
}

class DepartmentEditor;
class Document;
class LanguageManager;
class MetadataEditor;
class Node;
class NodeEditor;
class PlanViewsPanel;
class PlanEditor;
class RecoveryStore;
class LibraryWindow;
class ReviewWindow;
struct RecoveryEntry;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    /** @p recoveryDirectory: where autosaves go (default: RecoveryStore::defaultDirectory()). */
    explicit MainWindow(LanguageManager *languages = nullptr, const QString &recoveryDirectory = {},
        QWidget *parent = nullptr);
    ~MainWindow() override;

    // --- Documents -------------------------------------------------------------------------------------
    PlanEditor *newDocument(PlanTemplate t = PlanTemplate::Blank);
    /** Opens @p path in a new tab, or focuses the tab that already shows it. nullptr (after telling
     *  the user) if it cannot be read. */
    PlanEditor *openFile(const QString &path);
    /** Imports a plan document (.txt, .docx, .html) into a new, unsaved tab; nullptr (after telling
     *  the user) if nothing could be imported. */
    PlanEditor *importFile(const QString &path);
    bool save(PlanEditor *editor);
    /** Saves to @p path without a file dialog. */
    bool saveAs(PlanEditor *editor, const QString &path);
    /** Closes the tab, asking to save unsaved changes; false if the user cancelled. */
    bool closeEditor(PlanEditor *editor);

    PlanEditor *currentEditor() const;
    int editorCount() const;
    PlanEditor *editor(int index) const;
    PlanEditor *editorFor(const QString &path) const;

    // --- Plan library (mainwindowlibrary.cpp) ------------------------------------------------------
    /** Shows the library window (File ▸ Library), creating it on first use. */
    LibraryWindow *openLibrary();
    /** Opens a plan of the library (imports a document) and selects @p nodeId, or the node titled @p title. */
    PlanEditor *openPlanAt(const QString &file, const QUuid &nodeId, const QString &title = {});
    /** Opens the child plan and the review workspace against the parent plan file. */
    /** Opens the review of @p childFile against @p parentFile, with what the library adds (@p options). */
    ReviewWindow *reviewPair(
        const QString &parentFile, const QString &childFile, const review::ReviewOptions &options = {});

    NodeEditor *nodeEditor() const { return m_nodeEditor; }
    MetadataEditor *metadataEditor() const { return m_metadataEditor; }
    DepartmentEditor *departmentEditor() const { return m_departmentEditor; }
    QUndoGroup *undoGroup() const { return m_undoGroup; }
    QTabWidget *tabs() const { return m_tabs; }
    RecoveryStore &recoveryStore() const { return *m_recovery; }
    QLabel *countsLabel() const { return m_counts; }

    // --- Never losing work --------------------------------------------------------------------------
    /** Autosave interval in seconds (QSettings "autosave/intervalSeconds", default 60). */
    void setAutosaveInterval(int seconds);
    int autosaveInterval() const;
    /** Writes recovery files of modified documents that changed since the last autosave. */
    void autosaveNow();
    /** Looks for recovery files of crashed sessions and asks what to do with them. */
    void offerRecovery();
    /** Opens the recovered entries as modified documents and takes their recovery files over. */
    QList<PlanEditor *> recover(const QList<RecoveryEntry> &entries);
    /** Deletes the recovery files of @p entries and of @p corruptIds. */
    void discardRecovery(const QList<RecoveryEntry> &entries, const QStringList &corruptIds = {});

    QStringList recentFiles() const;

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createDocks();
    void retranslateUi();
    PlanEditor *addEditor(std::unique_ptr<Document> document);
    void currentTabChanged();
    void updateTitles();
    /** The detail, plan and department editors accept input unless the current document is read-only. */
    void updateEditable();
    void updateCounts();
    void showNode(const Node *node);
    void showNodeInOutline(const QUuid &nodeId);
    void compareWithParent();
    void showImportReport(const QString &fileName, const import::ImportReport &report);
    void rebuildOutlineMenu();
    void rebuildRecentMenu();
    void addRecentFile(const QString &path);
    bool maybeSave(PlanEditor *editor);
    bool saveWithDialog(PlanEditor *editor);
    bool writeFile(PlanEditor *editor, const QString &path);
    void openWithDialog();
    void importWithDialog();
    void chooseAutosaveInterval();
    void about();

    LanguageManager *m_languages;
    std::unique_ptr<RecoveryStore> m_recovery;
    QTabWidget *m_tabs;
    QUndoGroup *m_undoGroup;
    NodeEditor *m_nodeEditor = nullptr;
    MetadataEditor *m_metadataEditor = nullptr;
    DepartmentEditor *m_departmentEditor = nullptr;
    QUndoView *m_history = nullptr;
    PlanViewsPanel *m_views = nullptr;
    QPointer<LibraryWindow> m_library;
    QLabel *m_counts;
    QTimer *m_autosave;
    QTimer *m_countsTimer;
    int m_untitled = 0;
    QSet<const PlanEditor *> m_autosavePending; ///< edited since their last autosave

    struct Docks;
    std::unique_ptr<Docks> m_docks;
    struct Actions;
    std::unique_ptr<Actions> m_actions;
};

} // namespace pw
