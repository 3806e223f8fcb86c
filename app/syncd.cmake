# dutydesk-syncd: the district server's small HTTP+JSON service behind nginx (docs/SYNC.md).
# Qt Core/Network for the loopback listener and a minimal HTTP/1.1 parser, libpq for PostgreSQL.
find_package(Qt6 REQUIRED COMPONENTS Network)
find_package(PostgreSQL REQUIRED)
add_executable(dutydesk-syncd
  ${CMAKE_CURRENT_LIST_DIR}/syncd/main.cpp
  ${CMAKE_CURRENT_LIST_DIR}/syncd/httprequest.h ${CMAKE_CURRENT_LIST_DIR}/syncd/httprequest.cpp
  ${CMAKE_CURRENT_LIST_DIR}/syncd/syncservice.h ${CMAKE_CURRENT_LIST_DIR}/syncd/syncservice.cpp
)
target_include_directories(dutydesk-syncd PRIVATE ${CMAKE_CURRENT_LIST_DIR}/..)
target_link_libraries(dutydesk-syncd PRIVATE Qt6::Core Qt6::Network PostgreSQL::PostgreSQL dutydesk_qtstrict)
