# The map page's sources, included by ui/CMakeLists.txt (one file per area keeps parallel work from
# colliding in one list).
target_sources(dutydesk_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/mappage.h ${CMAKE_CURRENT_LIST_DIR}/mappage.cpp
  ${CMAKE_CURRENT_LIST_DIR}/mapview.h ${CMAKE_CURRENT_LIST_DIR}/mapview.cpp
)
