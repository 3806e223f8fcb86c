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
)
