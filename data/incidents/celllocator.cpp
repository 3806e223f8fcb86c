// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/incidents/celllocator.h"

#include "data/database.h"
#include "grid/cellindex.h"
#include "grid/geometry.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <cmath>

namespace dd::data {

struct CellLocator::Data
{
    QString crs;
    std::vector<LocatedCell> cells;
    QHash<QString, int> byId;
    grid::CellIndex index;
    struct Place
    {
        QString name; // as matched in addresses
        QString id;
        QString townId; // communities: their town
        double lon = 0, lat = 0;
        int cell = -1; // nearest cell to the middle
    };
    std::vector<Place> communities; // longest names first
    std::vector<Place> towns;
};

CellLocator::CellLocator()
    : d(std::make_shared<Data>())
{
}

namespace {

QString coreCommunityName(QString name)
{
    for (const char *suffix : { "居民委员会", "村民委员会", "社区居委会", "居委会", "村委会" }) {
        const QString s = QString::fromUtf8(suffix);
        if (name.endsWith(s)) {
            name.chop(s.size());
            break;
        }
    }
    return name;
}

} // namespace

Result<CellLocator> CellLocator::load(const Database &db)
{
    auto data = std::make_shared<Data>();
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT crs FROM grid_layers ORDER BY name LIMIT 1")))
        return failure(QStringLiteral("grid_layers: %1").arg(q.lastError().text()));
    if (q.next())
        data->crs = q.value(0).toString();
    // The active layer only: after an official import the older layers stay (history points at their
    // cells) but overlap the new one, and a point must find the cell of the grid in force.
    if (!q.exec(QStringLiteral("SELECT id, code, town_id, COALESCE(community_id, ''), COALESCE(squad_id, ''), "
                               "geometry, centroid_x, centroid_y FROM grid_cells "
                               "WHERE layer_id IN (SELECT id FROM grid_layers WHERE active = 1) "
                               "OR NOT EXISTS (SELECT 1 FROM grid_layers WHERE active = 1) ORDER BY layer_id, code")))
        return failure(QStringLiteral("grid_cells: %1").arg(q.lastError().text()));
    std::vector<QString> codes;
    std::vector<grid::Polygon> shapes;
    while (q.next()) {
        LocatedCell c;
        c.id = q.value(0).toString();
        c.code = q.value(1).toString();
        c.townId = q.value(2).toString();
        c.communityId = q.value(3).toString();
        c.squadId = q.value(4).toString();
        c.lon = q.value(6).toDouble();
        c.lat = q.value(7).toDouble();
        grid::MultiPolygon shape;
        QString error;
        if (!grid::fromGeoJsonGeometry(q.value(5).toByteArray(), &shape, &error) || shape.empty())
            return failure(QStringLiteral("grid_cells %1: geometry: %2").arg(c.code, error));
        data->byId.insert(c.id, int(data->cells.size()));
        codes.push_back(c.code);
        shapes.push_back(shape.front());
        data->cells.push_back(std::move(c));
    }
    data->index = grid::CellIndex(std::move(codes), std::move(shapes));

    // Places named in addresses: the middle of their cells, and the cell nearest to it.
    auto places = [&](const QString &sql, bool community, std::vector<Data::Place> *out) -> Status {
        if (!q.exec(sql))
            return failure(QStringLiteral("%1: %2").arg(community ? QStringLiteral("communities") : QStringLiteral("towns"),
                                                         q.lastError().text()));
        QHash<QString, Data::Place> byId;
        while (q.next()) {
            Data::Place p;
            p.id = q.value(0).toString();
            p.name = community ? coreCommunityName(q.value(1).toString()) : q.value(1).toString();
            p.townId = q.value(2).toString();
            if (p.name.size() >= 2)
                byId.insert(p.id, p);
        }
        QHash<QString, std::pair<double, double>> sums;
        QHash<QString, int> counts;
        for (const LocatedCell &c : data->cells) {
            const QString &key = community ? c.communityId : c.townId;
            auto &s = sums[key];
            s.first += c.lon;
            s.second += c.lat;
            ++counts[key];
        }
        for (auto it = byId.begin(); it != byId.end(); ++it) {
            const int n = counts.value(it.key());
            if (n == 0)
                continue;
            it->lon = sums[it.key()].first / n;
            it->lat = sums[it.key()].second / n;
            double best = 1e300;
            for (size_t i = 0; i < data->cells.size(); ++i) {
                const LocatedCell &c = data->cells[i];
                if ((community ? c.communityId : c.townId) != it.key())
                    continue;
                const double dd = metres(c.lon, c.lat, it->lon, it->lat);
                if (dd < best) {
                    best = dd;
                    it->cell = int(i);
                }
            }
            out->push_back(*it);
        }
        std::sort(out->begin(), out->end(), [](const Data::Place &a, const Data::Place &b) {
            return a.name.size() != b.name.size() ? a.name.size() > b.name.size() : a.name < b.name;
        });
        return success();
    };
    Status s = places(QStringLiteral("SELECT id, name, town_id FROM communities"), true, &data->communities);
    if (!s)
        return failure(s.errorMessage());
    s = places(QStringLiteral("SELECT id, name, id FROM towns"), false, &data->towns);
    if (!s)
        return failure(s.errorMessage());
    CellLocator locator;
    locator.d = std::move(data);
    return locator;
}

bool CellLocator::isEmpty() const
{
    return d->cells.empty();
}

QString CellLocator::crs() const
{
    return d->crs;
}

const LocatedCell *CellLocator::at(double lon, double lat) const
{
    const int i = d->index.indexAt(grid::Point(lon, lat));
    return i < 0 ? nullptr : &d->cells[size_t(i)];
}

const LocatedCell *CellLocator::byId(const QString &cellId) const
{
    const auto it = d->byId.constFind(cellId);
    return it == d->byId.constEnd() ? nullptr : &d->cells[size_t(*it)];
}

const std::vector<LocatedCell> &CellLocator::cells() const
{
    return d->cells;
}

std::optional<AddressMatch> CellLocator::matchAddress(const QString &address, const QString &townHint) const
{
    // The town first, so that a community name that is also part of a road name in another town
    // ("曹安" in 曹安公路) does not move the incident there.
    const Data::Place *town = nullptr;
    for (const Data::Place &p : d->towns)
        if (p.cell >= 0 && address.contains(p.name))
            town = town ? town : &p;
    if (!town && !townHint.isEmpty())
        for (const Data::Place &p : d->towns)
            if (p.cell >= 0 && p.name == townHint)
                town = &p;
    for (const Data::Place &p : d->communities)
        if (p.cell >= 0 && (!town || p.townId == town->id) && address.contains(p.name))
            return AddressMatch { p.name, true, &d->cells[size_t(p.cell)] };
    if (town)
        return AddressMatch { town->name, false, &d->cells[size_t(town->cell)] };
    return std::nullopt;
}

double CellLocator::metres(double lon1, double lat1, double lon2, double lat2)
{
    constexpr double kMetresPerDegree = 111320.0;
    const double dx = (lon2 - lon1) * kMetresPerDegree * std::cos((lat1 + lat2) * 0.5 * M_PI / 180.0);
    const double dy = (lat2 - lat1) * kMetresPerDegree;
    return std::sqrt(dx * dx + dy * dy);
}

} // namespace dd::data
