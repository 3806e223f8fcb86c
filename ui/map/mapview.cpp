// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/map/mapview.h"

#include <QFontMetricsF>
#include <QGestureEvent>
#include <QHash>
#include <QKeyEvent>
#include <QLoggingCategory>
#include <QMouseEvent>
#include <QPainter>
#include <QPinchGesture>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

namespace dd::ui {

Q_LOGGING_CATEGORY(lcMap, "dutydesk.ui.map")

namespace {

// Level of detail, in pixels per metre.
constexpr double kCommunityLabels = 0.05; // 1 km ≥ 50 px
constexpr double kCellBorders = 0.03; // a 250 m cell ≥ 7.5 px
constexpr double kCellCodesPx = 118; // a cell at least this wide shows its code
constexpr int kClusterBinPx = 40;
constexpr int kMaxSingleMarkers = 400;

const QColor kLand(0xf4, 0xf1, 0xea);
const QColor kTownLine(0x5a, 0x4a, 0x3a);
const QColor kCommunityLine(0x9a, 0x8a, 0x7a);
const QColor kCellLine(0xc8, 0xc0, 0xb4);
const QColor kSectorLine(0x2b, 0x6c, 0xb0);

// Eight pastel hues for categorical fills (towns, sectors): adjacent categories differ.
const QColor kPalette[8] = { QColor(0xa6, 0xce, 0xe3), QColor(0xb2, 0xdf, 0x8a), QColor(0xfb, 0x9a, 0x99),
                             QColor(0xfd, 0xbf, 0x6f), QColor(0xca, 0xb2, 0xd6), QColor(0xff, 0xff, 0x99),
                             QColor(0x8d, 0xd3, 0xc7), QColor(0xfc, 0xcd, 0xe5) };

struct Bucket
{
    double upTo; // values <= upTo (and > the previous bucket's)
    QColor colour;
    const char *label;
};

// Coverage: average officers present over the window; zero stands out in red.
const Bucket kCoverage[] = {
    { 0.0, QColor(0xe3, 0x1a, 0x1c), QT_TRANSLATE_NOOP("dd::ui::MapView", "no patrol planned") },
    { 1.0, QColor(0xc7, 0xe9, 0xc0), QT_TRANSLATE_NOOP("dd::ui::MapView", "under 1 officer on average") },
    { 2.0, QColor(0x74, 0xc4, 0x76), QT_TRANSLATE_NOOP("dd::ui::MapView", "1–2 officers") },
    { 4.0, QColor(0x31, 0xa3, 0x54), QT_TRANSLATE_NOOP("dd::ui::MapView", "2–4 officers") },
    { 1e300, QColor(0x00, 0x6d, 0x2c), QT_TRANSLATE_NOOP("dd::ui::MapView", "4 or more officers") },
};
const Bucket kDensity[] = {
    { 0.0, QColor(0, 0, 0, 0), QT_TRANSLATE_NOOP("dd::ui::MapView", "no incident") },
    { 1.0, QColor(0xfc, 0xbb, 0xa1), QT_TRANSLATE_NOOP("dd::ui::MapView", "1 incident") },
    { 3.0, QColor(0xfc, 0x92, 0x72), QT_TRANSLATE_NOOP("dd::ui::MapView", "2–3 incidents") },
    { 7.0, QColor(0xef, 0x3b, 0x2c), QT_TRANSLATE_NOOP("dd::ui::MapView", "4–7 incidents") },
    { 1e300, QColor(0x99, 0x00, 0x0d), QT_TRANSLATE_NOOP("dd::ui::MapView", "8 or more incidents") },
};

QPolygonF ringToPolygon(const grid::Polygon::ring_type &ring, const grid::LocalProjection &projection)
{
    QPolygonF out;
    out.reserve(qsizetype(ring.size()));
    for (const grid::Point &p : ring) {
        const grid::Point m = projection.toMetres(p);
        out.append(QPointF(m.x(), m.y()));
    }
    return out;
}

void addShape(QPainterPath &path, const grid::MultiPolygon &shape, const grid::LocalProjection &projection)
{
    for (const grid::Polygon &poly : shape) {
        path.addPolygon(ringToPolygon(poly.outer(), projection));
        path.closeSubpath();
        for (const auto &inner : poly.inners()) {
            path.addPolygon(ringToPolygon(inner, projection));
            path.closeSubpath();
        }
    }
}

// Segments that border two different groups (or the outside), from the polygons' shared edges:
// cells sharing an edge have bit-identical vertices in a consistent layer.
QPainterPath groupBorders(const std::vector<QPolygonF> &polygons, const std::vector<int> &group)
{
    struct Key
    {
        qint64 a, b, c, d;
        bool operator==(const Key &o) const { return a == o.a && b == o.b && c == o.c && d == o.d; }
    };
    struct KeyHash
    {
        std::size_t operator()(const Key &k) const
        {
            return std::hash<qint64>()(k.a * 31 + k.b * 17 + k.c * 7 + k.d);
        }
    };
    std::unordered_map<Key, std::pair<int, int>, KeyHash> edges; // → (group, count)
    edges.reserve(polygons.size() * 4);
    auto q = [](double v) { return qint64(std::llround(v * 10.0)); }; // 0.1 m
    for (std::size_t i = 0; i < polygons.size(); ++i) {
        const QPolygonF &poly = polygons[i];
        for (qsizetype j = 0; j + 1 < poly.size(); ++j) {
            QPointF p1 = poly[j], p2 = poly[j + 1];
            Key k { q(p1.x()), q(p1.y()), q(p2.x()), q(p2.y()) };
            if (std::tie(k.a, k.b) > std::tie(k.c, k.d))
                k = { k.c, k.d, k.a, k.b };
            auto [it, inserted] = edges.try_emplace(k, group[i], 1);
            if (!inserted) {
                if (it->second.first != group[i])
                    it->second.first = -2; // differs: a border
                ++it->second.second;
            }
        }
    }
    QPainterPath path;
    for (const auto &[k, v] : edges) {
        if (v.second == 1 || v.first == -2) {
            path.moveTo(double(k.a) / 10.0, double(k.b) / 10.0);
            path.lineTo(double(k.c) / 10.0, double(k.d) / 10.0);
        }
    }
    return path;
}

int incidentRank(const data::MapIncident &i)
{
    if (!i.open)
        return 0;
    if (i.urgency == QLatin1String("urgent"))
        return 3;
    if (i.status == QLatin1String("dispatched") || i.status == QLatin1String("arrived")
        || i.status == QLatin1String("handled") || i.status == QLatin1String("feedback")
        || i.status == QLatin1String("verified"))
        return 1;
    return 2; // collected, filed, returned, suspended: waiting for someone
}

} // namespace

struct MapView::Prepared
{
    grid::LocalProjection projection;
    double minX = 0, minY = 0, maxX = 0, maxY = 0; // metres
    QPainterPath outline;
    QPainterPath townBorders;
    QPainterPath communityBorders;
    QPainterPath cellBorders;
    QPainterPath sectorBorders;
    std::vector<QPolygonF> cells; // metres
    grid::CellIndex index; // over the projected cells
    std::vector<std::pair<QPainterPath, QColor>> fills;
    std::vector<std::pair<QPointF, QString>> townLabels;
    std::vector<std::pair<QPointF, QString>> communityLabels;
    std::vector<QPointF> incidents; // metres
    std::vector<QColor> incidentColours;
    std::vector<int> incidentRanks;
    double cellWidth = 250; // metres, median
};

MapView::MapView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("mapView"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAttribute(Qt::WA_AcceptTouchEvents);
    grabGesture(Qt::PinchGesture);
    setMinimumSize(320, 240);
}

MapView::~MapView() = default;

void MapView::setData(std::shared_ptr<const data::MapData> data)
{
    const bool sameLayer = m_data && data && m_data->layer.id == data->layer.id && m_prep;
    m_data = std::move(data);
    if (m_selected >= 0 && (!m_data || std::size_t(m_selected) >= m_data->cells.size()))
        m_selected = -1;
    m_highlightedIncident = -1;
    if (m_values.size() != (m_data ? m_data->cells.size() : 0))
        m_values.clear();
    prepare();
    if (!sameLayer || m_fitted)
        zoomToFit();
    update();
}

void MapView::prepare()
{
    m_prep.reset();
    if (!m_data || m_data->cells.empty())
        return;
    auto prep = std::make_unique<Prepared>();
    const data::MapData &d = *m_data;
    double sx = 0, sy = 0;
    for (const data::MapCell &c : d.cells) {
        sx += c.centroid.x();
        sy += c.centroid.y();
    }
    const double n = double(d.cells.size());
    prep->projection = grid::LocalProjection(grid::Point(sx / n, sy / n));
    const auto &proj = prep->projection;

    prep->cells.reserve(d.cells.size());
    std::vector<QString> codes;
    std::vector<grid::Polygon> shapes;
    codes.reserve(d.cells.size());
    shapes.reserve(d.cells.size());
    prep->minX = prep->minY = 1e300;
    prep->maxX = prep->maxY = -1e300;
    std::vector<double> widths;
    widths.reserve(d.cells.size());
    for (const data::MapCell &c : d.cells) {
        QPolygonF poly = ringToPolygon(c.shape.outer(), proj);
        const QRectF r = poly.boundingRect();
        prep->minX = std::min(prep->minX, r.left());
        prep->minY = std::min(prep->minY, r.top());
        prep->maxX = std::max(prep->maxX, r.right());
        prep->maxY = std::max(prep->maxY, r.bottom());
        widths.push_back(r.width());
        grid::Polygon shape;
        for (const QPointF &p : poly)
            shape.outer().push_back(grid::Point(p.x(), p.y()));
        codes.push_back(c.code);
        shapes.push_back(std::move(shape));
        prep->cells.push_back(std::move(poly));
    }
    std::nth_element(widths.begin(), widths.begin() + qsizetype(widths.size() / 2), widths.end());
    prep->cellWidth = widths[widths.size() / 2];
    prep->index = grid::CellIndex(std::move(codes), std::move(shapes));

    addShape(prep->outline, d.outline, proj);
    if (d.outline.empty()) { // no district boundary stored: the cells' hull is the land
        for (const QPolygonF &poly : prep->cells)
            prep->outline.addPolygon(poly);
    }
    prep->outline.setFillRule(Qt::WindingFill);
    for (const data::MapArea &town : d.towns)
        addShape(prep->townBorders, town.shape, proj);
    for (const data::MapArea &community : d.communities)
        addShape(prep->communityBorders, community.shape, proj);

    std::vector<int> everyCellItsOwn(d.cells.size());
    for (std::size_t i = 0; i < everyCellItsOwn.size(); ++i)
        everyCellItsOwn[i] = int(i);
    prep->cellBorders = groupBorders(prep->cells, everyCellItsOwn);

    // Labels: towns and communities at the cell of theirs nearest to the mean of their cells (inside
    // even for a crescent-shaped town).
    auto labelsBy = [&](auto key, const QHash<QString, QString> &names, std::vector<std::pair<QPointF, QString>> &out) {
        QHash<QString, std::vector<int>> members;
        std::vector<std::size_t> sizes;
        for (std::size_t i = 0; i < d.cells.size(); ++i) {
            const QString k = key(d.cells[i]);
            if (!k.isEmpty())
                members[k].push_back(int(i));
        }
        for (auto it = members.cbegin(); it != members.cend(); ++it) {
            QPointF mean;
            for (int i : it.value())
                mean += prep->cells[std::size_t(i)].boundingRect().center();
            mean /= double(it.value().size());
            QPointF best;
            double bestDistance = 1e300;
            for (int i : it.value()) {
                const QPointF c = prep->cells[std::size_t(i)].boundingRect().center();
                const double dd = QLineF(c, mean).length();
                if (dd < bestDistance) {
                    bestDistance = dd;
                    best = c;
                }
            }
            out.emplace_back(best, names.value(it.key(), it.key()));
            sizes.push_back(it.value().size());
        }
        // The biggest first: they win when labels would collide.
        std::vector<std::size_t> order(out.size());
        for (std::size_t i = 0; i < order.size(); ++i)
            order[i] = i;
        std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return sizes[a] > sizes[b]; });
        std::vector<std::pair<QPointF, QString>> sorted;
        for (std::size_t i : order)
            sorted.push_back(out[i]);
        out = std::move(sorted);
    };
    labelsBy([](const data::MapCell &c) { return c.townCode; }, d.townNames, prep->townLabels);
    labelsBy([](const data::MapCell &c) { return c.communityCode; }, d.communityNames, prep->communityLabels);

    // Sectors: borders between cells of different patrol sectors.
    std::vector<int> sectorOf(d.cells.size(), -1);
    for (std::size_t s = 0; s < d.sectors.size(); ++s) {
        if (d.sectors[s].kind != QLatin1String("patrol_sector"))
            continue;
        for (int c : d.sectors[s].cells)
            sectorOf[std::size_t(c)] = int(s);
    }
    prep->sectorBorders = groupBorders(prep->cells, sectorOf);

    prep->incidents.reserve(d.incidents.size());
    for (const data::MapIncident &i : d.incidents) {
        const grid::Point m = proj.toMetres(i.lonLat);
        prep->incidents.emplace_back(m.x(), m.y());
        prep->incidentColours.push_back(incidentColour(i));
        prep->incidentRanks.push_back(incidentRank(i));
    }
    m_prep = std::move(prep);
    prepareFills();
    ++m_version;
}

