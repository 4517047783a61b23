// Where Planwright writes: never over a device, FIFO, socket or directory, never over one of its inputs
// (compared by device and inode after resolving links), and never blocking on a non-regular input.

#include "clirun.h"
#include "fixtureplan.h"
#include "special.h"

#include "io/filesafety.h"
#include "io/planfile.h"
#include "model/plan.h"
#include "tables/csv.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace pw;
using namespace pw::testing;
using namespace Qt::StringLiterals;

namespace {

const QString kSeed = QStringLiteral(TEST_DATA_DIR "/seeds/shifeng-district-carbon-peak-draft.txt");

QByteArray digest(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly)
        ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
        : QByteArray();
}

int lineCount(const QString &text)
{
    return int(text.split(u'\n', Qt::SkipEmptyParts).size());
}

/** A plan file in @p dir made by the real CLI from the seed. */
QString importedPlan(const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    const CliRun run = runPlanwright({ u"import"_s, kSeed, u"-o"_s, path });
    EXPECT_EQ(run.code, 0) << qPrintable(run.err);
    return path;
}

} // namespace

TEST(OutputPaths, TheAtomicWriterRefusesEveryNonRegularFile)
{
    QTemporaryDir dir;
    const QStringList special = makeSpecialFiles(dir.path());
    ASSERT_GE(special.size(), 3) << "fifo, socket and directory";
    for (const QString &path : special) {
        const QString type = fileType(path);
        QString error;
        EXPECT_FALSE(writeFileAtomically(path, "data", &error)) << qPrintable(path);
        EXPECT_TRUE(error.contains(u"not a regular file"_s)) << qPrintable(error);
        EXPECT_EQ(lineCount(error), 1);
        EXPECT_EQ(fileType(path), type) << "the special file must stay what it was";
        QString csvError;
        EXPECT_FALSE(tables::saveCsv(path, { { u"a"_s } }, &csvError));
        EXPECT_EQ(fileType(path), type);
    }
    // The system's null device is only ever asked about, never written: it must be refused and stay a device.
    EXPECT_TRUE(outputPathProblem(u"/dev/null"_s).contains(u"character device"_s));
    EXPECT_EQ(fileType(u"/dev/null"_s), u"char"_s);
}

TEST(OutputPaths, IdentityIsByDeviceAndInodeAfterLinks)
{
    QTemporaryDir dir;
    const QString input = dir.filePath(u"in.txt"_s);
    QFile file(input);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("一、总体要求\n");
    file.close();
    const QString symlink = dir.filePath(u"link.pwplan"_s);
    const QString hardlink = dir.filePath(u"hard.pwplan"_s);
    ASSERT_TRUE(QFile::link(input, symlink));
    ASSERT_EQ(::link(QFile::encodeName(input).constData(), QFile::encodeName(hardlink).constData()), 0);
    const QString dotted = dir.path() + u"/./sub/../in.txt"_s;
    ASSERT_TRUE(QDir(dir.path()).mkdir(u"sub"_s));

    for (const QString &output : { input, symlink, hardlink, dotted })
        EXPECT_TRUE(outputPathProblem(output, { input }).contains(u"input file"_s)) << qPrintable(output);
    EXPECT_TRUE(outputPathProblem(input, { symlink }).contains(u"input file"_s));
    EXPECT_TRUE(outputPathProblem(dir.filePath(u"new.pwplan"_s), { input }).isEmpty());
    const QString other = dir.filePath(u"other.pwplan"_s);
    QFile::copy(input, other);
    EXPECT_TRUE(outputPathProblem(other, { input }).isEmpty()) << "same content, different file";
}

