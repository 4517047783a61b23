// Department chips in the detail editor, driven with QTest events on the real widgets of the main window:
// every add, removal and reorder is one undo command through the Document API.

#include "uitesthelpers.h"

#include "document/document.h"
#include "editor/departmentchips.h"
#include "editor/departmentfield.h"
#include "editor/nodeeditor.h"
#include "editor/outlineview.h"
#include "editor/planeditor.h"
#include "mainwindow/mainwindow.h"
#include "model/plan.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QDir>
#include <QDropEvent>
#include <QMimeData>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace pw;
using namespace Qt::StringLiterals;

namespace {

class Chips : public test::MainWindowTest
{
protected:
    void SetUp() override
    {
        MainWindowTest::SetUp();
        m_window->resize(1200, 800);
        PlanEditor *e = m_window->newDocument(PlanTemplate::Blank);
        m_doc = e->document();
        for (const QString &name : { u"区发展改革局"_s, u"区工业和信息化局"_s, u"区住房城乡建设局"_s, u"区交通运输局"_s }) {
            Department d;
            d.name = name;
            m_doc->addDepartment(d);
        }
        m_task = m_doc->insertNode(nullptr, 0, { NodeKind::Task, u"推进工业领域节能降碳"_s });
        e->outline()->selectNodes({ m_task });
        ASSERT_EQ(m_window->nodeEditor()->node(), m_task);
        m_chips = m_window->nodeEditor()->departmentField(DepartmentRole::Lead);
    }
    QStringList lead() const { return m_doc->plan().departmentNames(m_task->content.lead); }
    void typeAndEnter(const QString &text)
    {
        DepartmentField *input = m_chips->input();
        input->setFocus();
        test::typeText(input, text);
        QTest::keyClick(input, Qt::Key_Return);
        QCoreApplication::processEvents(); // chips removed by a rebuild are deleted later
    }
    /** Drops chip @p from at the middle left of chip @p onto, as a drag of the chip would. */
    void dropChip(int from, int onto)
    {
        std::unique_ptr<QMimeData> mime(m_chips->chipMimeData(from));
        const QPoint at = onto < m_chips->chips().size()
            ? m_chips->chips().at(onto)->geometry().center() - QPoint(m_chips->chips().at(onto)->width() / 3, 0)
            : QPoint(m_chips->width() - 2, m_chips->height() - 2);
        QDragEnterEvent enter(at, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_chips, &enter);
        ASSERT_TRUE(enter.isAccepted());
        QDropEvent drop(at, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_chips, &drop);
        QCoreApplication::processEvents();
    }

    Document *m_doc = nullptr;
    const Node *m_task = nullptr;
    DepartmentChips *m_chips = nullptr;
};

} // namespace

TEST_F(Chips, AddRemoveAndReorderAreOneUndoStepEach)
{
    QUndoStack *stack = m_doc->undoStack();
    // Typing several names at once adds a chip per name.
    int before = stack->index();
    typeAndEnter(u"区发展改革局、区工业和信息化局、区交通运输局"_s);
    EXPECT_EQ(lead(), QStringList({ u"区发展改革局"_s, u"区工业和信息化局"_s, u"区交通运输局"_s }));
    ASSERT_EQ(m_chips->chips().size(), 3);
    EXPECT_EQ(m_chips->chips().at(1)->accessibleName(), u"区工业和信息化局"_s);
    EXPECT_TRUE(m_chips->input()->text().isEmpty());
    EXPECT_EQ(stack->index(), before + 1);

    // × removes exactly that chip.
    before = stack->index();
    QTest::mouseClick(m_chips->removeButton(1), Qt::LeftButton);
    QCoreApplication::processEvents();
    EXPECT_EQ(lead(), QStringList({ u"区发展改革局"_s, u"区交通运输局"_s }));
    EXPECT_EQ(m_chips->chips().size(), 2);
    EXPECT_EQ(stack->index(), before + 1);
    stack->undo();
    QCoreApplication::processEvents();
    EXPECT_EQ(lead(), QStringList({ u"区发展改革局"_s, u"区工业和信息化局"_s, u"区交通运输局"_s }));
    EXPECT_EQ(m_chips->names(), lead()) << "the chips follow undo";

    // Dragging the last chip before the first reorders; dropping at the end moves it back.
    before = stack->index();
    dropChip(2, 0);
    EXPECT_EQ(lead(), QStringList({ u"区交通运输局"_s, u"区发展改革局"_s, u"区工业和信息化局"_s }));
    EXPECT_EQ(stack->index(), before + 1);
    dropChip(0, 3);
    EXPECT_EQ(lead(), QStringList({ u"区发展改革局"_s, u"区工业和信息化局"_s, u"区交通运输局"_s }));
    dropChip(1, 1); // onto itself: nothing changes
    EXPECT_EQ(stack->index(), before + 2);

    // Backspace in the empty field removes the last chip.
    m_chips->input()->setFocus();
    QTest::keyClick(m_chips->input(), Qt::Key_Backspace);
    QCoreApplication::processEvents();
    EXPECT_EQ(lead(), QStringList({ u"区发展改革局"_s, u"区工业和信息化局"_s }));
    EXPECT_EQ(stack->index(), before + 3);

    // A name already there is not added twice, and adds nothing to undo.
    before = stack->index();
    typeAndEnter(u"区发展改革局"_s);
    EXPECT_EQ(stack->index(), before);
    EXPECT_FALSE(test::takeDialogAnswered());
}

TEST_F(Chips, CompletionFromTheRegistryAndNewNames)
{
    DepartmentField *input = m_chips->input();
    input->setFocus();
    test::typeText(input, u"住房"_s);
    QAbstractItemView *popup = input->nameCompleter()->popup();
    ASSERT_TRUE(popup->isVisible());
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    QCoreApplication::processEvents();
    EXPECT_EQ(lead(), QStringList({ u"区住房城乡建设局"_s }));
    EXPECT_TRUE(input->text().isEmpty()) << qPrintable(input->text());
    EXPECT_FALSE(test::takeDialogAnswered()) << "a registry name needs no question";

    // A new name is offered for the registry; adding it and the chip is one undo step.
    const int before = m_doc->undoStack()->count();
    test::answerNextMessageBox(QMessageBox::Yes);
    typeAndEnter(u"区数据局"_s);
    EXPECT_TRUE(test::takeDialogAnswered());
    EXPECT_EQ(lead(), QStringList({ u"区住房城乡建设局"_s, u"区数据局"_s }));
    EXPECT_EQ(m_doc->undoStack()->count(), before + 1);
    m_doc->undoStack()->undo();
    EXPECT_EQ(m_doc->plan().departments.size(), 4u);
    EXPECT_EQ(lead(), QStringList({ u"区住房城乡建设局"_s }));
}

// The detail editor with chips; PLANWRIGHT_SCREENSHOT_DIR=packaging/screenshots keeps the image.
TEST_F(Chips, Screenshot)
{
    typeAndEnter(u"区发展改革局、区工业和信息化局、区住房城乡建设局、区交通运输局"_s);
    m_doc->setDepartments(m_task, DepartmentRole::Support, m_doc->plan().departments.size() > 1
            ? QList<QUuid> { m_doc->plan().departments.at(1).id }
            : QList<QUuid> {});
    QCoreApplication::processEvents();
    const QString dir = qEnvironmentVariable("PLANWRIGHT_SCREENSHOT_DIR", m_dir.path());
    const QImage image = m_window->nodeEditor()->grab().toImage();
    EXPECT_GT(image.width(), 100);
    EXPECT_TRUE(image.save(dir + u"/detail-department-chips.png"_s));
}
