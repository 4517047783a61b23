// planwright library add | search | rollup through the real binary.

#include "clirun.h"
#include "libraryfixture.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace pw;
using pw::testing::runPlanwright;

TEST(LibraryCli, AddSearchRollup)
{
    QTemporaryDir dir;
    const QString plans = dir.filePath(u"plans"_s);
    QDir().mkpath(plans);
    for (const QString &name : QDir(QStringLiteral(TEST_DATA_DIR "/seeds")).entryList(QDir::Files))
        ASSERT_TRUE(QFile::copy(QStringLiteral(TEST_DATA_DIR "/seeds/") + name, QDir(plans).filePath(name)));
    test::PlanSpec city { u"甲市碳达峰实施方案"_s, AdminLevel::City, u"甲市"_s, {}, {},
        { u"推进光伏建设"_s } };
    city.targets = { { u"光伏装机容量"_s, u"万千瓦"_s, 2025, 100 } };
    test::writePlan(plans, u"city"_s, city);
    test::PlanSpec district { u"乙区碳达峰实施方案"_s, AdminLevel::District, u"乙区"_s, {},
        u"甲市碳达峰实施方案"_s, { u"推进光伏建设"_s } };
    district.targets = { { u"光伏装机容量"_s, u"万千瓦"_s, 2025, 30 } };
    test::writePlan(plans, u"district"_s, district);
    const QString db = dir.filePath(u"lib.sqlite"_s);

    auto add = runPlanwright({ u"library"_s, u"add"_s, plans, u"--db"_s, db });
    ASSERT_EQ(add.code, 0) << qPrintable(add.err);
    EXPECT_TRUE(add.out.startsWith(u"7 added"_s)) << qPrintable(add.out);
    EXPECT_TRUE(add.err.contains(u"Indexing 7/7"_s)) << qPrintable(add.err);

    auto search = runPlanwright({ u"library"_s, u"search"_s, u"光伏"_s, u"--json"_s, u"--db"_s, db });
    ASSERT_EQ(search.code, 0) << qPrintable(search.err);
    const QJsonArray hits = QJsonDocument::fromJson(search.out.toUtf8()).array();
    QSet<QString> plansHit;
    for (const QJsonValue &hit : hits) {
        const QJsonObject o = hit.toObject();
        for (const char *key : { "plan", "file", "nodeId", "path", "title", "snippet" })
            EXPECT_TRUE(o.contains(QLatin1String(key))) << key;
        EXPECT_TRUE(o.value(u"snippet"_s).toString().contains(u"光伏"_s));
        plansHit.insert(o.value(u"file"_s).toString());
    }
    EXPECT_GE(plansHit.size(), 5);

    auto injection
        = runPlanwright({ u"library"_s, u"search"_s, u"'); DROP TABLE plans;--"_s, u"--db"_s, db });
    EXPECT_EQ(injection.code, 0) << qPrintable(injection.err);
    EXPECT_TRUE(injection.out.contains(u"0 hit(s)"_s));

    auto rollup
        = runPlanwright({ u"library"_s, u"rollup"_s, u"甲市碳达峰实施方案"_s, u"--csv"_s, u"--db"_s, db });
    ASSERT_EQ(rollup.code, 0) << qPrintable(rollup.err);
    EXPECT_TRUE(rollup.out.contains(u"乙区"_s)) << qPrintable(rollup.out);
    EXPECT_TRUE(rollup.out.contains(u"光伏装机容量,2025,万千瓦"_s)) << qPrintable(rollup.out);

    auto bad
        = runPlanwright({ u"library"_s, u"search"_s, u"x"_s, u"--db"_s, u"postgresql://u:secret@h/db"_s });
    EXPECT_EQ(bad.code, 1);
    EXPECT_TRUE(bad.err.contains(u"PGPASSWORD"_s)) << qPrintable(bad.err);
    EXPECT_EQ(runPlanwright({ u"library"_s, u"frobnicate"_s }).code, 2);
}