TEST(OutputPaths, NonRegularInputsAreRefusedAtOnce)
{
    QTemporaryDir dir;
    for (const QString &path : makeSpecialFiles(dir.path())) {
        QElapsedTimer timer;
        timer.start();
        QString error;
        EXPECT_FALSE(readFileBounded(path, 1 << 20, &error));
        EXPECT_TRUE(error.contains(u"not a regular file"_s)) << qPrintable(error);
        EXPECT_LT(timer.elapsed(), 5000) << "a FIFO without a writer must not block";
        EXPECT_FALSE(inputPathProblem(path).isEmpty());
    }
    QString error;
    EXPECT_FALSE(readFileBounded({}, 1 << 20, &error));
    EXPECT_FALSE(error.isEmpty());
}

TEST(OutputPaths, EveryCommandRefusesNonRegularOutputs)
{
    QTemporaryDir dir;
    const QString plan = importedPlan(dir, u"plan.pwplan"_s);
    for (const QString &target : makeSpecialFiles(dir.path())) {
        const QString type = fileType(target);
        const QList<QStringList> commands {
            { u"new"_s, u"--title"_s, u"T"_s, u"-o"_s, target },
            { u"import"_s, kSeed, u"-o"_s, target },
            { u"report"_s, plan, u"-o"_s, target + u".pdf"_s },
            { u"compare"_s, plan, plan, u"--report"_s, target + u".pdf"_s },
        };
        // Report outputs need a .pdf name: give the special file one through a symbolic link.
        QFile::link(target, target + u".pdf"_s);
        for (const QStringList &args : commands) {
            const CliRun run = runPlanwright(args, 30000);
            EXPECT_EQ(run.code, 1) << qPrintable(args.join(u' ')) << qPrintable(run.err);
            EXPECT_EQ(lineCount(run.err), 1) << qPrintable(run.err);
            EXPECT_TRUE(run.err.contains(u"not a regular file"_s)) << qPrintable(run.err);
            EXPECT_EQ(fileType(target), type) << qPrintable(args.join(u' '));
        }
    }
}

TEST(OutputPaths, NoCommandOverwritesItsInput)
{
    QTemporaryDir dir;
    const QString input = dir.filePath(u"in.txt"_s);
    ASSERT_TRUE(QFile::copy(kSeed, input));
    const QString link = dir.filePath(u"link.pwplan"_s);
    ASSERT_TRUE(QFile::link(input, link));
    const QByteArray before = digest(input);

    for (const QString &output : { input, link }) {
        const CliRun run = runPlanwright({ u"import"_s, input, u"-o"_s, output });
        EXPECT_EQ(run.code, 1) << qPrintable(output);
        EXPECT_TRUE(run.err.contains(u"input file"_s)) << qPrintable(run.err);
        EXPECT_EQ(lineCount(run.err), 1);
    }
    EXPECT_EQ(digest(input), before);

    // A plan that happens to be named .pdf is not overwritten by its own report.
    const QString plan = importedPlan(dir, u"plan.pdf"_s);
    const QByteArray planBefore = digest(plan);
    const CliRun report = runPlanwright({ u"report"_s, plan, u"-o"_s, plan });
    EXPECT_EQ(report.code, 1);
    EXPECT_TRUE(report.err.contains(u"input file"_s)) << qPrintable(report.err);
    const CliRun compare = runPlanwright({ u"compare"_s, plan, input, u"--report"_s, plan });
    EXPECT_EQ(compare.code, 1);
    EXPECT_EQ(digest(plan), planBefore);
    EXPECT_EQ(runPlanwright({ u"validate"_s, plan }).code, 0);
}

TEST(OutputPaths, ImportFromAFifoFailsInsteadOfBlocking)
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(u"fifo.txt"_s);
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    for (const QStringList &args : { QStringList { u"import"_s, fifo }, QStringList { u"validate"_s, fifo },
             QStringList { u"diff"_s, fifo, fifo } }) {
        const CliRun run = runPlanwright(args, 20000);
        EXPECT_EQ(run.code, 1) << qPrintable(args.join(u' ')) << " (-1: blocked or crashed)";
        EXPECT_TRUE(run.err.contains(u"FIFO"_s)) << qPrintable(run.err);
    }
}
