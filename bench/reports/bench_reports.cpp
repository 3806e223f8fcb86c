// SPDX-License-Identifier: GPL-3.0-or-later
// Reports benchmark (docs/BENCHMARKS.md, "Reports"): fills a copy of a demo store with N generated
// incidents and their events (a year of a district: sources, categories, cells, officers, late
// arrivals, reworks, extensions, suspensions, cancellations, open cases), then times
//   1. the indicators over all of them (load + replay + compute, plus grouping and the six charts),
//   2. one quarter's indicators,
//   3. the quarterly district report (PDF into memory).
// Usage: bench_reports --db COPY.sqlite [--incidents 200000] [--runs 5] [--seed 1] [--keep]
// The file given is changed (incidents are added when it holds fewer than N): never the real store.
#include "data/auth/authenticator.h"
#include "data/auth/session.h"
#include "data/clock.h"
#include "data/database.h"
#include "data/reports/indicators.h"
#include "ui/print/reportprint.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QThread>
#include <QTimeZone>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <map>

using namespace dd::data;

namespace {

void out(const QString &text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

int count(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

struct Squad
{
    QString id;
    std::vector<QString> cells, officers;
};

// Minutes a category allows, as wall-clock minutes (the generator does not need the working clocks).
int limitMinutes(int amount, const QString &unit)
{
    if (unit == QLatin1String("minute"))
        return amount;
    if (unit == QLatin1String("hour"))
        return amount * 60;
    return amount * 1440;
}

bool generate(Database &db, int n, quint32 seed)
{
    std::vector<Squad> squads;
    {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT id FROM squads ORDER BY code"));
        while (q.next())
            squads.push_back({ q.value(0).toString(), {}, {} });
        for (Squad &s : squads) {
            QSqlQuery c(db.connection());
            c.prepare(QStringLiteral("SELECT id FROM grid_cells WHERE squad_id = ?"));
            c.addBindValue(s.id);
            c.exec();
            while (c.next())
                s.cells.push_back(c.value(0).toString());
            c.prepare(QStringLiteral("SELECT id FROM officers WHERE squad_id = ? AND active = 1"));
            c.addBindValue(s.id);
            c.exec();
            while (c.next())
                s.officers.push_back(c.value(0).toString());
        }
    }
    std::vector<std::pair<QString, int>> categories;
    {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT id, limit_amount, limit_unit FROM incident_categories WHERE active = 1"));
        while (q.next())
            categories.push_back({ q.value(0).toString(), limitMinutes(q.value(1).toInt(), q.value(2).toString()) });
    }
    squads.erase(std::remove_if(squads.begin(), squads.end(), [](const Squad &s) { return s.officers.empty(); }),
                 squads.end());
    if (squads.empty() || categories.empty()) {
        out(QStringLiteral("bench_reports: the store has no squads with officers or no categories (use demo-db)."));
        return false;
    }

    QRandomGenerator rng(seed);
    const auto uniform = [&rng](double a, double b) { return a + (b - a) * rng.generateDouble(); };
    const char *const sources[] = { "hotline_12345", "hotline_12345", "hotline_12345", "hotline_12345", "hotline_12319",
                                    "city_bureau",   "department",    "video",         "patrol",        "patrol" };
    const QDateTime start(QDate(2026, 1, 1), QTime(0, 0), QTimeZone("Asia/Shanghai"));
    const qint64 span = start.secsTo(QDateTime(QDate(2026, 11, 26), QTime(0, 0), QTimeZone("Asia/Shanghai")));
    const QDateTime now = QDateTime(QDate(2026, 11, 26), QTime(8, 0), QTimeZone("Asia/Shanghai"));
    const QString writer = db.consoleId();

    const Status written = db.transaction([&]() -> Status {
        QSqlQuery inc(db.connection()), ev(db.connection());
        inc.prepare(QStringLiteral(
            "INSERT INTO incidents (id, ticket_no, source, category_id, title, address, cell_id, squad_id, status, "
            "reported_at, deadline_at, closed_at, updated_at, last_writer, urgency, arrive_deadline_at, "
            "first_deadline_at, officer_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'normal', ?, ?, ?)"));
        ev.prepare(QStringLiteral(
            "INSERT INTO incident_events (id, incident_id, seq, at, kind, from_status, to_status, officer_id, "
            "reason, updated_at, last_writer, deadline_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (int i = 0; i < n; ++i) {
            const Squad &squad = squads[rng.bounded(quint32(squads.size()))];
            const auto &[categoryId, limit] = categories[rng.bounded(quint32(categories.size()))];
            const QString officer = squad.officers[rng.bounded(quint32(squad.officers.size()))];
            const QString cell
                = squad.cells.empty() ? QString() : squad.cells[rng.bounded(quint32(squad.cells.size()))];
            // Daytime-heavy filing times.
            QDateTime filed
                = start.addSecs(qint64(rng.bounded(quint32(span / 86400))) * 86400 + qint64(uniform(7.5, 21.0) * 3600));
            if (filed >= now)
                filed = now.addSecs(-3600);
            const QDateTime deadline = filed.addSecs(qint64(limit) * 60);
            const QDateTime arriveDeadline = filed.addSecs(60 * (rng.bounded(2) ? 30 : 60));
            const QString id = Database::newId();
            struct E
            {
                QDateTime at;
                const char *kind, *to;
                QString officer;
                QDateTime deadline;
            };
            std::vector<E> events;
            events.push_back({ filed, "file", "filed", {}, {} });
            const double fate = rng.generateDouble();
            QDateTime t = filed.addSecs(qint64(uniform(2, 20) * 60));
            QString status = QStringLiteral("filed");
            QDateTime closed, currentDeadline = deadline;
            if (fate < 0.015) {
                events.push_back({ t, "cancel", "cancelled", {}, {} });
            } else if (fate < 0.025) {
                events.push_back({ t, "return", "returned", {}, {} });
            } else {
                events.push_back({ t, "dispatch", "dispatched", officer, {} });
                // Arrival: most within the limit, some late.
                const double arriveMinutes = rng.generateDouble() < 0.92 ? uniform(8, 28) : uniform(35, 120);
                t = filed.addSecs(qint64(arriveMinutes * 60));
                events.push_back({ t, "arrive", "arrived", officer, {} });
                if (fate < 0.045) {
                    events.push_back({ t.addSecs(1800), "suspend", "suspended", {}, {} });
                } else if (fate < 0.10) {
                    // Still open: some past their deadline.
                } else {
                    if (fate < 0.14) {
                        currentDeadline = deadline.addSecs(qint64(limit) * 60);
                        events.push_back({ filed.addSecs(qint64(limit) * 30), "extend", nullptr, {}, currentDeadline });
                    }
                    // Handling: mostly within the limit.
                    const double share = rng.generateDouble() < 0.93 ? uniform(0.1, 0.9) : uniform(1.05, 2.0);
                    QDateTime handled = filed.addSecs(qint64(double(limit) * 60 * share));
                    handled = std::max(handled, t.addSecs(600));
                    events.push_back({ handled, "handle", "handled", officer, {} });
                    if (fate < 0.17) {
                        events.push_back({ handled.addSecs(3600), "rework", "dispatched", officer, {} });
                        handled = handled.addSecs(3 * 3600);
                        events.push_back({ handled, "handle", "handled", officer, {} });
                    }
                    closed = handled.addSecs(qint64(uniform(0.5, 6) * 3600));
                    if (closed < now) {
                        events.push_back({ handled.addSecs(600), "feedback", "feedback", {}, {} });
                        events.push_back({ closed, "close", "closed", {}, {} });
                    } else {
                        closed = QDateTime();
                    }
                }
            }
            // Events after "now" have not happened yet.
            events.erase(std::remove_if(events.begin(), events.end(), [&now](const E &e) { return e.at >= now; }),
                         events.end());
            for (const E &e : events)
                if (e.to)
                    status = QLatin1String(e.to);
            if (!closed.isValid() || closed >= now)
                closed = QDateTime();
            const QString stamp = Database::timestamp(now);
            inc.addBindValue(id);
            inc.addBindValue(QStringLiteral("BENCH%1").arg(i, 7, 10, QLatin1Char('0')));
            inc.addBindValue(QLatin1String(sources[rng.bounded(quint32(std::size(sources)))]));
            inc.addBindValue(categoryId);
            inc.addBindValue(QStringLiteral("generated"));
            inc.addBindValue(QStringLiteral("嘉定区 %1 号").arg(i));
            inc.addBindValue(cell.isEmpty() ? QVariant() : QVariant(cell));
            inc.addBindValue(squad.id);
            inc.addBindValue(status);
            inc.addBindValue(Database::timestamp(filed));
            inc.addBindValue(Database::timestamp(currentDeadline));
            inc.addBindValue(closed.isValid() ? QVariant(Database::timestamp(closed)) : QVariant());
            inc.addBindValue(stamp);
            inc.addBindValue(writer);
            inc.addBindValue(Database::timestamp(arriveDeadline));
            inc.addBindValue(Database::timestamp(deadline));
            inc.addBindValue(officer);
            if (!inc.exec())
                return failure(inc.lastError().text());
            int seq = 0;
            QString from;
            for (const E &e : events) {
                ev.addBindValue(Database::newId());
                ev.addBindValue(id);
                ev.addBindValue(++seq);
                ev.addBindValue(Database::timestamp(e.at));
                ev.addBindValue(QLatin1String(e.kind));
                ev.addBindValue(from.isEmpty() ? QVariant() : QVariant(from));
                ev.addBindValue(e.to ? QVariant(QLatin1String(e.to)) : QVariant());
                ev.addBindValue(e.officer.isEmpty() ? QVariant() : QVariant(e.officer));
                ev.addBindValue(qstrcmp(e.kind, "extend") == 0 || qstrcmp(e.kind, "suspend") == 0
                                    ? QStringLiteral("generated")
                                    : QStringLiteral(""));
                ev.addBindValue(stamp);
                ev.addBindValue(writer);
                ev.addBindValue(e.deadline.isValid() ? QVariant(Database::timestamp(e.deadline)) : QVariant());
                if (!ev.exec())
                    return failure(ev.lastError().text());
                if (e.to)
                    from = QLatin1String(e.to);
            }
        }
        return success();
    });
    if (!written)
        out(QStringLiteral("bench_reports: generating failed: %1").arg(written.errorMessage()));
    return bool(written);
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv); // fonts for the PDF
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("A scratch copy of a demo store."),
                                      QStringLiteral("PATH"));
    const QCommandLineOption nOption(QStringLiteral("incidents"), QStringLiteral("Incidents to have (200000)."),
                                     QStringLiteral("N"), QStringLiteral("200000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Timed runs (5)."), QStringLiteral("N"),
                                        QStringLiteral("5"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Generator seed (1)."),
                                        QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption userOption(QStringLiteral("user"), QStringLiteral("Account (admin)."),
                                        QStringLiteral("NAME"), QStringLiteral("admin"));
    const QCommandLineOption passwordOption(QStringLiteral("password"), QStringLiteral("Password (demo-admin-2026)."),
                                            QStringLiteral("PASSWORD"), QStringLiteral("demo-admin-2026"));
    const QCommandLineOption generateOnly(QStringLiteral("generate-only"), QStringLiteral("Only add the incidents."));
    parser.addOptions({ dbOption, nOption, runsOption, seedOption, userOption, passwordOption, generateOnly });
    parser.process(app);
    if (!parser.isSet(dbOption)) {
        out(QStringLiteral("bench_reports: --db COPY.sqlite is required"));
        return 2;
    }
    auto opened = Database::open(parser.value(dbOption));
    if (!opened) {
        out(opened.errorMessage());
        return 3;
    }
    Database &db = *opened.value();
    const int wanted = parser.value(nOption).toInt();
    const int have = count(db, QStringLiteral("SELECT count(*) FROM incidents"));
    if (have < wanted) {
        QElapsedTimer t;
        t.start();
        if (!generate(db, wanted - have, parser.value(seedOption).toUInt()))
            return 1;
        out(QStringLiteral("generated %1 incidents, %2 events in %3 s")
                .arg(wanted - have)
                .arg(count(db, QStringLiteral("SELECT count(*) FROM incident_events")))
                .arg(double(t.elapsed()) / 1000.0, 0, 'f', 1));
    }
    if (parser.isSet(generateOnly))
        return 0;

    ManualClock clock(QDateTime(QDate(2026, 11, 26), QTime(0, 0), Qt::UTC));
    auto session = Authenticator(db, clock).signIn(parser.value(userOption), parser.value(passwordOption));
    if (!session) {
        out(session.errorMessage());
        return 1;
    }
    const int runs = std::max(1, parser.value(runsOption).toInt());
    out(QStringLiteral("machine: %1, %2 cores; store: %3 incidents, %4 events")
            .arg(QSysInfo::prettyProductName())
            .arg(QThread::idealThreadCount())
            .arg(count(db, QStringLiteral("SELECT count(*) FROM incidents")))
            .arg(count(db, QStringLiteral("SELECT count(*) FROM incident_events"))));

    IndicatorEngine engine(db, clock);
    const auto time = [&](const QString &name, const std::function<bool()> &work) {
        // Wall time and this process's CPU time: on a shared, loaded machine the CPU time is the
        // better estimate of the wall time on a quiet one.
        std::vector<double> ms, cpu;
        for (int r = 0; r < runs; ++r) {
            QElapsedTimer t;
            t.start();
            const std::clock_t c0 = std::clock();
            if (!work())
                return;
            cpu.push_back(double(std::clock() - c0) * 1000.0 / CLOCKS_PER_SEC);
            ms.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        out(QStringLiteral("%1: median %2 ms CPU, %6 ms wall (wall min %3, max %4, %5 runs)")
                .arg(name)
                .arg(median(cpu), 0, 'f', 0)
                .arg(*std::min_element(ms.begin(), ms.end()), 0, 'f', 0)
                .arg(*std::max_element(ms.begin(), ms.end()), 0, 'f', 0)
                .arg(runs)
                .arg(median(ms), 0, 'f', 0));
    };
    ReportFilter year;
    year.from = QDate(2026, 1, 1);
    year.to = QDate(2026, 12, 31);
    int considered = 0;
    time(QStringLiteral("indicators, whole year (load + replay + compute)"), [&] {
        auto set = engine.load(*session, year);
        if (!set) {
            out(set.errorMessage());
            return false;
        }
        considered = int(set->incidents.size());
        const Indicators r = IndicatorEngine::compute(*set);
        return r.received > 0;
    });
    out(QStringLiteral("  incidents considered: %1").arg(considered));
    time(QStringLiteral("indicators, whole year + by squad + by category + six charts"), [&] {
        auto set = engine.load(*session, year);
        if (!set)
            return false;
        IndicatorEngine::compute(*set);
        IndicatorEngine::group(*set, GroupBy::Squad);
        IndicatorEngine::group(*set, GroupBy::Category);
        IndicatorEngine::receivedPerDayBySource(*set);
        IndicatorEngine::receivedByCategory(*set);
        IndicatorEngine::onTimePerDay(*set);
        IndicatorEngine::arrivalDistribution(*set);
        IndicatorEngine::closingDistribution(*set);
        IndicatorEngine::workloadPerOfficer(*set);
        return true;
    });
    ReportFilter q3;
    q3.from = QDate(2026, 7, 1);
    q3.to = QDate(2026, 9, 30);
    time(QStringLiteral("indicators, 2026Q3"), [&] {
        auto set = engine.load(*session, q3);
        if (!set)
            return false;
        const Indicators r = IndicatorEngine::compute(*set);
        out(QStringLiteral("  Q3: received %1, due %2, closing %3 %, on time %4 %, arrival %5 %")
                .arg(r.received)
                .arg(r.due)
                .arg(r.closeRate() * 100, 0, 'f', 2)
                .arg(r.closeOnTimeRate() * 100, 0, 'f', 2)
                .arg(r.arrivalRate() * 100, 0, 'f', 2));
        return true;
    });
    qint64 bytes = 0;
    time(QStringLiteral("quarterly district report 2026Q3 (PDF in memory)"), [&] {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        {
            auto writer = dd::ui::print::makePdfWriter(&buffer, QStringLiteral("bench"));
            const Status s = dd::ui::print::writeQuarterlyReport(db, clock, *session, { QStringLiteral("2026Q3"), {} },
                                                                 writer.get());
            if (!s) {
                out(s.errorMessage());
                return false;
            }
        }
        bytes = buffer.size();
        return true;
    });
    out(QStringLiteral("  PDF size: %1 KB").arg(bytes / 1024));
    return 0;
}
