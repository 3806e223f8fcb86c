// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/demogenerator.h"

#include "data/clock.h"
#include "data/demo/demorosters.h"
#include "data/database.h"
#include "data/incidents/demoincidents.h"
#include "data/layers/layerrepository.h"
#include "data/referencedata.h"
#include "grid/geometry.h"
#include "grid/schematicdistrict.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>
#include <algorithm>
#include <cmath>
#include <limits>
#include <random>

namespace dd::data {

namespace {

class DemoTr
{
    Q_DECLARE_TR_FUNCTIONS(dd::data::DemoGenerator)
};

// Namespace of the demo's UUIDv5 ids (itself a random UUID, fixed forever).
const QUuid kDemoNamespace(QStringLiteral("{5b0f6c2e-8d4a-4f51-9a7e-3c2d1e0f9b84}"));

// std::mt19937_64's sequence is fixed by the C++ standard; the distributions are not, hence the
// hand-written mappings.
class Rng
{
public:
    explicit Rng(std::uint64_t seed)
        : m_engine(seed)
    {
    }
    std::uint32_t below(std::uint32_t n) { return n == 0 ? 0 : std::uint32_t(m_engine() % n); }
    double unit() { return double(m_engine() >> 11) * (1.0 / 9007199254740992.0); }
    bool chance(double p) { return unit() < p; }

private:
    std::mt19937_64 m_engine;
};

// Common surnames, the first ones repeated to weight them (roughly by frequency, with the Shanghai
// names 沈 陆 顾 钱 施 俞 among them).
const QString kSurnames = QStringLiteral(
    "王王王李李李张张张刘刘陈陈陈杨杨黄黄赵吴吴周周徐徐徐孙朱朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董"
    "袁潘于蒋蔡余杜叶程苏魏吕丁任沈沈姚卢姜崔钟谭陆陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎"
    "贺顾顾毛郝龚邵万钱钱严武戴莫孔汤倪施施俞瞿郁殷");
const QString kGivenMale
    = QStringLiteral("伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆旭宁龙林阳晨峰建国志文海亮骏毅栋晓敏诚嘉政");
const QString kGivenFemale = QStringLiteral("芳娜敏静丽艳娟霞燕玲婷雪琳晶颖倩洁蓉慧佳怡欣雯萍红莉瑾妍");

struct CampaignTopic
{
    const char *key;
    const char *name;
};
const CampaignTopic kCampaigns[] = {
    { "residential", "住宅小区违法行为整治" },         { "street_order", "街面秩序整治" },
    { "garbage_sorting", "生活垃圾分类执法检查" },     { "construction_waste", "建筑垃圾运输处置整治" },
    { "outdoor_advertising", "户外广告招牌设置整治" },
};

struct ShiftSpec
{
    const char *code;
    const char *name;
    int start;
    int length;
    const char *colour;
    bool desk;
};
// Patrol shifts plus two 12-hour command-room shifts: a 24-hour desk shift is not rostered.
const ShiftSpec kShifts[] = {
    { "E", "早班", 7 * 60, 8 * 60, "#4caf50", false },
    { "D", "白班", 8 * 60 + 30, 8 * 60 + 30, "#2196f3", false },
    { "M", "中班", 12 * 60, 8 * 60, "#ff9800", false },
    { "N", "夜班", 20 * 60, 12 * 60, "#3f51b5", false },
    { "CD", "指挥室日班", 8 * 60, 12 * 60, "#009688", true },
    { "CN", "指挥室夜班", 20 * 60, 12 * 60, "#673ab7", true },
};

struct RoleSpec
{
    const char *code;
    const char *name;
};
const RoleSpec kRoles[] = {
    { "squad_leader", "中队长" },       { "dispatcher", "调度员" }, { "officer", "执法队员" },
    { "district_admin", "区局管理员" }, { "supervisor", "督查" },
};

struct CalendarSpec
{
    int month, day;
    const char *kind;
    const char *name;
};
// 2026 public holidays and swapped working days as the project knows the State Council notice
// (not checked online; every row stays editable).
const CalendarSpec kCalendar2026[] = {
    { 1, 1, "holiday", "元旦" },
    { 1, 2, "holiday", "元旦" },
    { 1, 3, "holiday", "元旦" },
    { 1, 4, "workday", "元旦调休上班" },
    { 2, 14, "workday", "春节调休上班" },
    { 2, 15, "holiday", "春节" },
    { 2, 16, "holiday", "春节" },
    { 2, 17, "holiday", "春节" },
    { 2, 18, "holiday", "春节" },
    { 2, 19, "holiday", "春节" },
    { 2, 20, "holiday", "春节" },
    { 2, 21, "holiday", "春节" },
    { 2, 22, "holiday", "春节" },
    { 2, 23, "holiday", "春节" },
    { 2, 28, "workday", "春节调休上班" },
    { 4, 4, "holiday", "清明节" },
    { 4, 5, "holiday", "清明节" },
    { 4, 6, "holiday", "清明节" },
    { 5, 1, "holiday", "劳动节" },
    { 5, 2, "holiday", "劳动节" },
    { 5, 3, "holiday", "劳动节" },
    { 5, 4, "holiday", "劳动节" },
    { 5, 5, "holiday", "劳动节" },
    { 5, 9, "workday", "劳动节调休上班" },
    { 6, 19, "holiday", "端午节" },
    { 6, 20, "holiday", "端午节" },
    { 6, 21, "holiday", "端午节" },
    { 9, 20, "workday", "国庆节调休上班" },
    { 9, 25, "holiday", "中秋节" },
    { 9, 26, "holiday", "中秋节" },
    { 9, 27, "holiday", "中秋节" },
    { 10, 1, "holiday", "国庆节" },
    { 10, 2, "holiday", "国庆节" },
    { 10, 3, "holiday", "国庆节" },
    { 10, 4, "holiday", "国庆节" },
    { 10, 5, "holiday", "国庆节" },
    { 10, 6, "holiday", "国庆节" },
    { 10, 7, "holiday", "国庆节" },
    { 10, 10, "workday", "国庆节调休上班" },
};

struct TimeLimit
{
    int amount;
    const char *unit;
    const char *clock;
};

// Plausible defaults, not taken from the standard (its limits were not available): street-order and
// garbage matters within working hours, nuisances that cannot wait round the clock, the rest in
// working days. Squads edit them.
TimeLimit defaultLimit(const CategoryRecord &c)
{
    auto has = [&](const char *word) { return c.name.contains(QString::fromUtf8(word)); };
    if (has("焚烧") || has("烧烤") || has("噪声") || has("油烟") || has("积雪") || has("结冰") || has("脱落")
        || has("夜间施工"))
        return { 2, "hour", "emergency_hours" };
    if (has("垃圾") || has("遗撒") || has("渣土") || has("道路不洁"))
        return { 4, "hour", "working_hours" };
    if (c.majorClassCode == QLatin1String("09"))
        return { 4, "hour", "working_hours" };
    if (c.majorClassCode == QLatin1String("08"))
        return { 1, "day", "working_days" };
    if (c.majorClassCode == QLatin1String("07"))
        return { 3, "day", "working_days" };
    if (c.majorClassCode == QLatin1String("10"))
        return { 1, "day", "working_days" };
    return { 2, "day", "working_days" };
}

// One prepared INSERT reused for every row of a table; the sync columns are appended.
class Inserter
{
public:
    Inserter(const QSqlDatabase &db, const QString &table, const QStringList &columns)
        : m_query(db)
        , m_table(table)
        , m_count(int(columns.size()))
    {
        QStringList marks;
        for (int i = 0; i < m_count + 2; ++i)
            marks << QStringLiteral("?");
        m_prepared
            = m_query.prepare(QStringLiteral("INSERT INTO %1 (%2, updated_at, last_writer) VALUES (%3)")
                                  .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))));
    }

    Status insert(const QVariantList &values)
    {
        if (!m_prepared)
            return failure(
                DemoTr::tr("Cannot prepare the insert into %1: %2").arg(m_table, m_query.lastError().text()));
        Q_ASSERT(values.size() == m_count);
        for (int i = 0; i < m_count; ++i)
            m_query.bindValue(i, values.at(i));
        m_query.bindValue(m_count, DemoGenerator::demoTimestamp());
        m_query.bindValue(m_count + 1, DemoGenerator::demoWriterId());
        if (!m_query.exec())
            return failure(DemoTr::tr("Cannot write %1: %2").arg(m_table, m_query.lastError().text()));
        ++m_rows;
        return success();
    }

    int rows() const { return m_rows; }