void MapView::prepareFills()
{
    if (!m_prep)
        return;
    const data::MapData &d = *m_data;
    auto &fills = m_prep->fills;
    fills.clear();
    std::vector<int> bucketOf(d.cells.size(), -1);
    std::vector<QColor> colours;
    if ((m_colouring == Colouring::Coverage || m_colouring == Colouring::Density) && m_values.size() == d.cells.size()) {
        const Bucket *buckets = m_colouring == Colouring::Coverage ? kCoverage : kDensity;
        for (int b = 0; b < 5; ++b)
            colours.push_back(buckets[b].colour);
        for (std::size_t i = 0; i < d.cells.size(); ++i) {
            if (m_values[i] < 0)
                continue; // not counted (another squad's roster): no colour
            int b = 0;
            while (b < 4 && m_values[i] > buckets[b].upTo)
                ++b;
            bucketOf[i] = b;
        }
    } else if (m_colouring == Colouring::Sectors) {
        for (const QColor &c : kPalette)
            colours.push_back(c);
        for (std::size_t s = 0; s < d.sectors.size(); ++s) {
            if (d.sectors[s].kind != QLatin1String("patrol_sector"))
                continue;
            for (int c : d.sectors[s].cells)
                bucketOf[std::size_t(c)] = int(s % 8);
        }
    } else { // plain: by town
        QHash<QString, int> towns;
        for (const data::MapArea &t : d.towns)
            towns.insert(t.code, int(towns.size()));
        for (const QColor &c : kPalette)
            colours.push_back(c.lighter(112));
        for (std::size_t i = 0; i < d.cells.size(); ++i)
            bucketOf[i] = towns.value(d.cells[i].townCode, 0) % 8;
    }
    std::vector<QPainterPath> paths(colours.size());
    for (std::size_t i = 0; i < d.cells.size(); ++i) {
        if (bucketOf[i] >= 0)
            paths[std::size_t(bucketOf[i])].addPolygon(m_prep->cells[i]);
    }
    for (std::size_t b = 0; b < paths.size(); ++b) {
        if (!paths[b].isEmpty() && colours[b].alpha() > 0)
            fills.emplace_back(std::move(paths[b]), colours[b]);
    }
}

