target_sources(planwright_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/reviewresult.h ${CMAKE_CURRENT_LIST_DIR}/reviewresult.cpp
)
