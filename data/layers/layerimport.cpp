// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/layers/layerimport.h"

#include "data/auth/accesscontrol.h"
#include "data/auth/auditlog.h"
#include "data/auth/session.h"
#include "data/clock.h"
#include "data/database.h"
#include "data/incidents/celllocator.h"
#include "data/layers/layerrepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#include <boost/geometry/algorithms/centroid.hpp>
#include <boost/geometry/strategies/strategies.hpp>

namespace dd::data {

namespace {

class ImportTr
{
    Q_DECLARE_TR_FUNCTIONS(dd::data::LayerImporter)
};

Error sqlError(const QSqlQuery &q, const QString &what)
{
    return failure(ImportTr::tr("%1: %2").arg(what, q.lastError().text()));
}

struct Box
{
    double minX = 0, minY = 0, maxX = 0, maxY = 0;
};

Box boxOf(const grid::MultiPolygon &shape)
{
    Box b { 1e300, 1e300, -1e300, -1e300 };
    for (const grid::Polygon &p : shape) {
        for (const grid::Point &pt : p.outer()) {
            b.minX = std::min(b.minX, pt.x());
            b.minY = std::min(b.minY, pt.y());
            b.maxX = std::max(b.maxX, pt.x());
            b.maxY = std::max(b.maxY, pt.y());
        }
    }
    return b;
}

// The reference data a layer's codes must point at.
struct Reference
{
    QString districtId, districtCode;
    QHash<QString, QString> towns; // code → id
    QHash<QString, QString> communities; // code → id
    QHash<QString, QString> townSquads; // town id → squad id
};

Result<Reference> readReference(const Database &db)
{
    Reference r;
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT id, code FROM district ORDER BY code LIMIT 1")))
        return sqlError(q, QStringLiteral("district"));
    if (q.next()) {
        r.districtId = q.value(0).toString();
        r.districtCode = q.value(1).toString();
    }
    if (!q.exec(QStringLiteral("SELECT id, code FROM towns")))
        return sqlError(q, QStringLiteral("towns"));
    while (q.next())
        r.towns.insert(q.value(1).toString(), q.value(0).toString());
    if (!q.exec(QStringLiteral("SELECT id, code FROM communities")))
        return sqlError(q, QStringLiteral("communities"));
    while (q.next())
        r.communities.insert(q.value(1).toString(), q.value(0).toString());
    if (!q.exec(QStringLiteral("SELECT town_id, id FROM squads WHERE kind = 'town' ORDER BY code")))
        return sqlError(q, QStringLiteral("squads"));
    while (q.next()) {
        if (!r.townSquads.contains(q.value(0).toString()))
            r.townSquads.insert(q.value(0).toString(), q.value(1).toString());
    }
    return r;
}

// Faults only the store can see: codes of towns and communities it does not know.
void checkAgainstStore(grid::GeoJsonLayer &layer, const Reference &ref)
{
    std::vector<grid::LayerFeature> kept;
    kept.reserve(layer.features.size());
    for (grid::LayerFeature &f : layer.features) {
        QString reason;
        switch (f.level) {
        case grid::FeatureLevel::Cell:
            if (!ref.towns.contains(f.townCode()))
                reason = ImportTr::tr("the town %1 is not in the store's district").arg(f.townCode());
            else if (f.parent.size() == 12 && !ref.communities.contains(f.parent))
                reason = ImportTr::tr("the community %1 is not in the store").arg(f.parent);
            break;
        case grid::FeatureLevel::Town:
            if (!ref.towns.contains(f.code))
                reason = ImportTr::tr("the town %1 is not in the store's district").arg(f.code);
            break;
        case grid::FeatureLevel::Community:
            if (!ref.communities.contains(f.code))
                reason = ImportTr::tr("the community %1 is not in the store").arg(f.code);
            break;
        case grid::FeatureLevel::District:
            if (f.code != ref.districtCode)
                reason = ImportTr::tr("the district %1 is not the store's district %2").arg(f.code, ref.districtCode);
            break;
        }
        if (reason.isEmpty())
            kept.push_back(std::move(f));
        else
            layer.faults.push_back({ f.index, f.code, reason });
    }
    layer.features = std::move(kept);
    std::sort(layer.faults.begin(), layer.faults.end(),
              [](const grid::LayerFault &a, const grid::LayerFault &b) { return a.index < b.index; });
}

QString codeRuleRegex(std::vector<int> lengths)
{
    std::sort(lengths.begin(), lengths.end());
    QStringList parts;
    for (int n : lengths)
        parts << QStringLiteral("[0-9]{%1}").arg(n);
    return parts.size() == 1 ? QStringLiteral("^%1$").arg(parts.front()) : QStringLiteral("^(%1)$").arg(parts.join(u'|'));
}

QString defaultKind(const grid::LayerFeature &cell)
{
    if (cell.townCode().size() == 9 && cell.townCode().at(6) == QLatin1Char('0'))
        return QStringLiteral("urban");
    if (cell.parent.size() == 12 && cell.parent.at(9) == QLatin1Char('2'))
        return QStringLiteral("rural");
    return QStringLiteral("suburban");
}

// A cell written by this import, with its centroid.
struct NewCell
{
    QString id;
    grid::Point centre;
};

// Moves the posts onto the imported layer (inside the import's transaction; the new layer is already
// active): each new cell joins the posts of the previous grid's cell that holds its centroid, then
// every post cell not on the new layer is deleted (captured for sync like any delete).
Status carryPosts(Database &db, LayerImportReport &report, const CellLocator &previous,
                  const std::vector<NewCell> &cells, const QString &now, const QString &console)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    QHash<QString, QStringList> postsOfCell; // previous cell id → post ids
    QSet<QString> postsBefore;
    if (!q.exec(QStringLiteral("SELECT post_id, cell_id FROM post_cells ORDER BY post_id")))
        return sqlError(q, QStringLiteral("post_cells"));
    while (q.next()) {
        postsOfCell[q.value(1).toString()] << q.value(0).toString();
        postsBefore.insert(q.value(0).toString());
    }
    QSet<QString> patrolSectors;
    if (!q.exec(QStringLiteral("SELECT id FROM posts WHERE kind = 'patrol_sector' AND active = 1")))
        return sqlError(q, QStringLiteral("posts"));
    while (q.next())
        patrolSectors.insert(q.value(0).toString());

