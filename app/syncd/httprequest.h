// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <optional>

namespace dd::syncd {

// One HTTP/1.1 request as nginx forwards it (Content-Length bodies only; nginx buffers the request).
struct HttpRequest
{
    QByteArray method;
    QByteArray path;  // without the query
    QByteArray query; // after '?', undecoded
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
    bool keepAlive = true;

    QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }
    QByteArray queryValue(const QByteArray &name) const;
};

// Takes one complete request off the front of buffer. nullopt: more bytes needed. error set: the bytes
// are not HTTP (the connection is answered 400 and closed).
std::optional<HttpRequest> takeRequest(QByteArray &buffer, QByteArray *error);

QByteArray httpResponse(int status, const QByteArray &body, bool keepAlive);

} // namespace dd::syncd
