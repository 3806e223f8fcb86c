// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/sync/synctransport.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslKey>
#include <QTimer>

namespace dd::data::sync {

namespace {
// Translation context for the sync client's messages.
struct SyncTr
{
    Q_DECLARE_TR_FUNCTIONS(dd::sync)
};
} // namespace

namespace {

Result<QByteArray> readFile(const QString &path, const QString &what)
{
    if (path.isEmpty())
        return failure(SyncTr::tr("sync: no %1 file given").arg(what));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return failure(SyncTr::tr("sync: cannot read the %1 file %2 (%3)").arg(what, path, f.errorString()));
    return f.readAll();
}
} // namespace

SyncTransport::~SyncTransport() = default;

Result<std::unique_ptr<SyncTransport>> SyncTransport::create(const ServerConfig &config, const QString &consoleId,
                                                             int schemaVersion)
{
    if (!config.url.isValid() || config.url.scheme() != QLatin1String("https"))
        return failure(SyncTr::tr("sync: the district server address must be an https:// URL (got \"%1\")")
                           .arg(config.url.toString()));
    Result<QByteArray> cert = readFile(config.certFile, SyncTr::tr("certificate"));
    if (!cert)
        return failure(cert.errorMessage());
    Result<QByteArray> key = readFile(config.keyFile, SyncTr::tr("key"));
    if (!key)
        return failure(key.errorMessage());
    Result<QByteArray> ca = readFile(config.caFile, SyncTr::tr("CA certificate"));
    if (!ca)
        return failure(ca.errorMessage());

    const QList<QSslCertificate> certs = QSslCertificate::fromData(*cert, QSsl::Pem);
    if (certs.isEmpty())
        return failure(SyncTr::tr("sync: %1 holds no PEM certificate").arg(config.certFile));
    QSslKey sslKey(*key, QSsl::Ec, QSsl::Pem);
    if (sslKey.isNull())
        sslKey = QSslKey(*key, QSsl::Rsa, QSsl::Pem);
    if (sslKey.isNull())
        return failure(SyncTr::tr("sync: %1 holds no usable private key (PEM, EC or RSA, unencrypted)").arg(config.keyFile));
    const QList<QSslCertificate> cas = QSslCertificate::fromData(*ca, QSsl::Pem);
    if (cas.isEmpty())
        return failure(SyncTr::tr("sync: %1 holds no PEM certificate").arg(config.caFile));

    std::unique_ptr<SyncTransport> t(new SyncTransport);
    t->m_config = config;
    t->m_consoleId = consoleId;
    t->m_schema = schemaVersion;
    t->m_tls = QSslConfiguration::defaultConfiguration();
    t->m_tls.setLocalCertificate(certs.first());
    t->m_tls.setPrivateKey(sslKey);
    t->m_tls.setCaCertificates(cas); // the district's CA only, never the system's
    t->m_tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    t->m_tls.setProtocol(QSsl::TlsV1_2OrLater);
    t->m_nam = std::make_unique<QNetworkAccessManager>();
    return t;
}

HttpReply SyncTransport::get(const QString &pathAndQuery)
{
    return send(pathAndQuery, nullptr);
}

HttpReply SyncTransport::post(const QString &path, const QByteArray &json)
{
    return send(path, &json);
}

HttpReply SyncTransport::send(const QString &pathAndQuery, const QByteArray *body)
{
    QUrl url = m_config.url;
    const qsizetype q = pathAndQuery.indexOf(QLatin1Char('?'));
    url.setPath(q < 0 ? pathAndQuery : pathAndQuery.left(q));
    if (q >= 0)
        url.setQuery(pathAndQuery.mid(q + 1));
    QNetworkRequest request(url);
    request.setSslConfiguration(m_tls);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("X-DutyDesk-Protocol", QByteArray::number(kProtocol));
    request.setRawHeader("X-DutyDesk-Schema", QByteArray::number(m_schema));
    request.setRawHeader("X-DutyDesk-Console", m_consoleId.toUtf8());

    QNetworkReply *reply = body ? m_nam->post(request, *body) : m_nam->get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    bool timedOut = false;
    bool cancelled = false;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        reply->abort();
    });
    deadline.start(m_config.timeoutMs);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (m_cancel && m_cancel->load()) {
            cancelled = true;
            reply->abort();
        }
    });
    poll.start(50);
    if (!reply->isFinished())
        loop.exec();

    HttpReply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    if (cancelled) {
        out.kind = HttpReply::Kind::Cancelled;
        out.error = SyncTr::tr("cancelled");
    } else if (timedOut) {
        out.kind = HttpReply::Kind::Timeout;
        out.error = SyncTr::tr("the district server did not answer within %1 s").arg(m_config.timeoutMs / 1000);
    } else if (out.status == 200 && reply->error() == QNetworkReply::NoError) {
        out.kind = HttpReply::Kind::Ok;
    } else if (out.status != 0) {
        out.kind = HttpReply::Kind::Http;
        const QJsonObject o = QJsonDocument::fromJson(out.body).object();
        out.error = o.value(QStringLiteral("error")).toString();
        if (out.error.isEmpty())
            out.error = SyncTr::tr("HTTP %1 from the district server (%2)")
                            .arg(out.status)
                            .arg(QString::fromUtf8(out.body.left(200)).simplified());
    } else {
        out.kind = HttpReply::Kind::Network;
        out.error = reply->errorString();
    }
    delete reply;
    return out;
}

} // namespace dd::data::sync
