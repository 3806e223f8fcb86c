// SPDX-License-Identifier: GPL-3.0-or-later
// A real district server for one test executable: scripts/district-server init + start in a temporary
// directory (PostgreSQL + nginx with mutual TLS + dutydesk-syncd), stopped in the destructor (also when
// a test fails). Without postgres or nginx on this machine the tests skip, except under CI=true.
#pragma once

#include "data/clock.h"
#include "data/database.h"
#include "data/sync/syncengine.h"
#include "data/sync/synctransport.h"

#include <QFile>
#include <QHash>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace synctest {

inline QString script()
{
    return QStringLiteral(DUTYDESK_SOURCE_DIR "/scripts/district-server");
}

// Whether the stack can run here; a message when not.
inline QString missingTools()
{
    for (const char *path : { "/usr/lib/postgresql/15/bin/initdb", "/usr/lib/postgresql/15/bin/pg_ctl" })
        if (!QFile::exists(QString::fromLatin1(path)))
            return QStringLiteral("%1 is missing (scripts/install-deps.sh installs postgresql)").arg(QString::fromLatin1(path));
    if (!QFile::exists(QStringLiteral("/usr/sbin/nginx")))
        return QStringLiteral("nginx is missing (scripts/install-deps.sh installs it)");
    if (!QFile::exists(QStringLiteral(DUTYDESK_BINARY_DIR "/app/dutydesk-syncd")))
        return QStringLiteral("dutydesk-syncd was not built");
    return {};
}

inline bool inCi()
{
    return qEnvironmentVariable("CI") == QLatin1String("true");
}

class DistrictServer
{
public:
    DistrictServer()
    {
        // As root, PostgreSQL runs as "postgres", which must be able to enter the directory.
        QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                                | QFileDevice::ReadGroup | QFileDevice::ExeGroup
                                                | QFileDevice::ReadOther | QFileDevice::ExeOther);
    }
    ~DistrictServer() { stop(); }

    // init + start; false (with a warning) on failure.
    bool start()
    {
        QString out;
        if (!run({ QStringLiteral("init"), path() }, &out) || !run({ QStringLiteral("start"), path() }, &out))
            return false;
        QFile env(path() + QStringLiteral("/env"));
        if (!env.open(QIODevice::ReadOnly))
            return false;
        for (const QByteArray &line : env.readAll().split('\n')) {
            const qsizetype eq = line.indexOf('=');
            if (eq > 0)
                m_env.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
        }
        m_started = true;
        return true;
    }
    void stop()
    {
        if (m_started) {
            QString out;
            run({ QStringLiteral("stop"), path() }, &out);
            m_started = false;
        }
    }

    // Runs the script: district-server ARGS…; the output in *out.
    bool run(const QStringList &args, QString *out) const
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DD_SYNCD"), QStringLiteral(DUTYDESK_BINARY_DIR "/app/dutydesk-syncd"));
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(script(), args);
        if (!p.waitForFinished(120000)) {
            p.kill();
            p.waitForFinished();
        }
        *out = QString::fromUtf8(p.readAll());
        if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            qWarning().noquote() << "district-server" << args.join(QLatin1Char(' ')) << "failed:" << *out;
            return false;
        }
        return true;
    }

    // A console certificate for squad code (or "district"); cached by name.
    dd::data::sync::ServerConfig console(const QString &name, const QString &squad, bool expired = false)
    {
        if (!QFile::exists(pki(name + QStringLiteral(".crt")))) {
            QString out;
            QStringList args { QStringLiteral("issue"), path(), name, squad };
            if (expired)
                args << QStringLiteral("--expired");
            run(args, &out);
        }
        dd::data::sync::ServerConfig c;
        c.url = QUrl(m_env.value(QStringLiteral("DD_SERVER_URL")));
        c.certFile = pki(name + QStringLiteral(".crt"));
        c.keyFile = pki(name + QStringLiteral(".key"));
        c.caFile = m_env.value(QStringLiteral("DD_CA"));
        c.timeoutMs = 30000;
        return c;
    }

    // One value from the district database (psql as the server's administrator).
    QString query(const QString &sql) const
    {
        QString out;
        run({ QStringLiteral("psql"), path(), QStringLiteral("-tAc"), sql }, &out);
        return out.trimmed();
    }

    QString path() const { return m_dir.path() + QStringLiteral("/server"); }
    QString pki(const QString &file) const { return path() + QStringLiteral("/pki/") + file; }
    QString env(const QString &key) const { return m_env.value(key); }

