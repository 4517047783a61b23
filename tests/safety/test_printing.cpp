// What the command line prints: titles and file names from hostile files never reach the terminal as control,
// bidi or line-breaking characters, and every error is one line.

#include "clirun.h"

#include "io/planfile.h"
#include "model/plan.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace pw;
using namespace pw::testing;
using namespace Qt::StringLiterals;

namespace {

const QString kHostile = u"\x1b[2J\a\b"_s + QChar(0) + u"\u202e标题\u2066\r\n第二行"_s;

/** The first character a terminal would act on: a control (other than newline and tab) or a bidi control. */
int firstUnsafe(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if ((c < 0x20 && c != u'\n' && c != u'\t') || (c >= 0x7f && c < 0xa0) || (c >= 0x202a && c <= 0x202e)
            || (c >= 0x2066 && c <= 0x2069) || c == 0x2028 || c == 0x2029 || c == 0x200e || c == 0x200f)
            return int(c);
    }
    return -1;
}

QString hostilePlan(const QTemporaryDir &dir, const QString &name)
{
    Plan plan;
    plan.metadata.title = kHostile;
    plan.metadata.issuer = kHostile;
    plan.metadata.milestoneYears = { 2025 };
    Department d;
    d.name = kHostile;
    plan.departments.push_back(d);
    Indicator ind;
    ind.name = kHostile;
    ind.unit = kHostile;
    plan.indicators.push_back(ind);
    NodeContent action { .kind = NodeKind::Action, .title = kHostile, .text = kHostile };
    auto node = std::make_unique<Node>(action);
    NodeContent task { .kind = NodeKind::Task, .title = kHostile, .text = kHostile };
    task.lead = { d.id };
    node->insertChild(0, std::make_unique<Node>(task));
    Target t;
    t.indicatorId = ind.id;
    t.year = 2025;
    t.value = 20;
    t.allocation = kHostile;
    t.nodeId = node->child(0)->id();
    plan.root().insertChild(0, std::move(node));
    plan.targets.push_back(t);
    const QString path = dir.filePath(name);
    QString error;
    EXPECT_TRUE(savePlanFile(plan, {}, path, &error)) << qPrintable(error);
    return path;
}

} // namespace

TEST(Printing, HostileTitlesAreEscapedInEveryTextOutput)
{
    QTemporaryDir dir;
    const QString a = hostilePlan(dir, u"a.pwplan"_s), b = hostilePlan(dir, u"b.pwplan"_s);
    const QList<QStringList> commands {
        { u"show"_s, a },
        { u"matrix"_s, a },
        { u"matrix"_s, a, u"--division"_s },
        { u"targets"_s, a },
        { u"diff"_s, a, b },
        { u"compare"_s, a, b },
    };
    for (const QStringList &args : commands) {
        const CliRun run = runPlanwright(args);
        EXPECT_EQ(run.code, 0) << qPrintable(args.join(u' ')) << qPrintable(run.err);
        EXPECT_EQ(firstUnsafe(run.out), -1) << qPrintable(args.first());
        EXPECT_EQ(firstUnsafe(run.err), -1) << qPrintable(args.first());
        EXPECT_TRUE(run.out.contains(u"\\u001b"_s) || args.first() == u"compare"_s)
            << qPrintable(args.join(u' '));
    }
    // show prints exactly one line per node after the title and issuer lines.
    const CliRun show = runPlanwright({ u"show"_s, a });
    EXPECT_EQ(show.out.count(u'\n'), 2 + 2 + 2) << qPrintable(show.out);
}

TEST(Printing, AFileNameWithControlsGivesOneEscapedLine)
{
    QTemporaryDir dir;
    const QString name = dir.filePath(u"bad\nname\x1b[2J\u202e.pwplan"_s);
    for (const QStringList &args : { QStringList { u"validate"_s, name }, QStringList { u"show"_s, name },
             QStringList { u"import"_s, name } }) {
        const CliRun run = runPlanwright(args);
        EXPECT_EQ(run.code, 1);
        EXPECT_EQ(run.err.count(u'\n'), 1) << qPrintable(run.err);
        EXPECT_EQ(firstUnsafe(run.err), -1) << qPrintable(run.err);
        EXPECT_TRUE(run.err.contains(u"\\u000a"_s)) << qPrintable(run.err);
    }
}

TEST(Printing, ValidateOfAnEmptyNameIsOneLineWithoutAQtWarning)
{
    const CliRun run = runPlanwright({ u"validate"_s, QString() });
    EXPECT_EQ(run.code, 1);
    EXPECT_EQ(run.err.count(u'\n'), 1) << qPrintable(run.err);
    EXPECT_TRUE(run.err.startsWith(u"planwright: "_s)) << qPrintable(run.err);
}
