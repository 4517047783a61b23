// Every file of the hostile corpus is rejected with its expected message, a single line, and no crash.

#include "corpus.h"
#include "document/document.h"
#include "io/planfile.h"
#include "model/plan.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

using namespace pw;
using namespace pw::testing;
using namespace Qt::StringLiterals;

namespace {

class Malformed : public ::testing::TestWithParam<CorpusCase>
{
};

} // namespace

TEST_P(Malformed, RejectedWithTheExpectedMessage)
{
    const CorpusCase &c = GetParam();
    QFile file(c.file);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << qPrintable(c.file);
    const QByteArray bytes = file.readAll();

    QString error;
    const auto fromBytes = readPlanArchive(bytes, &error);
    EXPECT_FALSE(fromBytes.has_value()) << qPrintable(c.what);
    EXPECT_TRUE(error.contains(c.fragment)) << "expected \"" << qPrintable(c.fragment) << "\" in: " << qPrintable(error);
    EXPECT_FALSE(error.contains(u'\n')) << "errors are one line: " << qPrintable(error);

    QString fileError;
    EXPECT_FALSE(loadPlanFile(c.file, &fileError).has_value());
    EXPECT_TRUE(fileError.contains(c.fragment)) << qPrintable(fileError);
    QString openError;
    EXPECT_EQ(openDocument(c.file, &openError), nullptr);
    EXPECT_FALSE(openError.isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Corpus, Malformed, ::testing::ValuesIn(corpusCases()),
                         [](const ::testing::TestParamInfo<CorpusCase> &param) { return corpusCaseName(param.param); });

TEST(MalformedCorpus, IsCompleteAndListed)
{
    const auto cases = corpusCases();
    EXPECT_GE(cases.size(), 30u);
    QStringList listed;
    for (const CorpusCase &c : cases)
        listed.append(QFileInfo(c.file).fileName());
    const QStringList present = QDir(corpusDir()).entryList({ u"*.pwplan"_s }, QDir::Files);
    EXPECT_EQ(QSet<QString>(present.begin(), present.end()), QSet<QString>(listed.begin(), listed.end()))
        << "every corpus file needs a row in expected.tsv";
}

TEST(MalformedCorpus, GeneratorBaseFileIsValid)
{
    // The generator's untouched base archive must load, so the corpus fails for the intended reason.
    QString error;
    const auto loaded = loadPlanFile(corpusDir() + u"/valid-minimal.pwplan.ok"_s, &error);
    ASSERT_TRUE(loaded) << qPrintable(error);
    EXPECT_EQ(loaded->plan->metadata.title, u"测试方案"_s);
    EXPECT_EQ(loaded->plan->root().childCount(), 1);
    EXPECT_EQ(loaded->plan->targets.size(), 1u);
}
