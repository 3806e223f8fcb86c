// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/incidents/recommender.h"

#include "data/auth/accesscontrol.h"
#include "data/auth/session.h"
#include "data/clock.h"
#include "data/database.h"
#include "data/layers/layerrepository.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <map>

namespace dd::data {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(dd::data::Recommender)
};

const QString kDirectSquadCode = QStringLiteral("JD000");

} // namespace

Recommender::Recommender(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

grid::SkillNeeds Recommender::needsFor(const QString &categoryCode)
{
    grid::SkillNeeds needs;
    needs.legalOfficer = categoryCode.startsWith(QLatin1String("08")) || categoryCode == QLatin1String("06001");
    return needs;
}

Status Recommender::ensureLocator()
{
    if (!m_locator) {
        auto loaded = CellLocator::load(m_db);
        if (!loaded)
            return failure(loaded.errorMessage());
        m_locator = std::move(loaded.value());
    }
    return success();
}

double Recommender::straightLineMinutes(const QString &fromCellId, const QString &toCellId) const
{
    if (!m_locator)
        return -1;
    const LocatedCell *a = m_locator->byId(fromCellId);
    const LocatedCell *b = m_locator->byId(toCellId);
    if (!a || !b)
        return -1;
    constexpr double kDetour = 1.3, kMetresPerMinute = 25000.0 / 60.0;
    return CellLocator::metres(a->lon, a->lat, b->lon, b->lat) * kDetour / kMetresPerMinute;
}

Result<Recommendation> Recommender::recommend(const Session &session, const QString &incidentId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT COALESCE(i.cell_id, ''), COALESCE(i.squad_id, ''), COALESCE(c.code, ''), i.status "
                             "FROM incidents i LEFT JOIN incident_categories c ON c.id = i.category_id WHERE i.id = ?"));
    q.addBindValue(incidentId);
    if (!q.exec())
        return failure(QStringLiteral("incidents (recommend): %1").arg(q.lastError().text()));
    if (!q.next())
        return failure(Tr::tr("Incident %1: not found.").arg(incidentId));
    const QString cellId = q.value(0).toString();
    const QString squadId = q.value(1).toString();
    const QString categoryCode = q.value(2).toString();
    Status allowed = AccessControl(m_db, m_clock).require(session, Action::DispatchIncident, Target::squad(squadId));
    if (!allowed)
        return failure(allowed.errorMessage());

    OnDuty onDuty(m_db);
    auto duty = onDuty.at(m_clock.now(), squadId);
    if (!duty)
        return failure(duty.errorMessage());
    auto usable = [](const std::vector<DutySlot> &all) {
        return std::any_of(all.begin(), all.end(), [](const DutySlot &s) { return s.postKind != QLatin1String("command_desk"); });
    };
    Recommendation out;
    if (!usable(duty.value())) {
        q.prepare(QStringLiteral("SELECT id, name FROM squads WHERE code = ?"));
        q.addBindValue(kDirectSquadCode);
        QString directId, directName;
        if (q.exec() && q.next()) {
            directId = q.value(0).toString();
            directName = q.value(1).toString();
        }
        q.prepare(QStringLiteral("SELECT name FROM squads WHERE id = ?"));
        q.addBindValue(squadId);
        const QString squadName = q.exec() && q.next() ? q.value(0).toString() : squadId;
        std::vector<DutySlot> direct;
        if (!directId.isEmpty() && directId != squadId) {
            auto d = onDuty.at(m_clock.now(), directId);
            if (!d)
                return failure(d.errorMessage());
            direct = d.value();
        }
        auto ranked = rank(cellId, categoryCode, directId, direct);
        if (!ranked)
            return ranked;
        out = ranked.value();
        out.directSquad = true;
        out.note = usable(direct)
            ? Tr::tr("Nobody of %1 is on duty now (no published roster covers this time). Offered instead: the "
                     "district's direct squad %2.")
                  .arg(squadName, directName)
            : Tr::tr("Nobody of %1 is on duty now, nor of the district's direct squad: no published roster covers "
                     "this time.")
                  .arg(squadName);
    } else {
        auto ranked = rank(cellId, categoryCode, squadId, duty.value());
        if (!ranked)
            return ranked;
        out = ranked.value();
    }
    out.incidentId = incidentId;
    return out;
}

