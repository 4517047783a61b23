# Plan and review reports: content, GB/T 9704 pagination, PDF/DOCX/ODT output (QtGui only, no widgets).
target_sources(planwright_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/reportunits.h
    ${CMAKE_CURRENT_LIST_DIR}/reportfonts.h ${CMAKE_CURRENT_LIST_DIR}/reportfonts.cpp
    ${CMAKE_CURRENT_LIST_DIR}/reportmodel.h
    ${CMAKE_CURRENT_LIST_DIR}/reportoptions.h ${CMAKE_CURRENT_LIST_DIR}/reportoptions.cpp
    ${CMAKE_CURRENT_LIST_DIR}/reportbuilder.h ${CMAKE_CURRENT_LIST_DIR}/reportbuilder.cpp
    ${CMAKE_CURRENT_LIST_DIR}/reportchart.h ${CMAKE_CURRENT_LIST_DIR}/reportchart.cpp
    ${CMAKE_CURRENT_LIST_DIR}/reportlayout.h ${CMAKE_CURRENT_LIST_DIR}/reportlayout.cpp
    ${CMAKE_CURRENT_LIST_DIR}/pdfunicode.h ${CMAKE_CURRENT_LIST_DIR}/pdfunicode.cpp
    ${CMAKE_CURRENT_LIST_DIR}/officewriters.h ${CMAKE_CURRENT_LIST_DIR}/docxwriter.cpp ${CMAKE_CURRENT_LIST_DIR}/odtwriter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/reportexport.h ${CMAKE_CURRENT_LIST_DIR}/reportexport.cpp
    ${CMAKE_CURRENT_LIST_DIR}/reviewreport.h ${CMAKE_CURRENT_LIST_DIR}/reviewreport.cpp
    ${CMAKE_CURRENT_LIST_DIR}/rollupreport.h ${CMAKE_CURRENT_LIST_DIR}/rollupreport.cpp
)
