// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/syncd/httprequest.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QTcpServer>

struct pg_conn;

namespace dd::syncd {

// The district server's HTTP+JSON service. Listens on 127.0.0.1 only; accepts a request only when it
// carries nginx's token and a verified client certificate subject (nginx terminated mutual TLS), takes
// the squad from the certificate's OU, and calls the server's SQL functions (data/server/*.sql):
//   GET  /v1/hello                      who am I (squad, console name), server versions
//   POST /v1/push   body = [change, …]  dd_push: applies each change at most once, returns the results
//   GET  /v1/pull?cursor=N&limit=M      dd_pull: rows after the cursor that the squad may read
// Every request carries X-DutyDesk-Protocol and X-DutyDesk-Schema; a console too old is answered 426.
// One PostgreSQL connection, one request at a time: pushes are serialised by the server anyway.
class SyncService : public QObject
{
    Q_OBJECT
public:
    SyncService(QByteArray conninfo, QByteArray proxyToken, QObject *parent = nullptr);
    ~SyncService() override;
    bool listen(quint16 port, QString *error);

private:
    void onNewConnection();
    void onReadyRead();
    QByteArray handle(const HttpRequest &request, int *status);
    bool ensureConnected(QString *error);
    // Runs one function call whose result is a single jsonb value.
    QByteArray call(const char *sql, const QList<QByteArray> &params, int *status);

    QTcpServer m_server;
    QByteArray m_conninfo;
    QByteArray m_token;
    pg_conn *m_pg = nullptr;
    QHash<QObject *, QByteArray> m_buffers;
};

} // namespace dd::syncd
