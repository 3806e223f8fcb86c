// SPDX-License-Identifier: GPL-3.0-or-later
#include "grid/schematicdistrict.h"

#include "grid/cellcode.h"
#include "grid/latticeunion.h"
#include "grid/logging.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <algorithm>
#include <boost/geometry/algorithms/within.hpp>
#include <cmath>
#include <limits>
#include <numbers>
#include <queue>

namespace bg = boost::geometry;

namespace dd::grid {

namespace {

// SplitMix64: tiny and, unlike the standard distributions, gives the same numbers with every
// standard library, so a seed means the same district everywhere.
class Random
{
public:
    explicit Random(std::uint64_t seed)
        : m_state(seed)
    {
    }
    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    // Uniform in [0, 1).
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    std::size_t below(std::size_t n) { return static_cast<std::size_t>(uniform() * static_cast<double>(n)); }

private:
    std::uint64_t m_state;
};

// The lattice of candidate cells over the outline's bounding box, in metres of the projection.
// Cell (column, row) covers [column·s, (column+1)·s] × [row·s, (row+1)·s]; rows grow northwards.
struct Lattice
{
    double size = 250.0;
    int column0 = 0;
    int row0 = 0;
    int columns = 0;
    int rows = 0;

    int count() const { return columns * rows; }
    int index(int column, int row) const { return (row - row0) * columns + (column - column0); }
    int column(int index) const { return column0 + index % columns; }
    int row(int index) const { return row0 + index / columns; }
    bool contains(int column, int row) const
    {
        return column >= column0 && column < column0 + columns && row >= row0 && row < row0 + rows;
    }
    Point centre(int index) const { return Point((column(index) + 0.5) * size, (row(index) + 0.5) * size); }
};

struct Seed
{
    int cell = -1; // lattice index
    int label = -1;
    double weight = 1.0;
    Point position; // metres
};

// Smooth value noise in [-1, 1]: random values on a coarse square grid (spacing in metres),
// interpolated with smoothstep. Gives borders and outlines a hand-drawn wobble.
class ValueNoise
{
public:
    ValueNoise(double spacing, double minX, double minY, double maxX, double maxY, Random &random)
        : m_spacing(spacing)
        , m_minX(minX)
        , m_minY(minY)
    {
        m_columns = static_cast<int>(std::ceil((maxX - minX) / spacing)) + 2;
        m_rows = static_cast<int>(std::ceil((maxY - minY) / spacing)) + 2;
        m_values.resize(static_cast<std::size_t>(m_columns) * static_cast<std::size_t>(m_rows));
        for (double &v : m_values)
            v = 2.0 * random.uniform() - 1.0;
    }
    double at(const Point &p) const
    {
        const double gx = std::clamp((p.x() - m_minX) / m_spacing, 0.0, m_columns - 1.000001);
        const double gy = std::clamp((p.y() - m_minY) / m_spacing, 0.0, m_rows - 1.000001);
        const int ix = static_cast<int>(gx);
        const int iy = static_cast<int>(gy);
        auto smooth = [](double t) { return t * t * (3.0 - 2.0 * t); };
        const double fx = smooth(gx - ix);
        const double fy = smooth(gy - iy);
        auto value = [&](int x, int y) { return m_values[static_cast<std::size_t>(y * m_columns + x)]; };
        const double bottom = value(ix, iy) + fx * (value(ix + 1, iy) - value(ix, iy));
        const double top = value(ix, iy + 1) + fx * (value(ix + 1, iy + 1) - value(ix, iy + 1));
        return bottom + fy * (top - bottom);
    }

private:
    double m_spacing;
    double m_minX;
    double m_minY;
    int m_columns = 0;
    int m_rows = 0;
    std::vector<double> m_values;
};

// Seeded region growing: every allowed cell goes to the seed with the smallest weighted distance
// (from the seed to the cell's warped position) among those that can reach it through
// edge-adjacent cells. Unlike a plain (discrete) Voronoi, each region is 4-connected by
// construction: a cell is only ever claimed from a neighbour of the same region, so the warp
// bends borders but cannot tear a region apart. Cells no seed reaches keep -1.
std::vector<int> growRegions(const Lattice &lattice, const std::vector<char> &allowed, const std::vector<Seed> &seeds,
                             const std::vector<Point> &warped)
{
    struct Item
    {
        double key;
        int label;
        int cell;
        bool operator>(const Item &o) const
        {
            if (key != o.key)
                return key > o.key;
            if (label != o.label)
                return label > o.label;
            return cell > o.cell;
        }
    };
    std::vector<int> labels(static_cast<std::size_t>(lattice.count()), -1);
    std::priority_queue<Item, std::vector<Item>, std::greater<>> queue;
    for (const Seed &seed : seeds)
        queue.push({ 0.0, seed.label, seed.cell });
    while (!queue.empty()) {
        const Item item = queue.top();
        queue.pop();
        if (labels[static_cast<std::size_t>(item.cell)] != -1)
            continue;
        labels[static_cast<std::size_t>(item.cell)] = item.label;
        const Seed &seed = seeds[static_cast<std::size_t>(item.label)];
        const int c = lattice.column(item.cell);
        const int r = lattice.row(item.cell);
        const int neighbours[4][2] = { { c - 1, r }, { c + 1, r }, { c, r - 1 }, { c, r + 1 } };
        for (const auto &n : neighbours) {
            if (!lattice.contains(n[0], n[1]))
                continue;
            const int index = lattice.index(n[0], n[1]);
            if (!allowed[static_cast<std::size_t>(index)] || labels[static_cast<std::size_t>(index)] != -1)
                continue;
            const Point &p = warped[static_cast<std::size_t>(index)];
            const double d = std::hypot(p.x() - seed.position.x(), p.y() - seed.position.y());
            queue.push({ d * seed.weight, item.label, index });
        }
    }
    return labels;
}

// The share of the district a town should get: in proportion to its communities (villages are
// of similar size), except that streets (街道, statistical town codes 0xx) are dense urban areas
// whose committees cover a fraction of a village's land.
double townShare(const QString &townCode, std::size_t communities)
{
    const bool street = townCode.at(6) == QLatin1Char('0');
    return static_cast<double>(communities) * (street ? 0.3 : 1.0);
}

// Residents' committees (居委会, community codes 0xx/1xx) are urban; villagers' committees
// (村委会, 2xx) lie farther from the town's seat.
bool isResidential(const QString &communityCode)
{
    const QChar kind = communityCode.at(9);
    return kind == QLatin1Char('0') || kind == QLatin1Char('1');
}

// The seats' convex hull (counter-clockwise; fewer than 3 points when the seats are collinear).
std::vector<Point> convexHull(std::vector<Point> points)
{
    std::sort(points.begin(), points.end(),
              [](const Point &a, const Point &b) { return a.x() != b.x() ? a.x() < b.x() : a.y() < b.y(); });
    auto cross = [](const Point &o, const Point &a, const Point &b) {
        return (a.x() - o.x()) * (b.y() - o.y()) - (a.y() - o.y()) * (b.x() - o.x());
    };
    if (points.size() < 3)
        return points;
    std::vector<Point> hull(2 * points.size());
    std::size_t k = 0;
    for (std::size_t i = 0; i < points.size(); ++i) {
        while (k >= 2 && cross(hull[k - 2], hull[k - 1], points[i]) <= 0)
            --k;
        hull[k++] = points[i];
    }
    for (std::size_t i = points.size() - 1, t = k + 1; i > 0; --i) {
        while (k >= t && cross(hull[k - 2], hull[k - 1], points[i - 1]) <= 0)
            --k;
        hull[k++] = points[i - 1];
    }
    hull.resize(k - 1);
    return hull;
}

// Distance from p to the convex polygon (0 inside); works for 1- and 2-point "hulls" too.
double distanceToHull(const Point &p, const std::vector<Point> &hull)
{
    const std::size_t n = hull.size();
    bool inside = n >= 3;
    double best = std::numeric_limits<double>::max();
    for (std::size_t i = 0; i < n; ++i) {
        const Point &a = hull[i];
        const Point &b = hull[(i + 1) % n];
        const double ex = b.x() - a.x();
        const double ey = b.y() - a.y();
        if (ex * (p.y() - a.y()) - ey * (p.x() - a.x()) < 0)
            inside = false;
        const double length2 = ex * ex + ey * ey;
        double t = length2 > 0 ? ((p.x() - a.x()) * ex + (p.y() - a.y()) * ey) / length2 : 0.0;
        t = std::clamp(t, 0.0, 1.0);
        best = std::min(best, std::hypot(p.x() - a.x() - t * ex, p.y() - a.y() - t * ey));
    }
    return inside ? 0.0 : best;
}

// An irregular, smooth outline around the seats (metres, centred on their mean): along each ray
// from the centre, the point whose distance from the seats' convex hull is a wobbling margin.
// Every seat is thus at least the smallest margin (55% of the mean) inside the outline.
Polygon makeOutline(const std::vector<Point> &seats, double margin, Random &random)
{
    constexpr int harmonics = 6;
    double amplitude[harmonics];
    double phase[harmonics];
    double bulgeAmplitude[harmonics];
    double bulgePhase[harmonics];
    double total = 0.0;
    double bulgeTotal = 0.0;
    for (int k = 0; k < harmonics; ++k) {
        amplitude[k] = (0.5 + 0.5 * random.uniform()) / (k + 2);
        phase[k] = 2.0 * std::numbers::pi * random.uniform();
        total += amplitude[k];
        bulgeAmplitude[k] = (0.3 + 0.7 * random.uniform()) / (k + 3);
        bulgePhase[k] = 2.0 * std::numbers::pi * random.uniform();
        bulgeTotal += bulgeAmplitude[k];
    }
    const std::vector<Point> hull = convexHull(seats);
    double reach = 0.0;
    for (const Point &s : seats)
        reach = std::max(reach, std::hypot(s.x(), s.y()));

    constexpr int samples = 256;
    Polygon outline;
    for (int i = 0; i < samples; ++i) {
        // Decreasing angles: a clockwise ring.
        const double theta = -2.0 * std::numbers::pi * i / samples;
        const double ux = std::cos(theta);
        const double uy = std::sin(theta);
        double noise = 0.0;
        double bulge = 0.0;
        for (int k = 0; k < harmonics; ++k) {
            noise += amplitude[k] * std::sin((k + 2) * theta + phase[k]);
            bulge += bulgeAmplitude[k] * std::sin((k + 3) * theta + bulgePhase[k]);
        }
        // The wobble keeps every seat at least 55% of the margin inside; the bulges only push
        // outwards, by up to 15% of the seats' reach, so the outline is not merely a
        // rounded hull.
        const double wanted = margin * (1.0 + 0.45 * noise / total) + 0.15 * reach * std::max(0.0, bulge / bulgeTotal);
        // The distance to a convex set grows monotonically along a ray leaving it: bisect.
        double low = 0.0;
        double high = 1.3 * reach + 2.0 * margin;
        for (int step = 0; step < 60; ++step) {
            const double mid = 0.5 * (low + high);
            (distanceToHull(Point(mid * ux, mid * uy), hull) < wanted ? low : high) = mid;
        }
        outline.outer().push_back(Point(low * ux, low * uy));
    }
    outline.outer().push_back(outline.outer().front());
    return outline;
}

// k-means++ then Lloyd iterations over the town's cell centres, snapped to distinct cells: seats
// spread evenly over the town, so communities come out of similar size.
std::vector<int> placeCommunitySeats(const Lattice &lattice, const std::vector<int> &townCells, std::size_t k,
                                     Random &random)
{
    const std::size_t n = townCells.size();
    std::vector<Point> points;
    points.reserve(n);
    for (int cell : townCells)
        points.push_back(lattice.centre(cell));
    auto distance2 = [](const Point &a, const Point &b) {
        const double dx = a.x() - b.x();
        const double dy = a.y() - b.y();
        return dx * dx + dy * dy;
    };

    std::vector<Point> centres;
    centres.push_back(points[random.below(n)]);
    std::vector<double> nearest(n, std::numeric_limits<double>::max());
    while (centres.size() < k) {
        double sum = 0.0;
        for (std::size_t i = 0; i < n; ++i) {
            nearest[i] = std::min(nearest[i], distance2(points[i], centres.back()));
            sum += nearest[i];
        }
        double pick = random.uniform() * sum;
        std::size_t chosen = n - 1;
        for (std::size_t i = 0; i < n; ++i) {
            pick -= nearest[i];
            if (pick < 0.0) {
                chosen = i;
                break;
            }
        }
        centres.push_back(points[chosen]);
    }

    std::vector<std::size_t> assignment(n, 0);
    for (int iteration = 0; iteration < 10; ++iteration) {
        for (std::size_t i = 0; i < n; ++i) {
            double best = std::numeric_limits<double>::max();
            for (std::size_t c = 0; c < k; ++c) {
                const double d = distance2(points[i], centres[c]);
                if (d < best) {
                    best = d;
                    assignment[i] = c;
                }
            }
        }
        std::vector<double> sx(k, 0.0), sy(k, 0.0);
        std::vector<int> count(k, 0);
        for (std::size_t i = 0; i < n; ++i) {
            sx[assignment[i]] += points[i].x();
            sy[assignment[i]] += points[i].y();
            ++count[assignment[i]];
        }
        for (std::size_t c = 0; c < k; ++c) {
            if (count[c] > 0)
                centres[c] = Point(sx[c] / count[c], sy[c] / count[c]);
        }
    }

    std::vector<int> seats;
    std::vector<char> used(n, 0);
    for (const Point &centre : centres) {
        std::size_t best = n;
        double bestDistance = std::numeric_limits<double>::max();
        for (std::size_t i = 0; i < n; ++i) {
            const double d = distance2(points[i], centre);
            if (!used[i] && d < bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        used[best] = 1;
        seats.push_back(townCells[best]);
    }
    return seats;
}

SchematicDistrict failure(const QString &message)
{
    qCWarning(lcGrid).noquote() << "schematic district:" << message;
    SchematicDistrict result;
    result.errorMessage = message;
    return result;
}

} // namespace

SchematicDistrict generateSchematicDistrict(const SchematicInput &input)
{
    // --- Input checks: the codes end up in cell codes, so they must be consistent.
    if (input.districtCode.size() != 6 || !isAsciiDigits(input.districtCode))
        return failure(QCoreApplication::translate("dd::grid", "The district code \"%1\" is not 6 digits.")
                           .arg(input.districtCode));
    if (input.towns.empty())
        return failure(QCoreApplication::translate("dd::grid", "The district has no towns."));
    if (!(input.cellSizeMetres >= 10.0 && input.cellSizeMetres <= 10000.0))
        return failure(QCoreApplication::translate("dd::grid", "The cell size %1 m is outside 10 to 10,000 m.")
                           .arg(input.cellSizeMetres));
    if (!(input.outlineMarginMetres > 0.0 && input.outlineMarginMetres <= 100000.0))
        return failure(QCoreApplication::translate("dd::grid", "The outline margin %1 m is outside 0 to 100,000 m.")
                           .arg(input.outlineMarginMetres));

    QHash<QString, int> townIndex;
    for (const TownSeat &town : input.towns) {
        if (town.code.size() != 9 || !isAsciiDigits(town.code) || !town.code.startsWith(input.districtCode))
            return failure(QCoreApplication::translate(
                               "dd::grid", "The town code \"%1\" is not 9 digits starting with the district code %2.")
                               .arg(town.code, input.districtCode));
        if (townIndex.contains(town.code))
            return failure(QCoreApplication::translate("dd::grid", "The town code %1 appears twice.").arg(town.code));
        if (!std::isfinite(town.lonLat.x()) || !std::isfinite(town.lonLat.y()))
            return failure(QCoreApplication::translate("dd::grid", "The seat of town %1 has no valid coordinates.")
                               .arg(town.code));
        townIndex.insert(town.code, static_cast<int>(townIndex.size()));
    }
    std::vector<std::vector<int>> communitiesOfTown(input.towns.size());
    QSet<QString> communityCodes;
    for (std::size_t i = 0; i < input.communities.size(); ++i) {
        const CommunityInput &community = input.communities[i];
        const auto town = townIndex.constFind(community.townCode);
        if (town == townIndex.constEnd())
            return failure(QCoreApplication::translate("dd::grid", "Community %1 belongs to the unknown town %2.")
                               .arg(community.code, community.townCode));
        if (community.code.size() != 12 || !isAsciiDigits(community.code)
            || !community.code.startsWith(community.townCode))
            return failure(
                QCoreApplication::translate(
                    "dd::grid", "The community code \"%1\" is not 12 digits starting with its town's code %2.")
                    .arg(community.code, community.townCode));
        if (communityCodes.contains(community.code))
            return failure(
                QCoreApplication::translate("dd::grid", "The community code %1 appears twice.").arg(community.code));
        communityCodes.insert(community.code);
        communitiesOfTown[static_cast<std::size_t>(*town)].push_back(static_cast<int>(i));
    }
    for (std::size_t t = 0; t < input.towns.size(); ++t) {
        if (communitiesOfTown[t].empty())
            return failure(
                QCoreApplication::translate("dd::grid", "Town %1 has no community, so its cells could not be coded.")
                    .arg(input.towns[t].code));
    }

    // --- Outline around the seats, in metres of a projection centred on their mean.
    double meanLon = 0.0;
    double meanLat = 0.0;
    for (const TownSeat &town : input.towns) {
        meanLon += town.lonLat.x();
        meanLat += town.lonLat.y();
    }
    const double townCount = static_cast<double>(input.towns.size());
    const LocalProjection projection(Point(meanLon / townCount, meanLat / townCount));
    std::vector<Point> seats;
    for (const TownSeat &town : input.towns)
        seats.push_back(projection.toMetres(town.lonLat));

    Random random(0x5eed0000ULL ^ input.seed);
    const Polygon outline = makeOutline(seats, input.outlineMarginMetres, random);

    // --- Lattice over the outline: keep the squares whose centre lies inside.
    const double s = input.cellSizeMetres;
    double minX = 0.0, minY = 0.0, maxX = 0.0, maxY = 0.0;
    for (const Point &p : outline.outer()) {
        minX = std::min(minX, p.x());
        minY = std::min(minY, p.y());
        maxX = std::max(maxX, p.x());
        maxY = std::max(maxY, p.y());
    }
    Lattice lattice;
    lattice.size = s;
    lattice.column0 = static_cast<int>(std::floor(minX / s));
    lattice.row0 = static_cast<int>(std::floor(minY / s));
    lattice.columns = static_cast<int>(std::floor(maxX / s)) - lattice.column0 + 1;
    lattice.rows = static_cast<int>(std::floor(maxY / s)) - lattice.row0 + 1;
    if (static_cast<double>(lattice.columns) * lattice.rows > 20e6)
        return failure(QCoreApplication::translate(
            "dd::grid", "The district would need more than 20 million candidate cells; choose larger cells."));

    std::vector<char> inside(static_cast<std::size_t>(lattice.count()), 0);
    for (int i = 0; i < lattice.count(); ++i)
        inside[static_cast<std::size_t>(i)] = bg::within(lattice.centre(i), outline) ? 1 : 0;

    // --- Towns: grow from the seats' cells.
    std::vector<Seed> townSeeds;
    std::vector<int> seatCell(input.towns.size(), -1);
    for (std::size_t t = 0; t < input.towns.size(); ++t) {
        const int column = static_cast<int>(std::floor(seats[t].x() / s));
        const int row = static_cast<int>(std::floor(seats[t].y() / s));
        const int cell = lattice.contains(column, row) ? lattice.index(column, row) : -1;
        if (cell < 0 || !inside[static_cast<std::size_t>(cell)])
            return failure(QCoreApplication::translate("dd::grid", "The seat of town %1 falls outside the outline.")
                               .arg(input.towns[t].code));
        for (std::size_t u = 0; u < t; ++u) {
            if (seatCell[u] == cell)
                return failure(
                    QCoreApplication::translate(
                        "dd::grid", "The seats of towns %1 and %2 fall in the same cell; choose smaller cells.")
                        .arg(input.towns[u].code, input.towns[t].code));
        }
        seatCell[t] = cell;
        townSeeds.push_back({ cell, static_cast<int>(t), 1.0, seats[t] });
    }

    // Borders wobble like real ones (rivers, roads) instead of running as straight staircases:
    // distances are measured to positions displaced by smooth noise (domain warping), which
    // bends every bisector into a curve. Towns get a coarse warp, communities a fine one.
    const double extent = std::max(maxX - minX, maxY - minY);
    // The town warp fades out towards the seats, so that a seat stays inside its town's body.
    auto warpField = [&](double spacing, double amplitude, double fade) {
        const ValueNoise dx(spacing, minX, minY, maxX, maxY, random);
        const ValueNoise dy(spacing, minX, minY, maxX, maxY, random);
        std::vector<Point> warped(static_cast<std::size_t>(lattice.count()));
        for (int i = 0; i < lattice.count(); ++i) {
            const Point c = lattice.centre(i);
            double scale = amplitude;
            if (fade > 0.0) {
                double nearest = std::numeric_limits<double>::max();
                for (const Point &seat : seats)
                    nearest = std::min(nearest, std::hypot(c.x() - seat.x(), c.y() - seat.y()));
                const double t = std::min(1.0, nearest / fade);
                scale *= t * t * (3.0 - 2.0 * t);
            }
            warped[static_cast<std::size_t>(i)] = Point(c.x() + scale * dx.at(c), c.y() + scale * dy.at(c));
        }
        return warped;
    };
    const std::vector<Point> townWarp = warpField(extent / 8.0, 0.05 * extent, 0.1 * extent);
    const std::vector<Point> communityWarp = warpField(extent / 40.0, 0.012 * extent, 0.0);

    // Fit the weights so that each town's area approaches its share (see townShare): a few damped
    // multiplicative steps, clamped so that no town swallows its neighbours.
    int insideCount = 0;
    for (char c : inside)
        insideCount += c;
    std::vector<double> target(input.towns.size());
    double shares = 0.0;
    for (std::size_t t = 0; t < input.towns.size(); ++t) {
        target[t] = townShare(input.towns[t].code, communitiesOfTown[t].size());
        shares += target[t];
    }
    for (double &t : target)
        t *= insideCount / shares;
    std::vector<int> townOf;
    constexpr int fittingRounds = 8;
    for (int round = 0;; ++round) {
        townOf = growRegions(lattice, inside, townSeeds, townWarp);
        if (round == fittingRounds)
            break;
        std::vector<int> count(input.towns.size(), 0);
        for (int label : townOf) {
            if (label >= 0)
                ++count[static_cast<std::size_t>(label)];
        }
        for (std::size_t t = 0; t < input.towns.size(); ++t) {
            const double ratio = std::sqrt(std::max(1, count[t]) / target[t]);
            townSeeds[t].weight = std::clamp(townSeeds[t].weight * std::clamp(ratio, 0.8, 1.25), 0.35, 3.0);
        }
    }

    std::vector<std::vector<int>> townCells(input.towns.size());
    for (int i = 0; i < lattice.count(); ++i) {
        if (townOf[static_cast<std::size_t>(i)] >= 0)
            townCells[static_cast<std::size_t>(townOf[static_cast<std::size_t>(i)])].push_back(i);
    }

    // --- Communities: seats spread over each town, regions grown inside the town.
    std::vector<int> communityOf(static_cast<std::size_t>(lattice.count()), -1);
    for (std::size_t t = 0; t < input.towns.size(); ++t) {
        const std::vector<int> &members = communitiesOfTown[t];
        const std::vector<int> &cells = townCells[t];
        if (cells.size() < members.size())
            return failure(QCoreApplication::translate("dd::grid",
                                                       "Town %1 has %2 cells but %3 communities; choose smaller cells.")
                               .arg(input.towns[t].code)
                               .arg(cells.size())
                               .arg(members.size()));
        std::vector<int> seatsOfTown = placeCommunitySeats(lattice, cells, members.size(), random);
        // Urban committees take the seats nearest the town's seat, villages the outer ones.
        const Point townSeat = seats[t];
        std::stable_sort(seatsOfTown.begin(), seatsOfTown.end(), [&](int a, int b) {
            const Point pa = lattice.centre(a);
            const Point pb = lattice.centre(b);
            return std::hypot(pa.x() - townSeat.x(), pa.y() - townSeat.y())
                < std::hypot(pb.x() - townSeat.x(), pb.y() - townSeat.y());
        });
        std::vector<int> ordered = members;
        std::stable_sort(ordered.begin(), ordered.end(), [&](int a, int b) {
            return isResidential(input.communities[static_cast<std::size_t>(a)].code)
                && !isResidential(input.communities[static_cast<std::size_t>(b)].code);
        });
        std::vector<Seed> seeds;
        for (std::size_t j = 0; j < ordered.size(); ++j)
            seeds.push_back({ seatsOfTown[j], static_cast<int>(j), 1.0, lattice.centre(seatsOfTown[j]) });
        std::vector<char> allowed(static_cast<std::size_t>(lattice.count()), 0);
        for (int cell : cells)
            allowed[static_cast<std::size_t>(cell)] = 1;
        const std::vector<int> local = growRegions(lattice, allowed, seeds, communityWarp);
        for (int cell : cells)
            communityOf[static_cast<std::size_t>(cell)]
                = ordered[static_cast<std::size_t>(local[static_cast<std::size_t>(cell)])];
    }

    // --- Cells, numbered within each community from the north-west, row by row.
    std::vector<std::vector<int>> communityCells(input.communities.size());
    for (int i = 0; i < lattice.count(); ++i) {
        const int community = communityOf[static_cast<std::size_t>(i)];
        if (community >= 0)
            communityCells[static_cast<std::size_t>(community)].push_back(i);
    }
    auto toLonLat = [&](double column, double row) { return projection.toLonLat(Point(column * s, row * s)); };
    auto transform = [&](const MultiPolygon &lattice) {
        MultiPolygon result = lattice;
        for (Polygon &polygon : result) {
            for (Point &p : polygon.outer())
                p = toLonLat(p.x(), p.y());
            for (auto &inner : polygon.inners()) {
                for (Point &p : inner)
                    p = toLonLat(p.x(), p.y());
            }
        }
        return result;
    };
    auto shapeOf = [&](const std::vector<int> &cells) {
        std::vector<LatticeCell> latticeCells;
        latticeCells.reserve(cells.size());
        for (int cell : cells)
            latticeCells.push_back({ lattice.column(cell), lattice.row(cell) });
        return transform(latticeUnion(latticeCells));
    };

    SchematicDistrict district;
    for (std::size_t c = 0; c < input.communities.size(); ++c) {
        std::vector<int> &cells = communityCells[c];
        const CommunityInput &community = input.communities[c];
        if (cells.size() > 999)
            return failure(
                QCoreApplication::translate(
                    "dd::grid", "Community %1 would have %2 cells; serial numbers stop at 999. Choose larger cells.")
                    .arg(community.code)
                    .arg(cells.size()));
        std::sort(cells.begin(), cells.end(), [&](int a, int b) {
            const int ra = lattice.row(a);
            const int rb = lattice.row(b);
            return ra != rb ? ra > rb : lattice.column(a) < lattice.column(b);
        });
        for (std::size_t k = 0; k < cells.size(); ++k) {
            const int column = lattice.column(cells[k]);
            const int row = lattice.row(cells[k]);
            SchematicCell cell;
            cell.code = community.code + QString::number(k + 1).rightJustified(3, QLatin1Char('0'));
            cell.townCode = community.townCode;
            cell.communityCode = community.code;
            auto &ring = cell.shape.outer();
            ring.reserve(5);
            ring.push_back(toLonLat(column, row));
            ring.push_back(toLonLat(column, row + 1));
            ring.push_back(toLonLat(column + 1, row + 1));
            ring.push_back(toLonLat(column + 1, row));
            ring.push_back(ring.front());
            cell.centroid = toLonLat(column + 0.5, row + 0.5);
            district.cells.push_back(std::move(cell));
        }
        district.communities.push_back({ community.code, shapeOf(cells) });
    }
    std::sort(district.cells.begin(), district.cells.end(),
              [](const SchematicCell &a, const SchematicCell &b) { return a.code < b.code; });

    std::vector<int> allCells;
    for (std::size_t t = 0; t < input.towns.size(); ++t) {
        district.towns.push_back({ input.towns[t].code, shapeOf(townCells[t]) });
        allCells.insert(allCells.end(), townCells[t].begin(), townCells[t].end());
    }
    // The outline is the union of the cells, not the smooth curve they were cut from, so that
    // every point of the district lies in exactly one cell.
    district.outline = shapeOf(allCells);
    qCDebug(lcGrid) << "schematic district" << input.districtCode << district.cells.size() << "cells";
    return district;
}

} // namespace dd::grid
