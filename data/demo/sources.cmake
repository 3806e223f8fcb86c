# Demo data of the parallel areas; each adds its own lines.
target_sources(dutydesk_data PRIVATE
  # roster-core: templates, leave, requests and published rosters of three weeks per squad
  ${CMAKE_CURRENT_LIST_DIR}/demorosters.h ${CMAKE_CURRENT_LIST_DIR}/demorosters.cpp
)
