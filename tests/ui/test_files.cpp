// Never losing work: external changes, locks, autosave and recovery after a killed process.

#include "uitesthelpers.h"

#include "document/document.h"
#include "editor/documentsession.h"
#include "editor/planeditor.h"
#include "editor/readonlybar.h"
#include "models/plantreemodel.h"
#include "editor/departmenteditor.h"
#include "editor/metadataeditor.h"
#include "editor/nodeeditor.h"
#include "editor/outlineview.h"
#include "io/planfile.h"
#include "io/planjson.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/recoverystore.h"
#include "model/plan.h"

#include <QAction>
#include <QDir>
#include <QFrame>
#include <QLineEdit>
#include <QPushButton>
#include <QDropEvent>
#include <QFile>
#include <QMessageBox>
#include <QMimeData>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <gtest/gtest.h>

using namespace pw;
using namespace Qt::StringLiterals;

namespace {

void discardAll(MainWindow &w)
{
    for (int i = 0; i < w.editorCount(); ++i)
        w.editor(i)->document()->markSaved();
}

} // namespace

TEST(Files, SavingOverAFileChangedOnDiskAsksFirst)
{
    QTemporaryDir dir;
    MainWindow w(nullptr, dir.filePath(u"recovery"_s));
    PlanEditor *e = w.newDocument(PlanTemplate::District);
    const QString path = dir.filePath(u"plan.pwplan"_s);
    ASSERT_TRUE(w.saveAs(e, path));
    EXPECT_FALSE(e->session()->changedOnDisk());

    // Another program rewrites the file.
    Plan other;
    other.metadata.title = u"外部修改"_s;
    QString error;
    ASSERT_TRUE(savePlanFile(other, {}, path, &error)) << qPrintable(error);
    EXPECT_TRUE(e->session()->changedOnDisk());

    e->document()->insertNode(nullptr, 0, { NodeKind::Chapter, u"新增章节"_s });
    test::answerNextMessageBox(QMessageBox::Cancel);
    EXPECT_FALSE(w.save(e));
    EXPECT_TRUE(test::takeDialogAnswered());
    EXPECT_TRUE(test::lastDialogText().contains(u"changed by another program"_s));
    EXPECT_EQ(loadPlanFile(path, &error)->plan->metadata.title, u"外部修改"_s);

    test::answerNextMessageBox(QMessageBox::Save);
    EXPECT_TRUE(w.save(e));
    EXPECT_TRUE(test::takeDialogAnswered());
    EXPECT_EQ(loadPlanFile(path, &error)->plan->root().child(0)->content.title, u"新增章节"_s);
    // Saved by us: no question the next time.
    e->document()->setTitle(e->document()->plan().root().child(0), u"新增章节二"_s);
    EXPECT_TRUE(w.save(e));
    EXPECT_FALSE(test::takeDialogAnswered());
}

TEST(Files, SecondWindowOpeningALockedFileIsReadOnly)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"locked.pwplan"_s);
    QString error;
    ASSERT_TRUE(savePlanFile(Plan(), {}, path, &error));
    MainWindow first(nullptr, dir.filePath(u"r1"_s));
    ASSERT_TRUE(first.openFile(path));
    EXPECT_FALSE(first.currentEditor()->session()->isReadOnly());

    MainWindow second(nullptr, dir.filePath(u"r2"_s));
    second.show();
    PlanEditor *e = second.openFile(path);
    ASSERT_TRUE(e);
    EXPECT_FALSE(test::takeDialogAnswered()) << "the bar above the outline tells, no dialog";
    EXPECT_TRUE(e->session()->isReadOnly());
    EXPECT_TRUE(second.tabs()->tabText(0).contains(u"read-only"_s));

    // Once the first window closes the file, it can be opened for writing again.
    ASSERT_TRUE(first.closeEditor(first.currentEditor()));
    MainWindow third(nullptr, dir.filePath(u"r3"_s));
    ASSERT_TRUE(third.openFile(path));
    EXPECT_FALSE(test::takeDialogAnswered());
    EXPECT_FALSE(third.currentEditor()->session()->isReadOnly());
}

