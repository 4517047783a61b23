// The authoring window driven with QTest key and mouse events on the real widgets.

#include "uitesthelpers.h"

#include "document/document.h"
#include "editor/assigndialog.h"
#include "editor/departmentchips.h"
#include "editor/departmentfield.h"
#include "editor/metadataeditor.h"
#include "editor/nodeeditor.h"
#include "editor/outlinefiltermodel.h"
#include "editor/outlineview.h"
#include "editor/planeditor.h"
#include "io/planjson.h"
#include "mainwindow/mainwindow.h"
#include "model/plan.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoGroup>

#include <gtest/gtest.h>

using namespace pw;
using namespace Qt::StringLiterals;

namespace {

class Authoring : public test::MainWindowTest
{
protected:
    /** Types a title into the inline editor the outline opened, then Enter. */
    void typeInlineTitle(const QString &title)
    {
        QCoreApplication::processEvents(); // lay out the new row, which shows its editor
        auto *editor = outline()->viewport()->findChild<QLineEdit *>();
        ASSERT_TRUE(editor && editor->isVisible());
        editor->selectAll();
        test::typeText(editor, title);
        QTest::keyClick(editor, Qt::Key_Return);
        QCoreApplication::processEvents(); // the delegate commits on the next event-loop pass
    }
};

} // namespace

