# Sync client: change capture (outbox triggers), the HTTPS transport and the sync engine (docs/SYNC.md).
find_package(Qt6 REQUIRED COMPONENTS Network)
target_sources(dutydesk_data PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/changecapture.h ${CMAKE_CURRENT_LIST_DIR}/changecapture.cpp
  ${CMAKE_CURRENT_LIST_DIR}/synctransport.h ${CMAKE_CURRENT_LIST_DIR}/synctransport.cpp
  ${CMAKE_CURRENT_LIST_DIR}/pulledrows.h ${CMAKE_CURRENT_LIST_DIR}/pulledrows.cpp
  ${CMAKE_CURRENT_LIST_DIR}/syncengine.h ${CMAKE_CURRENT_LIST_DIR}/syncengine.cpp
  ${CMAKE_CURRENT_LIST_DIR}/syncstore.h ${CMAKE_CURRENT_LIST_DIR}/syncstore.cpp
)
target_link_libraries(dutydesk_data PUBLIC Qt6::Network)