    QSqlQuery insert(db.connection());
    insert.prepare(QStringLiteral("INSERT INTO post_cells (id, post_id, cell_id, updated_at, last_writer) VALUES (?,?,?,?,?)"));
    QSet<QString> carried;
    for (const NewCell &cell : cells) {
        const LocatedCell *old = previous.at(cell.centre.x(), cell.centre.y());
        const QStringList posts = old ? postsOfCell.value(old->id) : QStringList();
        bool inSector = false;
        for (const QString &post : posts) {
            for (const QVariant &v : { QVariant(Database::newId()), QVariant(post), QVariant(cell.id), QVariant(now),
                                       QVariant(console) })
                insert.addBindValue(v);
            if (!insert.exec())
                return sqlError(insert, QStringLiteral("post_cells"));
            ++report.postCells;
            carried.insert(post);
            inSector = inSector || patrolSectors.contains(post);
        }
        if (!inSector)
            ++report.cellsOutsideSectors;
    }
    q.prepare(QStringLiteral("DELETE FROM post_cells WHERE cell_id NOT IN (SELECT id FROM grid_cells WHERE layer_id = ?)"));
    q.addBindValue(report.layerId);
    if (!q.exec())
        return sqlError(q, QStringLiteral("post_cells"));
    report.postsCarried = int(carried.size());
    QStringList emptied;
    for (const QString &post : postsBefore)
        if (!carried.contains(post))
            emptied << post;
    if (!emptied.isEmpty()) {
        QSqlQuery codes(db.connection());
        for (const QString &post : emptied) {
            codes.prepare(QStringLiteral("SELECT code FROM posts WHERE id = ?"));
            codes.addBindValue(post);
            if (codes.exec() && codes.next())
                report.postsEmptied << codes.value(0).toString();
        }
        report.postsEmptied.sort();
    }
    return success();
}

} // namespace

