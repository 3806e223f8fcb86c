# The roster engine (issue 4): value types, planning service, repository.
target_sources(dutydesk_data PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/rostertypes.h ${CMAKE_CURRENT_LIST_DIR}/rostertypes.cpp
  ${CMAKE_CURRENT_LIST_DIR}/rosterplanner.h ${CMAKE_CURRENT_LIST_DIR}/rosterplanner.cpp
  ${CMAKE_CURRENT_LIST_DIR}/rosterstore.h ${CMAKE_CURRENT_LIST_DIR}/rosterstore.cpp
  ${CMAKE_CURRENT_LIST_DIR}/rosterrepository.h ${CMAKE_CURRENT_LIST_DIR}/rosterrepository.cpp
)
