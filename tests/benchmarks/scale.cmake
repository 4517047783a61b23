# Scale benchmark: realistic plans of 500 / 5,000 / 50,000 tasks and one process per operation, so time and
# peak RSS are measured per command (tests/benchmarks/scale.sh drives it; see README "Performance").
add_executable(bench_scale scale.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/../support/scaleplan.h ${CMAKE_CURRENT_SOURCE_DIR}/../support/scaleplan.cpp)
target_include_directories(bench_scale PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/../support)
target_link_libraries(bench_scale PRIVATE planwright_core planwright_settings)
target_compile_definitions(bench_scale PRIVATE TEST_DATA_DIR="${PLANWRIGHT_TEST_DATA_DIR}")
