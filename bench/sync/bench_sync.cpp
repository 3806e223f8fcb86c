// SPDX-License-Identifier: GPL-3.0-or-later
// bench_sync [--squads 12] [--up 10000] [--down 50000] [--keep]
// Stands up a throwaway district server (scripts/district-server), then measures over loopback TLS:
//  1. one squad's night: 10,000 changes up (6,000 new duty logs, 4,000 incident updates) and 50,000
//     rows down (the district's incidents for that squad) in one `sync` of a fresh console;
//  2. a no-change sync right after;
//  3. N squads at once: N consoles (threads, each its own store and certificate) each pushing 10,000
//     changes and pulling its share of the district's 50,000 incidents.
#include "data/clock.h"
#include "data/database.h"
#include "data/sync/syncengine.h"
#include "data/sync/synctransport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>
#include <thread>

using namespace dd::data;
using namespace dd::data::sync;

namespace {

QString g_dir;
QHash<QString, QString> g_env;

bool script(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DD_SYNCD"), QStringLiteral(DUTYDESK_SYNCD));
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral(DUTYDESK_SOURCE_DIR "/scripts/district-server"), args);
    p.waitForFinished(300000);
    if (p.exitCode() != 0) {
        std::fprintf(stderr, "district-server %s: %s\n", qPrintable(args.join(QLatin1Char(' '))), p.readAll().constData());
        return false;
    }
    return true;
}

ServerConfig console(const QString &name, const QString &squad)
{
    script({ QStringLiteral("issue"), g_dir, name, squad });
    ServerConfig c;
    c.url = QUrl(g_env.value(QStringLiteral("DD_SERVER_URL")));
    c.certFile = g_dir + QStringLiteral("/pki/") + name + QStringLiteral(".crt");
    c.keyFile = g_dir + QStringLiteral("/pki/") + name + QStringLiteral(".key");
    c.caFile = g_env.value(QStringLiteral("DD_CA"));
    c.timeoutMs = 600000;
    return c;
}

std::unique_ptr<Database> store(const QString &path)
{
    auto db = Database::open(path, Database::Mode::CreateIfMissing);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.errorMessage()));
        std::exit(1);
    }
    return std::move(db.value());
}

bool exec(Database &db, const QString &sql, const std::function<void(QSqlQuery &, int)> &bind, int n)
{
    Status s = db.transaction([&]() -> Status {
        QSqlQuery q(db.connection());
        q.prepare(sql);
        for (int i = 0; i < n; ++i) {
            bind(q, i);
            if (!q.exec())
                return failure(q.lastError().text());
        }
        return success();
    });
    if (!s)
        std::fprintf(stderr, "%s\n", qPrintable(s.errorMessage()));
    return bool(s);
}

double seconds(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e9;
}

SyncReport syncNow(Database &db, const ServerConfig &c)
{
    return syncOnce(db, c, Clock::system());
}

