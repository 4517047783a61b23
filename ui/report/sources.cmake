# Report options dialog with live print preview, printing and export; per-document option memory.
target_sources(planwright_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/reportsettings.h ${CMAKE_CURRENT_LIST_DIR}/reportsettings.cpp
    ${CMAKE_CURRENT_LIST_DIR}/reportdialog.h ${CMAKE_CURRENT_LIST_DIR}/reportdialog.cpp
)