void MapView::setLayers(const Layers &layers)
{
    m_layers = layers;
    ++m_version;
    update();
}

void MapView::setColouring(Colouring colouring, std::vector<double> values)
{
    m_colouring = colouring;
    m_values = std::move(values);
    prepareFills();
    ++m_version;
    update();
}

void MapView::setTeams(std::vector<Team> teams)
{
    m_teams = std::move(teams);
    ++m_version;
    update();
}

void MapView::setSelectedCell(int cell)
{
    m_selected = cell;
    update();
}

void MapView::setHighlightedIncident(int incident)
{
    m_highlightedIncident = incident;
    update();
}

QTransform MapView::transform(QSize size) const
{
    return transform(size, m_centre);
}

QTransform MapView::transform(QSize size, QPointF centre) const
{
    QTransform t;
    t.translate(size.width() / 2.0, size.height() / 2.0);
    t.scale(m_scale, -m_scale);
    t.translate(-centre.x(), -centre.y());
    return t;
}

QPointF MapView::toWidget(grid::Point lonLat) const
{
    if (!m_prep)
        return {};
    const grid::Point m = m_prep->projection.toMetres(lonLat);
    return transform(size()).map(QPointF(m.x(), m.y()));
}

void MapView::fitBox(double minX, double minY, double maxX, double maxY, double margin)
{
    const double w = std::max(maxX - minX, 1.0), h = std::max(maxY - minY, 1.0);
    m_centre = QPointF((minX + maxX) / 2, (minY + maxY) / 2);
    m_scale = std::min(width() / w, height() / h) * (1.0 - 2 * margin);
    m_scale = std::clamp(m_scale, 1e-4, 20.0);
    update();
    emit viewChanged();
}

