// MainWindow: opening, saving and closing documents, recent files, drag and drop of files, file
// locks, external changes, autosave and crash recovery.

#include "mainwindow.h"

#include "document/document.h"
#include "editor/departmenteditor.h"
#include "editor/documentsession.h"
#include "editor/metadataeditor.h"
#include "editor/nodeeditor.h"
#include "editor/planeditor.h"
#include "import/importer.h"
#include "io/planfile.h"
#include "model/plan.h"
#include "recoverystore.h"

#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QUndoGroup>

using namespace Qt::StringLiterals;

namespace pw {
namespace {

constexpr int kMaxRecentFiles = 10;
const QString kAutosaveKey = u"autosave/intervalSeconds"_s;

QString canonical(const QString &path)
{
    const QFileInfo info(path);
    const QString c = info.canonicalFilePath();
    return c.isEmpty() ? info.absoluteFilePath() : c;
}

bool isPlanFile(const QString &path)
{
    return path.endsWith(u".pwplan"_s, Qt::CaseInsensitive);
}

bool isImportable(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == u"txt"_s || suffix == u"docx"_s || suffix == u"html"_s || suffix == u"htm"_s || suffix == u"pdf"_s;
}

} // namespace

PlanEditor *MainWindow::editorFor(const QString &path) const
{
    const QString wanted = canonical(path);
    for (int i = 0; i < m_tabs->count(); ++i) {
        const QString f = editor(i)->document()->fileName();
        if (!f.isEmpty() && canonical(f) == wanted)
            return editor(i);
    }
    return nullptr;
}

PlanEditor *MainWindow::openFile(const QString &path)
{
    if (PlanEditor *open = editorFor(path)) {
        m_tabs->setCurrentWidget(open);
        return open;
    }
    QString error;
    auto document = openDocument(path, &error);
    if (!document) {
        QMessageBox::warning(this, tr("Cannot open plan"),
            tr("%1 cannot be opened:\n%2").arg(QFileInfo(path).fileName(), error));
        return nullptr;
    }
    document->setFileName(canonical(path));
    PlanEditor *e = addEditor(std::move(document));
    DocumentSession *s = e->session();
    s->recordDiskState();
    if (!s->lockFile()) {
        updateTitles();
        QMessageBox::warning(this, tr("Plan in use"),
            tr("%1 is open in another Planwright window. It is opened read-only here: "
               "save your changes under another name.")
                .arg(QFileInfo(path).fileName()));
    }
    addRecentFile(e->document()->fileName());
    statusBar()->showMessage(tr("Opened %1").arg(QFileInfo(path).fileName()), 4000);
    return e;
}

void MainWindow::openWithDialog()
{
    const QStringList paths
        = QFileDialog::getOpenFileNames(this, tr("Open plan"), {}, tr("Planwright plans (*.pwplan)"));
    for (const QString &p : paths)
        openFile(p);
}

PlanEditor *MainWindow::importFile(const QString &path)
{
    import::ImportError error;
    auto result = import::importFile(path, &error);
    if (!result) {
        QMessageBox::warning(this, tr("Cannot import document"),
            tr("%1 cannot be imported:\n%2").arg(QFileInfo(path).fileName(), error.message));
        return nullptr;
    }
    const import::ImportReport &r = result->report;
    auto document = std::make_unique<Document>(std::move(result->plan));
    document->undoStack()->resetClean(); // imported, not yet saved
    PlanEditor *e = addEditor(std::move(document));
    e->session()->setUntitledNumber(++m_untitled);
    m_autosavePending.insert(e);
    updateTitles();
    statusBar()->showMessage(tr("Imported %1: %2 items, %3 departments, %4 targets, %5 warnings")
                                 .arg(QFileInfo(path).fileName())
                                 .arg(r.nodes)
                                 .arg(r.departments)
                                 .arg(r.targets)
                                 .arg(r.count(import::Severity::Warning)),
        10000);
    showImportReport(QFileInfo(path).fileName(), r);
    return e;
}

void MainWindow::showImportReport(const QString &fileName, const import::ImportReport &report)
{
    // Not modal: the officer reads the report next to the imported outline.
    auto *box = new QMessageBox(this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(u"ImportReport"_s);
    box->setWindowTitle(tr("Import report"));
    const int warnings = report.count(import::Severity::Warning);
    box->setIcon(warnings > 0 ? QMessageBox::Warning : QMessageBox::Information);
    box->setText(tr("%1: %2 items, %3 departments, %4 targets imported; %5 warnings.")
                     .arg(fileName)
                     .arg(report.nodes)
                     .arg(report.departments)
                     .arg(report.targets)
                     .arg(warnings));
    box->setDetailedText(import::formatReport(report));
    box->setModal(false);
    box->show();
}

void MainWindow::importWithDialog()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Import plan document"), {}, tr("Plan documents (*.txt *.docx *.html *.htm *.pdf)"));
    for (const QString &p : paths)
        importFile(p);
}

bool MainWindow::save(PlanEditor *editor)
{
    if (!editor)
        return false;
    const DocumentSession *s = editor->session();
    if (editor->document()->fileName().isEmpty() || s->isReadOnly())
        return saveWithDialog(editor);
    return writeFile(editor, editor->document()->fileName());
}

bool MainWindow::saveWithDialog(PlanEditor *editor)
{
    if (!editor)
        return false;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Save plan"), editor->document()->fileName(), tr("Planwright plans (*.pwplan)"));
    if (path.isEmpty())
        return false;
    return saveAs(editor, path);
}

bool MainWindow::saveAs(PlanEditor *editor, const QString &path)
{
    if (!editor || path.isEmpty())
        return false;
    QString target = path;
    if (!isPlanFile(target))
        target += u".pwplan"_s;
    if (PlanEditor *other = editorFor(target); other && other != editor) {
        QMessageBox::warning(this, tr("Cannot save plan"),
            tr("%1 is open in another tab. Close it first.").arg(QFileInfo(target).fileName()));
        return false;
    }
    return writeFile(editor, canonical(target));
}

bool MainWindow::writeFile(PlanEditor *editor, const QString &path)
{
    Document *doc = editor->document();
    DocumentSession *s = editor->session();
    const bool sameFile = !doc->fileName().isEmpty() && canonical(doc->fileName()) == path;
    if (sameFile && s->isReadOnly())
        return saveWithDialog(editor);
    if (sameFile && s->changedOnDisk()) {
        const auto answer = QMessageBox::warning(this, tr("File changed on disk"),
            tr("%1 was changed by another program since you opened it. Overwrite it with your version?")
                .arg(QFileInfo(path).fileName()),
            QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Save)
            return false;
    }
    QString error;
    if (!saveDocument(*doc, path, &error)) {
        QMessageBox::critical(this, tr("Cannot save plan"), error);
        return false;
    }
    if (!sameFile)
        s->lockFile();
    s->recordDiskState();
    m_recovery->remove(s->recoveryId());
    m_autosavePending.remove(editor);
    addRecentFile(path);
    updateTitles();
    statusBar()->showMessage(tr("Saved %1").arg(QFileInfo(path).fileName()), 4000);
    return true;
}

bool MainWindow::maybeSave(PlanEditor *editor)
{
    if (!editor->document()->isModified())
        return true;
    m_tabs->setCurrentWidget(editor);
    const auto answer = QMessageBox::warning(this, tr("Unsaved changes"),
        tr("%1 has unsaved changes. Save them?").arg(editor->session()->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save(editor);
    return answer == QMessageBox::Discard;
}

bool MainWindow::closeEditor(PlanEditor *editor)
{
    if (!editor || !maybeSave(editor))
        return false;
    // Saved or explicitly discarded: the recovery file is no longer needed.
    m_recovery->remove(editor->session()->recoveryId());
    m_autosavePending.remove(editor);
    if (editor == currentEditor()) {
        m_nodeEditor->setDocument(nullptr);
        m_metadataEditor->setDocument(nullptr);
        m_departmentEditor->setDocument(nullptr);
    }
    m_undoGroup->removeStack(editor->document()->undoStack());
    m_tabs->removeTab(m_tabs->indexOf(editor));
    delete editor;
    currentTabChanged();
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (!maybeSave(editor(i))) {
            event->ignore();
            return;
        }
    }
    for (int i = 0; i < m_tabs->count(); ++i)
        m_recovery->remove(editor(i)->session()->recoveryId());
    QSettings settings;
    settings.setValue(u"mainWindow/geometry"_s, saveGeometry());
    settings.setValue(u"mainWindow/state"_s, saveState());
    event->accept();
}

void MainWindow::addRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    QSettings().setValue(u"recentFiles"_s, files.mid(0, kMaxRecentFiles));
    rebuildRecentMenu();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (std::any_of(urls.begin(), urls.end(), [](const QUrl &u) {
            return u.isLocalFile() && (isPlanFile(u.toLocalFile()) || isImportable(u.toLocalFile()));
        }))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    for (const QUrl &url : urls) {
        if (!url.isLocalFile())
            continue;
        if (isPlanFile(url.toLocalFile()))
            openFile(url.toLocalFile());
        else if (isImportable(url.toLocalFile()))
            importFile(url.toLocalFile());
    }
    event->acceptProposedAction();
}

// --- Autosave and recovery -------------------------------------------------------------------------

int MainWindow::autosaveInterval() const
{
    return std::max(1, QSettings().value(kAutosaveKey, 60).toInt());
}

void MainWindow::setAutosaveInterval(int seconds)
{
    seconds = std::max(1, seconds);
    QSettings().setValue(kAutosaveKey, seconds);
    m_autosave->start(seconds * 1000);
}

void MainWindow::chooseAutosaveInterval()
{
    bool ok = false;
    const int seconds = QInputDialog::getInt(this, tr("Autosave"), tr("Save recovery files every (seconds):"),
        autosaveInterval(), 5, 3600, 5, &ok);
    if (ok)
        setAutosaveInterval(seconds);
}

void MainWindow::autosaveNow()
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        PlanEditor *e = editor(i);
        if (!e->document()->isModified() || !m_autosavePending.contains(e))
            continue;
        QString error;
        if (m_recovery->save(e->session()->recoveryId(), *e->document(), &error))
            m_autosavePending.remove(e);
        else
            statusBar()->showMessage(tr("Autosave failed: %1").arg(error), 8000);
    }
}

