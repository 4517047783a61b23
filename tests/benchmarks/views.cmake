# Responsibility matrix, 任务分工表 and charts at 5,000 tasks × 300 departments.
add_executable(bench_views views.cpp ${CMAKE_CURRENT_SOURCE_DIR}/../views/sampleplan.cpp)
target_include_directories(bench_views PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/../views)
target_link_libraries(bench_views PRIVATE benchmark::benchmark planwright_ui planwright_settings)
