// What a new user meets in the first hour of editing: shortcuts, deleting branches, empty titles, the
// save dialog and saving after a crash recovery, driven with QTest events on the real widgets.

#include "uitesthelpers.h"

#include "charts/barchartview.h"
#include "charts/chartsview.h"
#include "document/document.h"
#include "editor/documentsession.h"
#include "editor/metadataeditor.h"
#include "editor/nodeeditor.h"
#include "editor/outlineview.h"
#include "editor/planeditor.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/planviewspanel.h"
#include "mainwindow/recoverystore.h"
#include "mainwindow/reviewwindow.h"
#include "model/plan.h"
#include "models/plantreemodel.h"
#include "review/coveragechart.h"
#include "review/findingsmodel.h"
#include "review/reviewworkspace.h"
#include "views/targettablemodel.h"
#include "views/targettableview.h"

#include <QAction>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QChart>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFocusEvent>
#include <QHeaderView>
#include <QImage>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSet>
#include <QSignalSpy>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QValueAxis>

#include <gtest/gtest.h>

#include <cmath>

using namespace pw;
using namespace Qt::StringLiterals;

namespace {

class FirstHour : public test::MainWindowTest
{
protected:
    /** Opens the inline editor on @p n, replaces its text with @p title and presses Enter. */
    void renameInline(const Node *n, const QString &title)
    {
        select(n);
        key(Qt::Key_F2);
        QCoreApplication::processEvents();
        auto *editor = outline()->viewport()->findChild<QLineEdit *>();
        ASSERT_TRUE(editor && editor->isVisible());
        editor->selectAll();
        QTest::keyClick(editor, Qt::Key_Backspace);
        pw::test::typeText(editor, title);
        QTest::keyClick(editor, Qt::Key_Return);
        QCoreApplication::processEvents();
    }
};

/** Two actions clash when one key could trigger both: same window, not scoped to two different widgets. */
bool clash(const QAction *a, const QAction *b)
{
    auto *wa = qobject_cast<QWidget *>(a->parent());
    auto *wb = qobject_cast<QWidget *>(b->parent());
    const bool scopedA = a->shortcutContext() == Qt::WidgetShortcut
        || a->shortcutContext() == Qt::WidgetWithChildrenShortcut;
    const bool scopedB = b->shortcutContext() == Qt::WidgetShortcut
        || b->shortcutContext() == Qt::WidgetWithChildrenShortcut;
    if (wa && wb && wa->window() != wb->window())
        return false;
    if (scopedA && scopedB && wa != wb && !wa->isAncestorOf(wb) && !wb->isAncestorOf(wa))
        return false;
    return true;
}

/** What a cell of @p column shows: its text elided to the column, after the icon if it has one. */
QString shownText(const QTableView *view, const QModelIndex &index)
{
    const int margin = 2 * (view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1);
    int room = view->columnWidth(index.column()) - margin;
    if (!index.data(Qt::DecorationRole).isNull())
        room -= view->iconSize().width() + margin;
    return view->fontMetrics().elidedText(index.data().toString(), Qt::ElideRight, room);
}

/** Every header is whole; in @p column a text of up to 12 characters is whole, a longer one shows at least its
 *  first 12 (so that 单位地区生产总值能耗 and 单位地区生产总值二氧化碳排放 differ) and its tooltip has all of it. */
void expectReadable(const QTableView *view, int column)
{
    const QAbstractItemModel *model = view->model();
    const QHeaderView *header = view->horizontalHeader();
    const int headerMargin = 2 * view->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    for (int c = 0; c < model->columnCount(); ++c) {
        const QString heading = model->headerData(c, Qt::Horizontal).toString();
        EXPECT_GE(header->sectionSize(c), header->fontMetrics().horizontalAdvance(heading) + headerMargin)
            << heading.toStdString();
    }
    QSet<QString> texts, shown;
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex index = model->index(r, column);
        const QString text = index.data().toString();
        const QString visible = shownText(view, index);
        EXPECT_TRUE(index.data(Qt::ToolTipRole).toString().contains(text)) << text.toStdString();
        if (text.size() <= 12)
            EXPECT_EQ(visible, text);
        else
            EXPECT_TRUE(visible.startsWith(text.left(12))) << visible.toStdString() << " for " << text.toStdString();
        texts.insert(text.left(12));
        shown.insert(visible.left(12));
    }
    EXPECT_EQ(shown.size(), texts.size());
}

} // namespace

