#include "mainwindow.h"

#include "document/document.h"
#include "editor/departmenteditor.h"
#include "editor/documentsession.h"
#include "editor/metadataeditor.h"
#include "editor/nodeeditor.h"
#include "editor/outlineview.h"
#include "editor/planeditor.h"
#include "languagemanager.h"
#include "planviewspanel.h"
#include "report/reportdialog.h"
#include "review/reviewedit.h"
#include "reviewwindow.h"
#include "io/planfile.h"
#include "recoverystore.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDockWidget>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QUndoGroup>
#include <QUndoView>

using namespace Qt::StringLiterals;

namespace pw {

struct MainWindow::Docks
{
    QDockWidget *details, *metadata, *departments, *history, *views;
};

struct MainWindow::Actions
{
    QMenu *file, *newMenu, *recent, *edit, *outline, *view, *review, *language, *settings, *help;
    QAction *open, *import, *save, *saveAs, *close, *quit, *undo, *redo, *filter, *expandAll, *collapseAll,
        *autosaveInterval, *about, *systemLanguage, *report, *compareParent, *library;
    QList<std::pair<QAction *, PlanTemplate>> templates;
    QList<QAction *> languages;
};

MainWindow::MainWindow(LanguageManager *languages, const QString &recoveryDirectory, QWidget *parent)
    : QMainWindow(parent)
    , m_languages(languages)
    , m_recovery(std::make_unique<RecoveryStore>(recoveryDirectory))
    , m_tabs(new QTabWidget(this))
    , m_undoGroup(new QUndoGroup(this))
    , m_counts(new QLabel(this))
    , m_autosave(new QTimer(this))
    , m_countsTimer(new QTimer(this))
    , m_docks(std::make_unique<Docks>())
    , m_actions(std::make_unique<Actions>())
{
    setObjectName(u"MainWindow"_s);
    setAcceptDrops(true);
    setDockNestingEnabled(true);
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    setCentralWidget(m_tabs);
    statusBar()->addPermanentWidget(m_counts);
    m_countsTimer->setSingleShot(true);
    connect(m_countsTimer, &QTimer::timeout, this, &MainWindow::updateCounts);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::currentTabChanged);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) { closeEditor(editor(index)); });

    createDocks();
    createActions();
    retranslateUi();

    connect(m_autosave, &QTimer::timeout, this, &MainWindow::autosaveNow);
    setAutosaveInterval(autosaveInterval());

    QSettings settings;
    if (!restoreGeometry(settings.value(u"mainWindow/geometry"_s).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(u"mainWindow/state"_s).toByteArray());
    currentTabChanged();
}

MainWindow::~MainWindow()
{
    // Detach the docks from the documents before the tabs (and their documents) go away.
    m_nodeEditor->setDocument(nullptr);
    m_metadataEditor->setDocument(nullptr);
    m_departmentEditor->setDocument(nullptr);
    while (m_tabs->count() > 0) {
        PlanEditor *e = editor(0);
        m_recovery->release(e->session()->recoveryId());
        m_tabs->removeTab(0);
        delete e;
    }
}

void MainWindow::createDocks()
{
    auto dock = [this](const QString &name, QWidget *content, Qt::DockWidgetArea area) {
        auto *d = new QDockWidget(this);
        d->setObjectName(name);
        d->setWidget(content);
        addDockWidget(area, d);
        return d;
    };
    m_nodeEditor = new NodeEditor(this);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_nodeEditor);
    m_docks->details = dock(u"DetailsDock"_s, scroll, Qt::RightDockWidgetArea);
    m_metadataEditor = new MetadataEditor(this);
    m_docks->metadata = dock(u"MetadataDock"_s, m_metadataEditor, Qt::RightDockWidgetArea);
    m_departmentEditor = new DepartmentEditor(this);
    m_docks->departments = dock(u"DepartmentsDock"_s, m_departmentEditor, Qt::RightDockWidgetArea);
    m_history = new QUndoView(m_undoGroup, this);
    m_docks->history = dock(u"HistoryDock"_s, m_history, Qt::RightDockWidgetArea);
    splitDockWidget(m_docks->details, m_docks->history, Qt::Vertical);
    tabifyDockWidget(m_docks->details, m_docks->metadata);
    tabifyDockWidget(m_docks->metadata, m_docks->departments);
    m_views = new PlanViewsPanel(this);
    m_docks->views = dock(u"ViewsDock"_s, m_views, Qt::BottomDockWidgetArea);
    m_docks->views->hide();
    connect(m_docks->views, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        // Docked, the tables and charts get half the window rather than a strip.
        if (visible && !m_docks->views->isFloating() && m_docks->views->height() < height() / 3)
            resizeDocks({ m_docks->views }, { std::max(360, height() / 2) }, Qt::Vertical);
    });
    connect(m_views, &PlanViewsPanel::nodeActivated, this, &MainWindow::showNodeInOutline);
    m_docks->details->raise();
    resizeDocks({ m_docks->details }, { 460 }, Qt::Horizontal);
    resizeDocks({ m_docks->details, m_docks->history }, { 560, 180 }, Qt::Vertical);
}

