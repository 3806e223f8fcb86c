// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/result.h"

#include <QByteArray>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>

#include <atomic>
#include <memory>

class QNetworkAccessManager;

namespace dd::data::sync {

// Where the district server is and how this console proves who it is.
struct ServerConfig
{
    QUrl url;          // https://host:port
    QString certFile;  // this console's client certificate (PEM)
    QString keyFile;   // its private key (PEM, EC or RSA)
    QString caFile;    // the district's certificate authority (PEM); the only CA trusted
    int timeoutMs = 120000;
};

struct HttpReply
{
    enum class Kind { Ok, Http, Network, Cancelled, Timeout };
    Kind kind = Kind::Network;
    int status = 0;     // HTTP status, 0 when none came back
    QByteArray body;
    QString error;      // network or TLS problem, or the server's {"error": …} message
    bool ok() const { return kind == Kind::Ok; }
};

// HTTP+JSON over mutual TLS to the district server, one blocking request at a time (runs its own
// event loop; use it on a worker thread or from the command line). Every request carries the protocol
// version, this store's schema version and the console id.
class SyncTransport
{
public:
    static constexpr int kProtocol = 1;

    static Result<std::unique_ptr<SyncTransport>> create(const ServerConfig &config, const QString &consoleId,
                                                         int schemaVersion);
    ~SyncTransport();

    HttpReply get(const QString &pathAndQuery);
    HttpReply post(const QString &path, const QByteArray &json);
    // When set, a request in flight is aborted soon after *cancel becomes true.
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

private:
    SyncTransport() = default;
    HttpReply send(const QString &pathAndQuery, const QByteArray *body);

    ServerConfig m_config;
    QSslConfiguration m_tls;
    QString m_consoleId;
    int m_schema = 0;
    const std::atomic_bool *m_cancel = nullptr;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

} // namespace dd::data::sync