// A squad console's day: new duty logs and status changes of its incidents.
bool squadDay(Database &db, const QString &squad, int up, const QStringList &incidentIds)
{
    const int updates = std::min<int>(int(incidentIds.size()), up * 2 / 5);
    const int logs = up - updates;
    if (!exec(db, QStringLiteral("INSERT INTO duty_logs (id, squad_id, date, at, kind, text, updated_at, last_writer) "
                                 "VALUES (?, ?, '2026-11-26', '2026-11-26T08:00:00.000Z', 'patrol', ?, ?, ?)"),
              [&](QSqlQuery &q, int i) {
                  q.addBindValue(Database::newId());
                  q.addBindValue(squad);
                  q.addBindValue(QStringLiteral("巡查记录 %1：南翔镇人民街沿街商铺占道经营已劝导").arg(i));
                  q.addBindValue(Database::timestampNow());
                  q.addBindValue(db.consoleId());
              },
              logs))
        return false;
    return exec(db, QStringLiteral("UPDATE incidents SET status = 'dispatched', team = ?, updated_at = ?, last_writer = ? WHERE id = ?"),
                [&](QSqlQuery &q, int i) {
                    q.addBindValue(QStringLiteral("第%1组").arg(i % 6 + 1));
                    q.addBindValue(Database::timestampNow());
                    q.addBindValue(db.consoleId());
                    q.addBindValue(incidentIds[i]);
                },
                updates);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int squads = 12, up = 10000, down = 50000;
    bool keep = false;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--squads") && i + 1 < args.size())
            squads = args[++i].toInt();
        else if (args[i] == QLatin1String("--up") && i + 1 < args.size())
            up = args[++i].toInt();
        else if (args[i] == QLatin1String("--down") && i + 1 < args.size())
            down = args[++i].toInt();
        else if (args[i] == QLatin1String("--keep"))
            keep = true;
    }
    QTemporaryDir tmp;
    tmp.setAutoRemove(!keep);
    QFile::setPermissions(tmp.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                          | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                          | QFileDevice::ExeOther);
    g_dir = tmp.path() + QStringLiteral("/server");
    if (!script({ QStringLiteral("init"), g_dir }) || !script({ QStringLiteral("start"), g_dir }))
        return 1;
    QFile envFile(g_dir + QStringLiteral("/env"));
    envFile.open(QIODevice::ReadOnly);
    for (const QByteArray &line : envFile.readAll().split('\n'))
        if (line.contains('='))
            g_env.insert(QString::fromUtf8(line.left(line.indexOf('='))), QString::fromUtf8(line.mid(line.indexOf('=') + 1)));
    struct Stop
    {
        ~Stop() { script({ QStringLiteral("stop"), g_dir }); }
    } stop;

    // The district: one district, one town, squads s1..sN, and `down` incidents (all of squad s1 for the
    // one-squad night, spread over all squads for the N-squads run: two separate runs of the server rows).
    auto centre = store(tmp.filePath(QStringLiteral("centre.sqlite")));
    const ServerConfig centreCfg = console(QStringLiteral("centre"), QStringLiteral("district"));
    centre->executeScript(QByteArrayLiteral(
        "INSERT INTO district VALUES ('d', '310114', '嘉定区', 'T', 'c');"
        "INSERT INTO towns (id, district_id, code, name, updated_at, last_writer) VALUES ('t1', 'd', '310114102', '南翔镇', 'T', 'c');"));
    exec(*centre, QStringLiteral("INSERT INTO squads (id, code, name, kind, town_id, updated_at, last_writer) VALUES (?, ?, ?, 'town', 't1', 'T', 'c')"),
         [](QSqlQuery &q, int i) {
             q.addBindValue(QStringLiteral("s%1").arg(i + 1));
             q.addBindValue(QStringLiteral("JD%1").arg(i + 101));
             q.addBindValue(QStringLiteral("第%1中队").arg(i + 1));
         },
         squads + 1);
    // Incidents filed by the district: `old` per squad before the day (the consoles already have
    // them), then the day's new tickets: `down` for s1, `down` shared by the other squads.
    const int old = up * 2 / 5;
    QHash<QString, QStringList> incidentsOf;
    int serial = 0;
    auto file = [&](const std::function<QString(int)> &squadOf, int n) {
        return exec(*centre, QStringLiteral("INSERT INTO incidents (id, ticket_no, source, title, description, address, lon, lat, squad_id, "
                                            "status, reported_at, deadline_at, reporter_name, reporter_phone, updated_at, last_writer) "
                                            "VALUES (?, ?, 'hotline_12345', ?, ?, ?, 121.25, 31.38, ?, 'filed', ?, ?, '张先生', '13900000000', ?, 'c')"),
                    [&](QSqlQuery &q, int i) {
                        const QString id = Database::newId();
                        const QString squad = squadOf(i);
                        incidentsOf[squad] << id;
                        q.addBindValue(id);
                        q.addBindValue(QStringLiteral("20261126%1").arg(++serial, 8, 10, QLatin1Char('0')));
                        q.addBindValue(QStringLiteral("占道经营"));
                        q.addBindValue(QStringLiteral("市民反映嘉定区南翔镇人民街沿街商铺占道经营，影响通行，请处理。"));
                        q.addBindValue(QStringLiteral("嘉定区南翔镇人民街%1号").arg(i % 300 + 1));
                        q.addBindValue(squad);
                        q.addBindValue(QStringLiteral("2026-11-26T01:00:00.000Z"));
                        q.addBindValue(QStringLiteral("2026-11-28T01:00:00.000Z"));
                        q.addBindValue(QStringLiteral("2026-11-26T01:00:00.000Z"));
                    },
                    n);
    };
    file([&](int i) { return QStringLiteral("s%1").arg(1 + i % (squads + 1)); }, old * (squads + 1));
    QElapsedTimer t;
    t.start();
    SyncReport r = syncNow(*centre, centreCfg);
    std::printf("district load (yesterday): %lld changes up in %.2f s\n", r.pushed, seconds(t));

    // Every squad console has yesterday's state (not timed).
    std::vector<std::unique_ptr<Database>> stores;
    std::vector<ServerConfig> configs;
    for (int i = 0; i <= squads; ++i) {
        const QString sq = QStringLiteral("s%1").arg(i + 1);
        configs.push_back(console(sq + QStringLiteral("-desk"), QStringLiteral("JD%1").arg(i + 101)));
        stores.push_back(store(tmp.filePath(sq + QStringLiteral(".sqlite"))));
        r = syncNow(*stores.back(), configs.back());
        if (r.outcome != SyncReport::Outcome::Success)
            return std::printf("%s\n", qPrintable(r.message)), 1;
        // The day at the squad: new duty logs and status changes of its incidents.
        if (!squadDay(*stores.back(), sq, up, incidentsOf.value(sq)))
            return 1;
    }
    // The day at the district: new tickets.
    file([](int) { return QStringLiteral("s1"); }, down);
    file([&](int i) { return QStringLiteral("s%1").arg(2 + i % squads); }, down);
    t.restart();
    r = syncNow(*centre, centreCfg);
    std::printf("district load (today): %lld changes up in %.2f s\n", r.pushed, seconds(t));

    // 1. One squad's night.
    t.restart();
    r = syncNow(*stores[0], configs[0]);
    std::printf("one squad's night: %lld changes up, %lld rows down in %.2f s (%s)\n", r.pushed, r.pulled, seconds(t),
                qPrintable(r.message));
    t.restart();
    r = syncNow(*stores[0], configs[0]);
    std::printf("no-change sync: %.3f s (%s)\n", seconds(t), qPrintable(r.message));

    // 2. The other squads at once, each from its own thread and store connection.
    std::vector<QString> paths;
    for (int i = 1; i <= squads; ++i)
        paths.push_back(stores[size_t(i)]->path());
    stores.clear();
    std::vector<SyncReport> reports(static_cast<size_t>(squads));
    std::vector<double> times(static_cast<size_t>(squads));
    t.restart();
    std::vector<std::thread> threads;
    for (int i = 0; i < squads; ++i)
        threads.emplace_back([&, i] {
            QElapsedTimer own;
            own.start();
            auto db = Database::open(paths[size_t(i)]);
            reports[size_t(i)] = syncOnce(*db.value(), configs[size_t(i) + 1], Clock::system());
            times[size_t(i)] = seconds(own);
        });
    for (auto &th : threads)
        th.join();
    const double all = seconds(t);
    qint64 pushed = 0, pulled = 0;
    int ok = 0;
    for (int i = 0; i < squads; ++i) {
        pushed += reports[size_t(i)].pushed;
        pulled += reports[size_t(i)].pulled;
        ok += reports[size_t(i)].outcome == SyncReport::Outcome::Success;
        if (reports[size_t(i)].outcome != SyncReport::Outcome::Success)
            std::printf("  squad %d: %s\n", i + 2, qPrintable(reports[size_t(i)].message));
    }
    std::printf("%d squads at once: %lld changes up, %lld rows down in %.2f s; %d of %d succeeded; slowest %.2f s\n",
                squads, pushed, pulled, all, ok, squads, *std::max_element(times.begin(), times.end()));
    return 0;
}
