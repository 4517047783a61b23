// Library ▸ Catalogues with real widgets driven by QTest (offscreen): the department catalogue with its
// aliases and the counterparts reviewers recorded, the indicator catalogue, Add Indicator… and Add Aliases…
// through the worker, and the search's indicator filter finding a passage by the user's alias. Saves a
// screenshot (to $PLANWRIGHT_SCREENSHOT_DIR when set).

#include "libraryfixture.h"

#include "import/indicatorcatalog.h"
#include "languagemanager.h"
#include "library/cataloguestab.h"
#include "library/indicatordialog.h"
#include "library/librarywindow.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <functional>

using namespace Qt::StringLiterals;
using namespace pw;

namespace {

enum DepartmentColumn
{
    Name,
    Level,
    Aliases,
    Plans,
    Counterparts
};
enum IndicatorColumn
{
    IndicatorName,
    Unit,
    Category,
    Source,
    IndicatorAliases
};

/** The row of @p view whose first column reads @p name, or -1. */
int rowNamed(const QTableView *view, const QString &name)
{
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (view->model()->index(row, 0).data().toString() == name)
            return row;
    }
    return -1;
}

QString cell(const QTableView *view, int row, int column)
{
    return view->model()->index(row, column).data().toString();
}

/** Clicks @p button, which opens an IndicatorDialog; @p fill fills it in (it then is accepted). */
void answerIndicatorDialog(QPushButton *button, const std::function<void(IndicatorDialog *)> &fill)
{
    bool answered = false;
    QTimer answer;
    QObject::connect(&answer, &QTimer::timeout, [&] {
        auto *dialog = qobject_cast<IndicatorDialog *>(QApplication::activeModalWidget());
        if (!dialog || answered)
            return;
        answered = true;
        fill(dialog);
        QPushButton *ok = dialog->buttons()->button(QDialogButtonBox::Ok);
        EXPECT_TRUE(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    answer.start(20);
    QTest::mouseClick(button, Qt::LeftButton);
    answer.stop();
    EXPECT_TRUE(answered);
}

} // namespace

TEST(LibraryCatalogues, DepartmentsWithCounterpartsAndAUserIndicatorTheSearchFindsByItsAlias)
{
    QTemporaryDir dir;
    const QString plans = dir.filePath(u"plans"_s);
    QDir().mkpath(plans);
    test::PlanSpec city { test::kCityOfDistricts, AdminLevel::City, u"甲市"_s, {}, {},
        { u"推进工业领域节能降碳"_s } };
    city.lead = u"市工信局"_s;
    test::writePlan(plans, u"city"_s, city);
    test::writeDistrictReview(plans, u"乙区"_s, u"乙区科技工业信息化局"_s,
        { { u"市工业和信息化局"_s, u"乙区科技工业信息化局"_s, false, true } });
    test::writeDistrictReview(plans, u"丙区"_s, u"丙区科技工业信息化局"_s);
    test::PlanSpec ding { u"丁区碳达峰实施方案"_s, AdminLevel::District, u"丁区"_s, {},
        test::kCityOfDistricts, { u"建设公共充电设施"_s } };
    ding.targets = { { u"公共充电桩数量"_s, u"个"_s, 2025, 500 } };
    test::writePlan(plans, u"ding"_s, ding);

    library::LibraryLocation location;
    location.sqlitePath = dir.filePath(u"library.sqlite"_s);
    LibraryWindow window(location);
    window.resize(1200, 700);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 20000);
    LibraryCataloguesTab *catalogues = window.catalogues();
    QTableView *departments = catalogues->departmentView();
    QTableView *indicators = catalogues->indicatorView();
    const int builtin = int(IndicatorCatalog::builtin().entries().size());
    QTRY_COMPARE(indicators->model()->rowCount(), builtin);
    EXPECT_EQ(departments->model()->rowCount(), 0);

    // Indexing fills the department catalogue.
    window.addPaths({ plans });
    QTRY_COMPARE_WITH_TIMEOUT(window.planView()->model()->rowCount(), 4, 30000);
    QTRY_VERIFY(!window.isBusy());
    window.tabs()->setCurrentWidget(catalogues);
    QTRY_VERIFY(rowNamed(departments, u"乙区科技工业信息化局"_s) >= 0);
    const int industry = rowNamed(departments, u"市工业和信息化局"_s);
    ASSERT_GE(industry, 0);
    EXPECT_TRUE(cell(departments, industry, Aliases).contains(u"市工信局"_s))
        << qPrintable(cell(departments, industry, Aliases));
    EXPECT_EQ(cell(departments, industry, Plans), u"3"_s);
    EXPECT_EQ(cell(departments, industry, Level), u"City"_s); // from the name where the plan does not say
    EXPECT_TRUE(cell(departments, industry, Counterparts).contains(u"乙区科技工业信息化局"_s));
    EXPECT_TRUE(cell(departments, industry, Counterparts).contains(u"乙区碳达峰实施方案"_s));
    const int yiBureau = rowNamed(departments, u"乙区科技工业信息化局"_s);
    EXPECT_TRUE(cell(departments, yiBureau, Counterparts).contains(u"市工业和信息化局"_s));
    EXPECT_TRUE(cell(departments, rowNamed(departments, u"丙区科技工业信息化局"_s), Counterparts).isEmpty());

    // Sortable by the number of plans, filterable over every column (a counterpart names the bureau too).
    departments->sortByColumn(Plans, Qt::DescendingOrder);
    EXPECT_EQ(cell(departments, 0, Name), u"市工业和信息化局"_s);
    catalogues->departmentFilter()->insert(u"科技工业"_s); // what an input method does
    EXPECT_EQ(departments->model()->rowCount(), 3);
    catalogues->departmentFilter()->clear();

    // Add Indicator…: a user indicator with aliases, saved by the worker, shown after the catalogue reloads.
    answerIndicatorDialog(catalogues->addIndicatorButton(), [](IndicatorDialog *dialog) {
        dialog->nameEdit()->setText(u"充电基础设施数量"_s);
        dialog->unitEdit()->setText(u"个"_s);
        dialog->categoryEdit()->setText(u"交通"_s);
        dialog->aliasesEdit()->setText(u"公共充电桩数量、充电桩, 充电设施"_s);
    });
    QTRY_COMPARE(indicators->model()->rowCount(), builtin + 1);
    EXPECT_TRUE(window.statusLabel()->text().contains(u"充电基础设施数量"_s));
    const int added = rowNamed(indicators, u"充电基础设施数量"_s);
    ASSERT_GE(added, 0);
    EXPECT_EQ(cell(indicators, added, Unit), u"个"_s);
    EXPECT_EQ(cell(indicators, added, Category), u"交通"_s);
    EXPECT_NE(
        cell(indicators, added, Source), cell(indicators, added == 0 ? 1 : 0, Source)); // built-in vs user
    for (const QString &alias : { u"公共充电桩数量"_s, u"充电桩"_s, u"充电设施"_s })
        EXPECT_TRUE(cell(indicators, added, IndicatorAliases).contains(alias));

    // The search's indicator filter finds the plan's target by a user alias.
    window.tabs()->setCurrentIndex(2);
    window.indicatorFilter()->insert(u"充电桩"_s);
    QTRY_COMPARE_WITH_TIMEOUT(window.results()->topLevelItemCount(), 1, 10000);
    EXPECT_EQ(window.results()->topLevelItem(0)->text(0), u"丁区碳达峰实施方案"_s);
    window.indicatorFilter()->clear();

    // Activating an indicator of the catalogue searches for it.
    window.tabs()->setCurrentWidget(catalogues);
    const int shown = rowNamed(indicators, u"充电基础设施数量"_s);
    indicators->setCurrentIndex(indicators->model()->index(shown, 0));
    QTest::keyClick(indicators, Qt::Key_Return);
    EXPECT_EQ(window.tabs()->currentIndex(), 2);
    EXPECT_EQ(window.indicatorFilter()->text(), u"充电基础设施数量"_s);
    QTRY_COMPARE_WITH_TIMEOUT(window.results()->topLevelItemCount(), 1, 10000);

    // Add Aliases… to a built-in indicator: an alias the user's indicator owns is refused in the status line.
    window.tabs()->setCurrentWidget(catalogues);
    const int other = added == 0 ? 1 : 0;
    const QString otherName = cell(indicators, other, IndicatorName);
    indicators->setCurrentIndex(indicators->model()->index(other, 0));
    ASSERT_TRUE(catalogues->addAliasesButton()->isEnabled());
    answerIndicatorDialog(catalogues->addAliasesButton(), [&](IndicatorDialog *dialog) {
        EXPECT_EQ(dialog->nameEdit()->text(), otherName);
        EXPECT_TRUE(dialog->nameEdit()->isReadOnly());
        dialog->aliasesEdit()->setText(u"充电桩"_s);
    });
    QTRY_VERIFY(window.statusLabel()->text().contains(u"could not be saved"_s));
    EXPECT_TRUE(window.statusLabel()->text().contains(u"充电基础设施数量"_s))
        << qPrintable(window.statusLabel()->text());
    EXPECT_EQ(indicators->model()->rowCount(), builtin + 1);

    // A fresh alias for it is saved and shown.
    indicators->setCurrentIndex(indicators->model()->index(rowNamed(indicators, otherName), 0));
    answerIndicatorDialog(catalogues->addAliasesButton(),
        [](IndicatorDialog *dialog) { dialog->aliasesEdit()->setText(u"某种自定义写法"_s); });
    QTRY_VERIFY(
        cell(indicators, rowNamed(indicators, otherName), IndicatorAliases).contains(u"某种自定义写法"_s));

    departments->sortByColumn(Name, Qt::AscendingOrder);
    indicators->sortByColumn(Source, Qt::AscendingOrder);

    // Switching the language re-renders the tab, its rows included.
    LanguageManager languages;
    languages.apply(u"zh_CN"_s);
    QCoreApplication::processEvents(); // LanguageChange is posted to the windows
    EXPECT_EQ(window.tabs()->tabText(window.tabs()->indexOf(catalogues)), u"目录"_s);
    EXPECT_EQ(departments->model()->headerData(Name, Qt::Horizontal).toString(), u"部门"_s);
    EXPECT_EQ(cell(indicators, rowNamed(indicators, u"充电基础设施数量"_s), Source), u"用户添加"_s);
    EXPECT_TRUE(cell(departments, rowNamed(departments, u"市工业和信息化局"_s), Counterparts)
                    .contains(u"乙区科技工业信息化局（乙区碳达峰实施方案）"_s));
    EXPECT_EQ(cell(departments, rowNamed(departments, u"市工业和信息化局"_s), Level), u"市"_s);
    indicators->setCurrentIndex(indicators->model()->index(rowNamed(indicators, u"充电基础设施数量"_s), 0));
    answerIndicatorDialog(catalogues->addAliasesButton(),
        [](IndicatorDialog *dialog) { dialog->aliasesEdit()->setText(u"充电设施数量"_s); });
    QTRY_COMPARE(window.statusLabel()->text(), u"指标“充电基础设施数量”已保存到目录。"_s);
    QTRY_VERIFY(cell(indicators, rowNamed(indicators, u"充电基础设施数量"_s), IndicatorAliases)
                    .contains(u"充电设施数量"_s));
    EXPECT_TRUE(catalogues->addAliasesButton()->isEnabled()); // the row stays selected through the reload
    EXPECT_EQ(cell(indicators, indicators->currentIndex().row(), IndicatorName), u"充电基础设施数量"_s);
    indicators->scrollToTop();
    const QString out = qEnvironmentVariableIsSet("PLANWRIGHT_SCREENSHOT_DIR")
        ? qEnvironmentVariable("PLANWRIGHT_SCREENSHOT_DIR")
        : dir.path();
    EXPECT_TRUE(window.grab().save(out + u"/library-catalogues-zh_CN.png"_s));
    languages.apply(u"en"_s);
    QCoreApplication::processEvents();
    EXPECT_EQ(cell(indicators, rowNamed(indicators, u"充电基础设施数量"_s), Source), u"Added by a user"_s);
}

TEST(LibraryCatalogues, IndicatorDialogSplitsAliasesAndNeedsAName)
{
    EXPECT_EQ(library::splitAliases(u" 甲、乙，丙,丁;戊；己\n甲 、 "_s),
        QStringList({ u"甲"_s, u"乙"_s, u"丙"_s, u"丁"_s, u"戊"_s, u"己"_s }));
    IndicatorDialog dialog(nullptr);
    QPushButton *ok = dialog.buttons()->button(QDialogButtonBox::Ok);
    EXPECT_FALSE(ok->isEnabled());
    dialog.nameEdit()->setText(u"  "_s);
    EXPECT_FALSE(ok->isEnabled());
    dialog.nameEdit()->setText(u"充电桩数量"_s);
    EXPECT_TRUE(ok->isEnabled());

    const library::IndicatorEntry existing { u"光伏装机容量"_s, u"万千瓦"_s, u"能源"_s, true, {} };
    IndicatorDialog aliases(&existing);
    ok = aliases.buttons()->button(QDialogButtonBox::Ok);
    EXPECT_FALSE(ok->isEnabled());
    aliases.aliasesEdit()->setText(u"光伏规模、"_s);
    EXPECT_TRUE(ok->isEnabled());
    EXPECT_EQ(aliases.indicator().name, u"光伏装机容量"_s);
    EXPECT_EQ(aliases.indicator().aliases, QStringList({ u"光伏规模"_s }));
}

TEST(LibraryCatalogues, AddingAnIndicatorWithoutALibrarySaysSoInTheStatusLine)
{
    QTemporaryDir dir;
    QFile file(dir.filePath(u"not-a-folder"_s));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.close();
    library::LibraryLocation location;
    location.sqlitePath = dir.filePath(u"not-a-folder/library.sqlite"_s);
    LibraryWindow window(location);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 20000);
    EXPECT_FALSE(window.statusLabel()->text().isEmpty());
    EXPECT_EQ(window.catalogues()->indicatorView()->model()->rowCount(), 0);
    window.tabs()->setCurrentWidget(window.catalogues());
    answerIndicatorDialog(window.catalogues()->addIndicatorButton(),
        [](IndicatorDialog *dialog) { dialog->nameEdit()->setText(u"充电基础设施数量"_s); });
    QTRY_VERIFY(window.statusLabel()->text().contains(u"no library is open"_s));
    EXPECT_FALSE(QFileInfo::exists(location.sqlitePath));
}
