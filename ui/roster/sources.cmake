# The roster page's sources, included by ui/CMakeLists.txt (one file per area keeps parallel work from
# colliding in one list).
target_sources(dutydesk_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/rosterpage.h ${CMAKE_CURRENT_LIST_DIR}/rosterpage.cpp
  ${CMAKE_CURRENT_LIST_DIR}/rosterdocument.h ${CMAKE_CURRENT_LIST_DIR}/rosterdocument.cpp
  ${CMAKE_CURRENT_LIST_DIR}/rostertablemodel.h ${CMAKE_CURRENT_LIST_DIR}/rostertablemodel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/coveragemodel.h ${CMAKE_CURRENT_LIST_DIR}/coveragemodel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/violationmodel.h ${CMAKE_CURRENT_LIST_DIR}/violationmodel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/planrunner.h ${CMAKE_CURRENT_LIST_DIR}/planrunner.cpp
  ${CMAKE_CURRENT_LIST_DIR}/rostereditor.h ${CMAKE_CURRENT_LIST_DIR}/rostereditor.cpp
  ${CMAKE_CURRENT_LIST_DIR}/contextreviewer.h ${CMAKE_CURRENT_LIST_DIR}/contextreviewer.cpp
  ${CMAKE_CURRENT_LIST_DIR}/rosterprinting.h ${CMAKE_CURRENT_LIST_DIR}/rosterprinting.cpp
  ${CMAKE_CURRENT_LIST_DIR}/demanddialog.h ${CMAKE_CURRENT_LIST_DIR}/demanddialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/leavedialog.h ${CMAKE_CURRENT_LIST_DIR}/leavedialog.cpp
)
