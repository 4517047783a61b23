// The planwright command line, run as a separate process (PLANWRIGHT_BINARY).

#include "corpus.h"
#include "fixtureplan.h"
#include "io/planfile.h"
#include "model/plan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace pw;
using namespace pw::testing;
using namespace Qt::StringLiterals;

namespace {

struct Result
{
    int exitCode = -1;
    bool crashed = true;
    QString out;
    QString err;
};

/** Runs planwright with @p args; @p unset names environment variables to remove. */
Result planwright(const QStringList &args, const QStringList &unset = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"XDG_RUNTIME_DIR"_s); // the CLI must cope with it unset, silently
    for (const QString &name : unset)
        env.remove(name);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(PLANWRIGHT_BINARY), args);
    Result run;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.crashed = process.exitStatus() != QProcess::NormalExit;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QStringList lines(const QString &text) { return text.split(u'\n', Qt::SkipEmptyParts); }

} // namespace

TEST(Cli, HelpAndVersion)
{
    const Result help = planwright({ u"--help"_s });
    EXPECT_EQ(help.exitCode, 0);
    for (const QString &word : { u"Usage"_s, u"new"_s, u"show"_s, u"validate"_s, u"--version"_s })
        EXPECT_TRUE(help.out.contains(word)) << qPrintable(word);
    EXPECT_TRUE(help.err.isEmpty()) << qPrintable(help.err);

    const Result version = planwright({ u"--version"_s });
    EXPECT_EQ(version.exitCode, 0);
    const QStringList lines = version.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_GE(lines.size(), 4) << qPrintable(version.out);
    EXPECT_EQ(lines[0], u"planwright %1"_s.arg(QStringLiteral(PLANWRIGHT_VERSION)));
    // The Qt the process runs with, and the QuaZip library it loaded (its file name carries the version).
    EXPECT_TRUE(lines[1].startsWith(u"Qt %1 "_s.arg(QString::fromLatin1(qVersion())))) << qPrintable(lines[1]);
    EXPECT_TRUE(QRegularExpression(u"^QuaZip [0-9]+\\.[0-9]+"_s).match(lines[2]).hasMatch()) << qPrintable(lines[2]);
    EXPECT_TRUE(QRegularExpression(u"^Poppler [0-9]+\\.[0-9]+"_s).match(lines[3]).hasMatch()) << qPrintable(lines[3]);
    EXPECT_TRUE(version.err.isEmpty()) << "no XDG_RUNTIME_DIR or other noise: " << qPrintable(version.err);

    const Result commandHelp = planwright({ u"new"_s, u"--help"_s });
    EXPECT_EQ(commandHelp.exitCode, 0);
    EXPECT_TRUE(commandHelp.out.contains(u"--title"_s));
}

TEST(Cli, NewShowValidate)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"方案.pwplan"_s);
    const Result created = planwright({ u"new"_s, u"--title"_s, u"某县碳达峰实施方案"_s, u"-o"_s, file });
    ASSERT_EQ(created.exitCode, 0) << qPrintable(created.err);
    EXPECT_TRUE(created.err.isEmpty()) << qPrintable(created.err);

    const Result valid = planwright({ u"validate"_s, file });
    EXPECT_EQ(valid.exitCode, 0);
    EXPECT_TRUE(valid.out.contains(u"valid"_s));
    EXPECT_TRUE(valid.err.isEmpty()) << qPrintable(valid.err);

    const Result shown = planwright({ u"show"_s, file });
    EXPECT_EQ(shown.exitCode, 0);
    EXPECT_TRUE(shown.out.startsWith(u"某县碳达峰实施方案\n"_s)) << qPrintable(shown.out);

    const Result json = planwright({ u"show"_s, file, u"--json"_s });
    ASSERT_EQ(json.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
    EXPECT_EQ(o.value(u"title"_s).toString(), u"某县碳达峰实施方案"_s);
    EXPECT_EQ(o.value(u"nodes"_s).toArray().size(), 0);
}