void MainWindow::offerRecovery()
{
    const RecoveryScan scan = m_recovery->scan();
    if (scan.entries.isEmpty() && scan.corrupt.isEmpty())
        return;
    QStringList lines;
    for (const RecoveryEntry &e : scan.entries) {
        const QString name = e.originalPath.isEmpty() ? (e.title.isEmpty() ? tr("an untitled plan") : e.title)
                                                      : QFileInfo(e.originalPath).fileName();
        lines.append(tr("• %1 (autosaved %2)")
                         .arg(name, QLocale().toString(e.savedAt.toLocalTime(), QLocale::ShortFormat)));
    }
    QMessageBox box(this);
    box.setIcon(QMessageBox::Question);
    box.setWindowTitle(tr("Recover unsaved work"));
    QString text = scan.entries.isEmpty()
        ? QString()
        : tr("Planwright was not closed properly. Unsaved work was found:\n%1").arg(lines.join(u'\n'));
    if (!scan.corrupt.isEmpty())
        text += (text.isEmpty() ? QString() : u"\n\n"_s)
            + tr("%n recovery file(s) are damaged and cannot be opened; they were skipped.", nullptr,
                int(scan.corrupt.size()));
    box.setText(text);
    QPushButton *recoverButton
        = scan.entries.isEmpty() ? nullptr : box.addButton(tr("&Recover"), QMessageBox::AcceptRole);
    QPushButton *discardButton = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    box.addButton(tr("&Later"), QMessageBox::RejectRole);
    box.exec();
    if (recoverButton && box.clickedButton() == recoverButton) {
        recover(scan.entries);
    } else if (box.clickedButton() == discardButton) {
        discardRecovery(scan.entries, scan.corrupt);
    }
}