private:
    QSqlQuery m_query;
    QString m_table;
    int m_count = 0;
    bool m_prepared = false;
    int m_rows = 0;
};

#define DD_TRY(expr)                                                                                                   \
    do {                                                                                                               \
        Status dd_status_ = (expr);                                                                                    \
        if (!dd_status_)                                                                                               \
            return dd_status_;                                                                                         \
    } while (false)

QString shortTownName(const QString &name)
{
    if (name.endsWith(QStringLiteral("街道")))
        return name.left(name.size() - 2);
    if (name.endsWith(QStringLiteral("镇")))
        return name.left(name.size() - 1);
    return name;
}

QString squadCode(const QString &townCode)
{
    return QStringLiteral("JD") + townCode.right(3);
}
const QString kDirectSquadCode = QStringLiteral("JD000");

struct Bbox
{
    double minX, minY, maxX, maxY;
};

// By hand: Boost.Geometry's envelope of a multi-polygon trips GCC 12's maybe-uninitialized warning.
void extend(Bbox &b, const grid::Polygon &p)
{
    for (const grid::Point &pt : p.outer()) {
        b.minX = std::min(b.minX, pt.x());
        b.minY = std::min(b.minY, pt.y());
        b.maxX = std::max(b.maxX, pt.x());
        b.maxY = std::max(b.maxY, pt.y());
    }
}