LayerImporter::LayerImporter(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

Result<LayerImportReport> LayerImporter::importFile(const Session &session, const QString &path,
                                                    const LayerImportOptions &options)
{
    Status allowed = AccessControl(m_db, m_clock).require(session, Action::EditReferenceData, Target::district());
    if (!allowed)
        return Error { allowed.errorMessage() };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(ImportTr::tr("%1: cannot be read: %2").arg(path, file.errorString()));
    return importData(session, file.readAll(), QFileInfo(path).fileName(), options);
}

Result<LayerImportReport> LayerImporter::importData(const Session &session, const QByteArray &json,
                                                    const QString &sourceName, const LayerImportOptions &options)
{
    Status allowed = AccessControl(m_db, m_clock).require(session, Action::EditReferenceData, Target::district());
    if (!allowed)
        return Error { allowed.errorMessage() };

    auto ref = readReference(m_db);
    if (!ref)
        return Error { ref.errorMessage() };
    grid::LayerReadOptions read;
    read.codeRule = grid::CellCodeRule(QString(), options.codeLengths);
    read.expectedCrs = options.crs;
    if (read.expectedCrs.isEmpty()) {
        auto layers = LayerRepository(m_db).layers();
        if (!layers)
            return Error { layers.errorMessage() };
        if (!layers->empty())
            read.expectedCrs = layers->front().crs;
    }
    grid::GeoJsonLayer layer = grid::readGeoJsonLayer(json, read);
    if (!layer.fatal.isEmpty())
        return failure(ImportTr::tr("%1: %2; nothing was imported.").arg(sourceName, layer.fatal));
    checkAgainstStore(layer, ref.value());

    if (!layer.faults.empty() && !options.validOnly) {
        QStringList lines;
        for (std::size_t i = 0; i < layer.faults.size() && i < 20; ++i)
            lines << QStringLiteral("  ") + layer.faults[i].toString();
        if (layer.faults.size() > 20)
            lines << ImportTr::tr("  … and %1 more").arg(layer.faults.size() - 20);
        return failure(ImportTr::tr("%1: %2 of %3 features have faults; nothing was imported (import only the valid "
                                    "features with --valid-only):\n%4")
                           .arg(sourceName)
                           .arg(layer.faults.size())
                           .arg(layer.featureCount)
                           .arg(lines.join(u'\n')));
    }
    if (layer.cellCount() == 0)
        return failure(ImportTr::tr("%1: the file holds no valid cell; nothing was imported.").arg(sourceName));

    LayerImportReport report;
    report.layerId = Database::newId();
    report.layerName = !options.layerName.isEmpty() ? options.layerName
        : !layer.name.isEmpty()                     ? layer.name
                                                    : QStringLiteral("official");
    report.crs = layer.crs;
    report.featureCount = layer.featureCount;
    report.skipped = layer.faults;

    // The grid in force before this import: where each new cell's centroid lies decides its posts.
    auto previous = CellLocator::load(m_db);
    if (!previous)
        return Error { previous.errorMessage() };
    std::vector<NewCell> newCells;

    const QString now = Database::timestamp(m_clock.now());
    const QString console = m_db.consoleId();
    Status written = m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT count(*) FROM grid_layers WHERE name = ?"));
        q.addBindValue(report.layerName);
        if (!q.exec() || !q.next())
            return sqlError(q, QStringLiteral("grid_layers"));
        if (q.value(0).toInt() > 0)
            return failure(ImportTr::tr("grid_layers: a layer named \"%1\" exists already; choose another name.")
                               .arg(report.layerName));
        if (!q.exec(QStringLiteral("UPDATE grid_layers SET active = 0, updated_at = '%1', last_writer = '%2'"
                                   " WHERE active = 1")
                        .arg(now, console)))
            return sqlError(q, QStringLiteral("grid_layers"));
        q.prepare(QStringLiteral("INSERT INTO grid_layers (id, name, crs, schematic, source, code_rule, active, "
                                 "valid_only, imported_at, updated_at, last_writer) VALUES (?,?,?,0,?,?,1,?,?,?,?)"));
        for (const QVariant &v : { QVariant(report.layerId), QVariant(report.layerName), QVariant(report.crs),
                                   QVariant(sourceName), QVariant(codeRuleRegex(options.codeLengths)),
                                   QVariant(options.validOnly && !layer.faults.empty() ? 1 : 0), QVariant(now),
                                   QVariant(now), QVariant(console) })
            q.addBindValue(v);
        if (!q.exec())
            return sqlError(q, QStringLiteral("grid_layers"));

        QSqlQuery area(m_db.connection());
        area.prepare(QStringLiteral("INSERT INTO grid_areas (id, layer_id, level, code, geometry, min_x, min_y, max_x, "
                                    "max_y, updated_at, last_writer) VALUES (?,?,?,?,?,?,?,?,?,?,?)"));
        QSqlQuery cell(m_db.connection());
        cell.prepare(QStringLiteral(
            "INSERT INTO grid_cells (id, layer_id, code, town_id, community_id, squad_id, geometry, min_x, min_y, "
            "max_x, max_y, centroid_x, centroid_y, kind, updated_at, last_writer)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
        for (const grid::LayerFeature &f : layer.features) {
            const Box b = boxOf(f.shape);
            const QString geometry = QString::fromUtf8(grid::toGeoJsonGeometry(f.shape));
            if (f.level != grid::FeatureLevel::Cell) {
                for (const QVariant &v : { QVariant(Database::newId()), QVariant(report.layerId),
                                           QVariant(grid::featureLevelKey(f.level)), QVariant(f.code),
                                           QVariant(geometry), QVariant(b.minX), QVariant(b.minY), QVariant(b.maxX),
                                           QVariant(b.maxY), QVariant(now), QVariant(console) })
                    area.addBindValue(v);
                if (!area.exec())
                    return failure(ImportTr::tr("grid_areas: feature %1 (%2): %3")
                                       .arg(f.index)
                                       .arg(f.code, area.lastError().text()));
                ++report.areas;
                continue;
            }
            grid::Point centre;
            boost::geometry::centroid(f.shape, centre);
            const QString townId = ref->towns.value(f.townCode());
            const QString communityId = f.parent.size() == 12 ? ref->communities.value(f.parent) : QString();
            const QString squadId = ref->townSquads.value(townId);
            newCells.push_back({ Database::newId(), centre });
            for (const QVariant &v :
                 { QVariant(newCells.back().id), QVariant(report.layerId), QVariant(f.code), QVariant(townId),
                   communityId.isEmpty() ? QVariant() : QVariant(communityId),
                   squadId.isEmpty() ? QVariant() : QVariant(squadId), QVariant(geometry), QVariant(b.minX),
                   QVariant(b.minY), QVariant(b.maxX), QVariant(b.maxY), QVariant(centre.x()), QVariant(centre.y()),
                   QVariant(f.kind.isEmpty() ? defaultKind(f) : f.kind), QVariant(now), QVariant(console) })
                cell.addBindValue(v);
            if (!cell.exec())
                return failure(ImportTr::tr("grid_cells: feature %1 (%2): %3")
                                   .arg(f.index)
                                   .arg(f.code, cell.lastError().text()));
            ++report.cells;
        }

        if (Status moved = carryPosts(m_db, report, *previous, newCells, now, console); !moved)
            return moved;

        QJsonObject detail { { QStringLiteral("file"), sourceName },
                             { QStringLiteral("name"), report.layerName },
                             { QStringLiteral("crs"), report.crs },
                             { QStringLiteral("features"), report.featureCount },
                             { QStringLiteral("cells"), report.cells },
                             { QStringLiteral("areas"), report.areas },
                             { QStringLiteral("valid_only"), options.validOnly },
                             { QStringLiteral("post_cells"), report.postCells },
                             { QStringLiteral("posts_carried"), report.postsCarried },
                             { QStringLiteral("posts_emptied"), QJsonArray::fromStringList(report.postsEmptied) },
                             { QStringLiteral("cells_outside_sectors"), report.cellsOutsideSectors } };
        QJsonArray skipped;
        for (const grid::LayerFault &fault : layer.faults)
            skipped.append(QJsonObject { { QStringLiteral("index"), fault.index },
                                         { QStringLiteral("code"), fault.code },
                                         { QStringLiteral("reason"), fault.reason } });
        detail.insert(QStringLiteral("skipped"), skipped);
        return AuditLog(m_db, m_clock).append(session, QStringLiteral("layer.import"), QStringLiteral("grid_layers"),
                                              report.layerId, detail);
    });
    if (!written)
        return failure(ImportTr::tr("%1: nothing was imported: %2").arg(sourceName, written.errorMessage()));
    return report;
}

Result<QByteArray> exportLayer(const Database &db, const QString &layerId)
{
    LayerInfo info;
    auto layers = LayerRepository(db).layers();
    if (!layers)
        return Error { layers.errorMessage() };
    bool found = false;
    for (const LayerInfo &l : layers.value()) {
        if ((layerId.isEmpty() && l.active) || l.id == layerId) {
            info = l;
            found = true;
            break;
        }
    }
    if (!found && layerId.isEmpty() && !layers->empty()) {
        info = layers->front();
        found = true;
    }
    if (!found)
        return failure(ImportTr::tr("grid_layers: there is no layer to export."));

    std::vector<grid::LayerFeature> features;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    auto readShape = [](const QString &geometry, const QString &code, grid::MultiPolygon *shape) -> Status {
        QString error;
        if (!grid::fromGeoJsonGeometry(geometry.toUtf8(), shape, &error))
            return failure(ImportTr::tr("the stored geometry of %1 cannot be read: %2").arg(code, error));
        return success();
    };
    q.prepare(QStringLiteral("SELECT a.level, a.code, a.geometry, coalesce(t.name, m.name, d.name, '') FROM grid_areas a"
                             " LEFT JOIN towns t ON a.level = 'town' AND t.code = a.code"
                             " LEFT JOIN communities m ON a.level = 'community' AND m.code = a.code"
                             " LEFT JOIN district d ON a.level = 'district' AND d.code = a.code"
                             " WHERE a.layer_id = ?"
                             " ORDER BY CASE a.level WHEN 'district' THEN 0 WHEN 'town' THEN 1 ELSE 2 END, a.code"));
    q.addBindValue(info.id);
    if (!q.exec())
        return sqlError(q, QStringLiteral("grid_areas"));
    while (q.next()) {
        grid::LayerFeature f;
        const QString level = q.value(0).toString();
        f.level = level == QLatin1String("district") ? grid::FeatureLevel::District
            : level == QLatin1String("town")         ? grid::FeatureLevel::Town
                                                     : grid::FeatureLevel::Community;
        f.code = q.value(1).toString();
        f.name = q.value(3).toString();
        if (f.level == grid::FeatureLevel::Community)
            f.parent = f.code.left(9);
        if (Status ok = readShape(q.value(2).toString(), f.code, &f.shape); !ok)
            return Error { ok.errorMessage() };
        features.push_back(std::move(f));
    }
    q.prepare(QStringLiteral("SELECT c.code, c.geometry, coalesce(m.code, t.code), coalesce(m.name, t.name), c.kind"
                             " FROM grid_cells c JOIN towns t ON t.id = c.town_id"
                             " LEFT JOIN communities m ON m.id = c.community_id WHERE c.layer_id = ? ORDER BY c.code"));
    q.addBindValue(info.id);
    if (!q.exec())
        return sqlError(q, QStringLiteral("grid_cells"));
    while (q.next()) {
        grid::LayerFeature f;
        f.code = q.value(0).toString();
        f.parent = q.value(2).toString();
        f.name = q.value(3).toString();
        f.kind = q.value(4).toString();
        if (Status ok = readShape(q.value(1).toString(), f.code, &f.shape); !ok)
            return Error { ok.errorMessage() };
        features.push_back(std::move(f));
    }
    return grid::writeGeoJsonLayer(info.name, info.crs, features);
}

} // namespace dd::data
