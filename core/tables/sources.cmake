target_sources(planwright_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/csv.h ${CMAKE_CURRENT_LIST_DIR}/csv.cpp
    ${CMAKE_CURRENT_LIST_DIR}/targettable.h ${CMAKE_CURRENT_LIST_DIR}/targettable.cpp
    ${CMAKE_CURRENT_LIST_DIR}/tasktable.h ${CMAKE_CURRENT_LIST_DIR}/tasktable.cpp
    ${CMAKE_CURRENT_LIST_DIR}/responsibilitychecks.h ${CMAKE_CURRENT_LIST_DIR}/responsibilitychecks.cpp
)
