// The language switches at run time: LanguageChange reaches every widget, which retranslates.

#include "document/document.h"
#include "editor/planeditor.h"
#include "mainwindow/languagemanager.h"
#include "mainwindow/mainwindow.h"

#include <QCoreApplication>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace pw;
using namespace Qt::StringLiterals;

TEST(Language, SwitchesWithoutRestart)
{
    QTemporaryDir dir;
    LanguageManager languages;
    languages.apply(u"en"_s);
    MainWindow w(&languages, dir.filePath(u"recovery"_s));
    PlanEditor *e = w.newDocument(PlanTemplate::District);
    const QList<QAction *> menus = w.menuBar()->actions();
    ASSERT_FALSE(menus.isEmpty());
    EXPECT_EQ(menus.first()->text(), u"&File"_s);

    languages.apply(u"zh_CN"_s);
    QCoreApplication::processEvents(); // LanguageChange is posted to the windows
    EXPECT_EQ(languages.currentLanguage(), u"zh_CN"_s);
    EXPECT_EQ(menus.first()->text(), u"文件(&F)"_s);
    EXPECT_TRUE(w.countsLabel()->text().startsWith(u"行动：5"_s));
    EXPECT_TRUE(w.tabs()->tabText(0).startsWith(u"未命名"_s));
    EXPECT_EQ(w.findChild<QDockWidget *>(u"DetailsDock"_s)->windowTitle(), u"详细信息"_s);
    // Core strings (undo command names) come from the same catalogue.
    e->document()->setTitle(e->document()->plan().root().child(0), u"总体要求和原则"_s);
    EXPECT_EQ(e->document()->undoStack()->undoText(), u"重命名"_s);

    languages.apply(u"en"_s);
    QCoreApplication::processEvents();
    EXPECT_EQ(menus.first()->text(), u"&File"_s);
    e->document()->markSaved();
}

// Core helpers translate with a fixed context ("pw::review::Coverage") that lupdate files under their namespace
// ("pw::review"): the review's reasons and findings are Chinese in the Chinese UI, not "assigned to 各县市区".
TEST(Language, CoreHelperContextsFindTheirNamespace)
{
    LanguageManager languages;
    languages.apply(u"zh_CN"_s);
    EXPECT_EQ(QCoreApplication::translate("pw::review::Coverage", "assigned to %1"), u"分配给 %1"_s);
    EXPECT_EQ(QCoreApplication::translate("pw::Commands", "Rename"), u"重命名"_s);
    languages.apply(u"en"_s);
    EXPECT_EQ(QCoreApplication::translate("pw::review::Coverage", "assigned to %1"), u"assigned to %1"_s);
}