void MapView::zoomToFit()
{
    if (!m_prep)
        return;
    fitBox(m_prep->minX, m_prep->minY, m_prep->maxX, m_prep->maxY, 0.03);
    m_fitted = true;
}

void MapView::zoomToCell(int cell)
{
    m_fitted = false;
    if (!m_prep || cell < 0 || std::size_t(cell) >= m_prep->cells.size())
        return;
    const QRectF r = m_prep->cells[std::size_t(cell)].boundingRect();
    // Enough around it to see where it is (about 6 cells across) and close enough to read cell codes.
    const double pad = std::max(r.width(), r.height()) * 2.5;
    fitBox(r.left() - pad, r.top() - pad, r.right() + pad, r.bottom() + pad, 0);
}

void MapView::zoomToIncident(int incident)
{
    m_fitted = false;
    if (!m_prep || incident < 0 || std::size_t(incident) >= m_prep->incidents.size())
        return;
    const QPointF p = m_prep->incidents[std::size_t(incident)];
    const double pad = m_prep->cellWidth * 4;
    fitBox(p.x() - pad, p.y() - pad, p.x() + pad, p.y() + pad, 0);
}

void MapView::zoomToTown(const QString &code)
{
    m_fitted = false;
    if (!m_prep)
        return;
    QRectF box;
    for (std::size_t i = 0; i < m_data->cells.size(); ++i) {
        if (m_data->cells[i].townCode == code)
            box = box.isNull() ? m_prep->cells[i].boundingRect() : box.united(m_prep->cells[i].boundingRect());
    }
    if (!box.isNull())
        fitBox(box.left(), box.top(), box.right(), box.bottom());
}

void MapView::zoomToCommunity(const QString &code)
{
    m_fitted = false;
    if (!m_prep)
        return;
    QRectF box;
    for (std::size_t i = 0; i < m_data->cells.size(); ++i) {
        if (m_data->cells[i].communityCode == code)
            box = box.isNull() ? m_prep->cells[i].boundingRect() : box.united(m_prep->cells[i].boundingRect());
    }
    if (!box.isNull())
        fitBox(box.left(), box.top(), box.right(), box.bottom());
}

void MapView::zoomBy(double factor, QPointF around)
{
    m_fitted = false; // the user chose a view: a resize keeps it
    const QTransform t = transform(size());
    const QPointF before = t.inverted().map(around);
    m_scale = std::clamp(m_scale * factor, 1e-4, 20.0);
    const QPointF after = transform(size()).inverted().map(around);
    m_centre += before - after;
    update();
    emit viewChanged();
}

void MapView::panByPixels(QPointF delta)
{
    m_fitted = false;
    m_centre += QPointF(-delta.x() / m_scale, delta.y() / m_scale);
    update();
    emit viewChanged();
}

int MapView::cellAt(QPointF widgetPos) const
{
    if (!m_prep)
        return -1;
    const QPointF m = transform(size()).inverted().map(widgetPos);
    return m_prep->index.indexAt(grid::Point(m.x(), m.y()));
}

