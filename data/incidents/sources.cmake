# Incidents: workflow, deadlines, location, repository, import, demo history (docs/WORKFLOW.md, docs/IMPORT.md).
target_sources(dutydesk_data PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/logging.h ${CMAKE_CURRENT_LIST_DIR}/logging.cpp ${CMAKE_CURRENT_LIST_DIR}/sqlvalue.h
  ${CMAKE_CURRENT_LIST_DIR}/workflow.h ${CMAKE_CURRENT_LIST_DIR}/workflow.cpp
  ${CMAKE_CURRENT_LIST_DIR}/deadlines.h ${CMAKE_CURRENT_LIST_DIR}/deadlines.cpp
  ${CMAKE_CURRENT_LIST_DIR}/celllocator.h ${CMAKE_CURRENT_LIST_DIR}/celllocator.cpp
  ${CMAKE_CURRENT_LIST_DIR}/incidentrepository.h ${CMAKE_CURRENT_LIST_DIR}/incidentrepository.cpp
)
target_sources(dutydesk_data PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/incidentimport.h ${CMAKE_CURRENT_LIST_DIR}/incidentimport.cpp
)
qt_add_resources(dutydesk_data dutydesk_import_mappings
  PREFIX /dutydesk/import-mappings
  BASE ${CMAKE_CURRENT_LIST_DIR}/mappings
  FILES ${CMAKE_CURRENT_LIST_DIR}/mappings/hotline-12345.json)
target_sources(dutydesk_data PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/demoincidents.h ${CMAKE_CURRENT_LIST_DIR}/demoincidents.cpp
)
target_sources(dutydesk_data PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/recommender.h ${CMAKE_CURRENT_LIST_DIR}/recommender.cpp
)
