target_sources(planwright_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/displaynames.h ${CMAKE_CURRENT_LIST_DIR}/displaynames.cpp
    ${CMAKE_CURRENT_LIST_DIR}/nodeicons.h ${CMAKE_CURRENT_LIST_DIR}/nodeicons.cpp
    ${CMAKE_CURRENT_LIST_DIR}/nodemime.h ${CMAKE_CURRENT_LIST_DIR}/nodemime.cpp
    ${CMAKE_CURRENT_LIST_DIR}/outlinefiltermodel.h ${CMAKE_CURRENT_LIST_DIR}/outlinefiltermodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/outlinedelegate.h ${CMAKE_CURRENT_LIST_DIR}/outlinedelegate.cpp
    ${CMAKE_CURRENT_LIST_DIR}/outlineview.h ${CMAKE_CURRENT_LIST_DIR}/outlineview.cpp
    ${CMAKE_CURRENT_LIST_DIR}/documentsession.h ${CMAKE_CURRENT_LIST_DIR}/documentsession.cpp
    ${CMAKE_CURRENT_LIST_DIR}/planeditor.h ${CMAKE_CURRENT_LIST_DIR}/planeditor.cpp
    ${CMAKE_CURRENT_LIST_DIR}/plantemplates.h ${CMAKE_CURRENT_LIST_DIR}/plantemplates.cpp
    ${CMAKE_CURRENT_LIST_DIR}/departmentfield.h ${CMAKE_CURRENT_LIST_DIR}/departmentfield.cpp
    ${CMAKE_CURRENT_LIST_DIR}/assigndialog.h ${CMAKE_CURRENT_LIST_DIR}/assigndialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/nodeeditor.h ${CMAKE_CURRENT_LIST_DIR}/nodeeditor.cpp
    ${CMAKE_CURRENT_LIST_DIR}/metadataeditor.h ${CMAKE_CURRENT_LIST_DIR}/metadataeditor.cpp
    ${CMAKE_CURRENT_LIST_DIR}/departmenttablemodel.h ${CMAKE_CURRENT_LIST_DIR}/departmenttablemodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/departmenteditor.h ${CMAKE_CURRENT_LIST_DIR}/departmenteditor.cpp
)
