# Import throughput on the seed documents and a 10 MB synthetic concatenation, also hard-wrapped as PDF-to-text
# prints it (goal: ≥ 30 MB/s); a ~60-page PDF imported end to end (goal: ≤ 1 s).
add_executable(bench_import bench_import.cpp ${CMAKE_CURRENT_SOURCE_DIR}/../support/hardwrap.cpp)
target_include_directories(bench_import PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/../support)
target_link_libraries(bench_import PRIVATE planwright_core planwright_settings benchmark::benchmark)
target_compile_definitions(bench_import PRIVATE TEST_DATA_DIR="${PLANWRIGHT_TEST_DATA_DIR}")
