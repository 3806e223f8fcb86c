// SPDX-License-Identifier: GPL-3.0-or-later
// The district server stack as a console meets it: an authenticated request goes through; no
// certificate, a certificate of another authority, an expired or revoked one, plain HTTP, a request
// to syncd that did not come through nginx, and a console too old are all refused with a message.
#include "districtserver.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslKey>
#include <QTcpSocket>

using namespace dd::data::sync;

class TestSyncServer : public QObject
{
    Q_OBJECT
private:
    synctest::DistrictServer m_server;
    QTemporaryDir m_tmp;

    HttpReply hello(const ServerConfig &config, int schema = 0)
    {
        auto t = SyncTransport::create(config, QStringLiteral("console-under-test"),
                                       schema ? schema : dd::data::Database::latestSchemaVersion());
        if (!t) {
            HttpReply r;
            r.error = t.errorMessage();
            return r;
        }
        return (*t)->get(QStringLiteral("/v1/hello"));
    }

    // A request with TLS set up by hand (no client certificate at all).
    QPair<int, QByteArray> rawGet(const QUrl &url, bool withCa)
    {
        QNetworkAccessManager nam;
        QNetworkRequest request(url);
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        if (withCa)
            tls.setCaCertificates(QSslCertificate::fromPath(m_server.env(QStringLiteral("DD_CA"))));
        request.setSslConfiguration(tls);
        request.setRawHeader("X-DutyDesk-Protocol", "1");
        request.setRawHeader("X-DutyDesk-Schema", QByteArray::number(dd::data::Database::latestSchemaVersion()));
        request.setRawHeader("X-DutyDesk-Console", "c");
        QNetworkReply *reply = nam.get(request);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        delete reply;
        return { status, body };
    }

private slots:
    void initTestCase()
    {
        const QString missing = synctest::missingTools();
        if (!missing.isEmpty()) {
            if (synctest::inCi())
                QFAIL(qPrintable(missing));
            QSKIP(qPrintable(missing));
        }
        QVERIFY(m_server.start());
    }
    void cleanupTestCase() { m_server.stop(); }

    void authenticatedRequestGoesThrough()
    {
        const HttpReply r = hello(m_server.console(QStringLiteral("centre"), QStringLiteral("district")));
        QVERIFY2(r.ok(), qPrintable(r.error));
        const QJsonObject o = QJsonDocument::fromJson(r.body).object();
        // The squad comes from the certificate nginx verified, not from anything the console sent.
        QCOMPARE(o.value(QStringLiteral("squad")).toString(), QStringLiteral("district"));
        QVERIFY(o.value(QStringLiteral("server_hlc")).toInteger() > 0);
    }

    void noCertificateIsRefused()
    {
        const auto [status, body] = rawGet(QUrl(m_server.env(QStringLiteral("DD_SERVER_URL")) + QStringLiteral("/v1/hello")), true);
        QCOMPARE(status, 400);
        QVERIFY2(body.contains("No required SSL certificate"), body.constData());
    }

    void certificateOfAnotherAuthorityIsRefused()
    {
        // A self-signed certificate with the right names, but not issued by the district's CA.
        const QString key = m_tmp.filePath(QStringLiteral("rogue.key"));
        const QString crt = m_tmp.filePath(QStringLiteral("rogue.crt"));
        QCOMPARE(QProcess::execute(QStringLiteral("openssl"),
                                   { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                                     QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                                     QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                                     QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-subj"),
                                     QStringLiteral("/O=DutyDesk/OU=JD102/CN=rogue"), QStringLiteral("-keyout"), key,
                                     QStringLiteral("-out"), crt }),
                 0);
        ServerConfig c = m_server.console(QStringLiteral("centre"), QStringLiteral("district"));
        c.certFile = crt;
        c.keyFile = key;
        const HttpReply r = hello(c);
        QVERIFY(!r.ok());
        QCOMPARE(r.status, 400);
    }

    void expiredCertificateIsRefused()
    {
        const HttpReply r = hello(m_server.console(QStringLiteral("old"), QStringLiteral("JD102"), true));
        QVERIFY(!r.ok());
        QCOMPARE(r.status, 400);
        QVERIFY2(r.error.contains(QLatin1String("certificate")), qPrintable(r.error));
    }

