// planwright new | show | validate

#include "cli.h"

#include "document/document.h"
#include "io/filesafety.h"
#include "io/interchange.h"
#include "io/planfile.h"
#include "model/plan.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace pw::cli {
namespace {

/** Value of option @p name (e.g. "-o") in @p args, removing both from the list; empty if absent. */
QString takeOption(QStringList &args, const QString &name)
{
    const qsizetype i = args.indexOf(name);
    if (i < 0 || i + 1 >= args.size())
        return {};
    const QString value = args.at(i + 1);
    args.remove(i, 2);
    return value;
}

void printOutline(const Plan &plan)
{
    const PlanMetadata &m = plan.metadata;
    printText(printableMessage(m.title) + u'\n');
    if (!m.docNumber.isEmpty() || !m.issuer.isEmpty())
        printText(u"%1 %2\n"_s.arg(printableMessage(m.issuer), printableMessage(m.docNumber)).trimmed() + u'\n');
    // Indentation stops at a depth no real plan reaches, so output stays linear in the number of nodes.
    constexpr int kIndentLevels = 12;
    plan.root().forEach([&](const Node *n) {
        if (n == &plan.root())
            return;
        const int depth = n->depth();
        QString line = QString(2 * (std::min(depth, kIndentLevels) - 1), u' ');
        if (depth > kIndentLevels)
            line += u"[%1] "_s.arg(depth);
        line += nodeNumber(*n) + printableMessage(n->content.title);
        const QStringList lead = plan.departmentNames(n->content.lead);
        if (!lead.isEmpty())
            line += u"  [牵头: "_s + printableMessage(lead.join(u"、"_s)) + u']';
        printText(line + u'\n');
    });
    printText(u"\n%1 departments, %2 indicators, %3 targets, %4 projects\n"_s.arg(plan.departments.size())
              .arg(plan.indicators.size())
              .arg(plan.targets.size())
              .arg(plan.projects.size()));
}

} // namespace

int runNew(const QStringList &arguments)
{
    QStringList args = arguments;
    const QString title = takeOption(args, u"--title"_s);
    const QString out = takeOption(args, u"-o"_s);
    if (out.isEmpty() || !args.isEmpty())
        return fail(u"usage: planwright new --title TITLE -o FILE.pwplan"_s, 2);
    if (const QString problem = outputPathProblem(out); !problem.isEmpty())
        return fail(problem);
    Plan plan;
    plan.metadata.title = title;
    plan.metadata.milestoneYears = { 2025, 2030 };
    QString error;
    if (!savePlanFile(plan, {}, out, &error))
        return fail(error);
    return 0;
}

int runShow(const QStringList &arguments)
{
    QStringList args = arguments;
    const bool json = args.removeAll(u"--json"_s) > 0;
    if (args.size() != 1)
        return fail(u"usage: planwright show FILE.pwplan [--json]"_s, 2);
    QString error;
    const auto loaded = loadPlanFile(args.first(), &error);
    if (!loaded)
        return fail(error);
    if (json)
        print(QString::fromUtf8(QJsonDocument(interchangeJson(*loaded->plan)).toJson(QJsonDocument::Indented)));
    else
        printOutline(*loaded->plan);
    return 0;
}

int runValidate(const QStringList &args)
{
    if (args.size() != 1)
        return fail(u"usage: planwright validate FILE"_s, 2);
    QString error;
    const auto loaded = loadPlanFile(args.first(), &error);
    if (!loaded)
        return fail(u"%1: invalid: %2"_s.arg(args.first(), error));
    for (const QString &w : loaded->warnings)
        warn(u"warning"_s, w);
    printText(u"%1: valid\n"_s.arg(printableMessage(args.first())));
    return 0;
}

} // namespace pw::cli
