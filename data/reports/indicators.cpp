// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/reports/indicators.h"

#include "data/auth/accesscontrol.h"
#include "data/auth/session.h"
#include "data/clock.h"
#include "data/database.h"
#include "data/reports/logging.h"
#include "data/sqlitestatement.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <algorithm>
#include <cmath>
#include <map>
#include <sqlite3.h>
#include <string_view>
#include <unordered_map>

namespace dd::data {

namespace {

constexpr std::int64_t kNever = IncidentFacts::kNever;
constexpr std::int64_t kShanghaiOffset = 8 * 3600; // no daylight saving since 1991

// The incident sources of schema v1, in the order the charts list them.
const char *const kSources[]
    = { "hotline_12345", "hotline_12319", "city_bureau", "department", "video", "patrol", "other" };

Stage stageOf(const char *s)
{
    static const std::pair<const char *, Stage> table[] = {
        { "filed", Stage::Filed },         { "dispatched", Stage::Dispatched }, { "arrived", Stage::Arrived },
        { "handled", Stage::Handled },     { "feedback", Stage::Feedback },     { "verified", Stage::Verified },
        { "closed", Stage::Closed },       { "returned", Stage::Returned },     { "suspended", Stage::Suspended },
        { "cancelled", Stage::Cancelled },
    };
    for (const auto &[name, stage] : table)
        if (qstrcmp(s, name) == 0)
            return stage;
    return Stage::Other;
}

bool atOrAfterHandling(Stage s)
{
    return s == Stage::Handled || s == Stage::Feedback || s == Stage::Verified || s == Stage::Closed;
}

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
std::int64_t daysFromCivil(int y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return std::int64_t(era) * 146097 + std::int64_t(doe) - 719468;
}

std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

// "2026-07-01T08:00:00.000Z" (Database::timestamp) without building a QDateTime: the benchmark
// parses over a million of them. Other ISO forms fall back to QDateTime.
std::int64_t parseInstantLatin1(const char *s, int n)
{
    const auto digits = [s](int at, int count, int *out) {
        int v = 0;
        for (int i = at; i < at + count; ++i) {
            if (s[i] < '0' || s[i] > '9')
                return false;
            v = v * 10 + (s[i] - '0');
        }
        *out = v;
        return true;
    };
    int y, mo, d, h, mi, se;
    if (n >= 20 && s[4] == '-' && s[7] == '-' && s[10] == 'T' && s[13] == ':' && s[16] == ':' && digits(0, 4, &y)
        && digits(5, 2, &mo) && digits(8, 2, &d) && digits(11, 2, &h) && digits(14, 2, &mi) && digits(17, 2, &se)
        && (s[n - 1] == 'Z') && mo >= 1 && mo <= 12 && d >= 1 && d <= 31) {
        bool fractionOk = n == 20;
        if (!fractionOk && s[19] == '.') {
            fractionOk = true;
            for (int i = 20; i < n - 1; ++i)
                fractionOk = fractionOk && s[i] >= '0' && s[i] <= '9';
        }
        if (fractionOk)
            return daysFromCivil(y, unsigned(mo), unsigned(d)) * 86400 + h * 3600 + mi * 60 + se;
    }
    const QDateTime t = QDateTime::fromString(QString::fromLatin1(s, n), Qt::ISODateWithMs);
    return t.isValid() ? t.toSecsSinceEpoch() : kNever;
}

using Statement = SqliteStatement;

std::int64_t instantAt(const Statement &q, int column)
{
    const char *t = q.text(column);
    return t && q.bytes(column) > 0 ? parseInstantLatin1(t, q.bytes(column)) : kNever;
}

// Stored id (its UTF-8 bytes) → index into a Dimension, found without building a QString per row:
// the incident scan does six such lookups for each of 200,000 incidents.
struct BytesHash
{
    using is_transparent = void;
    size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view> {}(s); }
};
using ByteIndex = std::unordered_map<std::string, int, BytesHash, std::equal_to<>>;

// Incident id → index, for the 1.2 million event rows of a year: open addressing over one array of
// (hash, index) slots, the ids themselves in one buffer. std::unordered_map cost two cache misses
// per lookup (bucket, node) and was the largest single item of the event scan.
class IdTable
{
public:
    void reserve(size_t n)
    {
        size_t capacity = 16;
        while (capacity < 2 * n)
            capacity *= 2;
        m_slots.assign(capacity, Slot {});
        m_offsets.reserve(n + 1);
        m_offsets.push_back(0);
    }
    size_t size() const { return m_offsets.empty() ? 0 : m_offsets.size() - 1; }
    // Adds id with the next index (ids are unique: the incidents' primary key).
    void add(std::string_view id)
    {
        if (2 * (size() + 1) > m_slots.size()) {
            const std::vector<Slot> old = std::move(m_slots);
            m_slots.assign(std::max<size_t>(16, old.size() * 2), Slot {});
            for (const Slot &slot : old)
                if (slot.index >= 0)
                    place(slot);
        }
        place(Slot { hash(id), int(size()) });
        m_bytes.append(id.data(), id.size());
        m_offsets.push_back(m_bytes.size());
    }
    int find(std::string_view id) const
    {
        if (m_slots.empty())
            return -1;
        const std::uint64_t h = hash(id);
        const size_t mask = m_slots.size() - 1;
        for (size_t i = size_t(h) & mask;; i = (i + 1) & mask) {
            const Slot &slot = m_slots[i];
            if (slot.index < 0)
                return -1;
            if (slot.hash == h && idAt(slot.index) == id)
                return slot.index;
        }
    }

private:
    struct Slot
    {
        std::uint64_t hash = 0;
        int index = -1;
    };
    static std::uint64_t hash(std::string_view s) { return std::hash<std::string_view> {}(s); }
    std::string_view idAt(int index) const
    {
        return std::string_view(m_bytes).substr(m_offsets[size_t(index)],
                                                 m_offsets[size_t(index) + 1] - m_offsets[size_t(index)]);
    }
    void place(const Slot &slot)
    {
        const size_t mask = m_slots.size() - 1;
        size_t i = size_t(slot.hash) & mask;
        while (m_slots[i].index >= 0)
            i = (i + 1) & mask;
        m_slots[i] = slot;
    }
    std::vector<Slot> m_slots;
    std::string m_bytes;
    std::vector<size_t> m_offsets;
};

DurationStats durationStats(std::vector<double> &minutes)
{
    DurationStats s;
    s.count = int(minutes.size());
    if (minutes.empty())
        return s;
    std::sort(minutes.begin(), minutes.end());
    double sum = 0;
    for (double m : minutes)
        sum += m;
    s.mean = sum / double(minutes.size());
    // Nearest rank: the smallest value with at least p of the sample at or below it.
    const auto rank = [&minutes](double p) {
        const auto k = size_t(std::ceil(p * double(minutes.size())));
        return minutes[std::clamp<size_t>(k, 1, minutes.size()) - 1];
    };
    s.median = rank(0.5);
    s.p90 = rank(0.9);
    return s;
}

int dimensionIndex(const ByteIndex &index, const char *text, int bytes)
{
    if (!text || bytes == 0)
        return -1;
    const auto it = index.find(std::string_view(text, size_t(bytes)));
    return it == index.end() ? -1 : it->second;
}

} // namespace

