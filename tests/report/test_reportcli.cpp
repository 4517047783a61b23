// `planwright report` end to end: arguments, exit codes, output formats.

#include "popplertools.h"
#include "seedplan.h"

#include "io/planfile.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace pw;
using namespace pw::testing;

namespace {

struct Result
{
    int code;
    QString err;
};

Result runCli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(PLANWRIGHT_BINARY), args);
    if (!p.waitForFinished(120000))
        return { -1, u"timeout"_s };
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
             QString::fromUtf8(p.readAllStandardError()) };
}

class ReportCli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_plan = m_dir.filePath(u"plan.pwplan"_s);
        QString error;
        ASSERT_TRUE(savePlanFile(*syntheticPlan(40), {}, m_plan, &error)) << qPrintable(error);
    }
    QTemporaryDir m_dir;
    QString m_plan;
};

TEST_F(ReportCli, WritesPdfWithOptions)
{
    const QString out = m_dir.filePath(u"out.pdf"_s);
    const Result r = runCli({ u"report"_s, m_plan, u"-o"_s, out, u"--notice"_s, u"--draft"_s, u"--annex"_s,
                              u"targets,tasks,projects"_s, u"--departments"_s, u"lines"_s });
    ASSERT_EQ(r.code, 0) << qPrintable(r.err);
    if (!popplerAvailable())
        GTEST_SKIP() << "poppler-utils not installed";
    const PdfInfo info = pdfInfo(out);
    EXPECT_GT(info.pages, 5);
    const QString text = pdfText(out).remove(QRegularExpression(u"\\s"_s));
    EXPECT_TRUE(text.contains(u"牵头单位："_s));
    EXPECT_TRUE(text.contains(u"附件3"_s));
    EXPECT_TRUE(text.contains(u"（征求意见稿）"_s));
}

TEST_F(ReportCli, PrintsTheAnnexesThePlanHasDataForUnlessToldOtherwise)
{
    // The synthetic plan has targets, tasks with departments and projects; a copy without projects
    // gets two annexes by default.
    auto noProjects = syntheticPlan(40);
    noProjects->projects.clear();
    const QString noProjectsFile = m_dir.filePath(u"no-projects.pwplan"_s);
    QString error;
    ASSERT_TRUE(savePlanFile(*noProjects, {}, noProjectsFile, &error)) << qPrintable(error);

    const QString all = m_dir.filePath(u"all.pdf"_s);
    const QString two = m_dir.filePath(u"two.pdf"_s);
    const QString none = m_dir.filePath(u"none.pdf"_s);
    const Result allRun = runCli({ u"report"_s, m_plan, u"-o"_s, all });
    ASSERT_EQ(allRun.code, 0) << qPrintable(allRun.err);
    EXPECT_FALSE(allRun.err.contains(u"no data"_s)) << "only annexes with data are chosen: " << qPrintable(allRun.err);
    ASSERT_EQ(runCli({ u"report"_s, noProjectsFile, u"-o"_s, two }).code, 0);
    ASSERT_EQ(runCli({ u"report"_s, m_plan, u"-o"_s, none, u"--annex"_s, u"none"_s }).code, 0);
    if (!popplerAvailable())
        GTEST_SKIP() << "poppler-utils not installed";
    const auto text = [](const QString &pdf) { return pdfText(pdf).remove(QRegularExpression(u"\\s"_s)); };
    const QString allText = text(all);
    EXPECT_TRUE(allText.contains(u"附件1"_s) && allText.contains(u"附件3"_s));
    EXPECT_TRUE(allText.contains(u"重大项目表"_s));
    const QString twoText = text(two);
    EXPECT_TRUE(twoText.contains(u"附件2"_s));
    EXPECT_FALSE(twoText.contains(u"附件3"_s));
    EXPECT_FALSE(twoText.contains(u"重大项目表"_s));
    EXPECT_FALSE(text(none).contains(u"附件"_s));
}

TEST_F(ReportCli, RejectsBadArguments)
{
    const QString out = m_dir.filePath(u"out.pdf"_s);
    EXPECT_EQ(runCli({ u"report"_s, m_plan }).code, 2);
    EXPECT_EQ(runCli({ u"report"_s, m_plan, u"-o"_s }).code, 2);
    EXPECT_EQ(runCli({ u"report"_s, m_plan, u"-o"_s, m_dir.filePath(u"out.txt"_s) }).code, 2);
    const Result annex = runCli({ u"report"_s, m_plan, u"-o"_s, out, u"--annex"_s, u"targets,bogus"_s });
    EXPECT_EQ(annex.code, 2);
    EXPECT_TRUE(annex.err.contains(u"bogus"_s));
    EXPECT_EQ(runCli({ u"report"_s, m_plan, u"-o"_s, out, u"--departments"_s, u"x"_s }).code, 2);
    EXPECT_FALSE(QFile::exists(out));
}

TEST_F(ReportCli, MalformedPlanFailsCleanly)
{
    const QString bad = m_dir.filePath(u"bad.pwplan"_s);
    QFile f(bad);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("PK\x03\x04 not really a zip");
    f.close();
    const QString out = m_dir.filePath(u"out.pdf"_s);
    const Result r = runCli({ u"report"_s, bad, u"-o"_s, out });
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(u"planwright: not a valid Planwright file"_s)) << qPrintable(r.err);
    EXPECT_FALSE(QFile::exists(out));
}

} // namespace
