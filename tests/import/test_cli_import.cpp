// planwright import through the real binary: exit codes, saved file, --json with --report.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

CliRun planwright(const QStringList &args, const QString &runtimeDir)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"XDG_RUNTIME_DIR"_s, runtimeDir);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PLANWRIGHT_BINARY), args);
    if (!p.waitForFinished(60000))
        return {};
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
             p.readAllStandardError() };
}

const QString seed = QStringLiteral(TEST_DATA_DIR) + u"/seeds/xiangtan-2023-carbon-peak.txt"_s;

} // namespace

TEST(CliImport, SavesAValidPlan)
{
    QTemporaryDir tmp;
    ASSERT_TRUE(tmp.isValid());
    const QString out = tmp.filePath(u"x.pwplan"_s);
    const CliRun r = planwright({ u"import"_s, seed, u"-o"_s, out }, tmp.path());
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    EXPECT_TRUE(r.out.contains("57 nodes"));
    const CliRun v = planwright({ u"validate"_s, out }, tmp.path());
    EXPECT_EQ(v.exitCode, 0) << v.err.constData();
    const CliRun show = planwright({ u"show"_s, out, u"--json"_s }, tmp.path());
    const QJsonObject plan = QJsonDocument::fromJson(show.out).object();
    EXPECT_EQ(plan.value(u"docNumber"_s).toString(), u"潭政发〔2023〕9号"_s);
}

TEST(CliImport, JsonWithReport)
{
    QTemporaryDir tmp;
    const CliRun r = planwright({ u"import"_s, seed, u"--json"_s, u"--report"_s }, tmp.path());
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    EXPECT_EQ(o.value(u"title"_s).toString(), u"湘潭市碳达峰实施方案"_s);
    const QJsonObject report = o.value(u"importReport"_s).toObject();
    EXPECT_EQ(report.value(u"cleaned"_s).toObject().value(u"pageMarkers"_s).toInt(), 24);
    EXPECT_FALSE(report.value(u"issues"_s).toArray().isEmpty());
}

TEST(CliImport, ErrorsAndUsage)
{
    QTemporaryDir tmp;
    const CliRun bad = planwright({ u"import"_s, QStringLiteral(TEST_DATA_DIR) + u"/malformed-import/err-nul.txt"_s },
                               tmp.path());
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_TRUE(bad.err.contains("NUL")) << bad.err.constData();
    EXPECT_EQ(planwright({ u"import"_s }, tmp.path()).exitCode, 2);
    EXPECT_EQ(planwright({ u"import"_s, seed, u"-o"_s }, tmp.path()).exitCode, 2);
    EXPECT_EQ(planwright({ u"import"_s, u"/nonexistent/file.txt"_s }, tmp.path()).exitCode, 1);
}
