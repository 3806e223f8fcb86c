// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/layers/mapdata.h"
#include "grid/cellindex.h"
#include "grid/geometry.h"

#include <QColor>
#include <QHash>
#include <QImage>
#include <QPainterPath>
#include <QPolygonF>
#include <QWidget>
#include <memory>
#include <vector>

class QGestureEvent;

namespace dd::ui {

// A custom painted map of one district (chosen over QGraphicsScene: one item per cell and marker would be
// 110,000 items; bench/map measures both paths of this one).
//
// Everything is prepared once per data change in metres (LocalProjection around the layer's centre):
// one QPainterPath per fill colour (a path with thousands of sub-polygons fills in one scanline pass),
// the sector borders as one path of segments, town and community labels' positions, an R-tree over the
// projected cells for viewport and click queries. A paint then only transforms: level of detail decides
// what is drawn — cell borders and codes only when cells are large enough on screen, incidents clustered
// in 40-pixel bins when zoomed out, community and cell labels by zoom.
class MapView : public QWidget
{
    Q_OBJECT
public:
    enum class Colouring { Plain, Coverage, Density, Sectors };
    struct Layers
    {
        bool outline = true;
        bool towns = true;
        bool cells = true;
        bool sectors = true;
        bool incidents = true;
        bool teams = true;
    };
    struct Team
    {
        grid::Point lonLat;
        QString label;
    };

    explicit MapView(QWidget *parent = nullptr);
    ~MapView() override;

    void setData(std::shared_ptr<const data::MapData> data); // null: nothing to show
    const data::MapData *data() const { return m_data.get(); }
    void setLayers(const Layers &layers);
    const Layers &layers() const { return m_layers; }
    // Values per cell (parallel to MapData::cells): average officers present (Coverage) or incidents
    // (Density); a negative value leaves the cell uncoloured (not counted).
    void setColouring(Colouring colouring, std::vector<double> values = {});
    Colouring colouring() const { return m_colouring; }
    void setTeams(std::vector<Team> teams);
    void setSelectedCell(int cell);
    int selectedCell() const { return m_selected; }
    void setHighlightedIncident(int incident);

    void zoomToFit();
    void zoomToCell(int cell);
    void zoomToIncident(int incident);
    void zoomToTown(const QString &code);
    void zoomToCommunity(const QString &code);
    void zoomBy(double factor, QPointF around);
    void panByPixels(QPointF delta);

    int cellAt(QPointF widgetPos) const; // -1 when none
    int incidentAt(QPointF widgetPos) const; // nearest marker within 8 px when zoomed in, else -1
    QPointF toWidget(grid::Point lonLat) const;
    double metresPerPixel() const { return 1.0 / m_scale; }

    // Paints the whole map as the widget would, into any painter of the given size (benchmarks,
    // screenshots, printing).
    void render(QPainter &painter, QSize size) const;

    // The legend's entries for the current colouring and layers (text, colour), also drawn on the map.
    std::vector<std::pair<QString, QColor>> legend() const;
    static QColor incidentColour(const data::MapIncident &incident);

signals:
    void cellClicked(int cell);
    void incidentClicked(int incident);
    void viewChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Prepared;
    void prepare();
    void prepareFills();
    QTransform transform(QSize size) const;
    QTransform transform(QSize size, QPointF centre) const;
    void fitBox(double minX, double minY, double maxX, double maxY, double margin = 0.08);
    bool gesture(QGestureEvent *event);
    void paintMap(QPainter &p, QSize size) const;
    void paintStatic(QPainter &p, QSize size, QPointF centre) const;
    void paintIncidents(QPainter &p, const QTransform &t, QSize size) const;
    void paintOverlay(QPainter &p, QSize size) const;

    std::shared_ptr<const data::MapData> m_data;
    std::unique_ptr<Prepared> m_prep;
    Layers m_layers;
    Colouring m_colouring = Colouring::Sectors;
    std::vector<double> m_values;
    std::vector<Team> m_teams;
    int m_selected = -1;
    int m_highlightedIncident = -1;

    QPointF m_centre; // metres
    double m_scale = 0.01; // pixels per metre
    bool m_fitted = false;
    // The rendered map around the view (see paintMap); m_version counts changes of what it shows.
    mutable QImage m_cache;
    mutable QHash<quint64, QImage> m_clusterSprites; // (rank, count) → the cluster's marker, drawn once
    mutable QPointF m_cacheCentre;
    mutable double m_cacheScale = 0;
    mutable QSize m_cacheViewSize;
    mutable quint64 m_cacheVersion = 0;
    quint64 m_version = 1;
    QPoint m_pressPos;
    QPoint m_lastPos;
    bool m_dragging = false;
};

} // namespace dd::ui