Result<Recommendation> Recommender::rank(const QString &cellId, const QString &categoryCode, const QString &squadId,
                                         const std::vector<DutySlot> &duty)
{
    Status loaded = ensureLocator();
    if (!loaded)
        return failure(loaded.errorMessage());
    Recommendation out;
    out.cellId = cellId;
    out.squadId = squadId;

    // The posts' sectors (read once per post).
    QStringList missingPosts;
    for (const DutySlot &s : duty)
        if (!s.postId.isEmpty() && !m_postCells.contains(s.postId) && !missingPosts.contains(s.postId))
            missingPosts << s.postId;
    if (!missingPosts.isEmpty()) {
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        QStringList marks;
        for (int i = 0; i < missingPosts.size(); ++i)
            marks << QStringLiteral("?");
        q.prepare(QStringLiteral("SELECT post_id, cell_id FROM post_cells WHERE post_id IN (%1)").arg(marks.join(QLatin1Char(','))));
        for (const QString &p : missingPosts)
            q.addBindValue(p);
        if (!q.exec())
            return failure(QStringLiteral("post_cells: %1").arg(q.lastError().text()));
        for (const QString &p : missingPosts)
            m_postCells.insert(p, {});
        while (q.next())
            m_postCells[q.value(0).toString()].insert(q.value(1).toString());
        for (const QString &p : missingPosts) {
            const QSet<QString> &cells = m_postCells[p];
            double lon = 0, lat = 0;
            int n = 0;
            for (const QString &c : cells)
                if (const LocatedCell *lc = m_locator->byId(c)) {
                    lon += lc->lon;
                    lat += lc->lat;
                    ++n;
                }
            QString middle;
            double best = 1e300;
            for (const QString &c : cells)
                if (const LocatedCell *lc = m_locator->byId(c)) {
                    const double d = CellLocator::metres(lc->lon, lc->lat, lon / std::max(1, n), lat / std::max(1, n));
                    if (d < best) {
                        best = d;
                        middle = c;
                    }
                }
            m_postMiddle.insert(p, middle);
        }
    }

    // Open workload and latest position of the officers on duty.
    QHash<QString, int> workload;
    QHash<QString, QString> position;
    {
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT officer_id, COUNT(*) FROM incidents WHERE status IN ('dispatched', 'arrived') "
                                 "AND officer_id IS NOT NULL AND squad_id = ? GROUP BY officer_id"));
        q.addBindValue(squadId);
        if (!q.exec())
            return failure(QStringLiteral("incidents (workload): %1").arg(q.lastError().text()));
        while (q.next())
            workload.insert(q.value(0).toString(), q.value(1).toInt());
        q.prepare(QStringLiteral("SELECT i.officer_id, i.cell_id, MAX(e.at) FROM incident_events e "
                                 "JOIN incidents i ON i.id = e.incident_id WHERE e.kind = 'arrive' AND e.at >= ? "
                                 "AND i.squad_id = ? AND i.officer_id IS NOT NULL AND i.cell_id IS NOT NULL "
                                 "GROUP BY i.officer_id"));
        q.addBindValue(Database::timestamp(m_clock.now().addSecs(-12 * 3600)));
        q.addBindValue(squadId);
        if (!q.exec())
            return failure(QStringLiteral("incidents (positions): %1").arg(q.lastError().text()));
        while (q.next())
            position.insert(q.value(0).toString(), q.value(1).toString());
    }

    // One candidate per patrol team, and per officer without a team.
    std::map<QString, grid::DispatchCandidate> byKey;
    std::map<QString, QStringList> memberNames;
    for (const DutySlot &s : duty) {
        if (s.postKind == QLatin1String("command_desk"))
            continue;
        const QString key = s.team.isEmpty() ? s.officerId : QStringLiteral("team:%1:%2").arg(s.squadId, s.team);
        grid::DispatchCandidate &c = byKey[key];
        c.id = key;
        c.squadId = s.squadId;
        c.officerIds << s.officerId;
        memberNames[key] << s.officerName;
        c.certified += s.certified ? 1 : 0;
        c.legalOfficer = c.legalOfficer || s.legalOfficer;
        c.driver = c.driver || s.driver;
        c.openIncidents += workload.value(s.officerId);
        if (!s.postId.isEmpty() && m_postCells.value(s.postId).contains(cellId))
            c.responsible = true;
        const QString at = position.value(s.officerId);
        if (!at.isEmpty())
            c.fromCell = at;
        else if (c.fromCell.isEmpty() && !s.postId.isEmpty())
            c.fromCell = m_postMiddle.value(s.postId);
    }
    std::vector<grid::DispatchCandidate> candidates;
    for (auto &[key, c] : byKey) {
        const QStringList &names = memberNames[key];
        c.name = key.startsWith(QLatin1String("team:"))
            ? Tr::tr("Team %1 (%2)").arg(key.section(QLatin1Char(':'), 2), names.join(QStringLiteral("、")))
            : names.value(0);
        candidates.push_back(c);
    }
    grid::TravelTime travel = m_travelTime;
    if (!travel) {
        if (!m_graph) {
            auto graph = LayerRepository(m_db).travelGraph(grid::TravelMode::Driving);
            m_graph = graph ? graph.value() : grid::TravelGraph();
        }
        if (m_graph->indexOf(cellId) >= 0) {
            // The graph is undirected: the times from the incident's cell are the times to it.
            auto fromIncident = std::make_shared<std::vector<double>>(m_graph->minutesFrom(cellId));
            travel = [this, fromIncident](const QString &from, const QString &) {
                const int i = m_graph->indexOf(from);
                return i < 0 ? -1.0 : (*fromIncident)[size_t(i)];
            };
        } else {
            travel = [this](const QString &a, const QString &b) { return straightLineMinutes(a, b); };
        }
    }
    out.ranked = grid::rankCandidates(cellId, needsFor(categoryCode), candidates, travel);
    return out;
}

} // namespace dd::data