TEST(Files, ALockedPlanStaysReadOnlyUntilTheUserChoosesEditAnyway)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"locked.pwplan"_s);
    Plan plan;
    plan.root().insertChild(0, std::make_unique<Node>(NodeContent { NodeKind::Chapter, u"总体要求"_s }));
    QString error;
    ASSERT_TRUE(savePlanFile(plan, {}, path, &error));
    MainWindow first(nullptr, dir.filePath(u"r1"_s));
    ASSERT_TRUE(first.openFile(path));

    MainWindow second(nullptr, dir.filePath(u"r2"_s));
    second.show();
    PlanEditor *e = second.openFile(path);
    ASSERT_TRUE(e);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&second));
    Document *doc = e->document();
    EXPECT_TRUE(doc->isReadOnly());
    EXPECT_TRUE(e->readOnlyBar()->isVisible());
    EXPECT_FALSE(second.nodeEditor()->isEnabled());
    EXPECT_FALSE(second.metadataEditor()->isEnabled());
    EXPECT_FALSE(second.departmentEditor()->isEnabled());

    // Every way of editing does nothing: outline keys, the outline's actions, in-place renaming, the API.
    OutlineView *outline = e->outline();
    outline->setFocus();
    outline->selectNodes({ doc->plan().root().child(0) });
    QTest::keyClick(outline, Qt::Key_Insert);
    QTest::keyClick(outline, Qt::Key_N, Qt::ControlModifier);
    QTest::keyClick(outline, Qt::Key_Delete);
    QTest::keyClick(outline, Qt::Key_Return);
    QTest::keyClick(outline, Qt::Key_F2);
    QCoreApplication::processEvents();
    const auto *inlineEditor = outline->viewport()->findChild<QLineEdit *>();
    EXPECT_FALSE(inlineEditor && inlineEditor->isVisible()) << "no in-place rename";
    for (QAction *action : outline->editActions()) {
        const bool isCopy = action->shortcut() == QKeySequence(QKeySequence::Copy);
        EXPECT_EQ(action->isEnabled(), isCopy) << qPrintable(action->text());
    }
    EXPECT_FALSE(e->treeModel()->flags(e->treeModel()->index(0, 0)) & Qt::ItemIsEditable);
    EXPECT_EQ(doc->insertNode(nullptr, 0, { NodeKind::Chapter, u"不应出现"_s }), nullptr);
    doc->setTitle(doc->plan().root().child(0), u"改名"_s);
    EXPECT_EQ(doc->plan().root().childCount(), 1);
    EXPECT_EQ(doc->plan().root().child(0)->content.title, u"总体要求"_s);
    EXPECT_EQ(doc->undoStack()->count(), 0);
    EXPECT_FALSE(doc->isModified());
    // Switching tabs and back keeps it read-only.
    second.newDocument();
    second.tabs()->setCurrentWidget(e);
    EXPECT_TRUE(doc->isReadOnly());
    EXPECT_FALSE(second.nodeEditor()->isEnabled());

    // "Edit Anyway" makes it editable; saving still asks for another name, since the first window holds the file.
    QTest::mouseClick(e->readOnlyBar()->editAnywayButton(), Qt::LeftButton);
    EXPECT_FALSE(doc->isReadOnly());
    EXPECT_FALSE(e->readOnlyBar()->isVisible());
    EXPECT_TRUE(second.nodeEditor()->isEnabled());
    EXPECT_FALSE(second.tabs()->tabText(second.tabs()->indexOf(e)).contains(u"read-only"_s));
    EXPECT_TRUE(e->session()->isReadOnly());
    outline->setFocus();
    outline->selectNodes({ doc->plan().root().child(0) });
    QTest::keyClick(outline, Qt::Key_Insert);
    QTest::keyClick(outline->focusWidget() ? outline->focusWidget() : outline, Qt::Key_Escape);
    EXPECT_EQ(doc->plan().root().childCount(), 2);
    EXPECT_TRUE(doc->isModified());
    // A save under another name owns its file: the document stays editable.
    ASSERT_TRUE(second.saveAs(e, dir.filePath(u"copy.pwplan"_s)));
    EXPECT_FALSE(e->session()->isReadOnly());
    EXPECT_FALSE(doc->isReadOnly());
    discardAll(first);
    discardAll(second);
}

TEST(Files, AutosaveWritesRecoveryFileAndSaveRemovesIt)
{
    QTemporaryDir dir;
    const QString recovery = dir.filePath(u"recovery"_s);
    MainWindow w(nullptr, recovery);
    PlanEditor *e = w.newDocument(PlanTemplate::City);
    w.autosaveNow();
    const QString archive = w.recoveryStore().archivePath(e->session()->recoveryId());
    ASSERT_TRUE(QFile::exists(archive));
    // A live window's recovery files are not offered to others.
    EXPECT_TRUE(RecoveryStore(recovery).scan().entries.isEmpty());
    ASSERT_TRUE(w.saveAs(e, dir.filePath(u"city.pwplan"_s)));
    EXPECT_FALSE(QFile::exists(archive));
}

