# Who is on duty when, from the published rosters (used by map, dispatch and reports).
target_sources(dutydesk_data PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/onduty.h ${CMAKE_CURRENT_LIST_DIR}/onduty.cpp
)