void MainWindow::createActions()
{
    Actions &a = *m_actions;
    a.file = menuBar()->addMenu(QString());
    a.newMenu = a.file->addMenu(QString());
    for (const PlanTemplate t : kAllTemplates) {
        QAction *action = a.newMenu->addAction(QString(), this, [this, t] { newDocument(t); });
        if (t == PlanTemplate::Blank)
            action->setShortcut(QKeySequence::New);
        a.templates.append({ action, t });
    }
    a.open = a.file->addAction(QString(), this, &MainWindow::openWithDialog);
    a.open->setShortcut(QKeySequence::Open);
    a.recent = a.file->addMenu(QString());
    a.import = a.file->addAction(QString(), this, &MainWindow::importWithDialog);
    a.import->setShortcut(QKeySequence(u"Ctrl+I"_s));
    a.library = a.file->addAction(QString(), this, &MainWindow::openLibrary);
    a.library->setObjectName(u"libraryAction"_s);
    a.library->setShortcut(QKeySequence(u"Ctrl+L"_s));
    a.file->addSeparator();
    a.save = a.file->addAction(QString(), this, [this] { save(currentEditor()); });
    a.save->setShortcut(QKeySequence::Save);
    a.saveAs = a.file->addAction(QString(), this, [this] { saveWithDialog(currentEditor()); });
    a.saveAs->setShortcut(QKeySequence(u"Ctrl+Shift+S"_s)); // QKeySequence::SaveAs is empty outside GNOME
    a.close = a.file->addAction(QString(), this, [this] { closeEditor(currentEditor()); });
    a.close->setShortcut(QKeySequence::Close);
    a.report = a.file->addAction(QString(), this, [this] {
        if (PlanEditor *e = currentEditor())
            ui::ReportDialog(*e->document(), this).exec();
    });
    a.report->setShortcut(QKeySequence::Print);
    a.file->addSeparator();
    a.quit = a.file->addAction(QString(), this, &QWidget::close);
    a.quit->setShortcut(QKeySequence::Quit);
    a.quit->setMenuRole(QAction::QuitRole);

    a.edit = menuBar()->addMenu(QString());
    a.undo = m_undoGroup->createUndoAction(this);
    a.undo->setShortcut(QKeySequence::Undo);
    a.redo = m_undoGroup->createRedoAction(this);
    a.redo->setShortcuts({ QKeySequence(u"Ctrl+Shift+Z"_s), QKeySequence(u"Ctrl+Y"_s) });
    a.edit->addAction(a.undo);
    a.edit->addAction(a.redo);
    a.edit->addSeparator();
    a.filter = a.edit->addAction(QString(), this, [this] {
        if (PlanEditor *e = currentEditor())
            e->startFilter();
    });
    a.filter->setShortcut(QKeySequence::Find);

    a.outline = menuBar()->addMenu(QString());

    a.view = menuBar()->addMenu(QString());
    a.expandAll = a.view->addAction(QString(), this, [this] {
        if (PlanEditor *e = currentEditor())
            e->outline()->expandAll();
    });
    a.expandAll->setShortcut(QKeySequence(u"Ctrl+Shift+Down"_s));
    a.collapseAll = a.view->addAction(QString(), this, [this] {
        if (PlanEditor *e = currentEditor())
            e->outline()->collapseAll();
    });
    a.collapseAll->setShortcut(QKeySequence(u"Ctrl+Shift+Up"_s));
    a.view->addSeparator();
    for (QDockWidget *d :
        { m_docks->details, m_docks->metadata, m_docks->departments, m_docks->history, m_docks->views })
        a.view->addAction(d->toggleViewAction());
    a.view->addSeparator();
    a.language = a.view->addMenu(QString());
    auto *group = new QActionGroup(this);
    a.systemLanguage = a.language->addAction(QString());
    a.systemLanguage->setData(QString());
    a.language->addSeparator();
    a.languages.append(a.systemLanguage);
    for (const QString &code : LanguageManager::availableLanguages()) {
        QAction *action = a.language->addAction(LanguageManager::nativeName(code));
        action->setData(code);
        a.languages.append(action);
    }
    const QString preferred = m_languages ? m_languages->preferredLanguage() : QString();
    for (QAction *action : std::as_const(a.languages)) {
        action->setCheckable(true);
        action->setChecked(action->data().toString() == preferred);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, action] {
            if (m_languages)
                m_languages->setPreferredLanguage(action->data().toString());
        });
    }
    if (!group->checkedAction())
        a.systemLanguage->setChecked(true);

    a.review = menuBar()->addMenu(QString());
    a.compareParent = a.review->addAction(QString(), this, &MainWindow::compareWithParent);

    a.settings = menuBar()->addMenu(QString());
    a.autosaveInterval = a.settings->addAction(QString(), this, &MainWindow::chooseAutosaveInterval);

    a.help = menuBar()->addMenu(QString());
    a.about = a.help->addAction(QString(), this, &MainWindow::about);
    a.about->setMenuRole(QAction::AboutRole);
    a.help->addAction(QString(), qApp, &QApplication::aboutQt)->setObjectName(u"aboutQt"_s);
    rebuildRecentMenu();
}