TEST(Cli, ShowJsonHasTheInterchangeFields)
{
    FixtureIds ids;
    auto plan = fixturePlan(&ids);
    plan->metadata.docNumber = u"某政发〔2023〕1号"_s;
    plan->metadata.issueDate = QDate(2023, 5, 6);
    plan->metadata.level = AdminLevel::City;
    plan->metadata.parentRefs = { { u"湖南省碳达峰实施方案"_s, u"湘政发〔2022〕19号"_s } };
    QTemporaryDir dir;
    const QString file = dir.filePath(u"plan.pwplan"_s);
    QString error;
    ASSERT_TRUE(savePlanFile(*plan, {}, file, &error)) << qPrintable(error);

    const Result run = planwright({ u"show"_s, u"--json"_s, file });
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    QJsonParseError parseError;
    const QJsonObject o = QJsonDocument::fromJson(run.out.toUtf8(), &parseError).object();
    ASSERT_EQ(parseError.error, QJsonParseError::NoError);
    EXPECT_EQ(o.value(u"title"_s).toString(), u"某市碳达峰实施方案"_s);
    EXPECT_EQ(o.value(u"issuer"_s).toString(), u"某市人民政府"_s);
    EXPECT_EQ(o.value(u"docNumber"_s).toString(), u"某政发〔2023〕1号"_s);
    EXPECT_EQ(o.value(u"issueDate"_s).toString(), u"2023-05-06"_s);
    EXPECT_EQ(o.value(u"level"_s).toString(), u"city"_s);
    EXPECT_EQ(o.value(u"parentRefs"_s).toArray().at(0).toObject().value(u"docNumber"_s).toString(),
              u"湘政发〔2022〕19号"_s);

    const QJsonArray nodes = o.value(u"nodes"_s).toArray();
    ASSERT_EQ(nodes.size(), 6);
    const QJsonObject action1 = nodes.at(2).toObject(); // flat list in outline order
    for (const QString &key : { u"id"_s, u"parentId"_s, u"kind"_s, u"number"_s, u"title"_s, u"text"_s, u"lead"_s,
                                u"support"_s })
        EXPECT_TRUE(action1.contains(key)) << qPrintable(key);
    EXPECT_EQ(action1.value(u"id"_s).toString(), ids.action1.toString(QUuid::WithoutBraces));
    EXPECT_EQ(action1.value(u"parentId"_s).toString(), ids.section1.toString(QUuid::WithoutBraces));
    EXPECT_TRUE(nodes.at(0).toObject().value(u"parentId"_s).isNull());
    EXPECT_EQ(action1.value(u"kind"_s).toString(), u"action"_s);
    EXPECT_EQ(action1.value(u"number"_s).toString(), u"1."_s);
    EXPECT_EQ(nodes.at(0).toObject().value(u"number"_s).toString(), u"一、"_s);
    EXPECT_EQ(action1.value(u"lead"_s).toArray(), QJsonArray { u"市发展改革委"_s });
    EXPECT_EQ(action1.value(u"support"_s).toArray(), (QJsonArray { u"市生态环境局"_s, u"某镇"_s }));

    EXPECT_EQ(o.value(u"departments"_s).toArray().size(), 3);
    EXPECT_EQ(o.value(u"indicators"_s).toArray().size(), 2);
    const QJsonArray targets = o.value(u"targets"_s).toArray();
    ASSERT_EQ(targets.size(), 3);
    const QJsonObject t1 = targets.at(0).toObject();
    EXPECT_EQ(t1.value(u"indicator"_s).toString(), u"非化石能源消费比重"_s);
    EXPECT_EQ(t1.value(u"year"_s).toInt(), 2025);
    EXPECT_EQ(t1.value(u"comparator"_s).toString(), u"≥"_s);
    EXPECT_EQ(t1.value(u"value"_s).toDouble(), 20);
    EXPECT_EQ(t1.value(u"unit"_s).toString(), u"%"_s);
    EXPECT_TRUE(t1.contains(u"commitment"_s));
    EXPECT_EQ(t1.value(u"nodeId"_s).toString(), ids.action1.toString(QUuid::WithoutBraces));
    EXPECT_TRUE(targets.at(1).toObject().value(u"nodeId"_s).isNull());
    const QJsonArray projects = o.value(u"projects"_s).toArray();
    ASSERT_EQ(projects.size(), 1);
    EXPECT_EQ(projects.at(0).toObject().value(u"departments"_s).toArray(),
              (QJsonArray { u"市发展改革委"_s, u"市生态环境局"_s }));
}