int Dimension::indexOf(const QString &id) const
{
    const auto it = std::find(ids.begin(), ids.end(), id);
    return it == ids.end() ? -1 : int(it - ids.begin());
}

double Indicators::ratio(int numerator, int denominator)
{
    return denominator > 0 ? double(numerator) / double(denominator) : std::numeric_limits<double>::quiet_NaN();
}

IndicatorEngine::IndicatorEngine(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

std::int64_t IndicatorEngine::parseInstant(const QString &text)
{
    const QByteArray latin = text.toLatin1();
    return latin.isEmpty() ? kNever : parseInstantLatin1(latin.constData(), int(latin.size()));
}

std::int64_t IndicatorEngine::localDayStart(const QDate &date)
{
    return daysFromCivil(date.year(), unsigned(date.month()), unsigned(date.day())) * 86400 - kShanghaiOffset;
}

QDate IndicatorEngine::localDate(std::int64_t utcSeconds)
{
    return QDate(1970, 1, 1).addDays(floorDiv(utcSeconds + kShanghaiOffset, 86400));
}

QString IndicatorEngine::sourceLabel(const QString &key)
{
    static const std::pair<const char *, const char *> labels[] = {
        { "hotline_12345", QT_TRANSLATE_NOOP("dd::data::IndicatorEngine", "12345 hotline") },
        { "hotline_12319", QT_TRANSLATE_NOOP("dd::data::IndicatorEngine", "12319 hotline") },
        { "city_bureau", QT_TRANSLATE_NOOP("dd::data::IndicatorEngine", "City bureau") },
        { "department", QT_TRANSLATE_NOOP("dd::data::IndicatorEngine", "Departments") },
        { "video", QT_TRANSLATE_NOOP("dd::data::IndicatorEngine", "Video detection") },
        { "patrol", QT_TRANSLATE_NOOP("dd::data::IndicatorEngine", "Patrol findings") },
        { "other", QT_TRANSLATE_NOOP("dd::data::IndicatorEngine", "Other") },
    };
    for (const auto &[k, label] : labels)
        if (key == QLatin1String(k))
            return tr(label);
    return key;
}

Result<std::vector<QString>> IndicatorEngine::squadScope(const Session &session, const QString &squadId) const
{
    // Who may see what: a district-wide grant sees everything, a squad grant only its squads.
    AccessControl access(m_db, m_clock);
    if (!squadId.isEmpty()) {
        if (Status s = access.require(session, Action::ViewReports, Target::squad(squadId)); !s)
            return failure(s.errorMessage());
        return std::vector<QString> { squadId };
    }
    if (session.widestScope(Action::ViewReports) == Scope::District) {
        if (Status s = access.require(session, Action::ViewReports, Target::district()); !s)
            return failure(s.errorMessage());
        return std::vector<QString>();
    }
    std::vector<QString> allowed = session.squadsFor(Action::ViewReports);
    if (allowed.empty()) {
        if (Status s = access.require(session, Action::ViewReports, Target::district()); !s)
            return failure(s.errorMessage());
    }
    return allowed;
}

Result<IncidentSet> IndicatorEngine::load(const Session &session, const ReportFilter &filter,
                                          const std::atomic<bool> *cancel) const
{
    QElapsedTimer timer;
    timer.start();
    if (!filter.from.isValid() || !filter.to.isValid() || filter.to < filter.from)
        return failure(tr("Reports: the period %1 – %2 is not a valid date range.")
                           .arg(filter.from.toString(Qt::ISODate), filter.to.toString(Qt::ISODate)));

    auto scope = squadScope(session, filter.squadId);
    if (!scope)
        return failure(scope.errorMessage());
    // The squad filter is bound on its own below; the list restricts a squad-scoped user.
    const std::vector<QString> allowedSquads = filter.squadId.isEmpty() ? *scope : std::vector<QString>();

    sqlite3 *handle = sqliteHandle(m_db);
    if (!handle)
        return failure(tr("Reports: the store's connection is not SQLite."));
    // Read the file through a memory map: a pread per page dominated the load on a large store.
    sqlite3_exec(handle, "PRAGMA mmap_size = 4294967296", nullptr, nullptr, nullptr);

    IncidentSet set;
    set.filter = filter;
    set.from = localDayStart(filter.from);
    set.to = localDayStart(filter.to.addDays(1));
    const std::int64_t now = m_clock.now().toSecsSinceEpoch();
    set.asOf = filter.asOf.isValid() ? filter.asOf.toSecsSinceEpoch() : std::min(set.to, now);
    set.filter.asOf = QDateTime::fromSecsSinceEpoch(set.asOf, Qt::UTC);

    // The dimensions, with lookups from id to index. Squads and cells also give their town (an
    // incident's town is its cell's, else its squad's), so that the incident scan needs no join.
    ByteIndex squadIndex, townIndex, categoryIndex, officerIndex, sourceIndex, cellIndex;
    std::vector<int> squadTown, cellTown;
    const auto fill = [&](const char *sql, Dimension &dim, ByteIndex &index, std::vector<int> *towns) -> Status {
        Statement q(handle, sql);
        if (!q.ok())
            return failure(tr("Reports: reading the reference lists failed: %1").arg(q.error()));
        while (q.step() == SQLITE_ROW) {
            index.emplace(std::string(q.text(0) ? q.text(0) : "", size_t(q.bytes(0))), int(dim.ids.size()));
            dim.ids.push_back(q.string(0));
            dim.labels.push_back(q.string(1));
            if (towns)
                towns->push_back(dimensionIndex(townIndex, q.text(2), q.bytes(2)));
        }
        return success();
    };
    if (Status s = fill("SELECT id, name FROM towns ORDER BY code", set.towns, townIndex, nullptr); !s)
        return failure(s.errorMessage());
    if (Status s = fill("SELECT id, name, town_id FROM squads ORDER BY code", set.squads, squadIndex, &squadTown); !s)
        return failure(s.errorMessage());
    if (Status s = fill("SELECT id, code || ' ' || name FROM incident_categories ORDER BY code", set.categories,
                        categoryIndex, nullptr);
        !s)
        return failure(s.errorMessage());
    if (Status s = fill("SELECT id, name FROM officers ORDER BY badge_no", set.officers, officerIndex, nullptr); !s)
        return failure(s.errorMessage());
    if (Status s = fill("SELECT id, code, town_id FROM grid_cells ORDER BY code", set.cells, cellIndex, &cellTown); !s)
        return failure(s.errorMessage());
    for (const char *key : kSources) {
        sourceIndex.emplace(key, int(set.sources.ids.size()));
        set.sources.ids.push_back(QLatin1String(key));
        set.sources.labels.push_back(sourceLabel(QLatin1String(key)));
    }
    {
        Statement q(handle, "SELECT name FROM district LIMIT 1");
        if (q.ok() && q.step() == SQLITE_ROW)
            set.scopeLabel = q.string(0);
        const QString squad
            = filter.squadId.isEmpty() && allowedSquads.size() == 1 ? allowedSquads.front() : filter.squadId;
        if (const int i = dimensionIndex(squadIndex, squad.toUtf8().constData(), int(squad.toUtf8().size())); i >= 0)
            set.scopeLabel = set.squads.labels[size_t(i)];
    }

    // Candidates: filed before the cut-off and not closed before the period (an incident closed
    // earlier has its due moment, and its filing, before the period).
    // +reported_at: a full scan, not the reported_at index. The condition is an upper bound (everything
    // filed before the cut-off), so the index selects nearly every row and adds a lookup per row.
    QByteArray where = "+i.reported_at < :asof AND (i.closed_at IS NULL OR i.closed_at >= :from)";
    if (!filter.squadId.isEmpty())
        where += " AND i.squad_id = :squad";
    if (!allowedSquads.empty()) {
        where += " AND i.squad_id IN (";
        for (size_t k = 0; k < allowedSquads.size(); ++k)
            where += (k ? ", :s" : ":s") + QByteArray::number(qulonglong(k));
        where += ")";
    }
    if (!filter.categoryId.isEmpty())
        where += " AND i.category_id = :category";
    if (!filter.source.isEmpty())
        where += " AND i.source = :source";
    // The town filter is applied while reading (the town comes from the cell or squad lists).
    const QByteArray townFilter = filter.townId.toUtf8();
    const int wantedTown = townFilter.isEmpty() ? -1 : dimensionIndex(townIndex, townFilter.constData(), int(townFilter.size()));
    const QByteArray asOfText = Database::timestamp(QDateTime::fromSecsSinceEpoch(set.asOf, Qt::UTC)).toLatin1();
    const QByteArray fromText = Database::timestamp(QDateTime::fromSecsSinceEpoch(set.from, Qt::UTC)).toLatin1();
    struct Binding
    {
        QByteArray name, value;
    };
    std::vector<Binding> bindings = { { ":asof", asOfText }, { ":from", fromText } };
    if (!filter.squadId.isEmpty())
        bindings.push_back({ ":squad", filter.squadId.toUtf8() });
    for (size_t k = 0; k < allowedSquads.size(); ++k)
        bindings.push_back({ ":s" + QByteArray::number(qulonglong(k)), allowedSquads[k].toUtf8() });
    if (!filter.categoryId.isEmpty())
        bindings.push_back({ ":category", filter.categoryId.toUtf8() });
    if (!filter.source.isEmpty())
        bindings.push_back({ ":source", filter.source.toUtf8() });
    const auto run = [&](const QByteArray &sql, const std::function<void(Statement &)> &row) -> Status {
        Statement q(handle, sql);
        if (!q.ok())
            return failure(tr("Reports: reading incidents failed: %1").arg(q.error()));
        for (const Binding &b : bindings)
            q.bindNamed(b.name, b.value);
        int rc;
        for (unsigned n = 1; (rc = q.step()) == SQLITE_ROW; ++n) {
            if (cancel && n % 4096 == 1 && cancel->load(std::memory_order_relaxed))
                return failure(tr("Reports: cancelled."));
            row(q);
        }
        if (rc != SQLITE_DONE)
            return failure(tr("Reports: reading incidents failed: %1").arg(q.error()));
        return success();
    };

    // The incidents, then their events in order; each incident is replayed up to the cut-off.
    IdTable incidentIndex; // incident id → index into set.incidents
    {
        Statement q(handle, "SELECT count(*) FROM incidents");
        const int total = q.ok() && q.step() == SQLITE_ROW ? int(q.integer(0)) : 0;
        incidentIndex.reserve(size_t(total) + 1);
    }
    std::vector<std::int64_t> storedDeadline; // incidents.deadline_at, used when first_deadline_at is empty
    Status read
        = run("SELECT i.id, i.source, i.category_id, i.squad_id, i.reported_at, i.first_deadline_at, i.deadline_at,"
              " i.arrive_deadline_at, i.officer_id, i.cell_id FROM incidents i WHERE "
                  + where,
              [&](Statement &q) {
                  IncidentFacts f;
                  f.source = dimensionIndex(sourceIndex, q.text(1), q.bytes(1));
                  f.category = dimensionIndex(categoryIndex, q.text(2), q.bytes(2));
                  f.squad = dimensionIndex(squadIndex, q.text(3), q.bytes(3));
                  f.cell = dimensionIndex(cellIndex, q.text(9), q.bytes(9));
                  f.town = f.cell >= 0 && cellTown[size_t(f.cell)] >= 0 ? cellTown[size_t(f.cell)]
                           : f.squad >= 0                               ? squadTown[size_t(f.squad)]
                                                                        : -1;
                  if (!townFilter.isEmpty() && (wantedTown < 0 || f.town != wantedTown))
                      return;
                  f.filed = instantAt(q, 4);
                  f.deadline = instantAt(q, 5);
                  storedDeadline.push_back(instantAt(q, 6));
                  f.arriveDeadline = instantAt(q, 7);
                  f.officer = dimensionIndex(officerIndex, q.text(8), q.bytes(8));
                  f.row = int(set.ids.size());
                  set.ids.push_back(q.string(0));
                  incidentIndex.add(std::string_view(q.text(0) ? q.text(0) : "", size_t(q.bytes(0))));
                  set.incidents.push_back(f);
              });
    if (!read)
        return failure(read.errorMessage());

    // The events: one sequential scan of the table (an index walk with a row lookup per event costs a
    // read per event on a large store), kept as small records, then ordered per incident by seq.
    enum Kind : std::uint8_t { KFile, KDispatch, KArrive, KHandle, KRework, KExtend, KClose, KOther };
    struct Event
    {
        int incident, seq;
        std::int64_t at, deadline;
        int officer;
        Kind kind;
        Stage to; // Stage::None: no to_status
    };
    std::vector<Event> events;
    events.reserve(set.incidents.size() * 6);
    const auto kindOf = [](const char *k) {
        static const std::pair<const char *, Kind> table[] = {
            { "file", KFile },     { "dispatch", KDispatch }, { "reassign", KDispatch }, { "arrive", KArrive },
            { "handle", KHandle }, { "rework", KRework },     { "extend", KExtend },     { "close", KClose },
        };
        for (const auto &[name, kind] : table)
            if (k && qstrcmp(k, name) == 0)
                return kind;
        return KOther;
    };
    read = run("SELECT incident_id, seq, at, kind, to_status, deadline_at, officer_id FROM incident_events"
               " WHERE at < :asof",
               [&](Statement &q) {
                   const char *id = q.text(0);
                   if (!id)
                       return;
                   const int found = incidentIndex.find(std::string_view(id, size_t(q.bytes(0))));
                   if (found < 0)
                       return;
                   const char *to = q.text(4);
                   const Kind kind = kindOf(q.text(3));
                   events.push_back({ found, int(q.integer(1)), instantAt(q, 2),
                                      kind == KExtend ? instantAt(q, 5) : kNever,
                                      kind == KDispatch ? dimensionIndex(officerIndex, q.text(6), q.bytes(6)) : -1,
                                      kind, to && *to ? stageOf(to) : Stage::None });
               });
    if (!read)
        return failure(read.errorMessage());
    std::sort(events.begin(), events.end(), [](const Event &a, const Event &b) {
        return a.incident != b.incident ? a.incident < b.incident : a.seq < b.seq;
    });

    std::vector<char> seenEvent(set.incidents.size(), 0);
    std::vector<char> seenFile(set.incidents.size(), 0);
    std::vector<char> seenExtend(set.incidents.size(), 0);
    for (const Event &e : events) {
        const size_t k = size_t(e.incident);
        IncidentFacts &f = set.incidents[k];
        seenEvent[k] = 1;
        switch (e.kind) {
        case KFile:
            if (!seenFile[k]) {
                seenFile[k] = 1;
                f.filed = e.at;
            }
            break;
        case KDispatch:
            f.dispatched = std::min(f.dispatched, e.at);
            if (e.officer >= 0)
                f.officer = e.officer;
            break;
        case KArrive:
            f.arrived = std::min(f.arrived, e.at);
            break;
        case KHandle:
            f.handled = e.at;
            break;
        case KRework:
            ++f.reworks;
            f.handled = kNever; // handled again later, or not at all
            break;
        case KExtend:
            ++f.extensions;
            seenExtend[k] = 1;
            if (e.deadline != kNever)
                f.deadline = e.deadline;
            break;
        case KClose:
            f.closed = e.at;
            break;
        case KOther:
            break;
        }
        if (e.to != Stage::None) {
            f.stage = e.to;
            // Stages reached by another kind of event (an import's `update`) count too.
            if (f.stage == Stage::Dispatched)
                f.dispatched = std::min(f.dispatched, e.at);
            else if (f.stage == Stage::Arrived)
                f.arrived = std::min(f.arrived, e.at);
            else if (f.stage == Stage::Handled && f.handled == kNever)
                f.handled = e.at;
            else if (f.stage == Stage::Closed && f.closed == kNever)
                f.closed = e.at;
        }
    }

    for (size_t k = 0; k < set.incidents.size(); ++k) {
        IncidentFacts &f = set.incidents[k];
        if (!seenEvent[k])
            f.stage = Stage::Filed; // imported without history: filed at reported_at
        if (f.deadline == kNever && !seenExtend[k])
            f.deadline = storedDeadline[k];
        if (f.stage != Stage::Closed)
            f.closed = kNever; // a close later undone (never in v3, but the replay must not lie)
        if (!atOrAfterHandling(f.stage))
            f.handled = kNever; // sent back to the field since
        else if (f.handled == kNever)
            f.handled = f.closed != kNever ? f.closed : kNever; // closing implies handling
    }
    qCDebug(lcReports) << "loaded" << set.incidents.size() << "incidents in" << timer.elapsed() << "ms";
    return set;
}

Indicators IndicatorEngine::compute(const IncidentSet &set, const std::function<bool(const IncidentFacts &)> &include)
{
    Indicators r;
    std::vector<double> arrival, handling, closing;
    const auto inPeriod = [&set](std::int64_t t) { return t >= set.from && t < set.to && t < set.asOf; };
    for (const IncidentFacts &f : set.incidents) {
        if (include && !include(f))
            continue;
        if (f.filed >= set.from && f.filed < set.to) {
            ++r.received;
            r.cancelled += f.stage == Stage::Cancelled;
            r.returned += f.stage == Stage::Returned;
        }
        if (f.stage == Stage::Cancelled || f.stage == Stage::Returned || f.stage == Stage::None)
            continue;
        r.dispatched += f.dispatched >= set.from && f.dispatched < set.to;
        if (f.stage != Stage::Closed && f.stage != Stage::Suspended && f.handled == kNever && f.deadline < set.asOf)
            ++r.overdueBacklog;

        // Arrival: incidents with an arrival limit whose arrival (or missed limit) falls in the period.
        if (f.arriveDeadline != kNever && inPeriod(std::min(f.arrived, f.arriveDeadline))) {
            ++r.arrivalRequired;
            r.arrivedInTime += f.arrived <= f.arriveDeadline;
            if (f.arrived != kNever && f.filed != kNever)
                arrival.push_back(double(f.arrived - f.filed) / 60.0);
        }

        // Due: closed in the period (before the deadline) or whose deadline passed in the period.
        const std::int64_t dueMoment = std::min(f.closed, f.deadline);
        if (dueMoment == kNever || !inPeriod(dueMoment))
            continue;
        if (f.stage == Stage::Suspended) {
            ++r.suspended;
            continue;
        }
        ++r.due;
        if (f.closed != kNever) {
            ++r.closed;
            r.closedOnTime += f.closed <= f.deadline;
            if (f.filed != kNever)
                closing.push_back(double(f.closed - f.filed) / 60.0);
        }
        if (f.handled != kNever) {
            ++r.handled;
            r.handledOnTime += f.handled <= f.deadline;
            if (f.filed != kNever)
                handling.push_back(double(f.handled - f.filed) / 60.0);
        } else if (f.deadline < set.asOf) {
            ++r.overdueOpen;
        }
        r.reworked += f.reworks > 0;
        r.extended += f.extensions > 0;
    }
    r.toArrival = durationStats(arrival);
    r.toHandle = durationStats(handling);
    r.toClose = durationStats(closing);
    return r;
}

std::vector<IndicatorRow> IndicatorEngine::group(const IncidentSet &set, GroupBy by)
{
    const Dimension *dim = nullptr;
    int IncidentFacts::*member = nullptr;
    switch (by) {
    case GroupBy::Squad:
        dim = &set.squads, member = &IncidentFacts::squad;
        break;
    case GroupBy::Town:
        dim = &set.towns, member = &IncidentFacts::town;
        break;
    case GroupBy::Category:
        dim = &set.categories, member = &IncidentFacts::category;
        break;
    case GroupBy::Source:
        dim = &set.sources, member = &IncidentFacts::source;
        break;
    case GroupBy::Officer:
        dim = &set.officers, member = &IncidentFacts::officer;
        break;
    case GroupBy::Cell:
        dim = &set.cells, member = &IncidentFacts::cell;
        break;
    }
    // One pass: bucket the incidents, then compute each bucket over a set that holds only it.
    std::map<int, IncidentSet> buckets;
    for (const IncidentFacts &f : set.incidents) {
        auto [it, inserted] = buckets.try_emplace(f.*member);
        if (inserted) {
            it->second.from = set.from;
            it->second.to = set.to;
            it->second.asOf = set.asOf;
        }
        it->second.incidents.push_back(f);
    }
    std::vector<IndicatorRow> rows;
    for (const auto &[index, bucket] : buckets) {
        IndicatorRow row;
        if (index >= 0) {
            row.id = dim->ids[size_t(index)];
            row.label = dim->labels[size_t(index)];
        } else {
            row.label = tr("(not assigned)");
        }
        row.values = compute(bucket);
        if (row.values.received == 0 && row.values.due == 0 && row.values.arrivalRequired == 0
            && row.values.suspended == 0 && row.values.overdueBacklog == 0)
            continue; // loaded only as a candidate: nothing of it falls in the period
        rows.push_back(std::move(row));
    }
    return rows;
}

Result<std::vector<OverdueIncident>> IndicatorEngine::overdueList(const IncidentSet &set, int limit) const
{
    std::vector<const IncidentFacts *> late;
    for (const IncidentFacts &f : set.incidents)
        if (f.stage != Stage::Closed && f.stage != Stage::Suspended && f.stage != Stage::Cancelled
            && f.stage != Stage::Returned && f.stage != Stage::None && f.handled == kNever && f.deadline < set.asOf)
            late.push_back(&f);
    std::stable_sort(late.begin(), late.end(),
                     [](const IncidentFacts *a, const IncidentFacts *b) { return a->deadline < b->deadline; });
    if (int(late.size()) > limit)
        late.resize(size_t(limit));
    std::vector<OverdueIncident> list;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ticket_no, title, address, status FROM incidents WHERE id = ?"));
    static const char *const stageNames[] = { QT_TRANSLATE_NOOP("dd::data::IndicatorEngine", "—"),
                                              QT_TRANSLATE_NOOP("dd::data::IndicatorEngine", "Filed"),
                                              QT_TRANSLATE_NOOP("dd::data::IndicatorEngine", "Dispatched"),
                                              QT_TRANSLATE_NOOP("dd::data::IndicatorEngine", "Arrived"),
                                              QT_TRANSLATE_NOOP("dd::data::IndicatorEngine", "Handled"),
                                              QT_TRANSLATE_NOOP("dd::data::IndicatorEngine", "Feedback"),
                                              QT_TRANSLATE_NOOP("dd::data::IndicatorEngine", "Verified"),
                                              QT_TRANSLATE_NOOP("dd::data::IndicatorEngine", "Closed"),
                                              QT_TRANSLATE_NOOP("dd::data::IndicatorEngine", "Returned"),
                                              QT_TRANSLATE_NOOP("dd::data::IndicatorEngine", "Suspended"),
                                              QT_TRANSLATE_NOOP("dd::data::IndicatorEngine", "Cancelled"),
                                              QT_TRANSLATE_NOOP("dd::data::IndicatorEngine", "Other") };
    for (const IncidentFacts *f : late) {
        OverdueIncident o;
        o.id = set.ids[size_t(f->row)];
        q.addBindValue(o.id);
        if (!q.exec() || !q.next())
            return failure(tr("Reports: reading incident %1 failed: %2").arg(o.id, q.lastError().text()));
        o.ticketNo = q.value(0).toString();
        o.title = q.value(1).toString();
        o.address = q.value(2).toString();
        o.status = tr(stageNames[int(f->stage)]);
        o.squad = f->squad >= 0 ? set.squads.labels[size_t(f->squad)] : QString();
        o.category = f->category >= 0 ? set.categories.labels[size_t(f->category)] : QString();
        o.filed = QDateTime::fromSecsSinceEpoch(f->filed, Qt::UTC);
        o.deadline = QDateTime::fromSecsSinceEpoch(f->deadline, Qt::UTC);
        o.daysOverdue = double(set.asOf - f->deadline) / 86400.0;
        list.push_back(std::move(o));
    }
    return list;
}

namespace {

// The period's days up to the cut-off: days that have not happened yet are not zero.
std::vector<QString> dayLabels(const IncidentSet &set)
{
    std::vector<QString> days;
    const QDate last = std::min(set.filter.to, IndicatorEngine::localDate(set.asOf - 1));
    for (QDate d = set.filter.from; d <= last; d = d.addDays(1))
        days.push_back(d.toString(QStringLiteral("MM-dd")));
    return days;
}

int dayIndex(const IncidentSet &set, std::int64_t t)
{
    if (t == kNever || t < set.from || t >= set.to || t >= set.asOf)
        return -1;
    return int((t - set.from) / 86400);
}

ChartData histogram(const IncidentSet &set, const QString &title, const QString &xLabel,
                    const std::vector<std::pair<double, QString>> &bins,
                    const std::function<std::int64_t(const IncidentFacts &)> &minutesOf,
                    const std::function<bool(const IncidentFacts &)> &inSample)
{
    ChartData c;
    c.title = title;
    c.xLabel = xLabel;
    c.yLabel = IndicatorEngine::tr("Incidents");
    ChartSeries s { QStringLiteral("count"), IndicatorEngine::tr("Incidents"), std::vector<double>(bins.size(), 0) };
    for (const auto &b : bins)
        c.categories.push_back(b.second);
    for (const IncidentFacts &f : set.incidents) {
        if (!inSample(f))
            continue;
        const double minutes = double(minutesOf(f)) / 60.0;
        size_t k = 0;
        while (k + 1 < bins.size() && minutes >= bins[k].first)
            ++k;
        s.values[k] += 1;
    }
    c.series.push_back(std::move(s));
    return c;
}

} // namespace

ChartData IndicatorEngine::receivedPerDayBySource(const IncidentSet &set)
{
    ChartData c;
    c.title = tr("Incidents received per day by source");
    c.xLabel = tr("Day");
    c.yLabel = tr("Incidents");
    c.categories = dayLabels(set);
    std::vector<std::vector<double>> counts(set.sources.ids.size(), std::vector<double>(c.categories.size(), 0));
    for (const IncidentFacts &f : set.incidents)
        if (const int d = dayIndex(set, f.filed); d >= 0 && f.source >= 0)
            counts[size_t(f.source)][size_t(d)] += 1;
    for (size_t k = 0; k < counts.size(); ++k)
        if (std::any_of(counts[k].begin(), counts[k].end(), [](double v) { return v > 0; }))
            c.series.push_back({ set.sources.ids[k], set.sources.labels[k], std::move(counts[k]) });
    return c;
}

ChartData IndicatorEngine::receivedByCategory(const IncidentSet &set, int top)
{
    ChartData c;
    c.title = tr("Incidents received by category");
    c.xLabel = tr("Category");
    c.yLabel = tr("Incidents");
    std::map<int, int> counts;
    for (const IncidentFacts &f : set.incidents)
        if (f.filed >= set.from && f.filed < set.to)
            ++counts[f.category];
    std::vector<std::pair<int, int>> sorted(counts.begin(), counts.end());
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    ChartSeries s { QStringLiteral("received"), tr("Received"), {} };
    int rest = 0;
    for (size_t k = 0; k < sorted.size(); ++k) {
        if (int(k) >= top) {
            rest += sorted[k].second;
            continue;
        }
        const int i = sorted[k].first;
        c.categories.push_back(i >= 0 ? set.categories.labels[size_t(i)] : tr("(no category)"));
        s.values.push_back(sorted[k].second);
    }
    if (rest > 0) {
        c.categories.push_back(tr("Other categories"));
        s.values.push_back(rest);
    }
    c.series.push_back(std::move(s));
    return c;
}

ChartData IndicatorEngine::onTimePerDay(const IncidentSet &set)
{
    ChartData c;
    c.title = tr("Due incidents per day: closed on time, closed late, not closed");
    c.xLabel = tr("Day due");
    c.yLabel = tr("Incidents");
    c.stacked = true;
    c.categories = dayLabels(set);
    const size_t n = c.categories.size();
    ChartSeries onTime { QStringLiteral("on_time"), tr("Closed on time"), std::vector<double>(n, 0) };
    ChartSeries late { QStringLiteral("late"), tr("Closed late"), std::vector<double>(n, 0) };
    ChartSeries open { QStringLiteral("open"), tr("Not closed"), std::vector<double>(n, 0) };
    for (const IncidentFacts &f : set.incidents) {
        if (f.stage == Stage::Cancelled || f.stage == Stage::Returned || f.stage == Stage::Suspended)
            continue;
        const std::int64_t due = std::min(f.closed, f.deadline);
        if (due >= set.asOf)
            continue;
        const int d = dayIndex(set, due);
        if (d < 0)
            continue;
        if (f.closed == kNever)
            open.values[size_t(d)] += 1;
        else if (f.closed <= f.deadline)
            onTime.values[size_t(d)] += 1;
        else
            late.values[size_t(d)] += 1;
    }
    c.series = { std::move(onTime), std::move(late), std::move(open) };
    return c;
}

ChartData IndicatorEngine::arrivalDistribution(const IncidentSet &set)
{
    const std::vector<std::pair<double, QString>> bins = {
        { 10, tr("< 10 min") },  { 20, tr("10–20 min") }, { 30, tr("20–30 min") }, { 45, tr("30–45 min") },
        { 60, tr("45–60 min") }, { 90, tr("1–1.5 h") },   { 120, tr("1.5–2 h") },  { 0, tr("≥ 2 h") },
    };
    return histogram(
        set, tr("Time from filing to arrival"), tr("Minutes"), bins,
        [](const IncidentFacts &f) { return f.arrived - f.filed; },
        [&set](const IncidentFacts &f) {
            return f.arrived != kNever && f.filed != kNever && f.arriveDeadline != kNever && f.stage != Stage::Cancelled
                && f.stage != Stage::Returned && std::min(f.arrived, f.arriveDeadline) >= set.from
                && std::min(f.arrived, f.arriveDeadline) < set.to;
        });
}

ChartData IndicatorEngine::closingDistribution(const IncidentSet &set)
{
    const std::vector<std::pair<double, QString>> bins = {
        { 4 * 60, tr("< 4 h") },        { 8 * 60, tr("4–8 h") },      { 24 * 60, tr("8–24 h") },
        { 2 * 1440, tr("1–2 days") },   { 3 * 1440, tr("2–3 days") }, { 5 * 1440, tr("3–5 days") },
        { 10 * 1440, tr("5–10 days") }, { 0, tr("≥ 10 days") },
    };
    return histogram(
        set, tr("Time from filing to closing"), tr("Duration"), bins,
        [](const IncidentFacts &f) { return f.closed - f.filed; },
        [&set](const IncidentFacts &f) {
            return f.closed != kNever && f.filed != kNever && std::min(f.closed, f.deadline) >= set.from
                && std::min(f.closed, f.deadline) < set.to;
        });
}

ChartData IndicatorEngine::workloadPerOfficer(const IncidentSet &set, int top)
{
    ChartData c;
    c.title = tr("Incidents assigned per officer");
    c.xLabel = tr("Officer");
    c.yLabel = tr("Incidents");
    std::map<int, int> counts;
    for (const IncidentFacts &f : set.incidents)
        if (f.officer >= 0 && f.dispatched >= set.from && f.dispatched < set.to)
            ++counts[f.officer];
    std::vector<std::pair<int, int>> sorted(counts.begin(), counts.end());
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    if (int(sorted.size()) > top)
        sorted.resize(size_t(top));
    ChartSeries s { QStringLiteral("assigned"), tr("Assigned"), {} };
    for (const auto &[officer, count] : sorted) {
        c.categories.push_back(set.officers.labels[size_t(officer)]);
        s.values.push_back(count);
    }
    c.series.push_back(std::move(s));
    return c;
}

} // namespace dd::data
