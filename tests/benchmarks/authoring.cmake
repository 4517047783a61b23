# The main window with a 5,000-task plan: open, rename/indent, filter.
add_executable(bench_authoring authoring.cpp)
target_link_libraries(bench_authoring PRIVATE benchmark::benchmark planwright_ui planwright_settings)