Bbox emptyBbox()
{
    const double inf = std::numeric_limits<double>::infinity();
    return { inf, inf, -inf, -inf };
}

Bbox bboxOf(const grid::Polygon &p)
{
    Bbox b = emptyBbox();
    extend(b, p);
    return b;
}

Bbox bboxOf(const grid::MultiPolygon &mp)
{
    Bbox b = emptyBbox();
    for (const grid::Polygon &p : mp)
        extend(b, p);
    return b;
}

QString geoJson(const grid::Polygon &p)
{
    grid::MultiPolygon mp;
    mp.push_back(p);
    return QString::fromUtf8(grid::toGeoJsonGeometry(mp));
}

// Splits cells into k sectors of about equal size: columns west→east, each cut north→south, so every
// sector is a compact block and every cell lands in exactly one sector.
std::vector<std::vector<std::size_t>> partitionSectors(std::vector<std::size_t> cells,
                                                       const std::vector<grid::SchematicCell> &all, int k)
{
    std::vector<std::vector<std::size_t>> sectors;
    const std::size_t n = cells.size();
    if (n == 0 || k <= 0)
        return sectors;
    k = int(std::min<std::size_t>(std::size_t(k), n));
    const int columns = std::max(1, int(std::lround(std::sqrt(double(k)))));
    std::vector<int> rows(std::size_t(columns), k / columns);
    for (int c = 0; c < k % columns; ++c)
        ++rows[std::size_t(c)];
    std::sort(cells.begin(), cells.end(), [&](std::size_t a, std::size_t b) {
        if (all[a].centroid.x() != all[b].centroid.x())
            return all[a].centroid.x() < all[b].centroid.x();
        return all[a].code < all[b].code;
    });
    int rowsBefore = 0;
    for (int c = 0; c < columns; ++c) {
        const std::size_t begin = n * std::size_t(rowsBefore) / std::size_t(k);
        const std::size_t end = n * std::size_t(rowsBefore + rows[std::size_t(c)]) / std::size_t(k);
        std::vector<std::size_t> column(cells.begin() + std::ptrdiff_t(begin), cells.begin() + std::ptrdiff_t(end));
        std::sort(column.begin(), column.end(), [&](std::size_t a, std::size_t b) {
            if (all[a].centroid.y() != all[b].centroid.y())
                return all[a].centroid.y() > all[b].centroid.y();
            return all[a].code < all[b].code;
        });
        const int r = rows[std::size_t(c)];
        for (int i = 0; i < r; ++i) {
            const std::size_t from = column.size() * std::size_t(i) / std::size_t(r);
            const std::size_t to = column.size() * std::size_t(i + 1) / std::size_t(r);
            if (to > from)
                sectors.emplace_back(column.begin() + std::ptrdiff_t(from), column.begin() + std::ptrdiff_t(to));
        }
        rowsBefore += r;
    }
    return sectors;
}

class Writer
{
public:
    Writer(Database &db, const DemoOptions &options, const DistrictReference &ref,
           const std::vector<CategoryRecord> &categories, const grid::SchematicDistrict &geometry, DemoReport &report)
        : m_db(db)
        , m_options(options)
        , m_ref(ref)
        , m_categories(categories)
        , m_geo(geometry)
        , m_report(report)
    {
    }

    Status run();

private:
    QString id(const QString &key) const
    {
        return QUuid::createUuidV5(kDemoNamespace, QStringLiteral("%1/%2").arg(m_options.seed).arg(key))
            .toString(QUuid::WithoutBraces);
    }
    Inserter inserter(const char *table, const char *columns) const
    {
        return Inserter(m_db.connection(), QString::fromLatin1(table),
                        QString::fromLatin1(columns).split(QLatin1Char(','), Qt::SkipEmptyParts));
    }