TEST_F(Authoring, TemplateEditUndoAllSaveCloseReopen)
{
    PlanEditor *editor = m_window->newDocument(PlanTemplate::District);
    ASSERT_EQ(m_window->editorCount(), 1);
    EXPECT_TRUE(doc()->isModified());
    EXPECT_TRUE(m_window->tabs()->tabText(0).endsWith(u'*'));
    const QByteArray original = writePlanJson(doc()->plan());
    const Node *tasks = doc()->plan().root().child(2);
    ASSERT_EQ(tasks->content.title, u"重点任务"_s);
    const Node *energy = tasks->child(0);

    // Shift+Insert adds a child task and opens the inline editor.
    select(energy);
    key(Qt::Key_Insert, Qt::ShiftModifier);
    typeInlineTitle(u"推进光伏发电"_s);
    ASSERT_EQ(energy->childCount(), 1);
    const Node *solar = energy->child(0);
    EXPECT_EQ(solar->content.title, u"推进光伏发电"_s);
    EXPECT_EQ(solar->content.kind, NodeKind::Task);

    // Insert adds a sibling after it.
    outline()->setFocus();
    key(Qt::Key_Insert);
    typeInlineTitle(u"发展新型储能"_s);
    outline()->setFocus();
    key(Qt::Key_Insert);
    typeInlineTitle(u"推进煤炭消费替代"_s);
    ASSERT_EQ(energy->childCount(), 3);
    const Node *coal = energy->child(2);
    EXPECT_EQ(coal->content.title, u"推进煤炭消费替代"_s);

    // Alt+Up moves, Tab indents, Shift+Tab outdents.
    select(coal);
    key(Qt::Key_Up, Qt::AltModifier);
    EXPECT_EQ(coal->row(), 1);
    key(Qt::Key_Tab);
    EXPECT_EQ(coal->parent(), solar);
    EXPECT_EQ(outline()->currentNode(), coal);
    key(Qt::Key_Backtab, Qt::ShiftModifier);
    EXPECT_EQ(coal->parent(), energy);
    EXPECT_EQ(coal->row(), 1);

    // F2 renames inline.
    select(coal);
    key(Qt::Key_F2);
    typeInlineTitle(u"推进煤炭清洁高效利用"_s);
    EXPECT_EQ(coal->content.title, u"推进煤炭清洁高效利用"_s);

    // Assign departments by typing into the detail editor; a new name is offered for the registry.
    select(solar);
    ASSERT_EQ(m_window->nodeEditor()->node(), solar);
    DepartmentField *lead = m_window->nodeEditor()->departmentField(DepartmentRole::Lead)->input();
    lead->setFocus();
    test::answerNextMessageBox(QMessageBox::Yes);
    test::typeText(lead, u"区发改局"_s);
    QTest::keyClick(lead, Qt::Key_Return);
    EXPECT_TRUE(test::takeDialogAnswered());
    ASSERT_EQ(doc()->plan().departments.size(), 1u);
    EXPECT_EQ(doc()->plan().departmentNames(solar->content.lead), QStringList({ u"区发改局"_s }));
    EXPECT_EQ(doc()->undoStack()->text(doc()->undoStack()->index() - 1), u"Assign departments"_s);
    // A known name (completion from the registry) needs no question.
    select(coal);
    lead->setFocus();
    test::typeText(lead, u"区发改局"_s);
    QTest::keyClick(lead, Qt::Key_Return);
    EXPECT_FALSE(test::takeDialogAnswered());
    EXPECT_EQ(coal->content.lead, solar->content.lead);
    EXPECT_EQ(QApplication::activePopupWidget(), nullptr);
    QCoreApplication::processEvents(); // the counts refresh once per event-loop pass
    EXPECT_EQ(m_window->countsLabel()->text(), u"Actions: 5   Tasks: 3   Without lead: 1"_s);

    // Multi-select delete.
    select(solar);
    outline()->selectNodes({ solar, coal });
    key(Qt::Key_Delete);
    ASSERT_EQ(energy->childCount(), 1);
    EXPECT_EQ(energy->child(0)->content.title, u"发展新型储能"_s);

    // Undo everything: the plan is byte for byte the template again.
    while (m_window->undoGroup()->canUndo())
        m_window->undoGroup()->undo();
    EXPECT_EQ(writePlanJson(doc()->plan()), original);
    while (m_window->undoGroup()->canRedo())
        m_window->undoGroup()->redo();
    const QByteArray edited = writePlanJson(doc()->plan());

    // Save, close, reopen.
    const QString path = m_dir.filePath(u"district.pwplan"_s);
    ASSERT_TRUE(m_window->saveAs(editor, path));
    EXPECT_FALSE(doc()->isModified());
    EXPECT_FALSE(m_window->tabs()->tabText(0).endsWith(u'*'));
    EXPECT_EQ(m_window->recentFiles().value(0), QFileInfo(path).canonicalFilePath());
    ASSERT_TRUE(m_window->closeEditor(editor));
    EXPECT_EQ(m_window->editorCount(), 0);
    PlanEditor *reopened = m_window->openFile(path);
    ASSERT_TRUE(reopened);
    EXPECT_EQ(writePlanJson(reopened->document()->plan()), edited);
    EXPECT_EQ(m_window->openFile(path), reopened); // already open: focused, not opened twice
    EXPECT_EQ(m_window->editorCount(), 1);
}

TEST_F(Authoring, TypingMergesIntoOneUndoStepPerField)
{
    m_window->newDocument(PlanTemplate::City);
    const Node *chapter = doc()->plan().root().child(0);
    select(chapter);
    QLineEdit *title = m_window->nodeEditor()->titleEdit();
    title->setFocus();
    title->selectAll();
    const int before = doc()->undoStack()->count();
    test::typeText(title, u"总体要求和原则"_s);
    EXPECT_EQ(chapter->content.title, u"总体要求和原则"_s);
    EXPECT_EQ(doc()->undoStack()->count(), before + 1);

    QPlainTextEdit *text = m_window->nodeEditor()->textEdit();
    text->setFocus(); // the title lost focus: its typing group is closed
    test::typeText(text, u"坚持系统观念"_s);
    EXPECT_EQ(chapter->content.text, u"坚持系统观念"_s);
    EXPECT_EQ(doc()->undoStack()->count(), before + 2);
    title->setFocus();
    test::typeText(title, u"!"_s);
    EXPECT_EQ(doc()->undoStack()->count(), before + 3);
    doc()->undoStack()->undo();
    doc()->undoStack()->undo();
    EXPECT_EQ(chapter->content.title, u"总体要求和原则"_s);
    EXPECT_TRUE(chapter->content.text.isEmpty());
}

