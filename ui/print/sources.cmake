# Printed documents (PDF through QPagedPaintDevice). Each area adds its own lines.
target_sources(dutydesk_ui PRIVATE
  # reports: the quarterly evaluation and the daily command-room summary
  ${CMAKE_CURRENT_LIST_DIR}/reportdocument.h ${CMAKE_CURRENT_LIST_DIR}/reportdocument.cpp
  ${CMAKE_CURRENT_LIST_DIR}/reportprint.h ${CMAKE_CURRENT_LIST_DIR}/reportprint.cpp
)