    Status writeDistrict();
    Status writeGeometry();
    Status writeSquadsAndOfficers();
    Status writeShiftTypes();
    Status writePosts();
    Status writeCategories();
    Status writeCalendar();
    Status writeMeta();

    Database &m_db;
    const DemoOptions &m_options;
    const DistrictReference &m_ref;
    const std::vector<CategoryRecord> &m_categories;
    const grid::SchematicDistrict &m_geo;
    DemoReport &m_report;
    QString m_districtId;
    QString m_layerId;
    QHash<QString, QString> m_townSquad; // town code -> squad code
};

Status Writer::run()
{
    DD_TRY(writeDistrict());
    DD_TRY(writeSquadsAndOfficers());
    DD_TRY(writeGeometry());
    DD_TRY(writeShiftTypes());
    DD_TRY(writePosts());
    DD_TRY(writeCategories());
    DD_TRY(writeCalendar());
    // Rosters of the weeks around "today" (data/demo/demorosters.h), once everything they need exists
    // (before the incidents, so that those can be given to officers on duty).
    if (m_options.rosters) {
        Result<DemoRosterReport> rosters
            = writeDemoRosters(m_db, m_options.seed, m_options.today.isValid() ? m_options.today : demoToday());
        if (!rosters)
            return failure(rosters.errorMessage());
        m_report.rosters = rosters->rosters;
        m_report.rosterMilliseconds = rosters->milliseconds;
    }
    if (auto incidents = writeDemoIncidents(m_db, m_options.seed, Clock::system().now()); !incidents)
        return failure(incidents.errorMessage());
    DD_TRY(writeMeta());
    return success();
}

Status Writer::writeDistrict()
{
    {
        QSqlQuery q(m_db.connection());
        if (!q.exec(QStringLiteral("SELECT count(*) FROM district")) || !q.next())
            return failure(q.lastError().text());
        if (q.value(0).toInt() > 0)
            return failure(
                DemoTr::tr("%1: the store already holds a district; the demo needs an empty store.").arg(m_db.path()));
    }
    m_districtId = id(QStringLiteral("district/") + m_ref.code);
    Inserter district = inserter("district", "id,code,name");
    DD_TRY(district.insert({ m_districtId, m_ref.code, m_ref.name }));

    Inserter towns = inserter("towns", "id,district_id,code,name,kind,seat_lon,seat_lat");
    for (const TownRecord &t : m_ref.towns)
        DD_TRY(towns.insert(
            { id(QStringLiteral("town/") + t.code), m_districtId, t.code, t.name, t.kind, t.seatLon, t.seatLat }));
    m_report.towns = towns.rows();

    Inserter communities = inserter("communities", "id,town_id,code,name,kind");
    for (const CommunityRecord &c : m_ref.communities) {
        // Statistical codes: 0xx residents' committees (居委会), 2xx villagers' committees (村委会).
        const QString kind = c.name.endsWith(QStringLiteral("村委会")) ? QStringLiteral("villagers")
            : c.name.endsWith(QStringLiteral("居委会"))                ? QStringLiteral("residents")
                                                                       : QString();
        DD_TRY(communities.insert({ id(QStringLiteral("community/") + c.code), id(QStringLiteral("town/") + c.townCode),
                                    c.code, c.name, kind }));
    }
    m_report.communities = communities.rows();
    return success();
}

Status Writer::writeGeometry()
{
    m_layerId = id(QStringLiteral("layer/schematic"));
    Inserter layer = inserter("grid_layers", "id,name,crs,schematic,source,code_rule");
    DD_TRY(layer.insert(
        { m_layerId, QStringLiteral("schematic"), m_geo.crs, 1,
          QStringLiteral("generated by dutydesk demo-db (seed %1): schematic (示意), not an official boundary")
              .arg(m_options.seed),
          QStringLiteral("^[0-9]{15}$") }));

    Inserter areas = inserter("grid_areas", "id,layer_id,level,code,geometry,min_x,min_y,max_x,max_y");
    auto writeArea = [&](const char *level, const QString &code, const grid::MultiPolygon &shape) -> Status {
        const Bbox b = bboxOf(shape);
        return areas.insert({ id(QStringLiteral("area/%1/%2").arg(QLatin1String(level), code)), m_layerId,
                              QString::fromLatin1(level), code, QString::fromUtf8(grid::toGeoJsonGeometry(shape)),
                              b.minX, b.minY, b.maxX, b.maxY });
    };
    DD_TRY(writeArea("district", m_ref.code, m_geo.outline));
    for (const grid::SchematicArea &a : m_geo.towns)
        DD_TRY(writeArea("town", a.code, a.shape));
    for (const grid::SchematicArea &a : m_geo.communities)
        DD_TRY(writeArea("community", a.code, a.shape));

    Inserter cells = inserter(
        "grid_cells",
        "id,layer_id,code,town_id,community_id,squad_id,geometry,min_x,min_y,max_x,max_y,centroid_x,centroid_y");
    for (const grid::SchematicCell &c : m_geo.cells) {
        const Bbox b = bboxOf(c.shape);
        const QString squad = m_townSquad.value(c.townCode);
        DD_TRY(cells.insert(
            { id(QStringLiteral("cell/") + c.code), m_layerId, c.code, id(QStringLiteral("town/") + c.townCode),
              c.communityCode.isEmpty() ? QVariant() : QVariant(id(QStringLiteral("community/") + c.communityCode)),
              squad.isEmpty() ? QVariant() : QVariant(id(QStringLiteral("squad/") + squad)), geoJson(c.shape), b.minX,
              b.minY, b.maxX, b.maxY, c.centroid.x(), c.centroid.y() }));
    }
    m_report.cells = cells.rows();
    return success();
}

