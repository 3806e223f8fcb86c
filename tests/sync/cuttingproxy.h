// SPDX-License-Identifier: GPL-3.0-or-later
// A TCP proxy on loopback that forwards a console's TLS bytes to nginx and cuts the connection once
// more than a given number of bytes went up (mid-request) or came down (mid-response).
#pragma once

#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

namespace synctest {

class CuttingProxy : public QObject
{
public:
    CuttingProxy(quint16 target)
        : m_target(target)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, &CuttingProxy::accept);
    }
    quint16 port() const { return m_server.serverPort(); }
    // Limits per connection; -1 = unlimited. Reset counts the cuts.
    void setLimits(qint64 up, qint64 down)
    {
        m_upLimit = up;
        m_downLimit = down;
    }
    int cuts() const { return m_cuts; }

private:
    void accept()
    {
        while (QTcpSocket *client = m_server.nextPendingConnection()) {
            auto *upstream = new QTcpSocket(client);
            upstream->connectToHost(QHostAddress::LocalHost, m_target);
            auto up = std::make_shared<qint64>(0);
            auto down = std::make_shared<qint64>(0);
            QPointer<QTcpSocket> c(client), u(upstream);
            auto cut = [this, c, u] {
                ++m_cuts;
                if (u)
                    u->abort();
                if (c)
                    c->abort();
            };
            connect(client, &QTcpSocket::readyRead, this, [=, this] {
                if (!c || !u)
                    return;
                const QByteArray data = c->readAll();
                *up += data.size();
                if (m_upLimit >= 0 && *up > m_upLimit) {
                    u->write(data.left(data.size() - (*up - m_upLimit)));
                    u->flush();
                    cut();
                    return;
                }
                u->write(data);
            });
            connect(upstream, &QTcpSocket::readyRead, this, [=, this] {
                if (!c || !u)
                    return;
                const QByteArray data = u->readAll();
                *down += data.size();
                if (m_downLimit >= 0 && *down > m_downLimit) {
                    c->write(data.left(data.size() - (*down - m_downLimit)));
                    c->flush();
                    cut();
                    return;
                }
                c->write(data);
            });
            connect(client, &QTcpSocket::disconnected, upstream, [u] {
                if (u)
                    u->disconnectFromHost();
            });
            connect(upstream, &QTcpSocket::disconnected, client, [c] {
                if (c)
                    c->disconnectFromHost();
            });
            connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        }
    }

    QTcpServer m_server;
    quint16 m_target;
    qint64 m_upLimit = -1;
    qint64 m_downLimit = -1;
    int m_cuts = 0;
};

} // namespace synctest
