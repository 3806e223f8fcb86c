// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/syncd/syncservice.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTcpSocket>

#include <libpq-fe.h>

Q_LOGGING_CATEGORY(lcSyncd, "dutydesk.syncd")

namespace dd::syncd {

namespace {

constexpr int kProtocol = 1;

QByteArray errorBody(const QString &message)
{
    return QJsonDocument(QJsonObject { { QStringLiteral("error"), message } }).toJson(QJsonDocument::Compact);
}

bool sameToken(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size() || a.isEmpty())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

// "CN=console-1,OU=JD102,O=DutyDesk" (RFC 2253, as nginx's $ssl_client_s_dn) -> the value of key.
QByteArray dnPart(const QByteArray &dn, const QByteArray &key)
{
    for (const QByteArray &part : dn.split(',')) {
        const qsizetype eq = part.indexOf('=');
        if (eq > 0 && part.left(eq).trimmed() == key)
            return part.mid(eq + 1).trimmed();
    }
    return {};
}

} // namespace

SyncService::SyncService(QByteArray conninfo, QByteArray proxyToken, QObject *parent)
    : QObject(parent)
    , m_conninfo(std::move(conninfo))
    , m_token(std::move(proxyToken))
{
    connect(&m_server, &QTcpServer::newConnection, this, &SyncService::onNewConnection);
}

SyncService::~SyncService()
{
    if (m_pg)
        PQfinish(m_pg);
}

bool SyncService::listen(quint16 port, QString *error)
{
    // Loopback only: nginx is the one door from outside.
    if (!m_server.listen(QHostAddress::LocalHost, port)) {
        *error = m_server.errorString();
        return false;
    }
    return true;
}

void SyncService::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, &SyncService::onReadyRead);
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void SyncService::onReadyRead()
{
    auto *socket = qobject_cast<QTcpSocket *>(sender());
    if (!socket)
        return;
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (;;) {
        QByteArray error;
        std::optional<HttpRequest> request = takeRequest(buffer, &error);
        if (!error.isEmpty()) {
            socket->write(httpResponse(400, errorBody(QString::fromUtf8(error)), false));
            socket->disconnectFromHost();
            return;
        }
        if (!request)
            return;
        int status = 200;
        const QByteArray body = handle(*request, &status);
        socket->write(httpResponse(status, body, request->keepAlive));
        if (!request->keepAlive) {
            socket->disconnectFromHost();
            return;
        }
    }
}

bool SyncService::ensureConnected(QString *error)
{
    if (m_pg && PQstatus(m_pg) == CONNECTION_OK)
        return true;
    if (m_pg)
        PQfinish(m_pg);
    m_pg = PQconnectdb(m_conninfo.constData());
    if (PQstatus(m_pg) != CONNECTION_OK) {
        *error = QString::fromUtf8(PQerrorMessage(m_pg)).trimmed();
        PQfinish(m_pg);
        m_pg = nullptr;
        return false;
    }
    return true;
}

QByteArray SyncService::call(const char *sql, const QList<QByteArray> &params, int *status)
{
    QByteArray result;
    for (int attempt = 0; attempt < 2; ++attempt) {
        QString error;
        if (!ensureConnected(&error)) {
            qCWarning(lcSyncd) << "database unavailable:" << error;
            *status = 503;
            return errorBody(QStringLiteral("the district database is unavailable; try again later"));
        }
        std::vector<const char *> values;
        std::vector<int> lengths;
        for (const QByteArray &p : params) {
            values.push_back(p.constData());
            lengths.push_back(int(p.size()));
        }
        PGresult *res = PQexecParams(m_pg, sql, int(params.size()), nullptr, values.data(), lengths.data(), nullptr, 0);
        const ExecStatusType st = PQresultStatus(res);
        if (st == PGRES_TUPLES_OK && PQntuples(res) == 1) {
            result = QByteArray(PQgetvalue(res, 0, 0), PQgetlength(res, 0, 0));
            PQclear(res);
            *status = 200;
            // A refusal of the whole request travels as {"code": N, "error": …} (committed, so that its
            // audit entry stays): jsonb prints "code" first.
            if (result.startsWith("{\"code\": ")) {
                const QJsonObject o = QJsonDocument::fromJson(result).object();
                *status = o.value(QStringLiteral("code")).toInt(500);
            }
            return result;
        }
        const QByteArray state = PQresultErrorField(res, PG_DIAG_SQLSTATE);
        const QString message = QString::fromUtf8(PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY));
        PQclear(res);
        if (PQstatus(m_pg) != CONNECTION_OK) {
            // The server restarted under us: reconnect once; the call is idempotent (change ledger).
            qCWarning(lcSyncd) << "connection lost, reconnecting";
            PQfinish(m_pg);
            m_pg = nullptr;
            continue;
        }
        if (state == "DD426")
            *status = 426;
        else if (state == "DD409")
            *status = 409;
        else if (state == "DD403")
            *status = 403;
        else {
            qCWarning(lcSyncd) << "server function failed:" << state << message;
            *status = 500;
        }
        return errorBody(message);
    }
    *status = 503;
    return errorBody(QStringLiteral("the district database is unavailable; try again later"));
}

