// Switching 中文 ↔ English at run time reaches every visible text: menus, docks, the tables' toolbars and
// headers, the department view, the charts' titles, axes and legends. The test reads them all back.

#include "uitesthelpers.h"

#include "document/document.h"
#include "editor/planeditor.h"
#include "mainwindow/languagemanager.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/planviewspanel.h"
#include "mainwindow/reviewwindow.h"
#include "model/plan.h"
#include "review/reviewworkspace.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QAbstractButton>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDockWidget>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

#include <gtest/gtest.h>

#include <map>

using namespace pw;
using namespace Qt::StringLiterals;

namespace {

using Texts = std::map<QString, QString>; ///< widget path and slot → text

/** A path that is the same for a widget rebuilt in the same place. */
QString pathOf(const QObject *o)
{
    QString p;
    for (; o; o = o->parent()) {
        const QObject *parent = o->parent();
        const int index = parent ? int(parent->children().indexOf(const_cast<QObject *>(o))) : 0;
        p.prepend(u"/%1[%2]"_s.arg(QString::fromLatin1(o->metaObject()->className())).arg(index));
    }
    return p;
}

void collectChart(const QString &key, QChart *chart, Texts &out)
{
    out[key + u":title"_s] = chart->title();
    const QList<QAbstractAxis *> axes = chart->axes();
    for (int i = 0; i < axes.size(); ++i)
        out[key + u":axis%1"_s.arg(i)] = axes.at(i)->titleText();
    const QList<QAbstractSeries *> series = chart->series();
    for (int i = 0; i < series.size(); ++i) {
        out[key + u":series%1"_s.arg(i)] = series.at(i)->name();
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series.at(i))) {
            const QList<QBarSet *> sets = bars->barSets();
            for (int s = 0; s < sets.size(); ++s)
                out[key + u":series%1:set%2"_s.arg(i).arg(s)] = sets.at(s)->label();
        }
    }
}

/** Every user-visible text of the visible widgets under @p top. */
Texts collect(QWidget *top)
{
    Texts out;
    QList<QWidget *> widgets = top->findChildren<QWidget *>();
    widgets.prepend(top);
    for (QWidget *w : std::as_const(widgets)) {
        if (!w->isVisible())
            continue;
        const QString key = pathOf(w);
        if (auto *l = qobject_cast<QLabel *>(w))
            out[key] = l->text();
        else if (auto *b = qobject_cast<QAbstractButton *>(w))
            out[key] = b->text();
        else if (auto *g = qobject_cast<QGroupBox *>(w))
            out[key] = g->title();
        else if (auto *e = qobject_cast<QLineEdit *>(w))
            out[key + u":placeholder"_s] = e->placeholderText();
        else if (auto *d = qobject_cast<QDockWidget *>(w))
            out[key] = d->windowTitle();
        else if (auto *c = qobject_cast<QChartView *>(w))
            collectChart(key, c->chart(), out);
        if (auto *t = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < t->count(); ++i)
                out[key + u":tab%1"_s.arg(i)] = t->tabText(i);
        }
        if (auto *c = qobject_cast<QComboBox *>(w); c && !c->isEditable()) {
            for (int i = 0; i < c->count(); ++i)
                out[key + u":item%1"_s.arg(i)] = c->itemText(i);
        }
        if (auto *h = qobject_cast<QHeaderView *>(w); h && h->model()) {
            for (int i = 0; i < h->count(); ++i)
                out[key + u":section%1"_s.arg(i)] = h->model()->headerData(i, h->orientation()).toString();
        }
        if (qobject_cast<QToolBar *>(w) || qobject_cast<QMenuBar *>(w)) {
            const QList<QAction *> actions = w->actions();
            for (int i = 0; i < actions.size(); ++i)
                out[key + u":action%1"_s.arg(i)] = actions.at(i)->text();
        }
    }
    return out;
}

/** English words in a text shown in Chinese ("Department:", "leads 0"), markup and product names aside. */
QStringList englishWords(QString text)
{
    text.remove(QRegularExpression(u"<[^>]*>"_s));
    text.remove(QRegularExpression(u"Planwright|Ctrl|Shift|Alt"_s));
    static const QRegularExpression word(u"(?<![A-Za-z])[A-Za-z]?[a-z]{2,}(?![A-Za-z])"_s);
    QStringList found;
    for (auto it = word.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    return found;
}

} // namespace