Status Writer::writeSquadsAndOfficers()
{
    struct Squad
    {
        QString code, name, townCode;
    };
    std::vector<Squad> squads;
    squads.push_back({ kDirectSquadCode, QStringLiteral("嘉定区城管执法局直属中队"), QString() });
    for (const TownRecord &t : m_ref.towns) {
        squads.push_back({ squadCode(t.code),
                           QStringLiteral("嘉定区城管执法局") + shortTownName(t.name) + QStringLiteral("中队"),
                           t.code });
        m_townSquad.insert(t.code, squadCode(t.code));
    }

    Inserter squadRows = inserter("squads", "id,code,name,kind,town_id");
    Inserter officers = inserter("officers",
                                 "id,badge_no,name,squad_id,certified,legal_officer,driver,dispatcher,"
                                 "contract_minutes_per_week,phone,active");
    Inserter users = inserter("users", "id,username,display_name,officer_id");
    Inserter roles = inserter("roles", "id,code,name");
    Inserter userRoles = inserter("user_roles", "id,user_id,role_id,squad_id");

    for (const RoleSpec &r : kRoles)
        DD_TRY(roles.insert({ id(QStringLiteral("role/") + QLatin1String(r.code)), QString::fromLatin1(r.code),
                              QString::fromUtf8(r.name) }));
    auto roleId = [&](const char *code) { return id(QStringLiteral("role/") + QLatin1String(code)); };

    const QString adminId = id(QStringLiteral("user/admin"));
    DD_TRY(users.insert({ adminId, QStringLiteral("admin"), QStringLiteral("区局管理员"), QVariant() }));
    DD_TRY(userRoles.insert({ id(QStringLiteral("user_role/admin")), adminId, roleId("district_admin"), QVariant() }));
    const QString supervisorId = id(QStringLiteral("user/supervisor"));
    DD_TRY(users.insert({ supervisorId, QStringLiteral("ducha"), QStringLiteral("区局督查"), QVariant() }));
    DD_TRY(userRoles.insert(
        { id(QStringLiteral("user_role/supervisor")), supervisorId, roleId("supervisor"), QVariant() }));

    QHash<QString, bool> usedNames;
    for (std::size_t s = 0; s < squads.size(); ++s) {
        const Squad &sq = squads[s];
        const QString squadId = id(QStringLiteral("squad/") + sq.code);
        DD_TRY(squadRows.insert(
            { squadId, sq.code, sq.name, sq.townCode.isEmpty() ? QStringLiteral("bureau") : QStringLiteral("town"),
              sq.townCode.isEmpty() ? QVariant() : QVariant(id(QStringLiteral("town/") + sq.townCode)) }));

        // Each squad draws from its own stream, so one squad's size does not reshuffle the next.
        Rng rng(std::uint64_t(m_options.seed) * 1000003ULL + s * 7919ULL + 17ULL);
        const int count = 36 + int(rng.below(9)); // 36..44
        // Fixed skill slots among the roster positions: leader and deputy (0, 1) are certified legal
        // officers' seniors; dispatchers and drivers are spread over the rest.
        const int legal = 2, dispatchers = 5, drivers = 4;
        QString firstDispatcherId;
        for (int i = 0; i < count; ++i) {
            QString name;
            for (int attempt = 0; attempt < 20; ++attempt) {
                const bool female = rng.chance(0.2);
                const QString &given = female ? kGivenFemale : kGivenMale;
                name = kSurnames.at(rng.below(std::uint32_t(kSurnames.size())));
                name += given.at(rng.below(std::uint32_t(given.size())));
                if (rng.chance(0.65))
                    name += given.at(rng.below(std::uint32_t(given.size())));
                if (!usedNames.contains(name))
                    break;
            }
            usedNames.insert(name, true);

            const bool isLegal = i >= 2 && i < 2 + legal;
            const bool isDispatcher = i >= 2 + legal && i < 2 + legal + dispatchers;
            const bool isDriver = i >= 2 + legal + dispatchers && i < 2 + legal + dispatchers + drivers;
            const bool certified = i < 2 || isLegal || rng.chance(0.85);
            const int minutes = rng.chance(0.08) ? 1920 : 2400;
            const bool active = i < 2 + legal + dispatchers + drivers || !rng.chance(0.03);
            static const char *const kPrefixes[]
                = { "139", "138", "137", "135", "136", "150", "158", "186", "189", "181", "133", "177" };
            QString phone = QString::fromLatin1(kPrefixes[rng.below(12)]);
            for (int d = 0; d < 8; ++d)
                phone += QChar(QLatin1Char(char('0' + rng.below(10))));
            const QString badge
                = QStringLiteral("JD%1%2").arg(int(s), 2, 10, QLatin1Char('0')).arg(i + 1, 3, 10, QLatin1Char('0'));
            const QString officerId = id(QStringLiteral("officer/") + badge);
            DD_TRY(officers.insert({ officerId, badge, name, squadId, int(certified), int(isLegal), int(isDriver),
                                     int(isDispatcher), minutes, phone, int(active) }));
            if (isDispatcher && firstDispatcherId.isEmpty())
                firstDispatcherId = officerId;
            if (i == 0) {
                const QString userId = id(QStringLiteral("user/leader/") + sq.code);
                DD_TRY(
                    users.insert({ userId, QString(QStringLiteral("leader.") + sq.code.toLower()), name, officerId }));
                DD_TRY(userRoles.insert(
                    { id(QStringLiteral("user_role/leader/") + sq.code), userId, roleId("squad_leader"), squadId }));
            }
        }
        const QString dispatchUser = id(QStringLiteral("user/dispatch/") + sq.code);
        DD_TRY(users.insert({ dispatchUser, QString(QStringLiteral("dispatch.") + sq.code.toLower()),
                              QString(sq.name + QStringLiteral("调度员")), firstDispatcherId }));
        DD_TRY(userRoles.insert(
            { id(QStringLiteral("user_role/dispatch/") + sq.code), dispatchUser, roleId("dispatcher"), squadId }));
    }
    m_report.squads = squadRows.rows();
    m_report.officers = officers.rows();
    return success();
}

