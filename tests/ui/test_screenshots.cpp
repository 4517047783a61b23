// Renders the main window with a real imported seed plan in Chinese and English. The PNGs go to a
// temporary folder, or to $PLANWRIGHT_SCREENSHOT_DIR (packaging/screenshots/update.sh sets it).

#include "document/document.h"
#include "editor/outlineview.h"
#include "editor/planeditor.h"
#include "mainwindow/languagemanager.h"
#include "mainwindow/mainwindow.h"
#include "model/plan.h"

#include <QApplication>
#include <QImage>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace pw;
using namespace Qt::StringLiterals;

TEST(Screenshots, MainWindowWithImportedSeedPlanInBothLanguages)
{
    QTemporaryDir dir;
    const QString out = qEnvironmentVariableIsSet("PLANWRIGHT_SCREENSHOT_DIR")
        ? qEnvironmentVariable("PLANWRIGHT_SCREENSHOT_DIR")
        : dir.path();
    LanguageManager languages;
    for (const QString &language : { u"zh_CN"_s, u"en"_s }) {
        languages.apply(language);
        QCoreApplication::processEvents();
        MainWindow w(&languages, dir.filePath(u"recovery"_s));
        w.resize(1440, 900);
        PlanEditor *e
            = w.importFile(QStringLiteral(TEST_DATA_DIR "/seeds/shifeng-district-carbon-peak-draft.txt"));
        ASSERT_TRUE(e);
        // Show a task with departments in the detail editor.
        const Node *shown = nullptr;
        e->document()->plan().root().forEach([&](const Node *n) {
            if (!shown && n->content.kind == NodeKind::Task && !n->content.lead.isEmpty()
                && !n->content.support.isEmpty())
                shown = n;
        });
        ASSERT_TRUE(shown);
        w.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
        e->outline()->selectNodes({ shown });
        QCoreApplication::processEvents();
        const QImage image = w.grab().toImage();
        ASSERT_EQ(image.width(), 1440);
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        }
        EXPECT_GT(colours.size(), 20) << "the window rendered blank";
        const QString path = out + u"/mainwindow-"_s + language + u".png"_s;
        EXPECT_TRUE(image.save(path)) << qPrintable(path);
        e->document()->markSaved();
    }
    languages.apply(u"en"_s);
}
