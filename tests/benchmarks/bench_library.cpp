// Speed goals (issue 13): index 1,000 plans of ~60 tasks in ≤ 60 s; a search in ≤ 50 ms; the roll-up of a
// parent with 20 children in ≤ 200 ms; on SQLite and on PostgreSQL (PLANWRIGHT_TEST_PG_URL).
// The plans are made of the sentences of the five seeds: 50 city plans, each the parent of 19 districts.

#include "seedplan.h"

#include "io/planfile.h"
#include "library/library.h"
#include "library/rollup.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <random>

using namespace Qt::StringLiterals;
using namespace pw;
using namespace pw::library;

namespace {

/** 1,000 plans, or PLANWRIGHT_BENCH_PLANS (a multiple of 20) for a quicker run; a city has 19 districts. */
const int kPlans = qEnvironmentVariableIsSet("PLANWRIGHT_BENCH_PLANS")
    ? std::max(20, qEnvironmentVariableIntValue("PLANWRIGHT_BENCH_PLANS") / 20 * 20)
    : 1000;
const int kCities = kPlans / 20;

QStringList seedSentences()
{
    QStringList sentences;
    for (const QString &name : QDir(QStringLiteral(TEST_DATA_DIR "/seeds")).entryList(QDir::Files)) {
        QString text = test::readSeed(name);
        text.remove(QRegularExpression(u"\\s+"_s));
        for (const QString &s : text.split(u'。', Qt::SkipEmptyParts)) {
            if (s.size() >= 12 && s.size() <= 160)
                sentences.append(s + u'。');
        }
    }
    return sentences;
}

std::unique_ptr<Plan> syntheticPlan(int index, const QStringList &sentences)
{
    std::mt19937 rng(std::uint32_t(index + 1));
    auto pick = [&] { return sentences.at(qsizetype(rng() % std::uint32_t(sentences.size()))); };
    const bool city = index < kCities;
    auto plan = std::make_unique<Plan>();
    const QString region = city ? u"第%1市"_s.arg(index) : u"第%1市第%2区"_s.arg(index % kCities).arg(index);
    plan->metadata.title = region + u"碳达峰实施方案"_s;
    plan->metadata.level = city ? AdminLevel::City : AdminLevel::District;
    plan->metadata.region = region;
    plan->metadata.milestoneYears = { 2025, 2030 };
    if (!city)
        plan->metadata.parentRefs = { { u"第%1市碳达峰实施方案"_s.arg(index % kCities), {} } };
    Department lead;
    lead.name = city ? u"市发展和改革委员会"_s : u"区发展和改革局"_s;
    plan->departments.push_back(lead);
    Indicator capacity { QUuid::createUuid(), u"光伏装机容量"_s, u"万千瓦"_s, {}, Direction::Increase, {} };
    Indicator share { QUuid::createUuid(), u"非化石能源消费比重"_s, u"%"_s, {}, Direction::Increase, {} };
    plan->indicators = { capacity, share };
    for (int a = 0; a < 6; ++a) {
        NodeContent action;
        action.kind = NodeKind::Action;
        action.title = pick().left(10) + u"行动"_s;
        auto node = std::make_unique<Node>(action);
        for (int t = 0; t < 10; ++t) {
            NodeContent task;
            task.title = pick().left(16);
            task.text = pick() + pick();
            task.lead = { lead.id };
            node->insertChild(node->childCount(), std::make_unique<Node>(task));
        }
        plan->root().insertChild(plan->root().childCount(), std::move(node));
    }
    const QUuid stating = plan->root().child(0)->child(0)->id();
    for (const int year : { 2025, 2030 }) {
        Target t;
        t.indicatorId = capacity.id;
        t.year = year;
        t.comparator = Comparator::AtLeast;
        t.value = double(city ? 400 + year - 2025 : 10 + int(rng() % 30));
        t.nodeId = stating;
        plan->targets.push_back(t);
        t.id = QUuid::createUuid();
        t.indicatorId = share.id;
        t.value = double(year == 2025 ? 20 : 25) - (city ? 0 : int(rng() % 3));
        plan->targets.push_back(t);
    }
    return plan;
}

struct Corpus
{
    Corpus()
    {
        const QStringList sentences = seedSentences();
        for (int i = 0; i < kPlans; ++i) {
            QString error;
            if (!savePlanFile(*syntheticPlan(i, sentences), {},
                    dir.filePath(u"p%1.pwplan"_s.arg(i, 4, 10, QChar(u'0'))), &error))
                qFatal("%s", qPrintable(error));
        }
    }
    QTemporaryDir dir;
};

Corpus &corpus()
{
    static Corpus c;
    return c;
}

LibraryLocation location(bool postgres)
{
    static QTemporaryDir sqliteDir;
    if (!postgres)
        return { LibraryLocation::Backend::Sqlite, sqliteDir.filePath(u"bench.sqlite"_s) };
    QString error;
    auto parsed
        = LibraryLocation::parse(qEnvironmentVariable("PLANWRIGHT_TEST_PG_URL") + u"?schema=bench"_s, &error);
    return *parsed;
}

std::unique_ptr<Library> openBench(bool postgres)
{
    QString error;
    auto library = Library::open(location(postgres), &error);
    if (!library)
        qFatal("%s", qPrintable(error));
    return library;
}

void BM_Index1000Plans(benchmark::State &state, bool postgres)
{
    const QString plans = corpus().dir.path();
    for (auto _ : state) {
        state.PauseTiming();
        if (postgres) {
            auto library = openBench(true);
            // A fresh schema each run.
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"reset"_s);
            const LibraryLocation l = location(true);
            db.setHostName(l.host), db.setPort(l.port), db.setDatabaseName(l.database),
                db.setUserName(l.user);
            if (db.open())
                QSqlQuery(db).exec(u"DROP SCHEMA bench CASCADE"_s);
            db.close();
        } else {
            QFile::remove(location(false).sqlitePath);
            QFile::remove(location(false).sqlitePath + u".sources"_s);
        }
        QSqlDatabase::removeDatabase(u"reset"_s);
        state.ResumeTiming();
        auto library = openBench(postgres);
        const IndexReport report = library->add({ plans });
        if (!report.ok() || report.added != kPlans)
            state.SkipWithError(qPrintable(report.fatal));
    }
}

