// planwright report

#include "cli.h"

#include "io/filesafety.h"
#include "io/planfile.h"
#include "model/plan.h"
#include "report/reportbuilder.h"
#include "report/reportexport.h"

using namespace Qt::StringLiterals;

namespace pw::cli {
namespace {

/** Value of option @p name in @p args, removing both; std::nullopt if absent, empty string if it lacks a value. */
std::optional<QString> takeValue(QStringList &args, const QString &name)
{
    const qsizetype i = args.indexOf(name);
    if (i < 0)
        return std::nullopt;
    if (i + 1 >= args.size()) {
        args.remove(i);
        return QString();
    }
    const QString value = args.at(i + 1);
    args.remove(i, 2);
    return value;
}

const QString reportUsage = u"usage: planwright report FILE.pwplan -o OUT.pdf|OUT.odt|OUT.docx [--notice] [--draft] "
                            "[--annex targets,tasks,projects|none] [--departments paren|lines|none] [--no-body]"_s;

} // namespace

int runReport(const QStringList &arguments)
{
    QStringList args = arguments;
    const bool notice = args.removeAll(u"--notice"_s) > 0;
    const bool draft = args.removeAll(u"--draft"_s) > 0;
    const bool body = args.removeAll(u"--no-body"_s) == 0;
    const auto out = takeValue(args, u"-o"_s);
    const auto annex = takeValue(args, u"--annex"_s);
    const auto departments = takeValue(args, u"--departments"_s);
    if (!out || out->isEmpty() || args.size() != 1 || args.first().startsWith(u'-'))
        return fail(reportUsage, 2);
    QString error;
    report::ReportOptions check;
    if (annex && !check.setAnnexes(*annex, &error))
        return fail(error, 2);
    if (departments && !report::ReportOptions::parseDepartmentStyle(*departments, &check.departmentStyle))
        return fail(u"unknown department style \"%1\" (use paren, lines or none)"_s.arg(*departments), 2);
    if (!report::formatForPath(*out))
        return fail(u"unsupported output format: %1"_s.arg(*out), 2);

    if (const QString problem = outputPathProblem(*out, args); !problem.isEmpty())
        return fail(problem);
    const auto loaded = loadPlanFile(args.first(), &error);
    if (!loaded)
        return fail(error);
    // Without --annex, every annex the plan has data for is printed.
    report::ReportOptions options = annex ? check : report::defaultReportOptions(*loaded->plan);
    options.notice = notice;
    options.draft = draft;
    options.body = body;
    options.departmentStyle = check.departmentStyle;
    QStringList warnings;
    const report::ReportDocument document = report::buildPlanReport(*loaded->plan, options, &warnings);
    const report::ReportFonts &fonts = report::ReportFonts::detected();
    for (const QString &w : std::as_const(warnings) + fonts.notices)
        warn(u"note"_s, w);
    if (!report::exportReport(document, fonts, *out, &error))
        return fail(error);
    return 0;
}

} // namespace pw::cli
