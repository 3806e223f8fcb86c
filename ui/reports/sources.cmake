# The reports page's sources, included by ui/CMakeLists.txt (one file per area keeps parallel work from
# colliding in one list).
target_sources(dutydesk_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/reportspage.h ${CMAKE_CURRENT_LIST_DIR}/reportspage.cpp
  ${CMAKE_CURRENT_LIST_DIR}/chartpanel.h ${CMAKE_CURRENT_LIST_DIR}/chartpanel.cpp
)
