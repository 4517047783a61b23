# Plan report to PDF: a seed plan (~20 pages) and a 500-task plan (~200 pages).
add_executable(bench_report reportbench.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/../report/seedplan.h ${CMAKE_CURRENT_SOURCE_DIR}/../report/seedplan.cpp)
target_include_directories(bench_report PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/../report)
target_compile_definitions(bench_report PRIVATE SEEDS_DIR="${CMAKE_CURRENT_SOURCE_DIR}/../data/seeds")
target_link_libraries(bench_report PRIVATE planwright_core planwright_settings benchmark::benchmark)
