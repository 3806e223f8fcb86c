# Grid layers: GeoJSON layer import/export model, the cell adjacency graph with travel times.
target_sources(dutydesk_grid PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/travelgraph.h ${CMAKE_CURRENT_LIST_DIR}/travelgraph.cpp
)
target_sources(dutydesk_grid PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/geojsonlayer.h ${CMAKE_CURRENT_LIST_DIR}/geojsonlayer.cpp
)
