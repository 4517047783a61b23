// bench_scale: one operation per process, for time and peak RSS at 500 / 5,000 / 50,000 tasks.
//   bench_scale generate DIR [SIZE…]   write scale-N.txt, scale-N-b.txt (another draft) and their .pwplan
//   bench_scale OPERATION FILE [FILE2|OUT]   run one operation; prints "<operation> <wall ms> <CPU ms>"
// Operations: import, open, save, validate, edit, matrix, compare, diff, report, library (add the plan to a new
// SQLite plan library at OUT).

#include "scaleplan.h"

#include "document/document.h"
#include "import/importer.h"
#include "io/planfile.h"
#include "library/library.h"
#include "model/plan.h"
#include "report/reportbuilder.h"
#include "report/reportexport.h"
#include "report/reportfonts.h"
#include "review/reviewengine.h"
#include "review/versiondiff.h"
#include "tables/tasktable.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>

#include <cstdio>
#include <functional>
#include <map>

#include <sys/resource.h>

using namespace pw;
using namespace Qt::StringLiterals;

namespace {

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "bench_scale: %s\n", qUtf8Printable(message));
    std::exit(1);
}

std::unique_ptr<Plan> load(const QString &path)
{
    QString error;
    auto loaded = loadPlanFile(path, &error);
    if (!loaded)
        die(error);
    return std::move(loaded->plan);
}

int generate(const QString &dir, QList<int> sizes)
{
    const QStringList sentences = testing::planSentences({ QStringLiteral(TEST_DATA_DIR "/seeds"),
        u"/work/shared/corpus/plans"_s, qEnvironmentVariable("PLAN_CORPUS") });
    if (sentences.size() < 100)
        die(u"too few sentences in the seeds and corpus"_s);
    if (sizes.isEmpty())
        sizes = { 500, 5000, 50000 };
    for (int size : sizes) {
        for (const auto &[suffix, seed] : { std::pair { u""_s, 1u }, std::pair { u"-b"_s, 2u } }) {
            const QString base = u"%1/scale-%2%3"_s.arg(dir).arg(size).arg(suffix);
            QFile text(base + u".txt"_s);
            if (!text.open(QIODevice::WriteOnly))
                die(u"cannot write "_s + text.fileName());
            text.write(testing::scalePlanText(sentences, size, seed + quint32(size)).toUtf8());
            text.close();
            import::ImportError error;
            const auto imported = import::importFile(text.fileName(), &error);
            QString saveError;
            if (!imported || !savePlanFile(*imported->plan, {}, base + u".pwplan"_s, &saveError))
                die(error.message + saveError);
            std::printf("%s: %d tasks' worth, %d departments, %d targets\n", qPrintable(base),
                imported->report.nodes, imported->report.departments, imported->report.targets);
        }
    }
    return 0;
}

/** Typing, renaming, indenting and reassigning across the outline, then undoing it all. */
void edit(Document &document)
{
    std::vector<const Node *> tasks = tables::collectTasks(document.plan());
    const std::size_t step = std::max<std::size_t>(1, tasks.size() / 100);
    for (std::size_t i = 0; i < tasks.size(); i += step) {
        document.setTitle(tasks[i], tasks[i]->content.title + u"（修订）"_s);
        if (!document.plan().departments.empty())
            document.setDepartments(
                tasks[i], DepartmentRole::Lead, { document.plan().departments.front().id });
        document.indentNode(tasks[i]);
        document.outdentNode(tasks[i]);
    }
    while (document.undoStack()->canUndo())
        document.undoStack()->undo();
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() >= 2 && args.first() == u"generate"_s) {
        QList<int> sizes;
        for (const QString &s : args.mid(2))
            sizes.append(s.toInt());
        return generate(args.at(1), sizes);
    }
    if (args.size() < 2)
        die(u"usage: bench_scale generate DIR [SIZE…] | bench_scale OPERATION FILE [FILE2|OUT]"_s);
    const QString op = args.at(0), file = args.at(1), other = args.value(2);
    QString error;
    // Inputs are read before the clock starts except for import, open and validate, which are about reading.
    std::unique_ptr<Plan> plan, second;
    if (op == u"save"_s || op == u"edit"_s || op == u"matrix"_s || op == u"report"_s)
        plan = load(file);
    if (op == u"compare"_s || op == u"diff"_s) {
        plan = load(file);
        second = load(other);
    }
    const std::map<QString, std::function<void()>> operations {
        { u"import"_s,
            [&] {
                import::ImportError e;
                const auto r = import::importFile(file, &e);
                if (!r || !savePlanFile(*r->plan, {}, other, &error))
                    die(e.message + error);
            } },
        { u"open"_s,
            [&] {
                if (!openDocument(file, &error))
                    die(error);
            } },
        { u"validate"_s, [&] { load(file); } },
        { u"save"_s,
            [&] {
                if (!savePlanFile(*plan, {}, other, &error))
                    die(error);
            } },
        { u"edit"_s,
            [&] {
                Document document(std::move(plan));
                edit(document);
            } },
        { u"matrix"_s,
            [&] {
                tables::responsibilityMatrixTable(*plan);
                tables::taskDivisionTable(*plan);
            } },
        { u"compare"_s, [&] { review::comparePlans(*plan, *second, {}); } },
        { u"diff"_s, [&] { review::diffPlans(*plan, *second); } },
        { u"library"_s,
            [&] {
                library::LibraryLocation location;
                location.sqlitePath = other;
                const auto lib = library::Library::open(location, &error);
                if (!lib)
                    die(error);
                const library::IndexReport report = lib->add({ file });
                if (!report.ok() || report.added != 1)
                    die(u"not indexed: "_s + report.fatal + report.errors.join(u"; "_s));
            } },
        { u"report"_s,
            [&] {
                const report::ReportDocument doc = report::buildPlanReport(*plan, {}, nullptr);
                if (!report::exportReport(doc, report::ReportFonts::detected(), other, &error))
                    die(error);
            } },
    };
    const auto it = operations.find(op);
    if (it == operations.end())
        die(u"unknown operation "_s + op);
    // CPU time next to wall time: on a shared machine the wall clock mostly measures the other processes.
    const auto cpuMs = [] {
        rusage usage {};
        ::getrusage(RUSAGE_SELF, &usage);
        return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3
            + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
    };
    QElapsedTimer timer;
    const double cpuStart = cpuMs();
    timer.start();
    it->second();
    std::printf("%s %.1f %.1f\n", qPrintable(op), double(timer.nsecsElapsed()) / 1e6, cpuMs() - cpuStart);
    return 0;
}
