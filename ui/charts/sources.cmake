target_sources(planwright_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/chartstyle.h ${CMAKE_CURRENT_LIST_DIR}/chartstyle.cpp
    ${CMAKE_CURRENT_LIST_DIR}/workloadchartmodel.h ${CMAKE_CURRENT_LIST_DIR}/workloadchartmodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/structurechartmodel.h ${CMAKE_CURRENT_LIST_DIR}/structurechartmodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/barchartview.h ${CMAKE_CURRENT_LIST_DIR}/barchartview.cpp
    ${CMAKE_CURRENT_LIST_DIR}/targetchartdata.h ${CMAKE_CURRENT_LIST_DIR}/targetchartdata.cpp
    ${CMAKE_CURRENT_LIST_DIR}/targetchartview.h ${CMAKE_CURRENT_LIST_DIR}/targetchartview.cpp
    ${CMAKE_CURRENT_LIST_DIR}/chartsview.h ${CMAKE_CURRENT_LIST_DIR}/chartsview.cpp
)
