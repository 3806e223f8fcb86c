// SPDX-License-Identifier: GPL-3.0-or-later
// dutydesk-syncd --port N --token-file FILE --pg CONNINFO
#include "app/syncd/syncservice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace {
int g_signalFd[2];
void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] auto n = ::write(g_signalFd[1], &c, 1);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("dutydesk-syncd"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("DutyDesk district sync service (behind nginx, loopback only)"));
    parser.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("TCP port on 127.0.0.1"), QStringLiteral("N"));
    const QCommandLineOption token(QStringLiteral("token-file"), QStringLiteral("file holding nginx's proxy token"),
                                   QStringLiteral("FILE"));
    const QCommandLineOption pg(QStringLiteral("pg"), QStringLiteral("libpq connection string"), QStringLiteral("CONNINFO"));
    parser.addOptions({ port, token, pg });
    parser.process(app);

    QFile tokenFile(parser.value(token));
    if (!tokenFile.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "dutydesk-syncd: cannot read the token file %s\n", qPrintable(parser.value(token)));
        return 2;
    }
    const QByteArray tokenValue = tokenFile.readAll().trimmed();
    if (tokenValue.size() < 16) {
        std::fprintf(stderr, "dutydesk-syncd: the token in %s is too short\n", qPrintable(parser.value(token)));
        return 2;
    }
    dd::syncd::SyncService service(parser.value(pg).toUtf8(), tokenValue);
    QString error;
    if (!service.listen(quint16(parser.value(port).toUInt()), &error)) {
        std::fprintf(stderr, "dutydesk-syncd: cannot listen on 127.0.0.1:%s: %s\n", qPrintable(parser.value(port)),
                     qPrintable(error));
        return 1;
    }
    // SIGTERM/SIGINT end the event loop cleanly (a request in progress finishes first).
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFd) == 0) {
        auto *notifier = new QSocketNotifier(g_signalFd[0], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
        std::signal(SIGTERM, onSignal);
        std::signal(SIGINT, onSignal);
    }
    std::fprintf(stderr, "dutydesk-syncd: listening on 127.0.0.1:%s\n", qPrintable(parser.value(port)));
    return app.exec();
}
