# Dispatch recommendation: ranking officers and teams on duty for an incident (pure: no SQL, no Widgets).
target_sources(dutydesk_grid PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/recommendation.h ${CMAKE_CURRENT_LIST_DIR}/recommendation.cpp
)
