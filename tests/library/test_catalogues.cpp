// The shared catalogues: the counterparts reviewers recorded, by department, and the indicators a user adds
// (or gives aliases), which the search's indicator filter then understands.

#include "libraryfixture.h"

#include "import/departmentnames.h"

using namespace Qt::StringLiterals;
using namespace pw;
using namespace pw::library;
using pw::test::LibraryTest;

TEST_P(LibraryTest, RecordedCounterpartsNameBothDepartmentsTheirCatalogueKeysAndThePlan)
{
    test::PlanSpec city { test::kCityOfDistricts, AdminLevel::City, u"甲市"_s, {}, {},
        { u"推进工业领域节能降碳"_s } };
    city.lead = u"市工业和信息化局"_s;
    test::writePlan(planDir(), u"city"_s, city);
    const QString yi = test::writeDistrictReview(planDir(), u"乙区"_s, u"乙区科技工业信息化局"_s,
        { { u"市工业和信息化局"_s, u"乙区科技工业信息化局"_s, false, true },
            { u"市生态环境局"_s, u"甲市生态环境局乙区分局"_s, true, true } });
    test::writeDistrictReview(planDir(), u"丙区"_s, u"丙区科技工业信息化局"_s);

    auto library = openLibrary();
    ASSERT_TRUE(library);
    QString error;
    auto empty = library->recordedCounterparts(&error);
    ASSERT_TRUE(empty) << qPrintable(error);
    EXPECT_TRUE(empty->isEmpty());
    ASSERT_EQ(test::addPaths(*library, { planDir() }).added, 3);

    const auto rows = library->recordedCounterparts(&error);
    ASSERT_TRUE(rows) << qPrintable(error);
    ASSERT_EQ(rows->size(), 2);
    const RecordedCounterpart &industry
        = rows->at(0).parentDepartment == u"市工业和信息化局"_s ? rows->at(0) : rows->at(1);
    const RecordedCounterpart &ecology = &industry == &rows->at(0) ? rows->at(1) : rows->at(0);
    EXPECT_EQ(industry.childDepartment, u"乙区科技工业信息化局"_s);
    EXPECT_FALSE(industry.branchOffice);
    EXPECT_EQ(industry.planTitle, u"乙区碳达峰实施方案"_s);
    EXPECT_EQ(industry.planFile, yi);
    EXPECT_EQ(ecology.parentDepartment, u"市生态环境局"_s);
    EXPECT_TRUE(ecology.branchOffice);

    // The keys are those of the department catalogue, so a department's row finds its counterparts.
    const auto departments = library->departments(&error);
    ASSERT_TRUE(departments) << qPrintable(error);
    bool parentListed = false, childListed = false;
    for (const DepartmentEntry &d : *departments) {
        parentListed = parentListed || d.key == industry.parentKey;
        childListed = childListed || d.key == industry.childKey;
    }
    EXPECT_TRUE(parentListed);
    EXPECT_TRUE(childListed);
    EXPECT_EQ(industry.parentKey, import::DepartmentNames::equivalenceKey(u"市工信局"));
}

TEST_P(LibraryTest, AUserIndicatorAndItsAliasesServeTheIndicatorFilter)
{
    // Two districts write the same indicator two ways the built-in catalogue does not know.
    test::PlanSpec a { u"甲区方案"_s, AdminLevel::District, u"甲区"_s, {}, {}, { u"建设公共充电设施"_s } };
    a.targets = { { u"公共充电桩数量"_s, u"个"_s, 2025, 500 } };
    test::writePlan(planDir(), u"a"_s, a);
    test::PlanSpec b { u"乙区方案"_s, AdminLevel::District, u"乙区"_s, {}, {},
        { u"完善充电基础设施网络"_s } };
    b.targets = { { u"充电设施保有量"_s, u"个"_s, 2025, 300 } };
    test::writePlan(planDir(), u"b"_s, b);
    auto library = openLibrary();
    ASSERT_TRUE(library);
    ASSERT_EQ(test::addPaths(*library, { planDir() }).added, 2);
    QString error;
    const auto plansFound = [&](const QString &indicator) {
        const auto hits = library->search({}, { {}, {}, {}, indicator, {} }, 50, &error);
        EXPECT_TRUE(hits) << qPrintable(error);
        QStringList titles;
        for (const SearchHit &hit : hits.value_or(QList<SearchHit> {}))
            titles << hit.planTitle;
        titles.removeDuplicates();
        titles.sort();
        return titles;
    };
    EXPECT_TRUE(plansFound(u"充电基础设施"_s).isEmpty());

    ASSERT_TRUE(library->addIndicator(
        { u"充电基础设施数量"_s, u"个"_s, u"交通"_s, false, { u"公共充电桩数量"_s, u"充电设施保有量"_s } },
        &error))
        << qPrintable(error);
    EXPECT_EQ(plansFound(u"充电基础设施数量"_s), QStringList({ u"乙区方案"_s, u"甲区方案"_s }));
    EXPECT_EQ(plansFound(u"充电设施保有量"_s), QStringList({ u"乙区方案"_s, u"甲区方案"_s }));

    // An alias added later to the user's indicator works the same way; the entry keeps its unit.
    ASSERT_TRUE(library->addIndicator({ u"充电基础设施数量"_s, {}, {}, false, { u"充电桩"_s } }, &error))
        << qPrintable(error);
    EXPECT_EQ(plansFound(u"充电桩"_s), QStringList({ u"乙区方案"_s, u"甲区方案"_s }));
    const auto indicators = library->indicators(&error);
    ASSERT_TRUE(indicators);
    const auto entry = std::find_if(indicators->begin(), indicators->end(),
        [](const IndicatorEntry &i) { return i.name == u"充电基础设施数量"_s; });
    ASSERT_NE(entry, indicators->end());
    EXPECT_FALSE(entry->builtin);
    EXPECT_EQ(entry->unit, u"个"_s);
    EXPECT_EQ(entry->aliases.size(), 4) << qPrintable(entry->aliases.join(u'|'));

    // An alias another indicator owns is refused, and nothing of that request is added.
    const qsizetype count = indicators->size();
    EXPECT_FALSE(library->addIndicator({ u"新能源车辆数"_s, {}, {}, false, { u"充电桩"_s } }, &error));
    EXPECT_TRUE(error.contains(u"充电基础设施数量"_s)) << qPrintable(error);
    EXPECT_EQ(library->indicators(&error)->size(), count);
    for (const QString &hostile : { u"名称\n第二行"_s, QString(200, u'长'), u"含\0空字符"_s })
        EXPECT_FALSE(library->addIndicator({ hostile, {}, {}, false, {} }, &error)) << qPrintable(hostile);
    EXPECT_FALSE(library->addIndicator({ u"  "_s, {}, {}, false, {} }, &error));
    EXPECT_EQ(library->indicators(&error)->size(), count);
}
