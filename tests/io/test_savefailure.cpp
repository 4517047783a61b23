// A save that fails leaves the old file byte-identical, no temporary file behind, the document still
// modified, and a clear error: (a) a directory the user may not write to, (b) a full disk, simulated
// with RLIMIT_FSIZE (writes past the limit fail with EFBIG once SIGXFSZ is ignored). A save killed
// with SIGKILL leaves the old or the new file, never a broken one.

#include "document/document.h"
#include "io/planfile.h"
#include "model/plan.h"
#include "randomplan.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <csignal>
#include <functional>
#include <grp.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace pw;
using namespace pw::testing;
using namespace Qt::StringLiterals;

namespace {

constexpr uid_t kNobody = 65534;

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/** A saved plan on disk plus an open, modified document for the same file. */
struct SavedPlan
{
    QTemporaryDir dir;
    QString path;
    QByteArray oldBytes;
    std::unique_ptr<Document> doc;

    SavedPlan()
    {
        path = dir.filePath(u"plan.pwplan"_s);
        Rng rng(42);
        QString error;
        savePlanFile(*randomPlan(rng, { .nodes = 5 }), {}, path, &error);
        oldBytes = readAll(path);
        doc = openDocument(path, &error);
        // Enough new content that the archive is far larger than any limit below.
        for (int i = 0; i < 300; ++i)
            doc->insertNode(nullptr, 0, { NodeKind::Task, randomText(rng, 200, false), randomText(rng, 400, false) });
    }

    void expectNothingLost(const QString &error) const
    {
        EXPECT_FALSE(error.isEmpty());
        EXPECT_TRUE(error.contains(path)) << "the error names the file: " << qPrintable(error);
        EXPECT_EQ(readAll(path), oldBytes) << "the old file must stay byte-identical";
        EXPECT_EQ(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                  QStringList { u"plan.pwplan"_s })
            << "no temporary file may be left behind";
        EXPECT_TRUE(doc->isModified());
        EXPECT_EQ(doc->fileName(), path);
    }
};

/** Runs @p save in a child process that has dropped root to nobody; returns "<ok> <modified> <error>". */
QString saveAsNobody(const std::function<QString()> &save)
{
    int fds[2];
    if (::pipe(fds) != 0)
        return u"pipe failed"_s;
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::close(fds[0]);
        QByteArray report = "setuid failed";
        if (::setgroups(0, nullptr) == 0 && ::setgid(kNobody) == 0 && ::setuid(kNobody) == 0)
            report = save().toUtf8();
        (void)!::write(fds[1], report.constData(), std::size_t(report.size()));
        ::_exit(0);
    }
    ::close(fds[1]);
    QByteArray report;
    char buffer[4096];
    for (ssize_t n; (n = ::read(fds[0], buffer, sizeof buffer)) > 0;)
        report.append(buffer, n);
    ::close(fds[0]);
    int status = 0;
    ::waitpid(pid, &status, 0);
    return QString::fromUtf8(report);
}

} // namespace

TEST(SaveFailure, UnwritableDirectory)
{
    SavedPlan s;
    // The file itself stays writable: only an (incorrect) direct-write fallback could then succeed.
    ASSERT_EQ(::chmod(QFile::encodeName(s.path).constData(), 0666), 0);
    ASSERT_EQ(::chmod(QFile::encodeName(s.dir.path()).constData(), 0555), 0);
    QString error;
    if (::geteuid() == 0) {
        // Root ignores permissions; a child that has become nobody saves instead.
        const QString report = saveAsNobody([&] {
            QString childError;
            const bool ok = saveDocument(*s.doc, s.path, &childError);
            return u"%1 %2 %3"_s.arg(int(ok)).arg(int(s.doc->isModified())).arg(childError);
        });
        ASSERT_FALSE(report.startsWith(u"setuid failed"_s)) << "could not drop privileges";
        EXPECT_TRUE(report.startsWith(u"0 1 "_s)) << "save must fail and the document stay modified: "
                                                  << qPrintable(report);
        error = report.mid(4);
    } else {
        EXPECT_FALSE(saveDocument(*s.doc, s.path, &error));
    }
    ::chmod(QFile::encodeName(s.dir.path()).constData(), 0700);
    s.expectNothingLost(error);
    EXPECT_TRUE(error.contains(u"ermission"_s)) << qPrintable(error);

    // Once the directory is writable again the same document saves and becomes clean.
    ASSERT_TRUE(saveDocument(*s.doc, s.path, &error)) << qPrintable(error);
    EXPECT_FALSE(s.doc->isModified());
    EXPECT_NE(readAll(s.path), s.oldBytes);
}