TEST_F(Authoring, CtrlFFiltersTheTreeKeepingPaths)
{
    m_window->newDocument(PlanTemplate::NationalTenActions);
    const Node *general = doc()->plan().root().child(0);
    const Node *transport = doc()->plan().root().child(2)->child(4);
    outline()->collapse(outline()->viewIndex(general));
    select(transport);
    QTest::keyClick(outline(), Qt::Key_F, Qt::ControlModifier);
    QLineEdit *filter = m_window->currentEditor()->filterEdit();
    ASSERT_TRUE(filter->hasFocus());
    test::typeText(filter, u"交通"_s);
    OutlineFilterModel *model = m_window->currentEditor()->filterModel();
    ASSERT_EQ(model->rowCount(), 1);
    const QModelIndex chapter = model->index(0, 0);
    EXPECT_EQ(outline()->nodeAt(chapter)->content.title, u"重点任务"_s);
    ASSERT_EQ(model->rowCount(chapter), 1);
    EXPECT_EQ(outline()->nodeAt(model->index(0, 0, chapter))->content.title, u"交通运输绿色低碳行动"_s);
    EXPECT_TRUE(outline()->isExpanded(chapter));
    EXPECT_EQ(outline()->currentNode(), transport);
    QTest::keyClick(filter, Qt::Key_Escape);
    EXPECT_EQ(model->rowCount(), 6);
    EXPECT_TRUE(outline()->hasFocus());
    // The expansion and the selection from before the filter are back.
    EXPECT_FALSE(outline()->isExpanded(outline()->viewIndex(general)));
    EXPECT_TRUE(outline()->isExpanded(outline()->viewIndex(transport->parent())));
    EXPECT_EQ(outline()->selectedNodes(), QList<const Node *>({ transport }));

    // Inserting while filtered clears the filter so that the new item can be renamed.
    QTest::keyClick(outline(), Qt::Key_F, Qt::ControlModifier);
    test::typeText(filter, u"交通"_s);
    select(transport);
    key(Qt::Key_Insert);
    EXPECT_TRUE(filter->text().isEmpty());
    EXPECT_EQ(transport->parent()->child(transport->row() + 1), outline()->currentNode());
}

TEST_F(Authoring, TabsHaveOwnUndoStacksAndCloseAsksToSave)
{
    PlanEditor *a = m_window->newDocument(PlanTemplate::Blank);
    PlanEditor *b = m_window->newDocument(PlanTemplate::Blank);
    EXPECT_FALSE(a->document()->isModified());
    select(nullptr);
    outline()->setFocus();
    key(Qt::Key_Insert);
    typeInlineTitle(u"总体要求"_s);
    EXPECT_EQ(b->document()->plan().root().childCount(), 1);
    EXPECT_EQ(m_window->undoGroup()->activeStack(), b->document()->undoStack());
    m_window->tabs()->setCurrentWidget(a);
    EXPECT_EQ(m_window->undoGroup()->activeStack(), a->document()->undoStack());
    EXPECT_FALSE(m_window->undoGroup()->canUndo());
    EXPECT_TRUE(m_window->windowTitle().startsWith(u"Untitled 1"_s));

    test::answerNextMessageBox(QMessageBox::Cancel);
    EXPECT_FALSE(m_window->closeEditor(b));
    EXPECT_TRUE(test::takeDialogAnswered());
    EXPECT_EQ(m_window->editorCount(), 2);
    test::answerNextMessageBox(QMessageBox::Discard);
    EXPECT_TRUE(m_window->closeEditor(b));
    EXPECT_EQ(m_window->editorCount(), 1);
}

