target_sources(planwright_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/librarymetatypes.h
    ${CMAKE_CURRENT_LIST_DIR}/libraryworker.h ${CMAKE_CURRENT_LIST_DIR}/libraryworker.cpp
    ${CMAKE_CURRENT_LIST_DIR}/librarysettingsdialog.h ${CMAKE_CURRENT_LIST_DIR}/librarysettingsdialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/librarylevels.h ${CMAKE_CURRENT_LIST_DIR}/librarylevels.cpp
    ${CMAKE_CURRENT_LIST_DIR}/indicatordialog.h ${CMAKE_CURRENT_LIST_DIR}/indicatordialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/cataloguestab.h ${CMAKE_CURRENT_LIST_DIR}/cataloguestab.cpp
    ${CMAKE_CURRENT_LIST_DIR}/librarywindow.h ${CMAKE_CURRENT_LIST_DIR}/librarywindow.cpp
)
