// Report rendering speed: the imported Xiangtan seed plan (~60 pages with notice and annexes) and a 500-task plan (~200 pages) to PDF in memory.
// Goals: ≤ 300 ms and ≤ 3 s. Run: build/tests/benchmarks/bench_report

#include "seedplan.h"

#include "import/importer.h"
#include "io/planfile.h"
#include "report/officewriters.h"
#include "report/reportbuilder.h"
#include "report/reportlayout.h"

#include <QGuiApplication>

#include <benchmark/benchmark.h>

using namespace Qt::StringLiterals;
using namespace pw;

namespace {

report::ReportOptions allParts()
{
    report::ReportOptions o;
    o.notice = true;
    o.annexTargets = o.annexTasks = o.annexProjects = true;
    return o;
}

void renderPdf(benchmark::State &state, const Plan &plan)
{
    const report::ReportFonts &fonts = report::ReportFonts::detected();
    int pages = 0;
    for (auto _ : state) {
        const report::ReportDocument doc = report::buildPlanReport(plan, allParts());
        const auto pdf = report::pdfBytes(doc, fonts, nullptr);
        benchmark::DoNotOptimize(pdf);
        pages = report::ReportLayout(doc, fonts).pageCount();
    }
    state.counters["pages"] = pages;
}

std::unique_ptr<Plan> importedSeed()
{
    import::ImportError error;
    auto result = import::importFile(QStringLiteral(SEEDS_DIR) + u"/xiangtan-2023-carbon-peak.txt"_s, &error);
    return result ? std::move(result->plan) : testing::syntheticPlan(60);
}

void BM_SeedPlanPdf(benchmark::State &state)
{
    renderPdf(state, *importedSeed());
}
BENCHMARK(BM_SeedPlanPdf)->Unit(benchmark::kMillisecond);

void BM_500TaskPlanPdf(benchmark::State &state)
{
    const auto plan = testing::syntheticPlan(500);
    renderPdf(state, *plan);
}
BENCHMARK(BM_500TaskPlanPdf)->Unit(benchmark::kMillisecond);

void BM_500TaskPlanDocx(benchmark::State &state)
{
    const auto plan = testing::syntheticPlan(500);
    for (auto _ : state) {
        const auto docx = report::docxBytes(report::buildPlanReport(*plan, allParts()), nullptr);
        benchmark::DoNotOptimize(docx);
    }
}
BENCHMARK(BM_500TaskPlanDocx)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    // `bench_report --write-plans DIR` saves the benchmark plans as .pwplan files for timing the CLI and
    // LibreOffice side by side (see the report section of the README).
    if (argc == 3 && qstrcmp(argv[1], "--write-plans") == 0) {
        const QString dir = QString::fromLocal8Bit(argv[2]);
        QString error;
        const auto seed = importedSeed();
        const bool ok = savePlanFile(*seed, {}, dir + u"/seed-xiangtan.pwplan"_s, &error)
            && savePlanFile(*testing::syntheticPlan(500), {}, dir + u"/tasks-500.pwplan"_s, &error);
        if (!ok)
            qWarning("%s", qPrintable(error));
        return ok ? 0 : 1;
    }
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