TEST_F(Authoring, AssignDepartmentToSeveralItemsInOneStep)
{
    m_window->newDocument(PlanTemplate::District);
    const Node *tasks = doc()->plan().root().child(2);
    const QList<const Node *> actions { tasks->child(0), tasks->child(1), tasks->child(2) };
    select(actions.first());
    outline()->selectNodes(actions);
    const int steps = doc()->undoStack()->count();
    const bool shown = test::withDialog<AssignDialog>(
        [](AssignDialog *d) {
            test::typeText(d->departmentBox()->lineEdit(), u"区发改局"_s);
            d->roleBox()->setCurrentIndex(1); // supporting
            QTest::mouseClick(
                d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        },
        [this] { key(Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier); });
    ASSERT_TRUE(shown);
    ASSERT_EQ(doc()->plan().departments.size(), 1u);
    for (const Node *a : actions)
        EXPECT_EQ(doc()->plan().departmentNames(a->content.support), QStringList({ u"区发改局"_s }));
    EXPECT_EQ(doc()->undoStack()->count(), steps + 1);
    doc()->undoStack()->undo();
    EXPECT_TRUE(doc()->plan().departments.empty());
    for (const Node *a : actions)
        EXPECT_TRUE(a->content.support.isEmpty());
}

TEST_F(Authoring, TargetsOfANodeAreAddedAndEditedInPlace)
{
    m_window->newDocument(PlanTemplate::City);
    const Node *targets = doc()->plan().root().child(1);
    select(targets);
    NodeEditor *details = m_window->nodeEditor();
    const bool shown = test::withDialog<QInputDialog>(
        [](QInputDialog *d) {
            d->setTextValue(u"单位地区生产总值能耗下降"_s);
            d->accept();
        },
        [details] { details->addTarget(); });
    ASSERT_TRUE(shown);
    ASSERT_EQ(doc()->plan().targets.size(), 1u);
    EXPECT_EQ(doc()->plan().targets[0].nodeId, targets->id());
    EXPECT_EQ(doc()->plan().targets[0].year, 2025); // the first milestone year
    ASSERT_EQ(doc()->plan().indicators.size(), 1u);
    QCoreApplication::processEvents();
    QTreeWidget *view = details->targetsView();
    ASSERT_EQ(view->topLevelItemCount(), 1);
    view->topLevelItem(0)->setText(2, u"≥13.5"_s);
    QCoreApplication::processEvents();
    EXPECT_EQ(doc()->plan().targets[0].comparator, Comparator::AtLeast);
    EXPECT_EQ(doc()->plan().targets[0].value, 13.5);
    EXPECT_EQ(view->topLevelItem(0)->text(2), u"≥13.5"_s);
    doc()->undoStack()->undo();
    EXPECT_FALSE(doc()->plan().targets[0].value.has_value());
    doc()->undoStack()->undo();
    EXPECT_TRUE(doc()->plan().targets.empty());
    EXPECT_TRUE(doc()->plan().indicators.empty());
}

TEST_F(Authoring, MetadataPanelEditsAreUndoableAndNameTheTab)
{
    m_window->newDocument(PlanTemplate::District);
    QLineEdit *title = m_window->metadataEditor()->titleEdit();
    title->setFocus();
    test::typeText(title, u"石峰区碳达峰实施方案"_s);
    QTest::keyClick(title, Qt::Key_Return);
    EXPECT_EQ(doc()->plan().metadata.title, u"石峰区碳达峰实施方案"_s);
    EXPECT_TRUE(m_window->tabs()->tabText(0).startsWith(u"石峰区碳达峰实施方案"_s));
    EXPECT_EQ(doc()->undoStack()->undoText(), u"Edit plan properties"_s);
    doc()->undoStack()->undo();
    EXPECT_TRUE(doc()->plan().metadata.title.isEmpty());
    EXPECT_TRUE(title->text().isEmpty());
    EXPECT_TRUE(m_window->tabs()->tabText(0).startsWith(u"Untitled"_s));
}