TEST(Files, RecoveryAfterTheProcessWasKilled)
{
    QTemporaryDir dir;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_DATA_HOME"_s, dir.filePath(u"data"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s));
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    const QString recovery = dir.filePath(u"data/Planwright/Planwright/recovery"_s);

    QProcess app;
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(PLANWRIGHT_BINARY),
        { u"--template"_s, u"district"_s, u"--autosave-interval"_s, u"1"_s, u"--language"_s, u"en"_s });
    ASSERT_TRUE(app.waitForStarted(10000));
    // Wait for the first autosave (the interval is 1 s; allow a slow, loaded machine).
    QStringList files;
    for (int i = 0; i < 600 && files.isEmpty(); ++i) {
        app.waitForFinished(100);
        files = QDir(recovery).entryList({ u"*.json"_s }, QDir::Files);
    }
    ASSERT_EQ(files.size(), 1) << "no recovery file appeared";
    app.kill();
    ASSERT_TRUE(app.waitForFinished(10000));

    // A damaged recovery file from another crashed session is skipped with a notice.
    QFile bad(recovery + u"/damaged.pwplan"_s);
    ASSERT_TRUE(bad.open(QIODevice::WriteOnly));
    bad.write("PK\x03\x04 not really a zip");
    bad.close();
    QFile badJson(recovery + u"/damaged.json"_s);
    ASSERT_TRUE(badJson.open(QIODevice::WriteOnly));
    badJson.write(R"({"formatVersion":1,"originalPath":"","savedAt":"2099-01-01T00:00:00.000Z"})");
    badJson.close();

    MainWindow w(nullptr, recovery);
    const RecoveryScan scan = w.recoveryStore().scan();
    ASSERT_EQ(scan.entries.size(), 1);
    EXPECT_EQ(scan.corrupt, QStringList({ u"damaged"_s }));
    const QList<PlanEditor *> recovered = w.recover(scan.entries);
    ASSERT_EQ(recovered.size(), 1);
    Document *doc = recovered.first()->document();
    EXPECT_TRUE(doc->isModified());
    ASSERT_EQ(doc->plan().root().childCount(), 4);
    EXPECT_EQ(doc->plan().root().child(3)->content.title, u"保障措施"_s);
    // The recovered file now belongs to this window; saving removes it.
    EXPECT_TRUE(RecoveryStore(recovery).scan().entries.isEmpty());
    ASSERT_TRUE(w.saveAs(recovered.first(), dir.filePath(u"recovered.pwplan"_s)));
    EXPECT_FALSE(QFile::exists(scan.entries.first().archivePath));
    w.discardRecovery({}, scan.corrupt);
    EXPECT_FALSE(bad.exists());
    discardAll(w);
}

TEST(Files, DroppingFilesOpensPlansAndImportsDocuments)
{
    QTemporaryDir dir;
    const QString plan = dir.filePath(u"dropped.pwplan"_s);
    QString error;
    ASSERT_TRUE(savePlanFile(Plan(), {}, plan, &error));
    MainWindow w(nullptr, dir.filePath(u"recovery"_s));
    QMimeData mime;
    mime.setUrls({ QUrl::fromLocalFile(plan),
        QUrl::fromLocalFile(QStringLiteral(TEST_DATA_DIR "/seeds/xiangtan-2023-carbon-peak.txt")),
        QUrl::fromLocalFile(dir.filePath(u"picture.png"_s)) });
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&w, &enter);
    EXPECT_TRUE(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&w, &drop);
    ASSERT_EQ(w.editorCount(), 2);
    EXPECT_EQ(w.editor(0)->document()->fileName(), QFileInfo(plan).canonicalFilePath());
    Document *imported = w.editor(1)->document();
    EXPECT_TRUE(imported->fileName().isEmpty());
    EXPECT_TRUE(imported->isModified());
    EXPECT_GT(imported->plan().root().childCount(), 2);
    discardAll(w);
}

TEST(Files, ImportShowsTheReportAndOpensTheResult)
{
    QTemporaryDir dir;
    MainWindow w(nullptr, dir.filePath(u"recovery"_s));
    PlanEditor *e = w.importFile(QStringLiteral(TEST_DATA_DIR "/seeds/zhuzhou-2018-low-carbon-pilot.txt"));
    ASSERT_TRUE(e);
    EXPECT_TRUE(e->document()->isModified()) << "an import is unsaved work";
    EXPECT_GT(e->document()->plan().root().childCount(), 3);
    auto *report = w.findChild<QMessageBox *>(u"ImportReport"_s);
    ASSERT_TRUE(report);
    EXPECT_TRUE(report->isVisible());
    EXPECT_FALSE(report->isModal());
    EXPECT_TRUE(report->text().contains(u"zhuzhou-2018-low-carbon-pilot.txt"_s));
    EXPECT_TRUE(report->detailedText().contains(u"warning"_s)) << qPrintable(report->detailedText());
    e->document()->markSaved();
}