private:
    QTemporaryDir m_dir;
    QHash<QString, QString> m_env;
    bool m_started = false;
};

// One console: its own store and its certificate.
struct Console
{
    std::unique_ptr<dd::data::Database> db;
    dd::data::sync::ServerConfig config;
    dd::data::ManualClock clock { QDateTime::currentDateTimeUtc() };

    dd::data::sync::SyncReport sync(int pushBatch = 2000, int pullBatch = 5000)
    {
        auto transport = dd::data::sync::SyncTransport::create(config, db->consoleId(), db->schemaVersion());
        if (!transport) {
            dd::data::sync::SyncReport r;
            r.message = transport.errorMessage();
            return r;
        }
        dd::data::sync::SyncEngine engine(*db, **transport, clock);
        engine.setBatchSizes(pushBatch, pullBatch);
        return engine.run();
    }
    QString value(const QString &sql) const
    {
        QSqlQuery q(db->connection());
        if (!q.exec(sql) || !q.next())
            return QStringLiteral("<%1>").arg(q.lastError().text());
        return q.value(0).toString();
    }
    bool exec(const QString &sql)
    {
        QSqlQuery q(db->connection());
        if (!q.exec(sql)) {
            qWarning().noquote() << sql << q.lastError().text();
            return false;
        }
        return true;
    }
};

inline std::unique_ptr<Console> openConsole(const QTemporaryDir &dir, const QString &name,
                                            const dd::data::sync::ServerConfig &config)
{
    auto console = std::make_unique<Console>();
    auto opened = dd::data::Database::open(dir.filePath(name + QStringLiteral(".sqlite")),
                                           dd::data::Database::Mode::CreateIfMissing);
    if (!opened) {
        qWarning().noquote() << opened.errorMessage();
        return nullptr;
    }
    console->db = std::move(opened.value());
    console->config = config;
    return console;
}

// The district's reference rows for the tests: a district, two towns, two squads, officers.
inline const char *const kDistrictRows = R"SQL(
INSERT INTO district VALUES ('d', '310114', '嘉定区', 'T', 'c');
INSERT INTO towns (id, district_id, code, name, updated_at, last_writer) VALUES ('t1', 'd', '310114102', '南翔镇', 'T', 'c');
INSERT INTO towns (id, district_id, code, name, updated_at, last_writer) VALUES ('t2', 'd', '310114103', '安亭镇', 'T', 'c');
INSERT INTO squads (id, code, name, kind, town_id, updated_at, last_writer) VALUES ('s1', 'JD102', '南翔中队', 'town', 't1', 'T', 'c');
INSERT INTO squads (id, code, name, kind, town_id, updated_at, last_writer) VALUES ('s2', 'JD103', '安亭中队', 'town', 't2', 'T', 'c');
INSERT INTO officers (id, badge_no, name, squad_id, phone, updated_at, last_writer) VALUES ('o1', 'JD01001', '王伟', 's1', '13912345678', 'T', 'c');
INSERT INTO officers (id, badge_no, name, squad_id, phone, updated_at, last_writer) VALUES ('o2', 'JD01002', '李娜', 's1', '13800001111', 'T', 'c');
INSERT INTO officers (id, badge_no, name, squad_id, phone, updated_at, last_writer) VALUES ('o3', 'JD02001', '张强', 's2', '13700002222', 'T', 'c');
)SQL";

} // namespace synctest
