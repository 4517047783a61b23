// Import throughput: each seed document, and a 10 MB synthetic concatenation of all seeds; and a PDF of about
// 60 pages (a seed printed by Planwright's report with its notice and annexes) imported end to end.
// Run: cmake -DPLANWRIGHT_BUILD_BENCHMARKS=ON -DCMAKE_BUILD_TYPE=Release … && ./bench_import

#include "hardwrap.h"
#include "import/importer.h"
#include "import/normalizer.h"
#include "import/pdfreader.h"
#include "import/textdecoder.h"
#include "model/plan.h"
#include "report/reportbuilder.h"
#include "report/reportexport.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace Qt::StringLiterals;

namespace {

const QStringList &seedNames()
{
    static const QStringList names = QDir(QStringLiteral(TEST_DATA_DIR) + u"/seeds"_s)
                                         .entryList({ u"*.txt"_s }, QDir::Files, QDir::Name);
    return names;
}

QByteArray seedBytes(const QString &name)
{
    QFile f(QStringLiteral(TEST_DATA_DIR) + u"/seeds/"_s + name);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QByteArray synthetic(qint64 size)
{
    QByteArray all;
    for (const QString &n : seedNames())
        all += seedBytes(n) + '\n';
    QByteArray out;
    out.reserve(size + all.size());
    while (out.size() < size)
        out += all;
    return out;
}

void importBytesBenchmark(benchmark::State &state, const QByteArray &bytes, const QString &name = u"bench.txt"_s)
{
    if (bytes.isEmpty()) {
        state.SkipWithError("no input");
        return;
    }
    for (auto _ : state) {
        pw::import::ImportError error;
        auto result = pw::import::importBytes(bytes, name, &error);
        if (!result) {
            state.SkipWithError(qPrintable(error.message));
            return;
        }
        benchmark::DoNotOptimize(result->plan.get());
    }
    state.SetBytesProcessed(state.iterations() * bytes.size());
}

void BM_ImportSeed(benchmark::State &state)
{
    const QString name = seedNames().value(int(state.range(0)));
    state.SetLabel(name.toStdString());
    importBytesBenchmark(state, seedBytes(name));
}
BENCHMARK(BM_ImportSeed)->DenseRange(0, 4)->Unit(benchmark::kMillisecond);

void BM_ImportSynthetic10MB(benchmark::State &state)
{
    static const QByteArray bytes = synthetic(10ll << 20);
    importBytesBenchmark(state, bytes);
}
BENCHMARK(BM_ImportSynthetic10MB)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_ImportHardWrapped10MB(benchmark::State &state)
{
    // The synthetic text's paragraphs printed in 28-character lines with page breaks.
    static const QByteArray bytes =
        pw::testing::hardWrapped(pw::import::normalizeText(QString::fromUtf8(synthetic(10ll << 20))).text).toUtf8();
    importBytesBenchmark(state, bytes);
}
BENCHMARK(BM_ImportHardWrapped10MB)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_NormalizeSynthetic10MB(benchmark::State &state)
{
    static const QString text = QString::fromUtf8(synthetic(10ll << 20));
    for (auto _ : state)
        benchmark::DoNotOptimize(pw::import::normalizeText(text).text.size());
    state.SetBytesProcessed(state.iterations() * text.toUtf8().size());
}
BENCHMARK(BM_NormalizeSynthetic10MB)->Unit(benchmark::kMillisecond)->Iterations(3);

/** The Luzhou seed as Planwright prints it with the issuing notice and all annexes (about 60 pages). */
QByteArray reportPdf()
{
    pw::import::ImportError error;
    const auto seed = pw::import::importBytes(seedBytes(u"luzhou-2024-carbon-peak.txt"_s), u"luzhou.txt"_s, &error);
    QTemporaryDir dir;
    if (!seed || !dir.isValid())
        return {};
    pw::report::ReportOptions options;
    options.notice = options.annexTargets = options.annexTasks = options.annexProjects = true;
    const QString path = dir.filePath(u"luzhou.pdf"_s);
    QString message;
    if (!pw::report::exportReport(pw::report::buildPlanReport(*seed->plan, options),
                                  pw::report::ReportFonts::detected(), path, &message))
        return {};
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void BM_ImportReportPdf(benchmark::State &state)
{
    static const QByteArray bytes = reportPdf();
    QString error;
    const auto text = pw::import::pdfText(bytes, &error);
    state.SetLabel(text ? std::to_string(text->pages) + " pages" : error.toStdString());
    importBytesBenchmark(state, bytes, u"luzhou.pdf"_s);
}
BENCHMARK(BM_ImportReportPdf)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv); // the report's fonts and PDF writer need QtGui
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
