target_sources(planwright_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/documentresets.h ${CMAKE_CURRENT_LIST_DIR}/documentresets.cpp
    ${CMAKE_CURRENT_LIST_DIR}/responsibilitymatrixmodel.h ${CMAKE_CURRENT_LIST_DIR}/responsibilitymatrixmodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/taskdivisionmodel.h ${CMAKE_CURRENT_LIST_DIR}/taskdivisionmodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/targettablemodel.h ${CMAKE_CURRENT_LIST_DIR}/targettablemodel.cpp
)