TEST_F(FirstHour, EveryShortcutOfTheMainWindowIsUnique)
{
    m_window->newDocument(PlanTemplate::District);
    QList<QAction *> actions = m_window->findChildren<QAction *>();
    QList<std::pair<QKeySequence, QAction *>> keys;
    for (QAction *a : std::as_const(actions)) {
        const QList<QKeySequence> shortcuts = a->shortcuts();
        for (const QKeySequence &k : shortcuts) {
            if (k.isEmpty())
                continue;
            for (const auto &[other, owner] : std::as_const(keys)) {
                EXPECT_FALSE(other == k && clash(a, owner))
                    << k.toString().toStdString() << " is both “" << a->text().toStdString() << "” and “"
                    << owner->text().toStdString() << "”";
            }
            keys.append({ k, a });
        }
    }
    EXPECT_GT(keys.size(), 20);
}

TEST_F(FirstHour, KeyboardRedoAfterRenameAndUndo)
{
    m_window->newDocument(PlanTemplate::District);
    const Node *task = doc()->plan().root().child(2)->child(0);
    const QString before = task->content.title;
    renameInline(task, u"大力发展可再生能源"_s);
    ASSERT_EQ(task->content.title, u"大力发展可再生能源"_s);
    outline()->setFocus();
    key(Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(task->content.title, before);
    key(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(task->content.title, u"大力发展可再生能源"_s);
    key(Qt::Key_Z, Qt::ControlModifier);
    key(Qt::Key_Y, Qt::ControlModifier);
    EXPECT_EQ(task->content.title, u"大力发展可再生能源"_s);
}

TEST_F(FirstHour, CtrlNCreatesAPlanAndSaveAsProposesTheTitle)
{
    m_window->newDocument(PlanTemplate::District);
    const int rootChildren = doc()->plan().root().childCount();
    select(doc()->plan().root().child(0));
    key(Qt::Key_N, Qt::ControlModifier);
    ASSERT_EQ(m_window->editorCount(), 2);
    EXPECT_EQ(m_window->editor(0)->document()->plan().root().childCount(), rootChildren);

    // The save dialog of a new plan proposes its title as the file name.
    PlanMetadata meta = doc()->plan().metadata;
    meta.title = u"石峰区碳达峰实施方案/征求意见稿"_s;
    doc()->setMetadata(meta);
    QString proposed;
    QTimer::singleShot(50, [&proposed] {
        if (auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget())) {
            proposed = dialog->selectedFiles().value(0);
            dialog->reject();
        }
    });
    QApplication::setActiveWindow(m_window.get());
    outline()->setFocus();
    key(Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_TRUE(proposed.endsWith(u"/石峰区碳达峰实施方案征求意见稿.pwplan"_s)) << proposed.toStdString();
}

TEST_F(FirstHour, DeletingABranchAsksWithCountsAndUndoReopensIt)
{
    m_window->newDocument(PlanTemplate::District);
    const Node *chapter = doc()->plan().root().child(2);
    ASSERT_GT(chapter->childCount(), 1);
    NodeContent task;
    task.kind = NodeKind::Task;
    for (const QString &title : { u"推进光伏发电"_s, u"发展新型储能"_s }) {
        task.title = title;
        doc()->insertNode(chapter->child(0), 0, task);
    }
    const int tasks = 2;
    const int rootCount = doc()->plan().root().childCount();
    const QUuid id = chapter->id();
    const QUuid firstChild = chapter->child(0)->id();
    select(chapter);
    outline()->expand(outline()->viewIndex(chapter));
    outline()->expand(outline()->viewIndex(chapter->child(0)));

    // Cancel keeps everything; the question names what goes with the chapter.
    test::answerNextMessageBox(QMessageBox::Cancel);
    key(Qt::Key_Delete);
    ASSERT_TRUE(test::takeDialogAnswered());
    EXPECT_EQ(doc()->plan().root().childCount(), rootCount);
    EXPECT_TRUE(test::lastDialogText().contains(chapter->content.title));
    EXPECT_TRUE(test::lastDialogText().contains(u"%1 task"_s.arg(tasks)))
        << test::lastDialogText().toStdString();

    test::answerNextMessageBoxWith(u"Delete"_s);
    select(chapter);
    key(Qt::Key_Delete);
    ASSERT_TRUE(test::takeDialogAnswered());
    EXPECT_EQ(doc()->plan().root().childCount(), rootCount - 1);

    QApplication::setActiveWindow(m_window.get());
    outline()->setFocus();
    key(Qt::Key_Z, Qt::ControlModifier);
    const Node *back = doc()->plan().findNode(id);
    ASSERT_TRUE(back);
    EXPECT_TRUE(outline()->isExpanded(outline()->viewIndex(back)));
    EXPECT_TRUE(outline()->isExpanded(outline()->viewIndex(doc()->plan().findNode(firstChild))));

    // A leaf goes without a question.
    const Node *leaf = back;
    while (leaf->childCount() > 0)
        leaf = leaf->child(0);
    const QUuid leafId = leaf->id();
    select(leaf);
    test::answerNextMessageBox(QMessageBox::Cancel);
    key(Qt::Key_Delete);
    EXPECT_FALSE(test::takeDialogAnswered());
    EXPECT_FALSE(doc()->plan().findNode(leafId));
}

TEST_F(FirstHour, EmptyTitleIsRefusedAndAnEmptyOneShowsAPlaceholder)
{
    m_window->newDocument(PlanTemplate::District);
    const Node *task = doc()->plan().root().child(2)->child(0);
    const QString before = task->content.title;
    renameInline(task, u"   "_s);
    EXPECT_EQ(task->content.title, before);

    // A title emptied elsewhere (the detail field, an old file) is visible in the outline.
    doc()->setTitle(task, QString());
    const QModelIndex index = outline()->viewIndex(task);
    EXPECT_FALSE(index.data().toString().trimmed().isEmpty());
    EXPECT_TRUE(index.data(Qt::FontRole).value<QFont>().italic());
}

TEST_F(FirstHour, FirstSaveAfterRecoveryDoesNotClaimAnExternalChange)
{
    const QString recovery = m_dir.filePath(u"recovery-crash"_s);
    const QString path = m_dir.filePath(u"plan.pwplan"_s);
    const QString touched = m_dir.filePath(u"touched.pwplan"_s);
    {
        MainWindow crashed(nullptr, recovery);
        for (const QString &file : { path, touched }) {
            PlanEditor *e = crashed.newDocument(PlanTemplate::District);
            ASSERT_TRUE(crashed.saveAs(e, file));
            e->document()->setTitle(e->document()->plan().root().child(0), u"总体要求（修改）"_s);
        }
        crashed.autosaveNow();
        for (int i = 0; i < crashed.editorCount(); ++i)
            crashed.editor(i)->document()->markSaved(); // leave the recovery files behind, as a crash does
    }
    // Another program rewrites one of the two files meanwhile.
    QFile other(touched);
    ASSERT_TRUE(other.open(QIODevice::Append));
    other.write("changed");
    other.close();

    MainWindow w(nullptr, recovery);
    w.show();
    const QList<PlanEditor *> editors = w.recover(w.recoveryStore().scan().entries);
    ASSERT_EQ(editors.size(), 2);
    for (PlanEditor *e : editors) {
        const bool changed = e->document()->fileName().endsWith(u"touched.pwplan"_s);
        w.tabs()->setCurrentWidget(e);
        QApplication::setActiveWindow(&w);
        e->outline()->setFocus();
        test::answerNextMessageBox(QMessageBox::Cancel);
        QTest::keyClick(e->outline(), Qt::Key_S, Qt::ControlModifier);
        EXPECT_EQ(test::takeDialogAnswered(), changed) << e->document()->fileName().toStdString();
        EXPECT_EQ(e->document()->isModified(), changed);
    }
    for (int i = 0; i < w.editorCount(); ++i)
        w.editor(i)->document()->markSaved();
}

TEST_F(FirstHour, ImportReportSaysWhatToDoWithTasksWithoutLead)
{
    // The Luzhou plan names no departments at all: 40 tasks without a lead.
    PlanEditor *e = m_window->importFile(QStringLiteral(TEST_DATA_DIR "/seeds/luzhou-2024-carbon-peak.txt"));
    ASSERT_TRUE(e);
    int withoutLead = 0;
    e->document()->plan().root().forEach([&](const Node *n) {
        withoutLead += n->content.kind == NodeKind::Task && n->content.lead.isEmpty();
    });
    ASSERT_GT(withoutLead, 0);
    auto *report = m_window->findChild<QMessageBox *>(u"ImportReport"_s);
    ASSERT_TRUE(report);
    EXPECT_FALSE(report->text().contains(u" 0 warnings"_s)) << report->text().toStdString();
    EXPECT_TRUE(report->informativeText().contains(u"%1 of"_s.arg(withoutLead)));
    EXPECT_TRUE(report->informativeText().contains(u"Ctrl+Shift+A"_s))
        << report->informativeText().toStdString();
    report->close();
}

TEST_F(FirstHour, ReviewOffersTheLinkedParentFirstAndLeadsBackToTheEditor)
{
    PlanEditor *city = m_window->newDocument(PlanTemplate::City);
    PlanMetadata meta = city->document()->plan().metadata;
    meta.title = u"株洲市碳达峰实施方案"_s;
    city->document()->setMetadata(meta);
    const QString cityPath = m_dir.filePath(u"city.pwplan"_s);
    ASSERT_TRUE(m_window->saveAs(city, cityPath));
    PlanEditor *district = m_window->newDocument(PlanTemplate::District);
    QAction *compare = nullptr;
    for (QAction *a : m_window->findChildren<QAction *>()) {
        if (a->text().remove(u'&') == u"Compare with Parent Plan…"_s)
            compare = a;
    }
    ASSERT_TRUE(compare);
    QStringList offered;
    auto chooseFirst = [&offered](QInputDialog *d) {
        offered = d->comboBoxItems();
        d->setTextValue(offered.value(0));
        d->accept();
    };
    ASSERT_TRUE(test::withDialog<QInputDialog>(chooseFirst, [compare] { compare->trigger(); }));
    auto *review = m_window->findChild<ReviewWindow *>();
    ASSERT_TRUE(review);
    review->close();
    QCoreApplication::processEvents();

    // The parent is closed and another plan opened: the stored parent is still offered first, from its file.
    ASSERT_TRUE(m_window->closeEditor(city));
    m_window->newDocument(PlanTemplate::Province);
    m_window->tabs()->setCurrentWidget(district);
    ASSERT_TRUE(test::withDialog<QInputDialog>(chooseFirst, [compare] { compare->trigger(); }));
    ASSERT_GE(offered.size(), 3);
    EXPECT_TRUE(offered.first().contains(u"city.pwplan"_s)) << offered.first().toStdString();
    QCoreApplication::processEvents();
    review = m_window->findChild<ReviewWindow *>();
    ASSERT_TRUE(review);
    EXPECT_TRUE(review->windowTitle().contains(u"株洲市碳达峰实施方案"_s))
        << review->windowTitle().toStdString();

    // The review window has a menu: Ctrl+E goes back to the child's tab, Ctrl+W closes the review.
    EXPECT_FALSE(review->menuBar()->actions().isEmpty());
    m_window->tabs()->setCurrentIndex(m_window->tabs()->count() - 1);
    QApplication::setActiveWindow(review);
    QTest::keyClick(review->workspace(), Qt::Key_E, Qt::ControlModifier);
    EXPECT_EQ(m_window->currentEditor(), district);
    QPointer<ReviewWindow> guard(review);
    QApplication::setActiveWindow(review);
    QTest::keyClick(review->workspace(), Qt::Key_W, Qt::ControlModifier);
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_TRUE(guard.isNull());
}

TEST_F(FirstHour, SourceFieldShowsTheCleanedPassageAndTheFileKeepsTheRawOne)
{
    const QString path = m_dir.filePath(u"bookmarks.txt"_s);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(u"[bookmark: _Toc101]一、总体要求\n坚持节约优先，推动绿色低碳发展。[bookmark: _Toc102]\n"
               "[bookmark: _Toc103]二、重点任务\n（一）能源绿色低碳转型行动\n"
               "1.大力发展新能源。[bookmark: _Toc104]到2025年，可再生能源装机达到200万千瓦。\n"_s.toUtf8());
    file.close();
    PlanEditor *e = m_window->importFile(path);
    ASSERT_TRUE(e);
    if (auto *report = m_window->findChild<QMessageBox *>(u"ImportReport"_s))
        report->close();
    const Plan &plan = e->document()->plan();
    EXPECT_TRUE(plan.sourceText.contains(u"[bookmark: _Toc104]"_s)) << "the file keeps the raw text";
    int rawWithBookmark = 0, shown = 0;
    plan.root().forEach([&](const Node *n) {
        if (!n->parent() || !n->content.span.isValid())
            return;
        rawWithBookmark
            += plan.sourceText.mid(n->content.span.start, n->content.span.length).contains(u"[bookmark"_s);
        select(n);
        QCoreApplication::processEvents();
        const QString text = m_window->nodeEditor()->sourceView()->toPlainText();
        shown += !text.isEmpty();
        EXPECT_FALSE(text.contains(u"bookmark"_s)) << text.toStdString();
    });
    EXPECT_GT(rawWithBookmark, 0) << "the test needs spans that cover Word debris";
    EXPECT_GE(shown, 3);
}

TEST_F(FirstHour, ReviewTablesShowTheirTextAndTheCoverageAxisHasRoundTicks)
{
    PlanEditor *city
        = m_window->importFile(QStringLiteral(TEST_DATA_DIR "/seeds/zhuzhou-2018-low-carbon-pilot.txt"));
    PlanEditor *district
        = m_window->importFile(QStringLiteral(TEST_DATA_DIR "/seeds/shifeng-district-carbon-peak-draft.txt"));
    ASSERT_TRUE(city && district);
    ReviewWindow review(city->document(), nullptr, district->document());
    review.resize(1440, 900);
    QSignalSpy updated(review.workspace(), &ReviewWorkspace::reviewUpdated);
    review.show();
    ASSERT_TRUE(updated.count() > 0 || updated.wait(20000));
    QCoreApplication::processEvents();

    QTableWidget *targets = review.workspace()->targetTable();
    ASSERT_GT(targets->rowCount(), 3);
    const QFontMetrics metrics(targets->font());
    for (int r = 0; r < targets->rowCount(); ++r) {
        const QTableWidgetItem *item = targets->item(r, 0);
        EXPECT_EQ(item->toolTip(), item->text());
        // Indicators of up to 12 characters are whole; longer ones show at least their first 12.
        EXPECT_GE(targets->columnWidth(0),
            std::min(
                metrics.horizontalAdvance(item->text()), metrics.horizontalAdvance(item->text().left(12))));
    }
    for (QTableWidget *table : review.findChildren<QTableWidget *>()) {
        for (QWidget *page = table; page; page = page->parentWidget()) {
            if (auto *tabs = qobject_cast<QTabWidget *>(
                    page->parentWidget() ? page->parentWidget()->parentWidget() : nullptr))
                tabs->setCurrentWidget(page);
        }
        QCoreApplication::processEvents();
        for (int c = 0; c < table->columnCount(); ++c) {
            const QString header = table->horizontalHeaderItem(c)->text();
            EXPECT_GE(table->horizontalHeader()->sectionSize(c), metrics.horizontalAdvance(header))
                << header.toStdString();
        }
    }

    QChart *chart = review.workspace()->coverageChart()->chart();
    const QList<QAbstractAxis *> axes = chart->axes(Qt::Horizontal);
    ASSERT_EQ(axes.size(), 1);
    auto *values = qobject_cast<QValueAxis *>(axes.first());
    ASSERT_TRUE(values);
    const double step = values->tickInterval();
    EXPECT_TRUE(QList<double>({ 1, 2, 5, 10, 20, 50, 100 }).contains(step)) << step;
    EXPECT_EQ(std::fmod(values->max(), step), 0.0);
    city->document()->markSaved();
    district->document()->markSaved();
}

TEST_F(FirstHour, ClosingSentenceIsNotInTheLastItemAndCanBeEdited)
{
    PlanEditor *e
        = m_window->importFile(QStringLiteral(TEST_DATA_DIR "/seeds/shifeng-district-carbon-peak-draft.txt"));
    ASSERT_TRUE(e);
    const Node *last = nullptr;
    e->document()->plan().root().forEach([&](const Node *n) { last = n; });
    ASSERT_TRUE(last);
    EXPECT_FALSE(last->content.text.contains(u"本方案"_s)) << last->content.text.toStdString();
    EXPECT_EQ(e->document()->plan().metadata.closing, u"本方案自发布之日起"_s);

    auto *closing = m_window->metadataEditor()->findChild<QPlainTextEdit *>(u"ClosingEdit"_s);
    ASSERT_TRUE(closing);
    EXPECT_EQ(closing->toPlainText(), u"本方案自发布之日起"_s);
    QTest::keyClick(closing, Qt::Key_End, Qt::ControlModifier);
    pw::test::typeText(closing, u"施行。"_s);
    QFocusEvent leave(QEvent::FocusOut);
    QApplication::sendEvent(closing, &leave);
    EXPECT_EQ(e->document()->plan().metadata.closing, u"本方案自发布之日起施行。"_s);
    e->document()->undoStack()->undo();
    EXPECT_EQ(closing->toPlainText(), u"本方案自发布之日起"_s);
    e->document()->markSaved();
}

TEST_F(FirstHour, TargetAndFindingsTablesTellTheirRowsApart)
{
    PlanEditor *city
        = m_window->importFile(QStringLiteral(TEST_DATA_DIR "/seeds/zhuzhou-2018-low-carbon-pilot.txt"));
    PlanEditor *district
        = m_window->importFile(QStringLiteral(TEST_DATA_DIR "/seeds/xiangtan-2023-carbon-peak.txt"));
    ASSERT_TRUE(city && district);
    m_window->resize(1280, 800);
    auto *dock = m_window->findChild<QDockWidget *>(u"ViewsDock"_s);
    dock->show();
    QCoreApplication::processEvents();
    TargetTableView *targets = nullptr;
    for (auto *panel : dock->findChildren<PlanViewsPanel *>()) {
        auto *view = panel->findChild<TargetTableView *>();
        if (!view)
            continue;
        panel->setCurrentWidget(view);
        QCoreApplication::processEvents();
        if (view->isVisible())
            targets = view;
    }
    ASSERT_TRUE(targets);
    auto *table = targets->findChild<QTableView *>();
    ASSERT_TRUE(table);
    ASSERT_GT(table->model()->rowCount(), 5);
    int name = -1;
    for (int c = 0; c < table->model()->columnCount(); ++c) {
        if (table->model()->headerData(c, Qt::Horizontal, TargetTableModel::FieldRole).toInt()
            == int(TargetTableModel::Field::Name))
            name = c;
    }
    ASSERT_GE(name, 0);
    expectReadable(table, name);

    ReviewWindow review(city->document(), nullptr, district->document());
    review.resize(1280, 800);
    QSignalSpy updated(review.workspace(), &ReviewWorkspace::reviewUpdated);
    review.show();
    ASSERT_TRUE(updated.count() > 0 || updated.wait(20000));
    QCoreApplication::processEvents();
    QTableView *findings = review.workspace()->findingsView();
    ASSERT_GT(findings->model()->rowCount(), 5);
    expectReadable(findings, FindingsModel::LocationColumn);
    city->document()->markSaved();
    district->document()->markSaved();
}

TEST_F(FirstHour, ChartsKeepALegibleHeightDockedFloatingAndExported)
{
    PlanEditor *e
        = m_window->importFile(QStringLiteral(TEST_DATA_DIR "/seeds/shifeng-district-carbon-peak-draft.txt"));
    ASSERT_TRUE(e);
    m_window->resize(1600, 700);
    auto *dock = m_window->findChild<QDockWidget *>(u"ViewsDock"_s);
    dock->show();
    QCoreApplication::processEvents();
    auto *charts = dock->findChild<ChartsView *>();
    ASSERT_TRUE(charts);
    dock->findChild<PlanViewsPanel *>()->setCurrentWidget(charts);
    charts->setCurrentPage(ChartsView::WorkloadPage);
    QCoreApplication::processEvents();
    BarChartView *workload = charts->workloadChart();
    auto *axis = qobject_cast<QBarCategoryAxis *>(workload->chart()->axes(Qt::Vertical).value(0));
    ASSERT_TRUE(axis);
    const QStringList labels = axis->categories();
    ASSERT_GE(labels.size(), 10);
    const int line = workload->fontMetrics().height();
    for (const QString &label : labels)
        EXPECT_LE(label.size(), 12) << label.toStdString(); // short names, or "Others (12)"
    for (const bool floating : { false, true }) {
        dock->setFloating(floating);
        if (floating)
            dock->resize(700, 300);
        QCoreApplication::processEvents();
        EXPECT_GE(workload->height(), line * labels.size()) << (floating ? "floating" : "docked");
        EXPECT_GE(workload->width(), 400);
        EXPECT_FALSE(axis->labelsTruncated());
    }
    const QString png = m_dir.filePath(u"workload.png"_s);
    ASSERT_TRUE(charts->exportPng(ChartsView::WorkloadPage, png));
    EXPECT_GE(QImage(png).height(), line * labels.size());
    dock->setFloating(false);
}
