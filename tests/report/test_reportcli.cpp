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
