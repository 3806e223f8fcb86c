# Grid layers in the store: reading for the map and travel times, GeoJSON import/export, coverage, density.
target_sources(dutydesk_data PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/layerrepository.h ${CMAKE_CURRENT_LIST_DIR}/layerrepository.cpp
  ${CMAKE_CURRENT_LIST_DIR}/layerimport.h ${CMAKE_CURRENT_LIST_DIR}/layerimport.cpp
  ${CMAKE_CURRENT_LIST_DIR}/mapdata.h ${CMAKE_CURRENT_LIST_DIR}/mapdata.cpp
)