Status Writer::writeShiftTypes()
{
    Inserter shifts = inserter("shift_types", "id,code,name,start_minute,length_minutes,crosses_midnight,colour,desk");
    for (const ShiftSpec &s : kShifts)
        DD_TRY(shifts.insert({ id(QStringLiteral("shift/") + QLatin1String(s.code)), QString::fromLatin1(s.code),
                               QString::fromUtf8(s.name), s.start, s.length, int(s.start + s.length > 24 * 60),
                               QString::fromLatin1(s.colour), int(s.desk) }));
    return success();
}

Status Writer::writePosts()
{
    Inserter posts = inserter("posts",
                              "id,squad_id,code,name,kind,grade,topic,min_officers,min_certified,"
                              "required_skill,valid_from,valid_to");
    Inserter postCells = inserter("post_cells", "id,post_id,cell_id");
    auto addCells
        = [&](const QString &postId, const QString &postCode, const std::vector<std::size_t> &cells) -> Status {
        for (std::size_t c : cells) {
            const QString &code = m_geo.cells[c].code;
            DD_TRY(postCells.insert({ id(QStringLiteral("post_cell/%1/%2").arg(postCode, code)), postId,
                                      id(QStringLiteral("cell/") + code) }));
        }
        return success();
    };

    std::vector<QString> squadCodes { kDirectSquadCode };
    QHash<QString, QString> squadShort { { kDirectSquadCode, QStringLiteral("直属") } };
    QHash<QString, std::vector<std::size_t>> cellsByTown;
    for (std::size_t c = 0; c < m_geo.cells.size(); ++c)
        cellsByTown[m_geo.cells[c].townCode].push_back(c);
    for (const TownRecord &t : m_ref.towns) {
        squadCodes.push_back(squadCode(t.code));
        squadShort.insert(squadCode(t.code), shortTownName(t.name));
    }

    Rng rng(std::uint64_t(m_options.seed) * 2654435761ULL + 99ULL);
    for (const QString &code : squadCodes) {
        const QString squadId = id(QStringLiteral("squad/") + code);
        const QString shortName = squadShort.value(code);

        const QString deskCode = code + QStringLiteral("-CMD");
        DD_TRY(posts.insert({ id(QStringLiteral("post/") + deskCode), squadId, deskCode,
                              QString(shortName + QStringLiteral("中队指挥室")), QStringLiteral("command_desk"),
                              QVariant(), QStringLiteral(""), 1, 0, QStringLiteral("dispatcher"), QVariant(),
                              QVariant() }));

        // Patrol sectors: every cell of the squad's town in exactly one (处处不留死角).
        QString townCode;
        for (const TownRecord &t : m_ref.towns)
            if (squadCode(t.code) == code)
                townCode = t.code;
        if (!townCode.isEmpty()) {
            const std::vector<std::size_t> &cells = cellsByTown[townCode];
            const int k = std::clamp(int(std::lround(double(cells.size()) / 150.0)), 2, 12);
            const auto sectors = partitionSectors(cells, m_geo.cells, k);
            for (std::size_t i = 0; i < sectors.size(); ++i) {
                const QString postCode = QStringLiteral("%1-P%2").arg(code).arg(int(i + 1), 2, 10, QLatin1Char('0'));
                const QString postId = id(QStringLiteral("post/") + postCode);
                DD_TRY(posts.insert({ postId, squadId, postCode,
                                      QStringLiteral("%1中队第%2巡查责任区").arg(shortName).arg(i + 1),
                                      QStringLiteral("patrol_sector"), QVariant(), QStringLiteral(""), 2, 2, QVariant(),
                                      QVariant(), QVariant() }));
                DD_TRY(addCells(postId, postCode, sectors[i]));
                ++m_report.patrolSectors;
            }
        }

        // Two campaigns per squad, drawn from the five campaign themes.
        const std::uint32_t first = rng.below(5);
        const std::uint32_t second = (first + 1 + rng.below(4)) % 5;
        int n = 0;
        for (std::uint32_t topic : { first, second }) {
            const QString postCode = QStringLiteral("%1-C%2").arg(code).arg(++n, 2, 10, QLatin1Char('0'));
            DD_TRY(
                posts.insert({ id(QStringLiteral("post/") + postCode), squadId, postCode,
                               QString(shortName + QStringLiteral("中队") + QString::fromUtf8(kCampaigns[topic].name)),
                               QStringLiteral("campaign"), QVariant(), QString::fromLatin1(kCampaigns[topic].key), 2, 2,
                               QVariant(), QStringLiteral("2026-01-01"), QStringLiteral("2026-12-31") }));
        }
    }

    // Major-event support (进博会) in graded rings around Jiangqiao's seat, staffed by the direct squad.
    const QString eventTown = QStringLiteral("310114118");
    for (const TownRecord &t : m_ref.towns) {
        if (t.code != eventTown)
            continue;
        const grid::LocalProjection projection(grid::Point(t.seatLon, t.seatLat));
        struct Ring
        {
            const char *grade;
            const char *name;
            double maxMetres;
            int officers;
        };
        const Ring rings[]
            = { { "core", "核心区", 1000.0, 6 }, { "key", "重点区", 2000.0, 4 }, { "general", "一般区", 3000.0, 2 } };
        std::vector<std::vector<std::size_t>> members(3);
        for (std::size_t c : cellsByTown[eventTown]) {
            const grid::Point m = projection.toMetres(m_geo.cells[c].centroid);
            const double distance = std::hypot(m.x(), m.y());
            for (std::size_t r = 0; r < 3; ++r)
                if (distance <= rings[r].maxMetres) {
                    members[r].push_back(c);
                    break;
                }
        }
        const QString squadId = id(QStringLiteral("squad/") + kDirectSquadCode);
        for (std::size_t r = 0; r < 3; ++r) {
            const QString postCode
                = QStringLiteral("%1-E%2").arg(kDirectSquadCode).arg(int(r + 1), 2, 10, QLatin1Char('0'));
            const QString postId = id(QStringLiteral("post/") + postCode);
            DD_TRY(posts.insert({ postId, squadId, postCode,
                                  QString(QStringLiteral("进博会保障") + QString::fromUtf8(rings[r].name)),
                                  QStringLiteral("event_zone"), QString::fromLatin1(rings[r].grade),
                                  QStringLiteral("ciie"), rings[r].officers, rings[r].officers, QVariant(),
                                  QStringLiteral("2026-10-25"), QStringLiteral("2026-11-12") }));
            DD_TRY(addCells(postId, postCode, members[r]));
        }
    }
    m_report.posts = posts.rows();
    return success();
}