void MainWindow::retranslateUi()
{
    Actions &a = *m_actions;
    a.file->setTitle(tr("&File"));
    a.newMenu->setTitle(tr("&New"));
    for (const auto &[action, t] : std::as_const(a.templates))
        action->setText(templateName(t));
    a.open->setText(tr("&Open…"));
    a.recent->setTitle(tr("Open &Recent"));
    a.import->setText(tr("&Import Document…"));
    a.library->setText(tr("&Library…"));
    a.save->setText(tr("&Save"));
    a.saveAs->setText(tr("Save &As…"));
    a.close->setText(tr("&Close"));
    a.report->setText(tr("&Print or Export Report…"));
    a.review->setTitle(tr("&Review"));
    a.compareParent->setText(tr("Compare with &Parent Plan…"));
    a.quit->setText(tr("&Quit"));
    a.edit->setTitle(tr("&Edit"));
    a.undo->setText(tr("&Undo"));
    a.redo->setText(tr("&Redo"));
    a.filter->setText(tr("&Filter Outline…"));
    a.outline->setTitle(tr("&Outline"));
    a.view->setTitle(tr("&View"));
    a.expandAll->setText(tr("&Expand All"));
    a.collapseAll->setText(tr("&Collapse All"));
    a.language->setTitle(tr("&Language"));
    a.systemLanguage->setText(tr("System Default"));
    a.settings->setTitle(tr("&Settings"));
    a.autosaveInterval->setText(tr("&Autosave Interval…"));
    a.help->setTitle(tr("&Help"));
    a.about->setText(tr("&About Planwright"));
    if (QAction *aboutQt = a.help->findChild<QAction *>(u"aboutQt"_s))
        aboutQt->setText(tr("About &Qt"));
    m_docks->details->setWindowTitle(tr("Details"));
    m_docks->metadata->setWindowTitle(tr("Plan"));
    m_docks->departments->setWindowTitle(tr("Departments"));
    m_docks->history->setWindowTitle(tr("History"));
    m_docks->views->setWindowTitle(tr("Tables and Charts"));
    m_history->setEmptyLabel(tr("<original>"));
    m_history->setAccessibleName(tr("Undo history"));
    m_tabs->setAccessibleName(tr("Open plans"));
    rebuildRecentMenu();
    updateTitles();
    updateCounts();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

PlanEditor *MainWindow::addEditor(std::unique_ptr<Document> document)
{
    auto *e = new PlanEditor(std::move(document), m_tabs);
    Document *doc = e->document();
    m_undoGroup->addStack(doc->undoStack());
    connect(doc, &Document::metadataChanged, this, &MainWindow::updateTitles);
    connect(doc, &Document::modifiedChanged, this, &MainWindow::updateTitles);
    connect(doc, &Document::fileNameChanged, this, &MainWindow::updateTitles);
    connect(doc, &Document::readOnlyChanged, this, [this] {
        updateEditable();
        updateTitles();
    });
    connect(doc->undoStack(), &QUndoStack::indexChanged, this, [this, e] {
        m_autosavePending.insert(e);
        m_countsTimer->start(0);
    });
    connect(e, &PlanEditor::currentNodeChanged, this, [this, e](const Node *n) {
        if (e == currentEditor())
            showNode(n);
    });
    m_tabs->addTab(e, QString());
    m_tabs->setCurrentWidget(e);
    e->outline()->setFocus();
    updateTitles();
    return e;
}

PlanEditor *MainWindow::newDocument(PlanTemplate t)
{
    auto document = std::make_unique<Document>(createPlan(t));
    const bool unsaved = t != PlanTemplate::Blank;
    if (unsaved)
        document->undoStack()->resetClean(); // the skeleton is unsaved work
    PlanEditor *e = addEditor(std::move(document));
    if (unsaved)
        m_autosavePending.insert(e);
    e->session()->setUntitledNumber(++m_untitled);
    updateTitles();
    return e;
}

PlanEditor *MainWindow::currentEditor() const
{
    return qobject_cast<PlanEditor *>(m_tabs->currentWidget());
}

int MainWindow::editorCount() const
{
    return m_tabs->count();
}

PlanEditor *MainWindow::editor(int index) const
{
    return qobject_cast<PlanEditor *>(m_tabs->widget(index));
}

void MainWindow::currentTabChanged()
{
    PlanEditor *e = currentEditor();
    Document *doc = e ? e->document() : nullptr;
    m_undoGroup->setActiveStack(doc ? doc->undoStack() : nullptr);
    m_nodeEditor->setDocument(doc);
    m_metadataEditor->setDocument(doc);
    m_departmentEditor->setDocument(doc);
    m_views->setDocument(doc);
    showNode(e ? e->outline()->currentNode() : nullptr);
    for (QAction *action : { m_actions->save, m_actions->saveAs, m_actions->close, m_actions->filter,
             m_actions->expandAll, m_actions->collapseAll, m_actions->report, m_actions->compareParent })
        action->setEnabled(e != nullptr);
    rebuildOutlineMenu();
    updateEditable();
    updateTitles();
    updateCounts();
}

void MainWindow::updateEditable()
{
    const PlanEditor *e = currentEditor();
    const bool editable = !e || !e->document()->isReadOnly();
    for (QWidget *editor : std::initializer_list<QWidget *> { m_nodeEditor, m_metadataEditor, m_departmentEditor })
        editor->setEnabled(editable);
}

void MainWindow::rebuildOutlineMenu()
{
    m_actions->outline->clear();
    if (PlanEditor *e = currentEditor())
        m_actions->outline->addActions(e->outline()->editActions());
    m_actions->outline->setEnabled(currentEditor() != nullptr);
}

void MainWindow::showNode(const Node *node)
{
    m_nodeEditor->setNode(node);
}

void MainWindow::showNodeInOutline(const QUuid &nodeId)
{
    PlanEditor *e = currentEditor();
    if (const Node *node = e ? e->document()->plan().findNode(nodeId) : nullptr) {
        e->outline()->selectNodes({ node });
        e->outline()->setFocus();
    }
}

void MainWindow::compareWithParent()
{
    PlanEditor *child = currentEditor();
    if (!child)
        return;
    // The parent stored in the child comes first: its open tab, or its file.
    const QString stored = review::reviewState(*child->document()).parent.path;
    PlanEditor *storedEditor = stored.isEmpty() ? nullptr : editorFor(stored);
    const bool storedOnDisk = !storedEditor && !stored.isEmpty() && QFileInfo::exists(stored);
    QStringList choices;
    QList<PlanEditor *> candidates;
    if (storedOnDisk) {
        choices.append(tr("%1 (linked parent, from its file)").arg(QFileInfo(stored).fileName()));
        candidates.append(nullptr);
    }
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (editor(i) == child)
            continue;
        const bool linked = editor(i) == storedEditor;
        const QString name = linked ? tr("%1 (linked parent)").arg(m_tabs->tabText(i)) : m_tabs->tabText(i);
        candidates.insert(linked ? 0 : candidates.size(), editor(i));
        choices.insert(linked ? 0 : choices.size(), name);
    }
    const QString fromFile = tr("Another plan file…");
    choices.append(fromFile);
    bool ok = false;
    const QString choice = QInputDialog::getItem(this, tr("Compare with Parent Plan"),
        tr("Parent plan of “%1”:").arg(m_tabs->tabText(m_tabs->currentIndex())), choices, 0, false, &ok);
    if (!ok)
        return;
    Document *parentDocument = nullptr;
    std::unique_ptr<Document> owned;
    const int chosen = choices.indexOf(choice);
    if (choice == fromFile || candidates.value(chosen) == nullptr) {
        const QString path = choice == fromFile
            ? QFileDialog::getOpenFileName(this, tr("Parent plan"), stored, tr("Planwright plans (*.pwplan)"))
            : stored;
        if (path.isEmpty())
            return;
        QString error;
        owned = openDocument(path, &error);
        if (!owned) {
            QMessageBox::warning(this, tr("Cannot open plan"), error);
            return;
        }
        parentDocument = owned.get();
    } else {
        parentDocument = candidates.at(chosen)->document();
    }
    review::linkParent(*child->document(), *parentDocument);
    auto *window = new ReviewWindow(parentDocument, std::move(owned), child->document(), this);
    window->setWindowFlag(Qt::Window);
    connect(window, &ReviewWindow::editorRequested, this, [this](Document *document) {
        for (int i = 0; i < m_tabs->count(); ++i) {
            if (editor(i)->document() == document)
                m_tabs->setCurrentIndex(i);
        }
        raise();
        activateWindow();
        if (PlanEditor *e = currentEditor())
            e->outline()->setFocus();
    });
    window->show();
}

