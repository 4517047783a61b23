target_sources(planwright_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/editable.h
    ${CMAKE_CURRENT_LIST_DIR}/documentresets.h ${CMAKE_CURRENT_LIST_DIR}/documentresets.cpp
    ${CMAKE_CURRENT_LIST_DIR}/tableclipboard.h ${CMAKE_CURRENT_LIST_DIR}/tableclipboard.cpp
    ${CMAKE_CURRENT_LIST_DIR}/readablecolumns.h ${CMAKE_CURRENT_LIST_DIR}/readablecolumns.cpp
    ${CMAKE_CURRENT_LIST_DIR}/targettablemodel.h ${CMAKE_CURRENT_LIST_DIR}/targettablemodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/targetcelldelegate.h ${CMAKE_CURRENT_LIST_DIR}/targetcelldelegate.cpp
    ${CMAKE_CURRENT_LIST_DIR}/targettableview.h ${CMAKE_CURRENT_LIST_DIR}/targettableview.cpp
    ${CMAKE_CURRENT_LIST_DIR}/responsibilitymatrixmodel.h ${CMAKE_CURRENT_LIST_DIR}/responsibilitymatrixmodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/responsibilitycheckspanel.h ${CMAKE_CURRENT_LIST_DIR}/responsibilitycheckspanel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/responsibilitymatrixview.h ${CMAKE_CURRENT_LIST_DIR}/responsibilitymatrixview.cpp
    ${CMAKE_CURRENT_LIST_DIR}/taskdivisionmodel.h ${CMAKE_CURRENT_LIST_DIR}/taskdivisionmodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/taskdivisionview.h ${CMAKE_CURRENT_LIST_DIR}/taskdivisionview.cpp
    ${CMAKE_CURRENT_LIST_DIR}/departmenttasksmodel.h ${CMAKE_CURRENT_LIST_DIR}/departmenttasksmodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/departmentview.h ${CMAKE_CURRENT_LIST_DIR}/departmentview.cpp
)
