target_sources(planwright_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/reviewcontroller.h ${CMAKE_CURRENT_LIST_DIR}/reviewcontroller.cpp
    ${CMAKE_CURRENT_LIST_DIR}/reviewtreeproxy.h ${CMAKE_CURRENT_LIST_DIR}/reviewtreeproxy.cpp
    ${CMAKE_CURRENT_LIST_DIR}/findingsmodel.h ${CMAKE_CURRENT_LIST_DIR}/findingsmodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/coveragechart.h ${CMAKE_CURRENT_LIST_DIR}/coveragechart.cpp
    ${CMAKE_CURRENT_LIST_DIR}/matchpanel.h ${CMAKE_CURRENT_LIST_DIR}/matchpanel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/commentspanel.h ${CMAKE_CURRENT_LIST_DIR}/commentspanel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/reviewworkspace.h ${CMAKE_CURRENT_LIST_DIR}/reviewworkspace.cpp
)