TEST(LibraryCli, CompareWithTheLibraryUsesCounterpartsASiblingsReviewerRecorded)
{
    QTemporaryDir dir;
    test::PlanSpec city { test::kCityOfDistricts, AdminLevel::City, u"甲市"_s, {}, {}, { u"推进工业领域节能降碳"_s } };
    city.lead = u"市工业和信息化局"_s;
    const QString cityFile = test::writePlan(dir.path(), u"city"_s, city);
    test::writeDistrictReview(dir.path(), u"乙区"_s, u"乙区科技工业信息化局"_s,
        { { u"市工业和信息化局"_s, u"乙区科技工业信息化局"_s, false, true } });
    const QString bing = test::writeDistrictReview(dir.path(), u"丙区"_s, u"丙区科技工业信息化局"_s);
    const QString db = dir.filePath(u"lib.sqlite"_s);
    ASSERT_EQ(runPlanwright({ u"library"_s, u"add"_s, dir.path(), u"--db"_s, db }).code, 0);

    const auto counterpartIn = [&](const QStringList &extra) {
        auto run = runPlanwright(QStringList { u"compare"_s, cityFile, bing, u"--json"_s } + extra);
        EXPECT_EQ(run.code, 0) << qPrintable(run.err);
        for (const QJsonValue &v : QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"counterparts"_s).toArray()) {
            if (v.toObject().value(u"parentDepartment"_s).toString() == u"市工业和信息化局"_s)
                return v.toObject();
        }
        return QJsonObject();
    };
    EXPECT_EQ(counterpartIn({}).value(u"childDepartment"_s).toString(), u"区工业和信息化局"_s);
    const QJsonObject learned = counterpartIn({ u"--db"_s, db });
    EXPECT_EQ(learned.value(u"childDepartment"_s).toString(), u"丙区科技工业信息化局"_s);
    EXPECT_EQ(learned.value(u"learnedFrom"_s).toString(), u"乙区碳达峰实施方案"_s);
    auto bad = runPlanwright({ u"compare"_s, cityFile, bing, u"--db"_s, u"postgresql://u:secret@h/db"_s });
    EXPECT_EQ(bad.code, 1);
    EXPECT_TRUE(bad.err.contains(u"PGPASSWORD"_s)) << qPrintable(bad.err);
}

TEST(LibraryCli, CataloguesListDepartmentsWithCounterpartsAndTakeUserIndicators)
{
    QTemporaryDir dir;
    test::PlanSpec city { test::kCityOfDistricts, AdminLevel::City, u"甲市"_s, {}, {}, { u"推进工业领域节能降碳"_s } };
    city.lead = u"市工业和信息化局"_s;
    test::writePlan(dir.path(), u"city"_s, city);
    test::writeDistrictReview(dir.path(), u"乙区"_s, u"乙区科技工业信息化局"_s,
        { { u"市工业和信息化局"_s, u"乙区科技工业信息化局"_s, false, true } });
    const QString db = dir.filePath(u"lib.sqlite"_s);
    ASSERT_EQ(runPlanwright({ u"library"_s, u"add"_s, dir.path(), u"--db"_s, db }).code, 0);

    auto departments = runPlanwright({ u"library"_s, u"departments"_s, u"--json"_s, u"--db"_s, db });
    ASSERT_EQ(departments.code, 0) << qPrintable(departments.err);
    QJsonObject industry;
    for (const QJsonValue &v : QJsonDocument::fromJson(departments.out.toUtf8()).array()) {
        if (v.toObject().value(u"aliases"_s).toArray().contains(u"市工业和信息化局"_s))
            industry = v.toObject();
    }
    ASSERT_FALSE(industry.isEmpty()) << qPrintable(departments.out);
    EXPECT_EQ(industry.value(u"plans"_s).toInt(), 2);
    EXPECT_EQ(industry.value(u"counterparts"_s).toArray(),
        QJsonArray { u"乙区科技工业信息化局 (乙区碳达峰实施方案)"_s });

    // A user indicator with aliases joins the catalogue beside the built-in ones.
    auto added = runPlanwright({ u"library"_s, u"add-indicator"_s, u"工业园区循环化改造比例"_s, u"--unit"_s, u"%"_s,
        u"--category"_s, u"产业"_s, u"--aliases"_s, u"园区循环化改造率、循环化改造园区占比"_s, u"--db"_s, db });
    ASSERT_EQ(added.code, 0) << qPrintable(added.err);
    auto indicators = runPlanwright({ u"library"_s, u"indicators"_s, u"--db"_s, db });
    ASSERT_EQ(indicators.code, 0) << qPrintable(indicators.err);
    EXPECT_TRUE(indicators.out.contains(u"工业园区循环化改造比例\t%\t产业\tuser\t"_s)) << qPrintable(indicators.out);
    EXPECT_TRUE(indicators.out.contains(u"循环化改造园区占比"_s));
    EXPECT_TRUE(indicators.out.contains(u"\tbuiltin\t"_s)); // the built-in catalogue seeds it
    EXPECT_EQ(runPlanwright({ u"library"_s, u"add-indicator"_s, u" "_s, u"--db"_s, db }).code, 1);
    EXPECT_EQ(runPlanwright({ u"library"_s, u"departments"_s, u"extra"_s, u"--db"_s, db }).code, 2);
}
