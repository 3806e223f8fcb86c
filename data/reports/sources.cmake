# The indicators and chart series (docs/INDICATORS.md), computed in one place for the Reports page,
# the printed reports and the benchmark.
target_sources(dutydesk_data PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/logging.h ${CMAKE_CURRENT_LIST_DIR}/logging.cpp
  ${CMAKE_CURRENT_LIST_DIR}/indicators.h ${CMAKE_CURRENT_LIST_DIR}/indicators.cpp
  ${CMAKE_CURRENT_LIST_DIR}/rosterfigures.h ${CMAKE_CURRENT_LIST_DIR}/rosterfigures.cpp
)