void MainWindow::updateTitles()
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        const PlanEditor *e = editor(i);
        const DocumentSession *s = e->session();
        QString text = s->displayName();
        if (e->document()->isReadOnly())
            text += tr(" [read-only]");
        m_tabs->setTabText(i, e->document()->isModified() ? text + u" *"_s : text);
        m_tabs->setTabToolTip(i, e->document()->fileName());
    }
    const PlanEditor *e = currentEditor();
    if (!e) {
        setWindowTitle(tr("Planwright"));
        setWindowModified(false);
        return;
    }
    setWindowTitle(u"%1[*] — %2"_s.arg(e->session()->displayName(), tr("Planwright")));
    setWindowModified(e->document()->isModified());
}

void MainWindow::updateCounts()
{
    const PlanEditor *e = currentEditor();
    int actions = 0, tasks = 0, withoutLead = 0;
    if (e) {
        e->document()->plan().root().forEach([&](const Node *n) {
            if (!n->parent())
                return;
            if (n->content.kind == NodeKind::Action)
                ++actions;
            if (n->content.kind == NodeKind::Task || n->content.kind == NodeKind::Subtask) {
                ++tasks;
                if (n->content.lead.isEmpty())
                    ++withoutLead;
            }
        });
    }
    m_counts->setText(e
            ? tr("Actions: %1   Tasks: %2   Without lead: %3").arg(actions).arg(tasks).arg(withoutLead)
            : QString());
}

QStringList MainWindow::recentFiles() const
{
    return QSettings().value(u"recentFiles"_s).toStringList();
}

void MainWindow::rebuildRecentMenu()
{
    QMenu *menu = m_actions ? m_actions->recent : nullptr; // null while the menus are built
    if (!menu)
        return;
    menu->clear();
    const QStringList files = recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files.at(i);
        QAction *a = menu->addAction(
            u"&%1 %2"_s.arg(i + 1).arg(QFileInfo(path).fileName()), this, [this, path] { openFile(path); });
        a->setToolTip(path);
    }
    menu->addSeparator();
    menu->addAction(tr("&Clear List"), this,
            [this] {
                QSettings().remove(u"recentFiles"_s);
                rebuildRecentMenu();
            })
        ->setEnabled(!files.isEmpty());
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Planwright"),
        tr("<h3>Planwright %1</h3><p>Authoring and review of local climate plans "
           "(碳达峰实施方案).</p>")
            .arg(QCoreApplication::applicationVersion()));
}

} // namespace pw
