# The plan library: index 1,000 synthetic plans, search, roll up a family of 20 (SQLite, and PostgreSQL when
# PLANWRIGHT_TEST_PG_URL is set, e.g. after `source .ci/postgres`).
add_executable(bench_library
    bench_library.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/../review/seedplan.h ${CMAKE_CURRENT_SOURCE_DIR}/../review/seedplan.cpp)
target_include_directories(bench_library PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/../review)
target_compile_definitions(bench_library PRIVATE TEST_DATA_DIR="${PLANWRIGHT_TEST_DATA_DIR}")
target_link_libraries(bench_library PRIVATE planwright_core planwright_settings benchmark::benchmark)
