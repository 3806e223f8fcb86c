// SPDX-License-Identifier: GPL-3.0-or-later
// `dutydesk export grid` and `dutydesk import grid` as a user runs them: the exported file imports back
// as a new active layer; a file with a faulty feature is refused with the feature named (exit 4) and the
// store unchanged, or imported without it with --valid-only (exit 5); a squad leader is refused.
#include "data/database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out, err;
};

Run run(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(DUTYDESK_EXECUTABLE), args);
    if (!p.waitForFinished(120000))
        return {};
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, QString::fromUtf8(p.readAllStandardOutput()),
             QString::fromUtf8(p.readAllStandardError()) };
}

bool writeCredentials(const QString &path, const QString &user, const QString &password)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(QStringLiteral("user=%1\npassword=%2\n").arg(user, password).toUtf8());
    f.close();
    return f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
}

int layerCount(const QString &db)
{
    auto opened = dd::data::Database::open(db, dd::data::Database::Mode::ReadOnly);
    if (!opened)
        return -1;
    QSqlQuery q(opened.value()->connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM grid_layers")) && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class TestGridCommand : public QObject
{
    Q_OBJECT

private slots:
    void exportImportRoundTrip()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
        const QString admin = dir.filePath(QStringLiteral("admin.cred"));
        const QString leader = dir.filePath(QStringLiteral("leader.cred"));
        QCOMPARE(run({ QStringLiteral("demo-db"), db }).exitCode, 0);
        QVERIFY(writeCredentials(admin, QStringLiteral("admin"), QStringLiteral("demo-admin-2026")));
        QVERIFY(writeCredentials(leader, QStringLiteral("leader.jd001"), QStringLiteral("demo-leader-2026")));

        const QString file = dir.filePath(QStringLiteral("grid.geojson"));
        Run r = run({ QStringLiteral("export"), QStringLiteral("grid"), QStringLiteral("-o"), file, QStringLiteral("--db"), db });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile in(file);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(in.readAll()).object();
        QJsonArray features = root.value(QStringLiteral("features")).toArray();
        QVERIFY(features.size() > 7000);

        // One cell without geometry.
        int bad = -1;
        for (int i = 0; i < features.size() && bad < 0; ++i) {
            QJsonObject f = features[i].toObject();
            if (f.value(QStringLiteral("properties")).toObject().contains(QStringLiteral("level")))
                continue;
            f.insert(QStringLiteral("geometry"), QJsonValue());
            features[i] = f;
            bad = i;
        }
        root.insert(QStringLiteral("features"), features);
        const QString broken = dir.filePath(QStringLiteral("broken.geojson"));
        QFile out(broken);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(root).toJson(QJsonDocument::Compact));
        out.close();

        r = run({ QStringLiteral("import"), QStringLiteral("grid"), broken, QStringLiteral("--db"), db,
                  QStringLiteral("--credentials"), admin });
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains(QStringLiteral("feature %1").arg(bad)), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("nothing was imported")));
        QCOMPARE(layerCount(db), 1);

        r = run({ QStringLiteral("import"), QStringLiteral("grid"), file, QStringLiteral("--db"), db,
                  QStringLiteral("--credentials"), leader });
        QVERIFY(r.exitCode != 0);
        QCOMPARE(layerCount(db), 1);

        r = run({ QStringLiteral("import"), QStringLiteral("grid"), broken, QStringLiteral("--db"), db,
                  QStringLiteral("--credentials"), admin, QStringLiteral("--valid-only"), QStringLiteral("--name"),
                  QStringLiteral("partial") });
        QCOMPARE(r.exitCode, 5);
        QVERIFY2(r.out.contains(QStringLiteral("feature %1").arg(bad)), qPrintable(r.out));
        QCOMPARE(layerCount(db), 2);

        r = run({ QStringLiteral("import"), QStringLiteral("grid"), file, QStringLiteral("--db"), db,
                  QStringLiteral("--credentials"), admin, QStringLiteral("--name"), QStringLiteral("official") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("active layer")));
        QCOMPARE(layerCount(db), 3);
        // The active layer exports as the same cells.
        const QString again = dir.filePath(QStringLiteral("again.geojson"));
        QCOMPARE(run({ QStringLiteral("export"), QStringLiteral("grid"), QStringLiteral("-o"), again, QStringLiteral("--db"), db })
                     .exitCode,
                 0);
        QFile a(again);
        QVERIFY(a.open(QIODevice::ReadOnly));
        const QJsonArray againFeatures = QJsonDocument::fromJson(a.readAll()).object().value(QStringLiteral("features")).toArray();
        QCOMPARE(againFeatures.size(), QJsonDocument::fromJson([&] {
                                           QFile f(file);
                                           f.open(QIODevice::ReadOnly);
                                           return f.readAll();
                                       }())
                                           .object()
                                           .value(QStringLiteral("features"))
                                           .toArray()
                                           .size());
    }
};

QTEST_GUILESS_MAIN(TestGridCommand)
#include "tst_gridcommand.moc"
