// planwright import INPUT [-o OUT.pwplan] [--json] [--report]

#include "cli.h"

#include "import/importer.h"
#include "io/filesafety.h"
#include "io/interchange.h"
#include "io/planfile.h"
#include "model/plan.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace pw::cli {

int runImport(const QStringList &arguments)
{
    QStringList args = arguments;
    QString out;
    const qsizetype o = args.indexOf(u"-o"_s);
    if (o >= 0) {
        if (o + 1 >= args.size())
            return fail(u"usage: planwright import INPUT [-o OUT.pwplan] [--json] [--report]"_s, 2);
        out = args.at(o + 1);
        args.remove(o, 2);
    }
    const bool json = args.removeAll(u"--json"_s) > 0;
    const bool report = args.removeAll(u"--report"_s) > 0;
    if (args.size() != 1 || args.first().startsWith(u'-'))
        return fail(u"usage: planwright import INPUT [-o OUT.pwplan] [--json] [--report]"_s, 2);

    if (!out.isEmpty()) {
        if (const QString problem = outputPathProblem(out, args); !problem.isEmpty())
            return fail(problem);
    }
    import::ImportError error;
    auto result = import::importFile(args.first(), &error);
    if (!result)
        return fail(u"%1: cannot import: %2"_s.arg(args.first(), error.message));
    if (!out.isEmpty()) {
        QString saveError;
        if (!savePlanFile(*result->plan, {}, out, &saveError))
            return fail(saveError);
    }
    if (json) {
        QJsonObject object = interchangeJson(*result->plan);
        if (report)
            object.insert(u"importReport"_s, import::reportJson(result->report));
        print(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
    } else if (report) {
        printText(import::formatReport(result->report));
    } else {
        const import::ImportReport &r = result->report;
        printText(QCoreApplication::translate("pw::cli",
                                          "%1: %2 nodes, %3 departments, %4 targets, %5 warnings%6\n")
                  .arg(printableMessage(args.first()))
                  .arg(r.nodes)
                  .arg(r.departments)
                  .arg(r.targets)
                  .arg(r.count(import::Severity::Warning))
                  .arg(out.isEmpty() ? QString() : u" → "_s + printableMessage(out)));
    }
    return 0;
}

} // namespace pw::cli
