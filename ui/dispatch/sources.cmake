# The dispatch page's sources, included by ui/CMakeLists.txt (one file per area keeps parallel work from
# colliding in one list).
target_sources(dutydesk_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/dispatchpage.h ${CMAKE_CURRENT_LIST_DIR}/dispatchpage.cpp
  ${CMAKE_CURRENT_LIST_DIR}/incidentboardmodel.h ${CMAKE_CURRENT_LIST_DIR}/incidentboardmodel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/intakedialog.h ${CMAKE_CURRENT_LIST_DIR}/intakedialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/importdialog.h ${CMAKE_CURRENT_LIST_DIR}/importdialog.cpp
)