TEST(LanguageScan, EveryVisibleTextFollowsTheSwitch)
{
    QTemporaryDir dir;
    LanguageManager languages;
    languages.apply(u"en"_s);
    MainWindow w(&languages, dir.filePath(u"recovery"_s));
    w.resize(1600, 1000);
    w.show();
    PlanEditor *e
        = w.importFile(QStringLiteral(TEST_DATA_DIR "/seeds/shifeng-district-carbon-peak-draft.txt"));
    ASSERT_TRUE(e);
    if (auto *report = w.findChild<QMessageBox *>(u"ImportReport"_s))
        report->close();
    w.findChild<QDockWidget *>(u"ViewsDock"_s)->show();
    auto *panel = w.findChild<PlanViewsPanel *>();
    ASSERT_TRUE(panel);
    QCoreApplication::processEvents();
    ASSERT_EQ(panel->count(), 5);

    for (int page = 0; page < panel->count(); ++page) {
        panel->setCurrentIndex(page);
        QCoreApplication::processEvents();
        const Texts english = collect(&w);
        languages.apply(u"zh_CN"_s);
        QCoreApplication::processEvents();
        panel->setCurrentIndex(page);
        QCoreApplication::processEvents();
        const Texts chinese = collect(&w);
        for (const auto &[key, text] : chinese) {
            const QStringList words = englishWords(text);
            EXPECT_TRUE(words.isEmpty())
                << "page " << page << ": “" << text.toStdString() << "” at " << key.toStdString();
        }
        languages.apply(u"en"_s);
        QCoreApplication::processEvents();
        panel->setCurrentIndex(page);
        QCoreApplication::processEvents();
        const Texts back = collect(&w);
        for (const auto &[key, text] : english) {
            const auto it = back.find(key);
            if (it != back.end()) {
                EXPECT_EQ(it->second, text) << "page " << page << " at " << key.toStdString();
            }
        }
    }
    e->document()->markSaved();
}

TEST(LanguageScan, QtStandardButtonsAreChinese)
{
    LanguageManager languages;
    languages.apply(u"zh_CN"_s);
    QMessageBox box(QMessageBox::Question, u"t"_s, u"t"_s, QMessageBox::Cancel | QMessageBox::Ok);
    EXPECT_EQ(box.button(QMessageBox::Cancel)->text().remove(u'&'), u"取消"_s);
    languages.apply(u"en"_s);
}

TEST(LanguageScan, IndicatorCategoriesComeFromTheTranslation)
{
    QTemporaryDir dir;
    LanguageManager languages;
    languages.apply(u"zh_CN"_s);
    MainWindow w(&languages, dir.filePath(u"recovery"_s));
    w.show();
    // Luzhou has indicators outside the catalogue: they are stored without a category, never as English.
    PlanEditor *e = w.importFile(QStringLiteral(TEST_DATA_DIR "/seeds/luzhou-2024-carbon-peak.txt"));
    ASSERT_TRUE(e);
    if (auto *report = w.findChild<QMessageBox *>(u"ImportReport"_s))
        report->close();
    Plan &plan = const_cast<Plan &>(e->document()->plan());
    ASSERT_GT(plan.indicators.size(), 3u);
    for (const Indicator &ind : plan.indicators)
        EXPECT_NE(ind.category, u"other"_s) << ind.name.toStdString();
    plan.indicators.front().category = u"other"_s; // as files of earlier versions stored it
    w.findChild<QDockWidget *>(u"ViewsDock"_s)->show();
    auto *panel = w.findChild<PlanViewsPanel *>();
    panel->setCurrentIndex(0);
    QCoreApplication::processEvents();
    auto *table = panel->currentWidget()->findChild<QTableView *>();
    ASSERT_TRUE(table);
    QStringList shown;
    for (int r = 0; r < table->model()->rowCount(); ++r)
        shown.append(table->model()->index(r, 0).data().toString());
    EXPECT_TRUE(shown.contains(u"其他"_s)) << shown.join(u' ').toStdString();
    for (const QString &category : std::as_const(shown))
        EXPECT_TRUE(englishWords(category).isEmpty()) << category.toStdString();
    languages.apply(u"en"_s);
    QCoreApplication::processEvents();
    table = panel->currentWidget()->findChild<QTableView *>();
    EXPECT_EQ(table->model()->index(0, 0).data().toString(), u"Other"_s);
    e->document()->markSaved();
}

TEST(LanguageScan, ReviewWindowFollowsTheSwitch)
{
    QTemporaryDir dir;
    LanguageManager languages;
    languages.apply(u"en"_s);
    MainWindow w(&languages, dir.filePath(u"recovery"_s));
    PlanEditor *city = w.importFile(QStringLiteral(TEST_DATA_DIR "/seeds/zhuzhou-2018-low-carbon-pilot.txt"));
    PlanEditor *district
        = w.importFile(QStringLiteral(TEST_DATA_DIR "/seeds/shifeng-district-carbon-peak-draft.txt"));
    ASSERT_TRUE(city && district);
    ReviewWindow review(city->document(), nullptr, district->document());
    review.resize(1440, 900);
    QSignalSpy updated(review.workspace(), &ReviewWorkspace::reviewUpdated);
    review.show();
    ASSERT_TRUE(updated.count() > 0 || updated.wait(20000));
    QCoreApplication::processEvents();
    languages.apply(u"zh_CN"_s);
    QCoreApplication::processEvents();
    QSignalSpy again(review.workspace(), &ReviewWorkspace::reviewUpdated);
    ASSERT_TRUE(again.count() > 0 || again.wait(20000));
    QCoreApplication::processEvents();
    for (const auto &[key, text] : collect(&review)) {
        const QStringList words = englishWords(text);
        EXPECT_TRUE(words.isEmpty()) << "“" << text.toStdString() << "” at " << key.toStdString();
    }
    languages.apply(u"en"_s);
    QCoreApplication::processEvents();
    city->document()->markSaved();
    district->document()->markSaved();
}
