// Cross-level department counterparts: what a reviewer records in one child plan is kept in the library and
// offered to the review of its siblings (moved to their region), only where the sibling has that department.

#include "libraryfixture.h"

#include "io/planfile.h"
#include "review/reviewengine.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;
using namespace pw;
using namespace pw::library;
using pw::test::LibraryTest;

namespace {

QString counterpartOf(const QList<review::Counterpart> &table, const QString &parentDepartment,
    QString *learnedFrom = nullptr)
{
    for (const review::Counterpart &c : table) {
        if (c.parentDepartment == parentDepartment) {
            if (learnedFrom)
                *learnedFrom = c.learnedFrom;
            return c.childDepartment;
        }
    }
    return {};
}

} // namespace

TEST_P(LibraryTest, ACounterpartRecordedInOneDistrictIsOfferedToItsSiblingsThatHaveTheDepartment)
{
    test::PlanSpec city { test::kCityOfDistricts, AdminLevel::City, u"甲市"_s, {}, {}, { u"推进工业领域节能降碳"_s } };
    city.lead = u"市工业和信息化局"_s;
    const QString cityFile = QFileInfo(test::writePlan(planDir(), u"city"_s, city)).absoluteFilePath();
    // 乙区's reviewer found that the city's 工信局 is the merged 科技工业信息化局 there.
    const QString yi = test::writeDistrictReview(planDir(), u"乙区"_s, u"乙区科技工业信息化局"_s,
        { { u"市工业和信息化局"_s, u"乙区科技工业信息化局"_s, false, true } });
    const QString bing = test::writeDistrictReview(planDir(), u"丙区"_s, u"丙区科技工业信息化局"_s);
    const QString ding = test::writeDistrictReview(planDir(), u"丁区"_s, {});

    auto library = openLibrary();
    ASSERT_TRUE(library);
    ASSERT_EQ(test::addPaths(*library, { planDir() }).added, 4);
    QString error;
    const auto shared = library->sharedCounterparts(cityFile, bing, &error);
    ASSERT_TRUE(shared) << qPrintable(error);
    ASSERT_EQ(shared->size(), 1);
    EXPECT_TRUE(shared->first().sameParent);
    EXPECT_EQ(shared->first().childRegion, u"乙区"_s);
    EXPECT_EQ(shared->first().parentRegion, u"甲市"_s);
    // A plan's own rows are in its review state, not offered back to it.
    EXPECT_TRUE(library->sharedCounterparts(cityFile, yi, &error)->isEmpty());

    const auto review = [&](const QString &childFile) {
        auto parent = loadPlanFile(cityFile, &error);
        auto child = loadPlanFile(childFile, &error);
        review::ReviewOptions options;
        options.sharedCounterparts = *library->sharedCounterparts(cityFile, childFile, &error);
        return review::comparePlans(*parent->plan, *child->plan, {}, options);
    };
    const review::ReviewResult bingReview = review(bing);
    QString learnedFrom;
    EXPECT_EQ(counterpartOf(bingReview.counterparts, u"市工业和信息化局"_s, &learnedFrom), u"丙区科技工业信息化局"_s);
    EXPECT_EQ(learnedFrom, u"乙区碳达峰实施方案"_s);
    ASSERT_EQ(bingReview.departments.size(), 1);
    EXPECT_EQ(bingReview.departments.first().counterpart, u"丙区科技工业信息化局"_s);
    // 丁区 has no such bureau: the rule's counterpart stays.
    EXPECT_EQ(counterpartOf(review(ding).counterparts, u"市工业和信息化局"_s, &learnedFrom), u"区工业和信息化局"_s);
    EXPECT_TRUE(learnedFrom.isEmpty());

    // The reviewer takes the row back: after a refresh the library forgets it.
    test::writeDistrictReview(planDir(), u"乙区"_s, u"乙区科技工业信息化局"_s);
    QFile touched(yi);
    ASSERT_TRUE(touched.open(QIODevice::ReadWrite));
    ASSERT_TRUE(touched.setFileTime(QFileInfo(yi).lastModified().addSecs(5), QFileDevice::FileModificationTime));
    touched.close();
    EXPECT_EQ(library->refresh().updated, 1);
    EXPECT_TRUE(library->sharedCounterparts(cityFile, bing, &error)->isEmpty());
    EXPECT_EQ(counterpartOf(review(bing).counterparts, u"市工业和信息化局"_s), u"区工业和信息化局"_s);
}
