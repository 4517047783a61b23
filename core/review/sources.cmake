target_sources(planwright_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/reviewresult.h ${CMAKE_CURRENT_LIST_DIR}/reviewresult.cpp
    ${CMAKE_CURRENT_LIST_DIR}/textsimilarity.h ${CMAKE_CURRENT_LIST_DIR}/textsimilarity.cpp
    ${CMAKE_CURRENT_LIST_DIR}/indicatoraliases.h ${CMAKE_CURRENT_LIST_DIR}/indicatoraliases.cpp
    ${CMAKE_CURRENT_LIST_DIR}/departmentrules.h ${CMAKE_CURRENT_LIST_DIR}/departmentrules.cpp
    ${CMAKE_CURRENT_LIST_DIR}/reviewstore.h ${CMAKE_CURRENT_LIST_DIR}/reviewstore.cpp
    ${CMAKE_CURRENT_LIST_DIR}/coverage.h ${CMAKE_CURRENT_LIST_DIR}/coverage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/targetcheck.h ${CMAKE_CURRENT_LIST_DIR}/targetcheck.cpp
    ${CMAKE_CURRENT_LIST_DIR}/departmentcheck.h ${CMAKE_CURRENT_LIST_DIR}/departmentcheck.cpp
    ${CMAKE_CURRENT_LIST_DIR}/citationcheck.h ${CMAKE_CURRENT_LIST_DIR}/citationcheck.cpp
    ${CMAKE_CURRENT_LIST_DIR}/reviewengine.h ${CMAKE_CURRENT_LIST_DIR}/reviewengine.cpp
    ${CMAKE_CURRENT_LIST_DIR}/reviewedit.h ${CMAKE_CURRENT_LIST_DIR}/reviewedit.cpp
    ${CMAKE_CURRENT_LIST_DIR}/chardiff.h ${CMAKE_CURRENT_LIST_DIR}/chardiff.cpp
    ${CMAKE_CURRENT_LIST_DIR}/versiondiff.h ${CMAKE_CURRENT_LIST_DIR}/versiondiff.cpp
)
