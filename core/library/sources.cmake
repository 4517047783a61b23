# The plan library: an index of plan files in SQLite or PostgreSQL (Qt Sql), search, families and roll-ups.
target_link_libraries(planwright_core PUBLIC Qt6::Sql)
target_sources(planwright_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/searchtext.h ${CMAKE_CURRENT_LIST_DIR}/searchtext.cpp
    ${CMAKE_CURRENT_LIST_DIR}/sqlutil.h ${CMAKE_CURRENT_LIST_DIR}/sqlutil.cpp
    ${CMAKE_CURRENT_LIST_DIR}/librarylocation.h ${CMAKE_CURRENT_LIST_DIR}/librarylocation.cpp
    ${CMAKE_CURRENT_LIST_DIR}/libraryschema.h ${CMAKE_CURRENT_LIST_DIR}/libraryschema.cpp
    ${CMAKE_CURRENT_LIST_DIR}/library.h
    ${CMAKE_CURRENT_LIST_DIR}/libraryopen.cpp
    ${CMAKE_CURRENT_LIST_DIR}/libraryindex.cpp
    ${CMAKE_CURRENT_LIST_DIR}/libraryqueries.cpp
    ${CMAKE_CURRENT_LIST_DIR}/librarysearch.cpp
    ${CMAKE_CURRENT_LIST_DIR}/rollup.h ${CMAKE_CURRENT_LIST_DIR}/rollup.cpp
)