int MapView::incidentAt(QPointF widgetPos) const
{
    if (!m_prep || !m_layers.incidents)
        return -1;
    const QTransform t = transform(size());
    const QRectF view(QPointF(0, 0), QSizeF(size()));
    int visible = 0, best = -1;
    double bestDistance = 8.0;
    for (std::size_t i = 0; i < m_prep->incidents.size(); ++i) {
        const QPointF p = t.map(m_prep->incidents[i]);
        if (!view.contains(p))
            continue;
        ++visible;
        const double dd = QLineF(p, widgetPos).length();
        if (dd <= bestDistance) {
            bestDistance = dd;
            best = int(i);
        }
    }
    return visible <= kMaxSingleMarkers ? best : -1;
}

QColor MapView::incidentColour(const data::MapIncident &incident)
{
    switch (incidentRank(incident)) {
    case 3:
        return QColor(0xd7, 0x19, 0x1c); // urgent and open
    case 2:
        return QColor(0xf0, 0x8a, 0x24); // waiting for dispatch
    case 1:
        return QColor(0x2c, 0x7b, 0xb6); // being handled
    default:
        return QColor(0x7f, 0x9f, 0x7f); // closed or cancelled
    }
}

std::vector<std::pair<QString, QColor>> MapView::legend() const
{
    std::vector<std::pair<QString, QColor>> out;
    if (m_colouring == Colouring::Coverage && !m_values.empty()) {
        for (const Bucket &b : kCoverage)
            out.emplace_back(tr(b.label), b.colour);
    } else if (m_colouring == Colouring::Density && !m_values.empty()) {
        for (const Bucket &b : kDensity)
            out.emplace_back(tr(b.label), b.colour.alpha() ? b.colour : kLand);
    } else if (m_colouring == Colouring::Sectors) {
        out.emplace_back(tr("patrol sector (colour per sector)"), kPalette[0]);
    }
    if (m_layers.incidents && m_data && !m_data->incidents.empty()) {
        data::MapIncident i;
        i.urgency = QStringLiteral("urgent");
        out.emplace_back(tr("urgent incident"), incidentColour(i));
        i.urgency = QStringLiteral("normal");
        i.status = QStringLiteral("filed");
        out.emplace_back(tr("incident waiting for dispatch"), incidentColour(i));
        i.status = QStringLiteral("dispatched");
        out.emplace_back(tr("incident being handled"), incidentColour(i));
        i.open = false;
        out.emplace_back(tr("incident closed"), incidentColour(i));
    }
    if (m_layers.teams && !m_teams.empty())
        out.emplace_back(tr("team on duty"), QColor(0x1f, 0x3a, 0x93));
    return out;
}

void MapView::render(QPainter &painter, QSize size) const
{
    paintMap(painter, size);
}

void MapView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    paintMap(p, size());
}

void MapView::paintMap(QPainter &p, QSize size) const
{
    if (!m_prep) {
        p.fillRect(QRect(QPoint(0, 0), size), QColor(0xdd, 0xe6, 0xee));
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRect(QPoint(0, 0), size), Qt::AlignCenter, tr("No grid layer to show."));
        return;
    }
    // Everything but the selection and the overlay comes from a cached image of the map around the
    // view (a quarter of the view's size on every side) at the current scale: a pan within that margin
    // is one image blit; a zoom, a resize or new data renders the cache again.
    const QSize cacheSize(size.width() * 3 / 2, size.height() * 3 / 2);
    double dx = -(m_centre.x() - m_cacheCentre.x()) * m_scale;
    double dy = (m_centre.y() - m_cacheCentre.y()) * m_scale;
    const bool valid = !m_cache.isNull() && m_cacheScale == m_scale && m_cacheViewSize == size
        && m_cacheVersion == m_version && std::abs(dx) <= size.width() / 4.0 && std::abs(dy) <= size.height() / 4.0;
    if (!valid) {
        m_cache = QImage(cacheSize, QImage::Format_ARGB32_Premultiplied);
        QPainter cp(&m_cache);
        paintStatic(cp, cacheSize, m_centre);
        cp.end();
        m_cacheCentre = m_centre;
        m_cacheScale = m_scale;
        m_cacheViewSize = size;
        m_cacheVersion = m_version;
        dx = dy = 0;
    }
    p.drawImage(QPointF(std::round(dx - (cacheSize.width() - size.width()) / 2.0),
                        std::round(dy - (cacheSize.height() - size.height()) / 2.0)),
                m_cache);

    const QTransform t = transform(size);
    p.setRenderHint(QPainter::Antialiasing, true);
    if (m_selected >= 0) {
        QPen pen(QColor(0x10, 0x10, 0x10), 3.0);
        pen.setCosmetic(true);
        p.save();
        p.setTransform(t);
        p.setPen(pen);
        p.setBrush(QColor(255, 220, 0, 110));
        p.drawPolygon(m_prep->cells[std::size_t(m_selected)]);
        p.restore();
    }
    if (m_layers.incidents && m_highlightedIncident >= 0 && std::size_t(m_highlightedIncident) < m_prep->incidents.size()) {
        const QPointF c = t.map(m_prep->incidents[std::size_t(m_highlightedIncident)]);
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(QColor(0x10, 0x10, 0x10), 2.5));
        p.drawEllipse(c, 11, 11);
    }
    paintOverlay(p, size);
}