    void revokedCertificateIsRefused()
    {
        const ServerConfig c = m_server.console(QStringLiteral("stolen"), QStringLiteral("district"));
        HttpReply r = hello(c);
        QVERIFY2(r.ok(), qPrintable(r.error)); // works before the revocation
        QString out;
        QVERIFY(m_server.run({ QStringLiteral("revoke"), m_server.path(), QStringLiteral("stolen") }, &out));
        r = hello(c);
        QVERIFY(!r.ok());
        QCOMPARE(r.status, 400);
        // Other consoles are not affected.
        QVERIFY(hello(m_server.console(QStringLiteral("centre"), QStringLiteral("district"))).ok());
    }

    void plainHttpIsRefused()
    {
        QUrl url(m_server.env(QStringLiteral("DD_SERVER_URL")));
        url.setScheme(QStringLiteral("http"));
        url.setPath(QStringLiteral("/v1/hello"));
        const auto [status, body] = rawGet(url, false);
        QCOMPARE(status, 400);
        QVERIFY2(body.contains("plain HTTP request was sent to HTTPS port"), body.constData());
        // And the console itself never speaks plain HTTP.
        ServerConfig c = m_server.console(QStringLiteral("centre"), QStringLiteral("district"));
        c.url = url;
        c.url.setPath(QString());
        auto t = SyncTransport::create(c, QStringLiteral("c"), 4);
        QVERIFY(!t);
        QVERIFY(t.errorMessage().contains(QLatin1String("https://")));
    }

    void syncdRefusesRequestsThatBypassNginx()
    {
        // Straight to syncd's loopback port, with forged certificate headers: no proxy token, no entry.
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(m_server.env(QStringLiteral("DD_SYNCD_PORT")).toUInt()));
        QVERIFY(socket.waitForConnected(5000));
        socket.write("GET /v1/hello HTTP/1.1\r\nHost: x\r\nX-DD-Client-Verify: SUCCESS\r\n"
                     "X-DD-Client-DN: CN=forged,OU=district,O=DutyDesk\r\nX-DutyDesk-Protocol: 1\r\n"
                     "X-DutyDesk-Schema: 99\r\nX-DutyDesk-Console: c\r\nConnection: close\r\n\r\n");
        QByteArray answer;
        while (socket.waitForReadyRead(5000))
            answer += socket.readAll();
        QVERIFY2(answer.startsWith("HTTP/1.1 401"), answer.constData());
        // Neither with a wrong token.
        QTcpSocket second;
        second.connectToHost(QHostAddress::LocalHost, quint16(m_server.env(QStringLiteral("DD_SYNCD_PORT")).toUInt()));
        QVERIFY(second.waitForConnected(5000));
        second.write("GET /v1/hello HTTP/1.1\r\nHost: x\r\nX-DD-Proxy-Token: 0123456789abcdef0123456789abcdef0123456789abcdef\r\n"
                     "X-DD-Client-Verify: SUCCESS\r\nX-DD-Client-DN: CN=forged,OU=district,O=DutyDesk\r\n"
                     "X-DutyDesk-Protocol: 1\r\nX-DutyDesk-Schema: 99\r\nX-DutyDesk-Console: c\r\nConnection: close\r\n\r\n");
        answer.clear();
        while (second.waitForReadyRead(5000))
            answer += second.readAll();
        QVERIFY2(answer.startsWith("HTTP/1.1 401"), answer.constData());
    }

    void consoleTooOldGetsAClearMessage()
    {
        const HttpReply r = hello(m_server.console(QStringLiteral("centre"), QStringLiteral("district")), 3);
        QVERIFY(!r.ok());
        QCOMPARE(r.status, 426);
        QVERIFY2(r.error.contains(QLatin1String("Update DutyDesk")), qPrintable(r.error));
        QVERIFY2(r.error.contains(QLatin1String("schema 3")), qPrintable(r.error));
    }
};

QTEST_GUILESS_MAIN(TestSyncServer)
#include "tst_syncserver.moc"