TEST(SaveFailure, DiskFull)
{
    SavedPlan s;
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit previous {};
    ASSERT_EQ(::getrlimit(RLIMIT_FSIZE, &previous), 0);
    QString error;
    bool saved = true;
    for (rlim_t limit : { rlim_t(0), rlim_t(1), rlim_t(4096), rlim_t(s.oldBytes.size()) }) {
        rlimit small = previous;
        small.rlim_cur = limit;
        ASSERT_EQ(::setrlimit(RLIMIT_FSIZE, &small), 0);
        error.clear();
        saved = saveDocument(*s.doc, s.path, &error);
        ::setrlimit(RLIMIT_FSIZE, &previous);
        EXPECT_FALSE(saved) << "limit " << limit;
        SCOPED_TRACE(limit);
        s.expectNothingLost(error);
    }
    std::signal(SIGXFSZ, previousHandler);

    ASSERT_TRUE(saveDocument(*s.doc, s.path, &error)) << qPrintable(error);
    EXPECT_FALSE(s.doc->isModified());
    QString loadError;
    EXPECT_TRUE(loadPlanFile(s.path, &loadError)) << qPrintable(loadError);
}

TEST(SaveFailure, KilledMidSaveLeavesTheOldOrTheNewFile)
{
    // A child saves the large document over the old file again and again and is killed with SIGKILL at a
    // random moment, 25 times: the file on disk must always load, as the old plan or the new one.
    SavedPlan s;
    QString error;
    auto nodeCount = [](const Plan &plan) {
        int n = 0;
        plan.root().forEach([&n](const Node *) { ++n; });
        return n;
    };
    const int oldNodes = nodeCount(*loadPlanFile(s.path, &error)->plan);
    const int newNodes = nodeCount(s.doc->plan());
    ASSERT_NE(oldNodes, newNodes);
    // Kill moments spread over three save durations of this build (sanitizers make saves much slower).
    QElapsedTimer timer;
    timer.start();
    ASSERT_TRUE(savePlanFile(s.doc->plan(), {}, s.dir.filePath(u"timing.pwplan"_s), &error));
    const int saveMicroseconds = int(std::max<qint64>(1000, timer.nsecsElapsed() / 1000));
    QFile::remove(s.dir.filePath(u"timing.pwplan"_s));
    Rng rng(11);
    int sawNew = 0;
    for (int round = 0; round < 25; ++round) {
        const pid_t pid = ::fork();
        if (pid == 0) {
            for (;;) {
                QString childError;
                savePlanFile(s.doc->plan(), {}, s.path, &childError);
            }
        }
        ::usleep(useconds_t(randomInt(rng, 200, 3 * saveMicroseconds)));
        ::kill(pid, SIGKILL);
        int status = 0;
        ::waitpid(pid, &status, 0);
        const auto loaded = loadPlanFile(s.path, &error);
        ASSERT_TRUE(loaded) << "round " << round << ": " << qPrintable(error);
        const int nodes = nodeCount(*loaded->plan);
        EXPECT_TRUE(nodes == oldNodes || nodes == newNodes) << nodes;
        sawNew += nodes == newNodes ? 1 : 0;
    }
    EXPECT_GT(sawNew, 0) << "the saves never completed: the test did not exercise a replacement";
}