void MapView::paintStatic(QPainter &p, QSize size, QPointF centre) const
{
    p.fillRect(QRect(QPoint(0, 0), size), QColor(0xdd, 0xe6, 0xee)); // water/outside
    const QTransform t = transform(size, centre);
    const QRectF viewMetres = t.inverted().mapRect(QRectF(QPointF(0, 0), QSizeF(size)));
    p.save();
    p.setTransform(t);
    p.setPen(Qt::NoPen);
    p.setBrush(kLand);
    p.drawPath(m_prep->outline);
    const bool zoomedOut = m_scale < kCellBorders;
    p.setRenderHint(QPainter::Antialiasing, false); // fills of shared edges: no seams
    if (m_layers.cells) {
        for (const auto &[path, colour] : m_prep->fills) {
            p.setBrush(colour);
            p.drawPath(path);
        }
    }
    p.setBrush(Qt::NoBrush);
    if (m_layers.cells && !zoomedOut) {
        p.setPen(QPen(kCellLine, 0));
        p.drawPath(m_prep->cellBorders);
    }
    p.setRenderHint(QPainter::Antialiasing, true);
    if (m_layers.sectors) {
        p.setPen(QPen(kSectorLine, zoomedOut ? 1.0 : 1.6, Qt::SolidLine, Qt::FlatCap) );
        p.setPen([&] {
            QPen pen(kSectorLine, zoomedOut ? 1.0 : 1.6);
            pen.setCosmetic(true);
            return pen;
        }());
        p.drawPath(m_prep->sectorBorders);
    }
    if (m_layers.towns) {
        if (m_scale >= kCommunityLabels / 2) {
            // Solid and aliased: a dashed, antialiased stroke of 400 boundaries costs tens of ms a frame.
            QPen pen(kCommunityLine, 1.0);
            pen.setCosmetic(true);
            p.setRenderHint(QPainter::Antialiasing, false);
            p.setPen(pen);
            p.drawPath(m_prep->communityBorders);
            p.setRenderHint(QPainter::Antialiasing, true);
        }
        QPen pen(kTownLine, 1.6);
        pen.setCosmetic(true);
        p.setPen(pen);
        p.drawPath(m_prep->townBorders);
    }
    if (m_layers.outline) {
        QPen pen(QColor(0x3a, 0x2a, 0x1a), 2.4);
        pen.setCosmetic(true);
        p.setPen(pen);
        p.drawPath(m_prep->outline);
    }
    p.restore();

    // Labels, in pixels: cell codes, then communities, then towns on top.
    p.setRenderHint(QPainter::TextAntialiasing, true);
    const double cellPx = m_prep->cellWidth * m_scale;
    // Labels never overlap: one that would cover a label already drawn (more important ones are drawn
    // first) is left out at this zoom.
    std::vector<QRectF> taken;
    auto halo = [&p, &taken](QPointF centre, const QString &text, const QFont &font, const QColor &colour) {
        const QFontMetricsF fm(font);
        const QRectF r(centre.x() - fm.horizontalAdvance(text) / 2 - 3, centre.y() - fm.height() / 2,
                       fm.horizontalAdvance(text) + 6, fm.height());
        for (const QRectF &other : taken) {
            if (other.intersects(r))
                return;
        }
        taken.push_back(r);
        p.setFont(font);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(255, 255, 255, 170));
        p.drawRoundedRect(r, 3, 3);
        p.setPen(colour);
        p.drawText(r, Qt::AlignCenter, text);
    };
    if (m_layers.cells && cellPx >= kCellCodesPx) {
        QFont font = this->font();
        font.setPointSizeF(std::max(7.0, font.pointSizeF() - 1.5));
        p.setFont(font);
        p.setPen(QColor(0x55, 0x55, 0x55));
        const grid::Box box(grid::Point(viewMetres.left(), viewMetres.top()),
                            grid::Point(viewMetres.right(), viewMetres.bottom()));
        for (int i : m_prep->index.cellsIn(box)) {
            const QRectF r = t.mapRect(m_prep->cells[std::size_t(i)].boundingRect());
            p.drawText(r.adjusted(2, 2, -2, -2), Qt::AlignLeft | Qt::AlignTop, m_data->cells[std::size_t(i)].code);
        }
    }
    if (m_layers.towns) {
        QFont font = this->font();
        font.setBold(true);
        font.setPointSizeF(font.pointSizeF() + (m_scale >= kCommunityLabels ? 3 : 1));
        for (const auto &[pos, name] : m_prep->townLabels) {
            if (viewMetres.contains(pos))
                halo(t.map(pos) - QPointF(0, m_scale >= kCommunityLabels ? 22 : 0), name, font, QColor(0x20, 0x20, 0x20));
        }
    }
    if (m_layers.towns && m_scale >= kCommunityLabels) {
        QFont font = this->font();
        for (const auto &[pos, name] : m_prep->communityLabels) {
            if (viewMetres.contains(pos))
                halo(t.map(pos) + QPointF(0, cellPx >= kCellCodesPx ? cellPx / 4 : 0), name, font, QColor(0x4a, 0x3a, 0x2a));
        }
    }
    if (m_layers.incidents)
        paintIncidents(p, t, size);
    if (m_layers.teams && !m_teams.empty()) {
        QFont font = this->font();
        font.setPointSizeF(font.pointSizeF() - 1);
        for (const Team &team : m_teams) {
            const grid::Point m = m_prep->projection.toMetres(team.lonLat);
            const QPointF w = t.map(QPointF(m.x(), m.y()));
            if (!QRectF(QPointF(0, 0), QSizeF(size)).contains(w))
                continue;
            QPolygonF tri { w + QPointF(0, -8), w + QPointF(7, 5), w + QPointF(-7, 5) };
            p.setPen(QPen(Qt::white, 1.5));
            p.setBrush(QColor(0x1f, 0x3a, 0x93));
            p.drawPolygon(tri);
            if (m_scale >= kCommunityLabels)
                halo(w + QPointF(0, 16), team.label, font, QColor(0x1f, 0x3a, 0x93));
        }
    }
}