QByteArray SyncService::handle(const HttpRequest &request, int *status)
{
    // Only nginx knows the token; without it, the certificate headers could be forged on loopback.
    if (!sameToken(request.header("x-dd-proxy-token"), m_token)) {
        *status = 401;
        return errorBody(QStringLiteral("requests must come through the district server's TLS front end"));
    }
    const QByteArray dn = request.header("x-dd-client-dn");
    if (request.header("x-dd-client-verify") != "SUCCESS" || dn.isEmpty()) {
        *status = 401;
        return errorBody(QStringLiteral("no verified client certificate"));
    }
    const QByteArray squad = dnPart(dn, "OU");
    const QByteArray consoleName = dnPart(dn, "CN");
    if (squad.isEmpty()) {
        *status = 403;
        return errorBody(QStringLiteral("the client certificate names no squad (OU)"));
    }
    const QByteArray console = request.header("x-dutydesk-console");
    const QByteArray protocol = request.header("x-dutydesk-protocol");
    const QByteArray schema = request.header("x-dutydesk-schema");
    bool okP = false, okS = false;
    protocol.toInt(&okP);
    schema.toInt(&okS);
    if (!okP || !okS || console.isEmpty()) {
        *status = 426;
        return errorBody(QStringLiteral("the request carries no protocol and schema version; this console is too "
                                        "old for the district server. Update DutyDesk, then sync again."));
    }
    if (protocol.toInt() > kProtocol) {
        *status = 400;
        return errorBody(QStringLiteral("this console speaks protocol %1; the server knows up to %2")
                             .arg(QString::fromLatin1(protocol))
                             .arg(kProtocol));
    }
    qCDebug(lcSyncd) << request.method << request.path << "squad" << squad << "console" << consoleName;
    if (request.method == "GET" && request.path == "/v1/hello") {
        int st = 200;
        const QByteArray checked = call("SELECT jsonb_build_object('squad', $1::text, 'squad_id', dd_squad_id($1), "
                                        "'server_hlc', (extract(epoch FROM clock_timestamp()) * 1000)::bigint * 1000) "
                                        "FROM (SELECT dd_check_console($2::int, $3::int)) AS c",
                                        { squad, protocol, schema }, &st);
        *status = st;
        return checked;
    }
    if (request.method == "POST" && request.path == "/v1/push")
        return call("SELECT dd_push($1, $2, $3::int, $4::int, $5::jsonb)", { squad, console, protocol, schema, request.body },
                    status);
    if (request.method == "GET" && request.path == "/v1/pull") {
        bool okC = false, okL = false;
        const qint64 cursor = request.queryValue("cursor").toLongLong(&okC);
        const int limit = request.queryValue("limit").toInt(&okL);
        if (!okC || !okL || cursor < 0 || limit <= 0 || limit > 20000) {
            *status = 400;
            return errorBody(QStringLiteral("pull needs cursor >= 0 and 1 <= limit <= 20000"));
        }
        return call("SELECT dd_pull($1, $2, $3::int, $4::int, $5::bigint, $6::int)",
                    { squad, console, protocol, schema, QByteArray::number(cursor), QByteArray::number(limit) }, status);
    }
    *status = 404;
    return errorBody(QStringLiteral("no such endpoint: %1 %2")
                         .arg(QString::fromLatin1(request.method), QString::fromLatin1(request.path)));
}

} // namespace dd::syncd