TEST(Cli, UsageErrors)
{
    const Result noOutput = planwright({ u"new"_s, u"--title"_s, u"x"_s });
    EXPECT_EQ(noOutput.exitCode, 2);
    EXPECT_EQ(lines(noOutput.err).size(), 1) << qPrintable(noOutput.err);

    const Result missing = planwright({ u"validate"_s, u"/nonexistent/plan.pwplan"_s });
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_EQ(lines(missing.err).size(), 1);
    EXPECT_TRUE(missing.err.startsWith(u"planwright: "_s));

    const Result unwritable = planwright({ u"new"_s, u"-o"_s, u"/nonexistent-dir/x.pwplan"_s });
    EXPECT_EQ(unwritable.exitCode, 1);
    EXPECT_EQ(lines(unwritable.err).size(), 1);

    const Result noArgs = planwright({ u"show"_s });
    EXPECT_EQ(noArgs.exitCode, 2);
}

TEST(Cli, ValidateRefusesDevicesAndHugeFiles)
{
    const Result device = planwright({ u"validate"_s, u"/dev/zero"_s });
    EXPECT_EQ(device.exitCode, 1);
    EXPECT_TRUE(device.err.contains(u"not a regular file"_s)) << qPrintable(device.err);

    QTemporaryDir dir;
    const QString huge = dir.filePath(u"huge.pwplan"_s);
    QFile file(huge);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    ASSERT_TRUE(file.resize(qint64(300) << 20)); // sparse: costs no disk space
    file.close();
    const Result big = planwright({ u"validate"_s, huge });
    EXPECT_EQ(big.exitCode, 1);
    EXPECT_TRUE(big.err.contains(u"too large: "_s)) << qPrintable(big.err);
    EXPECT_EQ(lines(big.err).size(), 1);
}

TEST(Cli, WithoutADisplayTheEditorSaysSoInsteadOfCrashing)
{
    const QStringList noDisplay { u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s };
    for (const QStringList &args : { QStringList {}, QStringList { u"some.pwplan"_s } }) {
        const Result run = planwright(args, noDisplay);
        EXPECT_FALSE(run.crashed);
        EXPECT_NE(run.exitCode, 0);
        EXPECT_TRUE(run.err.contains(u"no display"_s)) << qPrintable(run.err);
        EXPECT_TRUE(run.err.contains(u"planwright --help"_s));
    }
    // The command line still works there.
    const Result version = planwright({ u"--version"_s }, noDisplay);
    EXPECT_EQ(version.exitCode, 0);
}

namespace {
class ValidateCorpus : public ::testing::TestWithParam<CorpusCase>
{
};
} // namespace

TEST_P(ValidateCorpus, ExitsOneWithAOneLineReason)
{
    const CorpusCase &c = GetParam();
    const Result run = planwright({ u"validate"_s, c.file });
    EXPECT_FALSE(run.crashed);
    EXPECT_EQ(run.exitCode, 1) << qPrintable(run.err);
    EXPECT_EQ(lines(run.err).size(), 1) << qPrintable(run.err);
    EXPECT_TRUE(run.err.contains(c.fragment)) << qPrintable(run.err);
    EXPECT_TRUE(run.err.contains(u"invalid"_s));
    EXPECT_TRUE(run.out.isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Corpus, ValidateCorpus, ::testing::ValuesIn(corpusCases()),
                         [](const ::testing::TestParamInfo<CorpusCase> &param) { return corpusCaseName(param.param); });
