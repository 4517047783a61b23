// planwright matrix / targets on a real .pwplan file, through the built binary.

#include "sampleplan.h"

#include "io/planfile.h"
#include "tables/csv.h"

#include "clirun.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace pw;
using namespace Qt::StringLiterals;
using pw::testing::CliRun;
using pw::testing::runPlanwright;

namespace {

CliRun planwright(const QStringList &args) { return runPlanwright(args); }

class Cli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto plan = test::makeDistrictPlan();
        // A hostile department name must come out neutralised.
        plan->departments.back().name = u"=HYPERLINK(\"http://evil\")"_s;
        m_file = m_dir.filePath(u"plan.pwplan"_s);
        QString error;
        ASSERT_TRUE(savePlanFile(*plan, {}, m_file, &error)) << error.toStdString();
    }
    QTemporaryDir m_dir;
    QString m_file;
};

} // namespace

TEST_F(Cli, MatrixCsv)
{
    const CliRun r = planwright({ u"matrix"_s, m_file, u"--csv"_s });
    ASSERT_EQ(r.code, 0) << qPrintable(r.err);
    QString error;
    const tables::Table table = tables::parseCsv(r.out, &error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    ASSERT_EQ(table.size(), 17); // header + 16 tasks
    EXPECT_EQ(table[0][0], u"序号"_s);
    EXPECT_EQ(table[0][2], u"区发展和改革局"_s);
    EXPECT_TRUE(table[0].contains(u"'=HYPERLINK(\"http://evil\")"_s));
    EXPECT_EQ(table[1][0], u"三、（一）1."_s);
    EXPECT_EQ(table[1][2], u"牵"_s);
    EXPECT_TRUE(r.out.contains(u"\r\n"_s));
}

TEST_F(Cli, DivisionCsv)
{
    const CliRun r = planwright({ u"matrix"_s, m_file, u"--csv"_s, u"--division"_s });
    ASSERT_EQ(r.code, 0) << qPrintable(r.err);
    const tables::Table table = tables::parseCsv(r.out);
    ASSERT_EQ(table.size(), 17);
    EXPECT_EQ(table[0], (QStringList { u"序号"_s, u"重点任务"_s, u"牵头单位"_s, u"责任单位"_s, u"完成时限"_s }));
    EXPECT_EQ(table[1][1], u"推进煤炭消费替代和转型升级"_s);
    EXPECT_EQ(table[1][4], u"2025年底前"_s);
}

TEST_F(Cli, TargetsCsvAndTsv)
{
    const CliRun r = planwright({ u"targets"_s, m_file, u"--csv"_s });
    ASSERT_EQ(r.code, 0) << qPrintable(r.err);
    const tables::Table table = tables::parseCsv(r.out);
    ASSERT_EQ(table.size(), 7);
    EXPECT_EQ(table[0][7], u"2025年"_s);
    EXPECT_EQ(table[1][7], u"≥ 14.5 (力争 15)"_s);
    EXPECT_EQ(table[1][12], u"2025年 −14.5%"_s);
    const CliRun tsv = planwright({ u"targets"_s, m_file });
    ASSERT_EQ(tsv.code, 0);
    EXPECT_EQ(tables::parseTsv(tsv.out).size(), 7);
}

TEST_F(Cli, BadArgumentsAndFiles)
{
    EXPECT_EQ(planwright({ u"matrix"_s }).code, 2);
    EXPECT_EQ(planwright({ u"targets"_s, m_file, u"--bogus"_s }).code, 2);
    EXPECT_EQ(planwright({ u"targets"_s, m_file, u"--division"_s }).code, 2);
    const CliRun missing = planwright({ u"targets"_s, m_dir.filePath(u"missing.pwplan"_s), u"--csv"_s });
    EXPECT_EQ(missing.code, 1);
    EXPECT_FALSE(missing.err.isEmpty());
    QFile junk(m_dir.filePath(u"junk.pwplan"_s));
    ASSERT_TRUE(junk.open(QIODevice::WriteOnly));
    junk.write("PK\x03\x04 this is not a zip");
    junk.close();
    EXPECT_EQ(planwright({ u"matrix"_s, junk.fileName(), u"--csv"_s }).code, 1);
}