void MapView::paintIncidents(QPainter &p, const QTransform &t, QSize size) const
{
    const auto &points = m_prep->incidents;
    if (points.empty())
        return;
    // Count what is visible first: few → single markers, many → clusters in screen bins.
    const double w = size.width(), h = size.height();
    const int cols = int(std::ceil(w / kClusterBinPx)), rows = int(std::ceil(h / kClusterBinPx));
    std::vector<int> binCount(std::size_t(cols * rows), 0);
    std::vector<int> binRank(std::size_t(cols * rows), -1);
    std::vector<QPointF> binSum(std::size_t(cols * rows));
    std::vector<int> single;
    int visible = 0;
    // The affine map written out: QTransform::map per point is the costliest part for 100,000 points.
    const double m11 = t.m11(), m22 = t.m22(), dx = t.dx(), dy = t.dy();
    for (std::size_t i = 0; i < points.size(); ++i) {
        const double x = points[i].x() * m11 + dx, y = points[i].y() * m22 + dy;
        if (x < 0 || y < 0 || x >= w || y >= h)
            continue;
        ++visible;
        const std::size_t b = std::size_t(int(y) / kClusterBinPx * cols + int(x) / kClusterBinPx);
        ++binCount[b];
        binSum[b] += QPointF(x, y);
        binRank[b] = std::max(binRank[b], m_prep->incidentRanks[i]);
        if (visible <= kMaxSingleMarkers)
            single.push_back(int(i));
    }
    p.setRenderHint(QPainter::Antialiasing, true);
    if (visible <= kMaxSingleMarkers) {
        p.setPen(QPen(Qt::white, 1.2));
        for (int i : single) {
            const QPointF c = t.map(points[std::size_t(i)]);
            p.setBrush(m_prep->incidentColours[std::size_t(i)]);
            const double r = m_prep->incidentRanks[std::size_t(i)] == 0 ? 3.5 : 5.5;
            p.drawEllipse(c, r, r);
        }
    } else {
        QFont font = this->font();
        font.setPointSizeF(std::max(7.0, font.pointSizeF() - 2));
        font.setBold(true);
        p.setFont(font);
        static const QColor rankColour[4] = { QColor(0x7f, 0x9f, 0x7f), QColor(0x2c, 0x7b, 0xb6),
                                              QColor(0xf0, 0x8a, 0x24), QColor(0xd7, 0x19, 0x1c) };
        for (std::size_t b = 0; b < binCount.size(); ++b) {
            const int n = binCount[b];
            if (n == 0)
                continue;
            // A cluster's look depends only on its rank and count: each is drawn once into a sprite and
            // then blitted (antialiased circles and texts for ~1,800 clusters cost ~50 ms a re-render).
            const int rank = std::max(0, binRank[b]);
            const int shown = n >= 1000 ? 1000 * (n / 1000) : n;
            const quint64 key = (quint64(rank) << 32) | quint64(shown);
            auto it = m_clusterSprites.find(key);
            if (it == m_clusterSprites.end()) {
                const double r = n == 1 ? 5.0 : std::min(18.0, 7.0 + 2.2 * std::log2(double(shown)));
                const int side = int(std::ceil(2 * r + 4));
                QImage sprite(side, side, QImage::Format_ARGB32_Premultiplied);
                sprite.fill(Qt::transparent);
                QPainter sp(&sprite);
                sp.setRenderHint(QPainter::Antialiasing, true);
                QColor fill = rankColour[rank];
                fill.setAlpha(215);
                sp.setPen(QPen(Qt::white, 1.2));
                sp.setBrush(fill);
                const QPointF mid(side / 2.0, side / 2.0);
                sp.drawEllipse(mid, r, r);
                if (n > 1) {
                    sp.setFont(font);
                    sp.setPen(Qt::white);
                    sp.drawText(QRectF(0, 0, side, side), Qt::AlignCenter,
                                n >= 1000 ? QStringLiteral("%1k").arg(n / 1000) : QString::number(n));
                }
                sp.end();
                it = m_clusterSprites.insert(key, sprite);
            }
            const QPointF c = binSum[b] / double(n);
            p.drawImage(QPointF(std::round(c.x() - it->width() / 2.0), std::round(c.y() - it->height() / 2.0)), *it);
        }
    }
}

