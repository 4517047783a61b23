#include "mainwindow.h"

#include "document/document.h"
#include "io/planfile.h"
#include "models/plantreemodel.h"
#include "report/reportdialog.h"

#include <QAction>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTreeView>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace pw {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_outline(new QTreeView(this))
{
    m_outline->setAccessibleName(tr("Plan outline"));
    m_outline->setUniformRowHeights(true);
    m_outline->setAlternatingRowColors(true);
    setCentralWidget(m_outline);
    createActions();
    setDocument(std::make_unique<Document>());
    resize(1100, 720);
}

MainWindow::~MainWindow()
{
    m_outline->setModel(nullptr);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::open);
    open->setShortcut(QKeySequence::Open);
    QAction *save = file->addAction(tr("&Save"), this, &MainWindow::save);
    save->setShortcut(QKeySequence::Save);
    QAction *saveAs = file->addAction(tr("Save &As…"), this, &MainWindow::saveAs);
    saveAs->setShortcut(QKeySequence::SaveAs);
    QAction *report = file->addAction(tr("&Print or Export Report…"), this, [this] {
        ui::ReportDialog(*m_document, this).exec();
    });
    report->setShortcut(QKeySequence::Print);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_undo = edit->addAction(tr("&Undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = edit->addAction(tr("&Redo"));
    m_redo->setShortcuts({ QKeySequence::Redo, QKeySequence(u"Ctrl+Shift+Z"_s) });
}

void MainWindow::setDocument(std::unique_ptr<Document> document)
{
    m_outline->setModel(nullptr);
    delete m_model;
    m_document = std::move(document);
    m_model = new PlanTreeModel(m_document.get(), this);
    m_outline->setModel(m_model);
    m_outline->header()->setSectionResizeMode(PlanTreeModel::TitleColumn, QHeaderView::Stretch);
    m_outline->header()->setStretchLastSection(false);
    m_outline->expandToDepth(1);

    QUndoStack *stack = m_document->undoStack();
    disconnect(m_undo, nullptr, nullptr, nullptr);
    disconnect(m_redo, nullptr, nullptr, nullptr);
    connect(m_undo, &QAction::triggered, stack, &QUndoStack::undo);
    connect(m_redo, &QAction::triggered, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::canUndoChanged, m_undo, &QAction::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, m_redo, &QAction::setEnabled);
    m_undo->setEnabled(stack->canUndo());
    m_redo->setEnabled(stack->canRedo());
    connect(m_document.get(), &Document::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document.get(), &Document::fileNameChanged, this, &MainWindow::updateTitle);
    updateTitle();
}

void MainWindow::updateTitle()
{
    const QString name = m_document->fileName().isEmpty() ? tr("Untitled")
                                                          : QFileInfo(m_document->fileName()).fileName();
    setWindowTitle(u"%1[*] — %2"_s.arg(name, tr("Planwright")));
    setWindowModified(m_document->isModified());
}

bool MainWindow::openFile(const QString &path)
{
    QString error;
    auto document = openDocument(path, &error);
    if (!document) {
        QMessageBox::warning(this, tr("Cannot open plan"), error);
        return false;
    }
    setDocument(std::move(document));
    statusBar()->showMessage(tr("Opened %1").arg(QFileInfo(path).fileName()), 4000);
    return true;
}

void MainWindow::open()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open plan"), {}, tr("Planwright plans (*.pwplan)"));
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::save()
{
    return m_document->fileName().isEmpty() ? saveAs() : saveTo(m_document->fileName());
}

bool MainWindow::saveAs()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save plan"), m_document->fileName(),
                                                tr("Planwright plans (*.pwplan)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(u".pwplan"_s))
        path += u".pwplan"_s;
    return saveTo(path);
}

bool MainWindow::saveTo(const QString &path)
{
    QString error;
    if (!saveDocument(*m_document, path, &error)) {
        QMessageBox::critical(this, tr("Cannot save plan"), error);
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(QFileInfo(path).fileName()), 4000);
    return true;
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const auto answer = QMessageBox::warning(this, tr("Unsaved changes"),
                                             tr("The plan has unsaved changes. Save them?"),
                                             QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (maybeSave())
        event->accept();
    else
        event->ignore();
}

} // namespace pw