void BM_Search(benchmark::State &state, bool postgres, const QString &query, const SearchFilters &filters)
{
    auto library = openBench(postgres);
    QString error;
    std::size_t hits = 0;
    for (auto _ : state) {
        auto result = library->search(query, filters, 200, &error);
        if (!result)
            state.SkipWithError(qPrintable(error));
        hits = std::size_t(result->size());
    }
    state.counters[u"hits"_s.toStdString()] = double(hits);
}

/** What the Library window's Catalogues tab lists after every indexing: departments with their plan counts,
 *  indicators and the counterparts reviewers recorded. */
void BM_Catalogues(benchmark::State &state, bool postgres)
{
    auto library = openBench(postgres);
    QString error;
    std::size_t departments = 0;
    for (auto _ : state) {
        auto listed = library->departments(&error);
        if (!listed || !library->indicators(&error) || !library->recordedCounterparts(&error)) {
            state.SkipWithError(qPrintable(error));
            return;
        }
        departments = std::size_t(listed->size());
    }
    state.counters[u"departments"_s.toStdString()] = double(departments);
}

/** Cold: a new connection per roll-up, so every plan file is read and parsed again; warm: the library keeps
 *  the family's plans while their files are unchanged. */
void BM_Rollup20(benchmark::State &state, bool postgres, bool cold)
{
    auto library = openBench(postgres);
    QString error;
    auto parent = library->findPlan(u"第0市碳达峰实施方案"_s, &error);
    if (!parent) {
        state.SkipWithError(qPrintable(error));
        return;
    }
    for (auto _ : state) {
        if (cold) {
            state.PauseTiming();
            library.reset();
            library = openBench(postgres);
            state.ResumeTiming();
        }
        QStringList warnings;
        auto rollup = rollupFamily(*library, *parent, &warnings, &error);
        if (!rollup || rollup->children.size() != kPlans / kCities - 1)
            state.SkipWithError("the family is not complete");
    }
}

void registerBackend(bool postgres)
{
    const std::string name = postgres ? "Postgres" : "Sqlite";
    benchmark::RegisterBenchmark(("BM_Index" + std::to_string(kPlans) + "Plans/" + name).c_str(), BM_Index1000Plans, postgres)
        ->Iterations(1)
        ->Unit(benchmark::kSecond)
        ->UseRealTime();
    const QList<std::pair<std::string, std::pair<QString, SearchFilters>>> searches {
        { "光伏", { u"光伏"_s, {} } },
        { "新能源汽车", { u"新能源汽车"_s, {} } },
        { "绿色低碳发展", { u"绿色低碳发展"_s, {} } },
        { "碳(1 character)", { u"碳"_s, {} } },
        { "光伏+district+department", { u"光伏"_s, { u"district"_s, {}, u"区发改局"_s, {}, {} } } },
        { "光伏+indicator", { u"光伏"_s, { {}, {}, {}, u"光伏装机容量"_s, {} } } },
    };
    for (const auto &[label, search] : searches)
        benchmark::RegisterBenchmark(
            ("BM_Search/" + name + "/" + label).c_str(), BM_Search, postgres, search.first, search.second)
            ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark(("BM_Catalogues/" + name).c_str(), BM_Catalogues, postgres)
        ->Unit(benchmark::kMillisecond);
    for (const bool cold : { true, false })
        benchmark::RegisterBenchmark(
            ("BM_Rollup20Children/" + name + (cold ? "/cold" : "/warm")).c_str(), BM_Rollup20, postgres, cold)
            ->Unit(benchmark::kMillisecond);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    registerBackend(false);
    if (!qEnvironmentVariableIsEmpty("PLANWRIGHT_TEST_PG_URL"))
        registerBackend(true);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