QList<PlanEditor *> MainWindow::recover(const QList<RecoveryEntry> &entries)
{
    // The empty plan a fresh start opens is replaced by the recovered work.
    if (PlanEditor *only = editorCount() == 1 ? editor(0) : nullptr; only && !entries.isEmpty()
        && !only->document()->isModified() && only->document()->fileName().isEmpty()
        && only->document()->plan().root().childCount() == 0)
        closeEditor(only);
    QList<PlanEditor *> editors;
    for (const RecoveryEntry &entry : entries) {
        QString error;
        auto loaded = loadPlanFile(entry.archivePath, &error);
        if (!loaded) {
            QMessageBox::warning(this, tr("Cannot recover"), error);
            continue;
        }
        auto document = std::make_unique<Document>(std::move(loaded->plan));
        document->setExtraEntries(loaded->extraEntries);
        document->setFileName(entry.originalPath);
        document->undoStack()->resetClean(); // recovered work is unsaved
        PlanEditor *e = addEditor(std::move(document));
        m_autosavePending.insert(e);
        DocumentSession *s = e->session();
        s->setRecoveryId(entry.id);
        s->setUntitledNumber(++m_untitled);
        m_recovery->adopt(entry.id);
        for (const QString &older : entry.olderIds)
            m_recovery->remove(older);
        if (!entry.originalPath.isEmpty()) {
            if (!s->lockFile())
                QMessageBox::warning(this, tr("Plan in use"),
                    tr("%1 is open in another Planwright window. The recovered version is "
                       "read-only here: save it under another name.")
                        .arg(QFileInfo(entry.originalPath).fileName()));
            // Disk state unknown: a save of the recovered version asks before overwriting.
        }
        editors.append(e);
    }
    updateTitles();
    return editors;
}

void MainWindow::discardRecovery(const QList<RecoveryEntry> &entries, const QStringList &corruptIds)
{
    for (const RecoveryEntry &e : entries) {
        m_recovery->remove(e.id);
        for (const QString &older : e.olderIds)
            m_recovery->remove(older);
    }
    for (const QString &id : corruptIds)
        m_recovery->remove(id);
}

} // namespace pw