Status Writer::writeCategories()
{
    Inserter categories = inserter("incident_categories",
                                   "id,code,major_class_code,major_class,name,limit_amount,"
                                   "limit_unit,clock,editable,unverified");
    for (const CategoryRecord &c : m_categories) {
        const TimeLimit limit = defaultLimit(c);
        DD_TRY(categories.insert({ id(QStringLiteral("category/") + c.code), c.code, c.majorClassCode, c.majorClass,
                                   c.name, limit.amount, QString::fromLatin1(limit.unit),
                                   QString::fromLatin1(limit.clock), 1, 1 }));
    }
    m_report.categories = categories.rows();
    return success();
}

Status Writer::writeCalendar()
{
    Inserter days = inserter("calendar_days", "id,date,kind,name,source,editable");
    for (const CalendarSpec &d : kCalendar2026) {
        const QString date = QDate(2026, d.month, d.day).toString(Qt::ISODate);
        DD_TRY(days.insert(
            { id(QStringLiteral("calendar/") + date), date, QString::fromLatin1(d.kind), QString::fromUtf8(d.name),
              QStringLiteral("国务院办公厅 2026 年部分节假日安排 (as known to the project; not checked)"), 1 }));
    }
    m_report.calendarDays = days.rows();
    return success();
}

Status Writer::writeMeta()
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('demo_seed', ?), ('district_code', ?)"));
    q.addBindValue(QString::number(m_options.seed));
    q.addBindValue(m_ref.code);
    if (!q.exec())
        return failure(q.lastError().text());
    Inserter audit = inserter("audit_log", "id,at,action,entity,entity_id,detail");
    return audit.insert({ id(QStringLiteral("audit/demo")), DemoGenerator::demoTimestamp(),
                          QStringLiteral("demo.generate"), QStringLiteral("district"), m_districtId,
                          QStringLiteral("{\"seed\":%1,\"cells\":%2}").arg(m_options.seed).arg(m_report.cells) });
}

} // namespace

