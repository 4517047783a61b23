// planwright matrix | targets: the responsibility matrix, the 任务分工表 and the target table, headless.

#include "cli.h"

#include "io/limits.h"
#include "io/planfile.h"
#include "model/plan.h"
#include "tables/csv.h"
#include "tables/targettable.h"
#include "tables/tasktable.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace pw::cli {
namespace {

struct TableArgs
{
    QString file;
    bool csv = false;
    bool division = false;
};

std::optional<TableArgs> parseTableArgs(const QStringList &arguments, bool allowDivision)
{
    TableArgs a;
    for (const QString &arg : arguments) {
        if (arg == u"--csv"_s)
            a.csv = true;
        else if (allowDivision && arg == u"--division"_s)
            a.division = true;
        else if (arg.startsWith(u"--"_s) || !a.file.isEmpty())
            return std::nullopt;
        else
            a.file = arg;
    }
    if (a.file.isEmpty())
        return std::nullopt;
    return a;
}

/** Why the dense responsibility matrix of @p plan is not printed (one cell per task and department), or empty. */
QString matrixTooLarge(const Plan &plan)
{
    const qint64 tasks = qint64(tables::collectTasks(plan).size());
    const qint64 columns = qint64(plan.departments.size()) + 4;
    if (tasks * columns <= limits::kTableCells)
        return {};
    return limits::tooLarge(QCoreApplication::translate("pw::cli", "responsibility matrix of %1 tasks × %2 departments "
                                                                  "(--division prints one row per task)")
                                .arg(tasks)
                                .arg(plan.departments.size()),
                            QCoreApplication::translate("pw::cli", "%1 cells").arg(limits::kTableCells));
}

int printTable(const TableArgs &args, tables::Table (*build)(const Plan &), QString (*tooLarge)(const Plan &) = nullptr)
{
    QString error;
    const auto loaded = loadPlanFile(args.file, &error);
    if (!loaded)
        return fail(error);
    if (tooLarge) {
        if (const QString problem = tooLarge(*loaded->plan); !problem.isEmpty())
            return fail(problem);
    }
    tables::Table table = build(*loaded->plan);
    if (args.csv) {
        print(tables::toCsv(table));
        return 0;
    }
    // For the terminal: no cell may carry control or bidi characters (or break its row).
    for (QStringList &row : table) {
        for (QString &cell : row)
            cell = printableMessage(cell);
    }
    print(tables::toTsv(table));
    return 0;
}

} // namespace

int runMatrix(const QStringList &arguments)
{
    const auto args = parseTableArgs(arguments, true);
    if (!args)
        return fail(u"usage: planwright matrix FILE.pwplan [--csv] [--division]"_s, 2);
    if (args->division)
        return printTable(*args, &tables::taskDivisionTable);
    return printTable(*args, &tables::responsibilityMatrixTable, &matrixTooLarge);
}

int runTargets(const QStringList &arguments)
{
    const auto args = parseTableArgs(arguments, false);
    if (!args)
        return fail(u"usage: planwright targets FILE.pwplan [--csv]"_s, 2);
    return printTable(*args, &tables::targetTable);
}

} // namespace pw::cli
