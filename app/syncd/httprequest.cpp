// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/syncd/httprequest.h"

#include <QList>

namespace dd::syncd {

namespace {
constexpr qsizetype kMaxHeaderBytes = 32 * 1024;
constexpr qsizetype kMaxBodyBytes = 256 * 1024 * 1024;
} // namespace

QByteArray HttpRequest::queryValue(const QByteArray &name) const
{
    for (const QByteArray &pair : query.split('&')) {
        const qsizetype eq = pair.indexOf('=');
        if (eq > 0 && pair.left(eq) == name)
            return QByteArray::fromPercentEncoding(pair.mid(eq + 1));
    }
    return {};
}

std::optional<HttpRequest> takeRequest(QByteArray &buffer, QByteArray *error)
{
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        if (buffer.size() > kMaxHeaderBytes)
            *error = "header too large";
        return std::nullopt;
    }
    HttpRequest request;
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    if (first.size() != 3 || !first[2].startsWith("HTTP/1.")) {
        *error = "not an HTTP/1.x request line";
        return std::nullopt;
    }
    request.method = first[0];
    const qsizetype q = first[1].indexOf('?');
    request.path = q < 0 ? first[1] : first[1].left(q);
    request.query = q < 0 ? QByteArray() : first[1].mid(q + 1);
    request.keepAlive = first[2] == "HTTP/1.1";
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon <= 0)
            continue;
        request.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
    }
    if (request.header("transfer-encoding").toLower().contains("chunked")) {
        *error = "chunked request bodies are not accepted";
        return std::nullopt;
    }
    const QByteArray connection = request.header("connection").toLower();
    if (connection == "close")
        request.keepAlive = false;
    else if (connection == "keep-alive")
        request.keepAlive = true;
    bool ok = true;
    const QByteArray lengthText = request.header("content-length");
    const qint64 length = lengthText.isEmpty() ? 0 : lengthText.toLongLong(&ok);
    if (!ok || length < 0 || length > kMaxBodyBytes) {
        *error = "bad Content-Length";
        return std::nullopt;
    }
    if (buffer.size() < end + 4 + length)
        return std::nullopt;
    request.body = buffer.mid(end + 4, length);
    buffer.remove(0, end + 4 + length);
    return request;
}

QByteArray httpResponse(int status, const QByteArray &body, bool keepAlive)
{
    const char *reason = "OK";
    switch (status) {
    case 200: reason = "OK"; break;
    case 400: reason = "Bad Request"; break;
    case 401: reason = "Unauthorized"; break;
    case 403: reason = "Forbidden"; break;
    case 404: reason = "Not Found"; break;
    case 409: reason = "Conflict"; break;
    case 426: reason = "Upgrade Required"; break;
    case 503: reason = "Service Unavailable"; break;
    default: reason = "Internal Server Error"; break;
    }
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    out += "Content-Type: application/json; charset=utf-8\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n";
    out += body;
    return out;
}

} // namespace dd::syncd
