#pragma once

#include "net/httptypes.h"

namespace kb {

class NetSocket;

// Turns a socket connected to a proxy into a line to `target` (SOCKS4/4a, SOCKS5 with RFC 1929
// user/password, or HTTP CONNECT). On failure says which stage failed and why; the proxy
// password is sent to the proxy only and never appears in `error`.
struct TunnelOutcome
{
    HttpStage stage = HttpStage::None;
    QString code;   // "proxy.silent", "proxy.closed", "proxy.rejected", "proxy.auth", "proxy.auth-required", ...
    QString error;
    int status = 0; // HTTP CONNECT status when the proxy answered one
};

// `targetAddress` null: the proxy resolves `targetHost` itself (remote DNS, as the product's
// SOCKS5 and CONNECT requests do); set: the address is sent instead (NameResolver map active).
TunnelOutcome openTunnel(NetSocket &socket, const ProxySettings &proxy, const QString &targetHost,
                         const QHostAddress &targetAddress, quint16 targetPort);

// Parses "HTTP/1.x NNN reason" at the start of `head`; -1 when it is not an HTTP status line.
int parseStatusLine(const QByteArray &head, QString *reason = nullptr);

} // namespace kb
