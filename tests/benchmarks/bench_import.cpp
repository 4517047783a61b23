// Import throughput: each seed document, and a 10 MB synthetic concatenation of all seeds.
// Run: cmake -DPLANWRIGHT_BUILD_BENCHMARKS=ON -DCMAKE_BUILD_TYPE=Release … && ./bench_import

#include "hardwrap.h"
#include "import/importer.h"
#include "import/normalizer.h"
#include "import/textdecoder.h"
#include "model/plan.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

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

void importBytesBenchmark(benchmark::State &state, const QByteArray &bytes)
{
    if (bytes.isEmpty()) {
        state.SkipWithError("no input");
        return;
    }
    for (auto _ : state) {
        pw::import::ImportError error;
        auto result = pw::import::importBytes(bytes, u"bench.txt"_s, &error);
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

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
