// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/incidents/demoincidents.h"

#include "data/categoryrepository.h"
#include "data/database.h"
#include "data/demogenerator.h"
#include "data/incidents/celllocator.h"
#include "data/incidents/deadlines.h"
#include "data/incidents/sqlvalue.h"
#include "data/incidents/workflow.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <algorithm>
#include <cmath>
#include <optional>
#include <random>

namespace dd::data {

namespace {

const QUuid kNamespace(QStringLiteral("{0c7d5b1e-2f43-4a8e-9d61-7b3e5a9c4f20}"));

struct Weighted
{
    const char *key;
    double weight;
};

// Shares of the sources (12345 dominates, as in every district's figures).
constexpr Weighted kSources[] = { { "hotline_12345", 0.55 }, { "hotline_12319", 0.10 }, { "city_bureau", 0.07 },
                                  { "department", 0.06 },    { "video", 0.08 },         { "patrol", 0.14 } };
// The frequent classes; the rest share what is left.
constexpr Weighted kCategories[] = { { "09006", 0.14 }, { "09001", 0.13 }, { "06011", 0.09 }, { "07001", 0.09 },
                                     { "09005", 0.09 }, { "06014", 0.07 }, { "08005", 0.06 }, { "06007", 0.05 },
                                     { "06001", 0.04 } };
// Reports per hour of the day (relative): quiet nights, morning and afternoon peaks, an evening one.
constexpr double kHourly[24] = { 0.3, 0.2, 0.15, 0.1, 0.1, 0.2, 0.5, 1.0, 1.6, 2.0, 2.0, 1.7,
                                 1.2, 1.4, 1.8, 1.9, 1.8, 1.5, 1.3, 1.4, 1.3, 1.0, 0.7, 0.5 };
constexpr double kPerDay = 70; // district-wide on a weekday; weekends 0.75 of it

const char *const kDescriptions[] = {
    "沿街商户占用人行道经营，影响通行", "流动摊贩在路口售卖水果",       "路边堆放建筑垃圾，未及时清运",
    "电线杆上张贴大量小广告",           "饭店在店门外摆放桌椅经营",     "渣土车沿路遗撒泥土",
    "工地施工废料倾倒在河道边",         "沿街店铺在行道树上晾晒衣物",   "小区内住户私自搭建阳光房",
    "夜间施工噪音扰民",                 "共享单车乱停放堵塞盲道",       "店招店牌破损存在安全隐患",
};
const char *const kRoads[] = { "城中路", "沪宜公路", "曹安公路", "叶城路", "墨玉路", "嘉罗公路",
                               "白银路", "金沙江西路", "清河路", "胜辛路", "丰庄路", "博乐路" };
const char *const kReporters[] = { "陈女士", "王先生", "李女士", "张先生", "刘先生", "赵女士", "匿名" };

template<typename Rng> const char *pick(const Weighted *items, size_t n, Rng &rng)
{
    double total = 0;
    for (size_t i = 0; i < n; ++i)
        total += items[i].weight;
    double x = std::uniform_real_distribution<double>(0, total)(rng);
    for (size_t i = 0; i < n; ++i) {
        x -= items[i].weight;
        if (x <= 0)
            return items[i].key;
    }
    return items[n - 1].key;
}

struct SquadInfo
{
    QString id;
    QStringList officers;
    QString dispatchUser, leaderUser;
};

struct TownInfo
{
    QString id;
    double seatLon = 0, seatLat = 0;
    double weight = 1;
    std::vector<int> cells;
};

} // namespace

Result<DemoIncidentReport> writeDemoIncidents(Database &db, std::uint32_t seed, const QDateTime &nowIn)
{
    QElapsedTimer timer;
    timer.start();
    DemoIncidentReport report;
    const QDateTime now = nowIn.toUTC();
    std::mt19937 rng(seed * 2654435761u + 17u);
    auto uniform = [&](double a, double b) { return std::uniform_real_distribution<double>(a, b)(rng); };
    auto chance = [&](double p) { return uniform(0, 1) < p; };
    const QString prefix = QStringLiteral("%1/%2/").arg(seed).arg(now.toSecsSinceEpoch());
    auto uuid = [&](const QString &key) {
        return QUuid::createUuidV5(kNamespace, prefix + key).toString(QUuid::WithoutBraces);
    };

    auto locator = CellLocator::load(db);
    if (!locator)
        return failure(locator.errorMessage());
    if (locator->isEmpty())
        return report;
    auto calendar = WorkingCalendar::load(db);
    if (!calendar)
        return failure(calendar.errorMessage());
    auto categories = CategoryRepository(db).all();
    if (!categories || categories->empty())
        return failure(categories ? QStringLiteral("demo incidents: no categories") : categories.errorMessage());
    QHash<QString, const IncidentCategory *> categoryByCode;
    for (const IncidentCategory &c : categories.value())
        categoryByCode.insert(c.code, &c);

    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    QHash<QString, SquadInfo> squads;
    if (!q.exec(QStringLiteral("SELECT squad_id, id FROM officers WHERE active = 1 ORDER BY badge_no")))
        return failure(QStringLiteral("demo incidents: officers: %1").arg(q.lastError().text()));
    while (q.next()) {
        SquadInfo &s = squads[q.value(0).toString()];
        s.id = q.value(0).toString();
        s.officers << q.value(1).toString();
    }
    if (!q.exec(QStringLiteral("SELECT ur.squad_id, ur.user_id, r.code FROM user_roles ur JOIN roles r ON r.id = ur.role_id "
                               "WHERE ur.squad_id IS NOT NULL")))
        return failure(QStringLiteral("demo incidents: users: %1").arg(q.lastError().text()));
    while (q.next()) {
        auto it = squads.find(q.value(0).toString());
        if (it == squads.end())
            continue;
        (q.value(2).toString() == QLatin1String("dispatcher") ? it->dispatchUser : it->leaderUser) = q.value(1).toString();
    }
    std::vector<TownInfo> towns;
    QHash<QString, size_t> townIndex;
    if (!q.exec(QStringLiteral("SELECT t.id, COALESCE(t.seat_lon, 0), COALESCE(t.seat_lat, 0), "
                               "(SELECT COUNT(*) FROM communities c WHERE c.town_id = t.id) FROM towns t ORDER BY t.code")))
        return failure(QStringLiteral("demo incidents: towns: %1").arg(q.lastError().text()));
    while (q.next()) {
        townIndex.insert(q.value(0).toString(), towns.size());
        towns.push_back(TownInfo { q.value(0).toString(), q.value(1).toDouble(), q.value(2).toDouble(),
                                   std::max(1.0, q.value(3).toDouble()), {} });
    }
    const auto &cells = locator->cells();
    for (size_t i = 0; i < cells.size(); ++i) {
        const auto it = townIndex.constFind(cells[i].townId);
        if (it != townIndex.constEnd())
            towns[*it].cells.push_back(int(i));
    }
    std::vector<double> townWeights;
    for (const TownInfo &t : towns)
        townWeights.push_back(t.cells.empty() ? 0.0 : t.weight);
    std::discrete_distribution<size_t> townPick(townWeights.begin(), townWeights.end());
    std::vector<double> hourWeights(std::begin(kHourly), std::end(kHourly));
    std::discrete_distribution<int> hourPick(hourWeights.begin(), hourWeights.end());

    QSqlQuery incident(db.connection());
    incident.prepare(QStringLiteral(
        "INSERT INTO incidents (id, ticket_no, source, category_id, title, description, address, lon, lat, cell_id, "
        "squad_id, status, reported_at, deadline_at, first_deadline_at, arrive_deadline_at, closed_at, urgency, "
        "reporter_name, reporter_phone, officer_id, team, updated_at, last_writer) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?)"));
    QSqlQuery event(db.connection());
    event.prepare(QStringLiteral(
        "INSERT INTO incident_events (id, incident_id, seq, at, kind, from_status, to_status, user_id, officer_id, reason, "
        "deadline_at, updated_at, last_writer) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QString writer = DemoGenerator::demoWriterId();
    auto ts = [](const QDateTime &t) { return t.isValid() ? QVariant(Database::timestamp(t)) : QVariant(); };

    // What to write: the quarter's stream (a Poisson number a day, hours by kHourly, towns by size) and,
    // on top, each squad's work of the last hours, still open at the moment the demo is made, so that
    // every squad's dispatcher finds a board with incidents to dispatch, some on the way and some on
    // scene. A planned incident's story stops before `stopBefore` (None: the whole story up to now).
    struct Planned
    {
        QDateTime reported;
        std::optional<EventKind> stopBefore;
        int cell = -1; // index into the locator's cells; -1: a town by weight, near its seat
    };
    std::vector<Planned> planned;
    const QDate lastDay = Deadlines::toLocal(now).date();
    const QDate firstDay = lastDay.addDays(-90);
    for (QDate day = firstDay; day <= lastDay; day = day.addDays(1)) {
        const double mean = kPerDay * (day.dayOfWeek() >= 6 ? 0.75 : 1.0) * (calendar->isWorkingDay(day) ? 1.0 : 0.85);
        const int count = std::poisson_distribution<int>(mean)(rng);
        for (int i = 0; i < count; ++i) {
            const QDateTime t = Deadlines::fromLocal(day, QTime(hourPick(rng), int(uniform(0, 60)), int(uniform(0, 60))));
            if (t < now)
                planned.push_back({ t, std::nullopt, -1 });
        }
    }
    QStringList squadIds = squads.keys();
    squadIds.sort(); // QHash order differs between runs; the demo must not
    for (const QString &squadId : squadIds) {
        std::vector<int> own;
        for (size_t i = 0; i < cells.size(); ++i)
            if (cells[i].squadId == squadId)
                own.push_back(int(i));
        if (own.empty())
            continue;
        const int backlog = 3 + std::poisson_distribution<int>(2.0)(rng);
        for (int i = 0; i < backlog; ++i) {
            // Waiting for dispatch 35 %, dispatched 30 %, on scene 25 %, handled and waiting for feedback 10 %.
            const double x = uniform(0, 1);
            const EventKind stop = x < 0.35 ? EventKind::Dispatch
                                 : x < 0.65 ? EventKind::Arrive
                                 : x < 0.90 ? EventKind::Handle
                                            : EventKind::Feedback;
            planned.push_back({ now.addSecs(-qint64(uniform(5 * 60, 6 * 3600))), stop,
                                own[size_t(uniform(0, double(own.size()) - 1e-9))] });
        }
    }
    std::stable_sort(planned.begin(), planned.end(),
                     [](const Planned &a, const Planned &b) { return a.reported < b.reported; });

    int serial = 0;
    {
        for (const Planned &plan : planned) {
            const QDateTime &reported = plan.reported;
            ++serial;
            const QString id = uuid(QStringLiteral("incident/%1").arg(serial));
            const QString source = QString::fromLatin1(pick(kSources, std::size(kSources), rng));
            QString code;
            if (chance(0.84))
                code = QString::fromLatin1(pick(kCategories, std::size(kCategories), rng));
            else
                code = categories->at(size_t(uniform(0, double(categories->size()) - 1e-9))).code;
            const IncidentCategory *category = categoryByCode.value(code, &categories->front());
            // Near a town seat (sigma about 1.2 km), else anywhere in the town; a squad's own work in one
            // of its cells.
            const TownInfo &town = towns[townPick(rng)];
            const LocatedCell *cell = nullptr;
            double lon = 0, lat = 0;
            if (plan.cell >= 0) {
                cell = &cells[size_t(plan.cell)];
                lon = cell->lon + uniform(-0.001, 0.001);
                lat = cell->lat + uniform(-0.001, 0.001);
            }
            std::normal_distribution<double> spread(0.0, 0.012);
            for (int attempt = 0; attempt < 6 && !cell; ++attempt) {
                lon = town.seatLon + spread(rng);
                lat = town.seatLat + spread(rng) * 0.86;
                cell = locator->at(lon, lat);
                if (cell && cell->townId != town.id)
                    cell = nullptr;
            }
            if (!cell) {
                cell = &cells[size_t(town.cells[size_t(uniform(0, double(town.cells.size()) - 1e-9))])];
                lon = cell->lon + uniform(-0.001, 0.001);
                lat = cell->lat + uniform(-0.001, 0.001);
            }
            const SquadInfo squad = squads.value(cell->squadId);
            if (squad.officers.isEmpty())
                continue;
            const bool urgent = chance(0.08);
            const QDateTime firstDeadline = Deadlines::deadline(reported, category->limit, *calendar);
            const QDateTime arriveDeadline = Deadlines::arrivalDeadline(reported, urgent);
            const QString officer = squad.officers.at(int(uniform(0, squad.officers.size() - 1e-9)));
            QString ticket;
            if (source.startsWith(QLatin1String("hotline")) || source == QLatin1String("city_bureau"))
                ticket = Deadlines::toLocal(reported).toString(QStringLiteral("yyMMddHHmm"))
                    + QStringLiteral("%1").arg(serial % 10000, 4, 10, QLatin1Char('0'));

            // The story, as (kind, minutes after the report, reason); cut at now.
            struct Step
            {
                EventKind kind;
                double minutes;
                QString reason;
                QDateTime deadline;
            };
            std::vector<Step> story;
            const double limitMinutes = std::max<double>(60, reported.secsTo(firstDeadline) / 60.0);
            double t = uniform(3, urgent ? 10 : 40);
            story.push_back({ EventKind::Dispatch, t, {}, {} });
            if (chance(0.02)) {
                // Not ours: returned, filed again by the centre, then passed to the department it belongs to.
                story.push_back({ EventKind::Return, t + uniform(10, 60), QStringLiteral("不属本中队辖区，退回区指挥中心"), {} });
                story.push_back({ EventKind::File, t + uniform(90, 180), {}, {} });
                story.push_back({ EventKind::Cancel, t + uniform(200, 300), QStringLiteral("属房管部门职责，已转交"), {} });
            } else if (chance(0.015)) {
                story.push_back({ EventKind::Cancel, t + uniform(10, 120), QStringLiteral("重复工单，作废"), {} });
            } else {
                const double arrivalLimit = Deadlines::arrivalLimitMinutes(urgent);
                t += chance(0.88) ? uniform(5, arrivalLimit - t - 1 > 6 ? arrivalLimit - t - 1 : 6) : uniform(arrivalLimit, arrivalLimit * 3);
                story.push_back({ EventKind::Arrive, t, {}, {} });
                QDateTime deadline = firstDeadline;
                if (chance(0.04)) {
                    deadline = firstDeadline.addDays(3);
                    story.push_back({ EventKind::Extend, t + uniform(10, 60), QStringLiteral("当事人外出，需补充材料"), deadline });
                }
                if (chance(0.02)) {
                    const double at = t + uniform(10, 60);
                    story.push_back({ EventKind::Suspend, at, QStringLiteral("等待房管部门认定"), {} });
                    story.push_back({ EventKind::Resume, at + uniform(600, 3000), {}, {} });
                    t = at + 3000;
                }
                const double budget = reported.secsTo(deadline) / 60.0;
                t = chance(0.93) ? t + uniform(0.1, 0.7) * std::max(30.0, budget - t) : budget + uniform(60, limitMinutes);
                story.push_back({ EventKind::Handle, t, {}, {} });
                if (chance(0.05)) {
                    story.push_back({ EventKind::Rework, t + uniform(60, 600), QStringLiteral("核查发现仍未整改到位，返工"), {} });
                    t += uniform(700, 1500);
                    story.push_back({ EventKind::Arrive, t, {}, {} });
                    t += uniform(30, 300);
                    story.push_back({ EventKind::Handle, t, {}, {} });
                }
                t += uniform(10, 240);
                story.push_back({ EventKind::Feedback, t, {}, {} });
                t += uniform(60, 1440);
                story.push_back({ EventKind::Verify, t, {}, {} });
                t += uniform(30, 600);
                story.push_back({ EventKind::Close, t, {}, {} });
            }

            if (plan.stopBefore) {
                const auto stop = std::find_if(story.begin(), story.end(),
                                               [&](const Step &step) { return step.kind == *plan.stopBefore; });
                story.erase(stop, story.end());
            }

            IncidentStatus status = IncidentStatus::Filed;
            QDateTime deadline = firstDeadline, closedAt, updated = reported;
            std::vector<std::tuple<EventKind, QDateTime, IncidentStatus, IncidentStatus, QString, QDateTime>> written;
            written.emplace_back(EventKind::File, reported, IncidentStatus::Filed, IncidentStatus::Filed, QString(), QDateTime());
            IncidentStatus beforeSuspend = status;
            for (const Step &s : story) {
                const QDateTime at = reported.addSecs(qint64(s.minutes * 60));
                if (at >= now)
                    break;
                const Transition *tr = Workflow::find(status, s.kind);
                if (!tr)
                    break;
                if (s.kind == EventKind::Suspend)
                    beforeSuspend = status;
                const IncidentStatus to = tr->to.value_or(beforeSuspend);
                written.emplace_back(s.kind, at, status, to, s.reason, s.deadline);
                status = to;
                updated = at;
                if (s.kind == EventKind::Extend)
                    deadline = s.deadline;
                if (to == IncidentStatus::Closed || to == IncidentStatus::Cancelled)
                    closedAt = at;
            }
            const bool assigned = written.size() > 1 && std::get<0>(written[1]) == EventKind::Dispatch;
            const QString road = QString::fromUtf8(kRoads[size_t(uniform(0, std::size(kRoads) - 1e-9))]);
            const QVariantList values = {
                id, ticket, source, category->id, category->name,
                QString::fromUtf8(kDescriptions[size_t(uniform(0, std::size(kDescriptions) - 1e-9))]),
                QStringLiteral("嘉定区%1%2号").arg(road).arg(int(uniform(1, 999))), lon, lat, cell->id, cell->squadId,
                Workflow::statusKey(status), ts(reported), ts(deadline), ts(firstDeadline), ts(arriveDeadline), ts(closedAt),
                urgent ? QStringLiteral("urgent") : QStringLiteral("normal"),
                QString::fromUtf8(kReporters[size_t(uniform(0, std::size(kReporters) - 1e-9))]),
                QStringLiteral("13%1").arg(int(uniform(0, 999999999)), 9, 10, QLatin1Char('0')),
                assigned ? QVariant(officer) : QVariant(), ts(updated), writer
            };
            for (int i = 0; i < values.size(); ++i)
                incident.bindValue(i, sqlValue(values[i]));
            if (!incident.exec())
                return failure(QStringLiteral("demo incidents: %1").arg(incident.lastError().text()));
            int seq = 0;
            for (const auto &[kind, at, from, to, reason, newDeadline] : written) {
                ++seq;
                const bool superior = kind == EventKind::Extend || kind == EventKind::Close || kind == EventKind::Cancel;
                const QString user = superior ? squad.leaderUser : squad.dispatchUser;
                const QVariantList ev = {
                    uuid(QStringLiteral("event/%1/%2").arg(serial).arg(seq)), id, seq, ts(at), Workflow::kindKey(kind),
                    kind == EventKind::File ? QVariant() : QVariant(Workflow::statusKey(from)), Workflow::statusKey(to),
                    user.isEmpty() ? QVariant() : QVariant(user),
                    (kind == EventKind::Dispatch || kind == EventKind::Rework) ? QVariant(officer) : QVariant(), reason,
                    ts(newDeadline), ts(at), writer
                };
                for (int i = 0; i < ev.size(); ++i)
                    event.bindValue(i, sqlValue(ev[i]));
                if (!event.exec())
                    return failure(QStringLiteral("demo incidents: events: %1").arg(event.lastError().text()));
                ++report.events;
            }
            ++report.incidents;
            if (Workflow::isOpen(status))
                ++report.open;
        }
    }
    report.milliseconds = timer.elapsed();
    return report;
}

} // namespace dd::data
