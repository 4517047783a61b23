# Import of real plan documents (.txt in UTF-8/UTF-16/GB18030, .docx, .html, .pdf) into structured plans.
target_sources(planwright_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/chinesetext.h ${CMAKE_CURRENT_LIST_DIR}/chinesetext.cpp ${CMAKE_CURRENT_LIST_DIR}/tradsimppairs.inc
    ${CMAKE_CURRENT_LIST_DIR}/textdecoder.h ${CMAKE_CURRENT_LIST_DIR}/textdecoder.cpp
    ${CMAKE_CURRENT_LIST_DIR}/headingtoken.h ${CMAKE_CURRENT_LIST_DIR}/headingtoken.cpp
    ${CMAKE_CURRENT_LIST_DIR}/normalizer.h ${CMAKE_CURRENT_LIST_DIR}/normalizer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/departmentnames.h ${CMAKE_CURRENT_LIST_DIR}/departmentnames.cpp
    ${CMAKE_CURRENT_LIST_DIR}/indicatorcatalog.h ${CMAKE_CURRENT_LIST_DIR}/indicatorcatalog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/outline.h ${CMAKE_CURRENT_LIST_DIR}/outline.cpp
    ${CMAKE_CURRENT_LIST_DIR}/preamble.h ${CMAKE_CURRENT_LIST_DIR}/preamble.cpp
    ${CMAKE_CURRENT_LIST_DIR}/assignments.h ${CMAKE_CURRENT_LIST_DIR}/assignments.cpp
    ${CMAKE_CURRENT_LIST_DIR}/targets.h ${CMAKE_CURRENT_LIST_DIR}/targets.cpp
    ${CMAKE_CURRENT_LIST_DIR}/targetphrases.h ${CMAKE_CURRENT_LIST_DIR}/targetphrases.cpp
    ${CMAKE_CURRENT_LIST_DIR}/qualitativetargets.h ${CMAKE_CURRENT_LIST_DIR}/qualitativetargets.cpp
    ${CMAKE_CURRENT_LIST_DIR}/metadata.h ${CMAKE_CURRENT_LIST_DIR}/metadata.cpp
    ${CMAKE_CURRENT_LIST_DIR}/docxnumbering.h ${CMAKE_CURRENT_LIST_DIR}/docxnumbering.cpp
    ${CMAKE_CURRENT_LIST_DIR}/documentreaders.h ${CMAKE_CURRENT_LIST_DIR}/documentreaders.cpp
    ${CMAKE_CURRENT_LIST_DIR}/pdflayout.h ${CMAKE_CURRENT_LIST_DIR}/pdflayout.cpp
    ${CMAKE_CURRENT_LIST_DIR}/pdfreader.h ${CMAKE_CURRENT_LIST_DIR}/pdfreader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/importreport.h ${CMAKE_CURRENT_LIST_DIR}/importreport.cpp
    ${CMAKE_CURRENT_LIST_DIR}/importer.h ${CMAKE_CURRENT_LIST_DIR}/importer.cpp ${CMAKE_CURRENT_LIST_DIR}/importbytes.cpp
)
