// Speed of the responsibility matrix and the charts at 5,000 tasks × 300 departments.
// Goals: the matrix model builds (and the view opens) in ≤ 300 ms; one cell edit updates the matrix,
// its totals, the 任务分工表, the department view and the charts in ≤ 16 ms; scrolling renders a frame
// well within 16 ms. Run: build/tests/benchmarks/bench_views (offscreen).

#include "sampleplan.h"

#include "charts/chartsview.h"
#include "document/document.h"
#include "views/departmenttasksmodel.h"
#include "views/responsibilitymatrixmodel.h"
#include "views/responsibilitymatrixview.h"
#include "views/taskdivisionmodel.h"

#include <QApplication>
#include <QScrollBar>
#include <QTableView>

#include <benchmark/benchmark.h>

using namespace pw;

namespace {

constexpr int Tasks = 5000;
constexpr int Departments = 300;

std::unique_ptr<Document> largeDocument()
{
    return std::make_unique<Document>(test::makeLargePlan(Tasks, Departments));
}

void BM_MatrixModelBuild(benchmark::State &state)
{
    const auto doc = largeDocument();
    for (auto _ : state) {
        ResponsibilityMatrixModel model(doc.get());
        benchmark::DoNotOptimize(model.rowCount());
    }
    state.counters["tasks"] = Tasks;
    state.counters["departments"] = Departments;
}
BENCHMARK(BM_MatrixModelBuild)->Unit(benchmark::kMillisecond);

void BM_MatrixViewOpen(benchmark::State &state)
{
    const auto doc = largeDocument();
    for (auto _ : state) {
        ResponsibilityMatrixView view(doc.get());
        view.resize(1600, 1000);
        view.show();
        QCoreApplication::processEvents();
        // First frame: lay out and paint what is visible.
        benchmark::DoNotOptimize(view.tableView()->viewport()->grab());
    }
}
BENCHMARK(BM_MatrixViewOpen)->Unit(benchmark::kMillisecond);

void BM_MatrixScrollFrame(benchmark::State &state)
{
    const auto doc = largeDocument();
    ResponsibilityMatrixView view(doc.get());
    view.resize(1600, 1000);
    view.show();
    QCoreApplication::processEvents();
    QScrollBar *bar = view.tableView()->verticalScrollBar();
    int step = 0;
    for (auto _ : state) {
        bar->setValue((step++ * 37) % bar->maximum());
        benchmark::DoNotOptimize(view.tableView()->viewport()->grab());
    }
}
BENCHMARK(BM_MatrixScrollFrame)->Unit(benchmark::kMillisecond);

/** One click on a cell with every live view of the document attached. */
void BM_CellEditUpdatesEverything(benchmark::State &state)
{
    const auto doc = largeDocument();
    ResponsibilityMatrixModel matrix(doc.get());
    TaskDivisionModel division(doc.get());
    DepartmentTasksModel department(doc.get());
    department.setDepartment(matrix.departmentId(0));
    ChartsView charts(doc.get());
    charts.resize(1000, 700);
    charts.show();
    QCoreApplication::processEvents();
    int i = 0;
    for (auto _ : state) {
        const QModelIndex cell = matrix.index((i * 7919) % Tasks, (i * 31) % Departments);
        ++i;
        matrix.cycle(cell);
        benchmark::DoNotOptimize(matrix.load(matrix.departmentId(cell.column())).total());
    }
}
BENCHMARK(BM_CellEditUpdatesEverything)->Unit(benchmark::kMillisecond);

/** The same edit, undone: the undo path updates the same views. */
void BM_CellEditUndo(benchmark::State &state)
{
    const auto doc = largeDocument();
    ResponsibilityMatrixModel matrix(doc.get());
    ChartsView charts(doc.get());
    for (int i = 0; i < 200; ++i)
        matrix.cycle(matrix.index((i * 7919) % Tasks, (i * 31) % Departments));
    for (auto _ : state) {
        if (doc->undoStack()->canUndo())
            doc->undoStack()->undo();
        else
            state.SkipWithError("undo stack exhausted");
    }
}
BENCHMARK(BM_CellEditUndo)->Unit(benchmark::kMillisecond)->Iterations(200);

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
