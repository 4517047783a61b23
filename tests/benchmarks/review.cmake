# Compare and diff two 2,000-task plans.
add_executable(bench_review
    review_compare.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/../review/seedplan.h ${CMAKE_CURRENT_SOURCE_DIR}/../review/seedplan.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/../review/evalpairs.h ${CMAKE_CURRENT_SOURCE_DIR}/../review/evalpairs.cpp)
target_include_directories(bench_review PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/../review)
target_compile_definitions(bench_review PRIVATE TEST_DATA_DIR="${PLANWRIGHT_TEST_DATA_DIR}")
target_link_libraries(bench_review PRIVATE planwright_core planwright_settings benchmark::benchmark)
