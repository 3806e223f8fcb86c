# Printed documents (PDF through QPagedPaintDevice). Each area adds its own lines.
target_sources(dutydesk_ui PRIVATE
  # reports: the quarterly evaluation and the daily command-room summary
  ${CMAKE_CURRENT_LIST_DIR}/reportdocument.h ${CMAKE_CURRENT_LIST_DIR}/reportdocument.cpp
  ${CMAKE_CURRENT_LIST_DIR}/reportprint.h ${CMAKE_CURRENT_LIST_DIR}/reportprint.cpp
  # roster-core: the page-layout helper and the printed rosters
  ${CMAKE_CURRENT_LIST_DIR}/pagelayout.h ${CMAKE_CURRENT_LIST_DIR}/pagelayout.cpp
  ${CMAKE_CURRENT_LIST_DIR}/rosterprint.h ${CMAKE_CURRENT_LIST_DIR}/rosterprint.cpp
)