DemoGenerator::DemoGenerator(DemoOptions options)
    : m_options(options)
{
}

QString DemoGenerator::demoWriterId()
{
    return QUuid::createUuidV5(kDemoNamespace, QStringLiteral("demo-generator")).toString(QUuid::WithoutBraces);
}

QString DemoGenerator::demoTimestamp()
{
    return QStringLiteral("2026-01-01T00:00:00.000Z");
}

Result<DemoReport> DemoGenerator::populate(Database &db) const
{
    if (db.schemaVersion() != Database::latestSchemaVersion())
        return failure(DemoTr::tr("%1: the demo needs a store at schema version %2 (this one is at %3).")
                           .arg(db.path())
                           .arg(Database::latestSchemaVersion())
                           .arg(db.schemaVersion()));
    Result<DistrictReference> ref = ReferenceData::jiading();
    if (!ref)
        return failure(ref.errorMessage());
    Result<std::vector<CategoryRecord>> categories = ReferenceData::eventCategories();
    if (!categories)
        return failure(categories.errorMessage());

    DemoReport report;
    QElapsedTimer timer;
    timer.start();
    grid::SchematicInput input;
    input.districtCode = ref->code;
    input.cellSizeMetres = m_options.cellSizeMetres;
    input.seed = m_options.seed;
    for (const TownRecord &t : ref->towns)
        input.towns.push_back(grid::TownSeat { t.code, t.name, grid::Point(t.seatLon, t.seatLat) });
    for (const CommunityRecord &c : ref->communities)
        input.communities.push_back(grid::CommunityInput { c.code, c.name, c.townCode });
    const grid::SchematicDistrict geometry = grid::generateSchematicDistrict(input);
    report.geometryMilliseconds = timer.restart();
    if (!geometry)
        return failure(DemoTr::tr("The schematic geometry could not be generated: %1").arg(geometry.errorMessage));
    if (geometry.cells.empty() || geometry.towns.size() != ref->towns.size())
        return failure(
            DemoTr::tr("The schematic geometry generator returned %1 cells for %2 towns; the demo was not written.")
                .arg(geometry.cells.size())
                .arg(geometry.towns.size()));

    Status written = db.transaction([&]() -> Status {
        Writer writer(db, m_options, ref.value(), categories.value(), geometry, report);
        if (Status done = writer.run(); !done)
            return done;
        return classifySchematicCellKinds(db); // travel speeds by cell kind (data/layers)
    });
    if (!written)
        return failure(DemoTr::tr("%1: the demo district was not written: %2").arg(db.path(), written.errorMessage()));
    report.writeMilliseconds = timer.elapsed();
    return report;
}

} // namespace dd::data