void MapView::paintOverlay(QPainter &p, QSize size) const
{
    p.setRenderHint(QPainter::Antialiasing, true);
    // Scale bar: a round length of about 120 px.
    const double target = 120.0 / m_scale;
    const double magnitude = std::pow(10.0, std::floor(std::log10(target)));
    double length = magnitude;
    for (double step : { 1.0, 2.0, 5.0, 10.0 }) {
        if (step * magnitude <= target)
            length = step * magnitude;
    }
    const double px = length * m_scale;
    const QPointF origin(16, size.height() - 20);
    p.setPen(QPen(QColor(0x20, 0x20, 0x20), 2));
    p.drawLine(origin, origin + QPointF(px, 0));
    p.drawLine(origin, origin + QPointF(0, -6));
    p.drawLine(origin + QPointF(px, 0), origin + QPointF(px, -6));
    QFont font = this->font();
    p.setFont(font);
    const QString text = length >= 1000 ? tr("%1 km").arg(length / 1000) : tr("%1 m").arg(length);
    p.drawText(QRectF(origin.x(), origin.y() - 22, px + 40, 16), Qt::AlignLeft | Qt::AlignBottom, text);

    // Legend.
    const auto entries = legend();
    if (!entries.empty()) {
        const QFontMetricsF fm(font);
        double wMax = 0;
        for (const auto &e : entries)
            wMax = std::max(wMax, fm.horizontalAdvance(e.first));
        const double lh = fm.height() + 3;
        const QRectF box(size.width() - wMax - 46, size.height() - lh * double(entries.size()) - 18, wMax + 34,
                         lh * double(entries.size()) + 10);
        p.setPen(QColor(0xa0, 0xa0, 0xa0));
        p.setBrush(QColor(255, 255, 255, 225));
        p.drawRoundedRect(box, 4, 4);
        double y = box.top() + 5;
        for (const auto &[label, colour] : entries) {
            p.setPen(QColor(0x80, 0x80, 0x80));
            p.setBrush(colour);
            p.drawRect(QRectF(box.left() + 8, y + 3, 14, lh - 8));
            p.setPen(QColor(0x20, 0x20, 0x20));
            p.drawText(QRectF(box.left() + 28, y, wMax + 4, lh), Qt::AlignVCenter | Qt::AlignLeft, label);
            y += lh;
        }
    }
    if (m_data && m_data->layer.schematic) {
        const QString note = tr("示意 schematic geometry — not official boundaries");
        const QRectF r(8, 6, QFontMetricsF(font).horizontalAdvance(note) + 12, QFontMetricsF(font).height() + 4);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(255, 255, 255, 215));
        p.drawRoundedRect(r, 3, 3);
        p.setPen(QColor(0x80, 0x30, 0x30));
        p.drawText(r, Qt::AlignCenter, note);
    }
}

void MapView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_fitted) // still showing the whole district: keep showing all of it
        zoomToFit();
}

void MapView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_pressPos = m_lastPos = event->position().toPoint();
        m_dragging = false;
    }
}

void MapView::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton))
        return;
    const QPoint pos = event->position().toPoint();
    if (!m_dragging && (pos - m_pressPos).manhattanLength() > 4)
        m_dragging = true;
    if (m_dragging) {
        panByPixels(pos - m_lastPos);
        m_lastPos = pos;
        setCursor(Qt::ClosedHandCursor);
    }
}

void MapView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    unsetCursor();
    if (m_dragging) {
        m_dragging = false;
        return;
    }
    const QPointF pos = event->position();
    if (const int incident = incidentAt(pos); incident >= 0) {
        emit incidentClicked(incident);
        return;
    }
    const int cell = cellAt(pos);
    if (cell >= 0) {
        m_selected = cell;
        update();
        emit cellClicked(cell);
    }
}

void MapView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    zoomBy(std::pow(1.25, steps), event->position());
    event->accept();
}

void MapView::keyPressEvent(QKeyEvent *event)
{
    const QPointF centre(width() / 2.0, height() / 2.0);
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1.5, centre);
        break;
    case Qt::Key_Minus:
        zoomBy(1 / 1.5, centre);
        break;
    case Qt::Key_Left:
        panByPixels(QPointF(width() / 8.0, 0));
        break;
    case Qt::Key_Right:
        panByPixels(QPointF(-width() / 8.0, 0));
        break;
    case Qt::Key_Up:
        panByPixels(QPointF(0, height() / 8.0));
        break;
    case Qt::Key_Down:
        panByPixels(QPointF(0, -height() / 8.0));
        break;
    case Qt::Key_0:
    case Qt::Key_Home:
        zoomToFit();
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

bool MapView::event(QEvent *event)
{
    if (event->type() == QEvent::Gesture)
        return gesture(static_cast<QGestureEvent *>(event));
    return QWidget::event(event);
}

bool MapView::gesture(QGestureEvent *event)
{
    if (auto *pinch = static_cast<QPinchGesture *>(event->gesture(Qt::PinchGesture))) {
        if (pinch->changeFlags() & QPinchGesture::ScaleFactorChanged)
            zoomBy(pinch->scaleFactor(), mapFromGlobal(pinch->centerPoint()));
        event->accept(pinch);
        return true;
    }
    return false;
}

} // namespace dd::ui
