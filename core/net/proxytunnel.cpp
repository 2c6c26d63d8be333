#include "net/proxytunnel.h"

#include "net/netsocket.h"

#include <QCoreApplication>

namespace kb {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kb::NetProbe)
};

TunnelOutcome fail(HttpStage stage, const QString &code, const QString &error)
{
    TunnelOutcome o;
    o.stage = stage;
    o.code = code;
    o.error = error;
    return o;
}

// A wait that did not end with data, while talking to the proxy.
TunnelOutcome waitFailure(NetSocket::Wait w, const ProxySettings &proxy)
{
    switch (w) {
    case NetSocket::Wait::Cancelled:
        return fail(HttpStage::Cancelled, QStringLiteral("cancelled"), Tr::tr("Cancelled."));
    case NetSocket::Wait::Closed:
        //: %1 = proxy description ("HTTP proxy host:port (user bob)")
        return fail(HttpStage::Proxy, QStringLiteral("proxy.closed"),
                    Tr::tr("The %1 closed the connection without answering.").arg(proxy.describe()));
    case NetSocket::Wait::Timeout:
    case NetSocket::Wait::Stalled:
    case NetSocket::Wait::Ok:
        break;
    }
    return fail(HttpStage::Proxy, QStringLiteral("proxy.silent"),
                Tr::tr("The %1 accepted the connection but never answered.").arg(proxy.describe()));
}

QString socks5ReplyText(int code)
{
    switch (code) {
    case 1: return Tr::tr("general failure");
    case 2: return Tr::tr("connection not allowed by the proxy's rules");
    case 3: return Tr::tr("network unreachable");
    case 4: return Tr::tr("host unreachable");
    case 5: return Tr::tr("connection refused by the destination");
    case 6: return Tr::tr("TTL expired");
    case 7: return Tr::tr("command not supported");
    case 8: return Tr::tr("address type not supported");
    default: return Tr::tr("unknown reply %1").arg(code);
    }
}

QByteArray portBytes(quint16 port)
{
    QByteArray b;
    b.append(char(port >> 8));
    b.append(char(port & 0xff));
    return b;
}

TunnelOutcome socks5(NetSocket &s, const ProxySettings &proxy, const QString &host,
                     const QHostAddress &address, quint16 port)
{
    const bool withAuth = !proxy.user.isEmpty();
    // Greeting: offer user/password only when we have them (as Qt's client does: 05 01 02).
    QByteArray greeting("\x05\x01", 2);
    greeting.append(withAuth ? '\x02' : '\x00');
    NetSocket::Wait w = s.writeAll(greeting);
    if (w != NetSocket::Wait::Ok)
        return waitFailure(w, proxy);
    QByteArray in;
    if ((w = s.readAtLeast(in, 2)) != NetSocket::Wait::Ok)
        return waitFailure(w, proxy);
    if (in.at(0) != 0x05)
        return fail(HttpStage::Proxy, QStringLiteral("proxy.not-socks5"),
                    Tr::tr("The %1 did not answer as a SOCKS5 proxy.").arg(proxy.describe()));
    const quint8 method = quint8(in.at(1));
    if (method == 0xff) {
        if (!withAuth)
            return fail(HttpStage::ProxyAuth, QStringLiteral("proxy.auth-required"),
                        Tr::tr("The %1 requires a user name and password.").arg(proxy.describe()));
        return fail(HttpStage::Proxy, QStringLiteral("proxy.rejected"),
                    Tr::tr("The %1 does not accept user name and password authentication.")
                        .arg(proxy.describe()));
    }
    if (method == 0x02) {
        const QByteArray user = proxy.user.toUtf8().left(255);
        const QByteArray pass = proxy.password.toUtf8().left(255);
        QByteArray auth("\x01", 1);
        auth.append(char(user.size())).append(user).append(char(pass.size())).append(pass);
        if ((w = s.writeAll(auth)) != NetSocket::Wait::Ok)
            return waitFailure(w, proxy);
        in.clear();
        if ((w = s.readAtLeast(in, 2)) != NetSocket::Wait::Ok) {
            // Some proxies close at once on a bad password instead of answering.
            if (w == NetSocket::Wait::Closed)
                return fail(HttpStage::ProxyAuth, QStringLiteral("proxy.auth"),
                            Tr::tr("The %1 closed the connection after the user name and password "
                               "were sent: it rejected them.").arg(proxy.describe()));
            return waitFailure(w, proxy);
        }
        if (in.at(1) != 0x00)
            return fail(HttpStage::ProxyAuth, QStringLiteral("proxy.auth"),
                        Tr::tr("The %1 rejected the user name or password.").arg(proxy.describe()));
    } else if (method != 0x00) {
        return fail(HttpStage::Proxy, QStringLiteral("proxy.rejected"),
                    Tr::tr("The %1 asked for an authentication method this wizard does not support.")
                        .arg(proxy.describe()));
    }
    QByteArray req("\x05\x01\x00", 3);
    if (!address.isNull() && address.protocol() == QAbstractSocket::IPv4Protocol) {
        req.append('\x01');
        const quint32 v4 = address.toIPv4Address();
        req.append(char(v4 >> 24)).append(char(v4 >> 16)).append(char(v4 >> 8)).append(char(v4));
    } else if (!address.isNull()) {
        req.append('\x04');
        const Q_IPV6ADDR v6 = address.toIPv6Address();
        req.append(reinterpret_cast<const char *>(v6.c), 16);
    } else {
        const QByteArray name = host.toUtf8().left(255);
        req.append('\x03').append(char(name.size())).append(name);
    }
    req.append(portBytes(port));
    if ((w = s.writeAll(req)) != NetSocket::Wait::Ok)
        return waitFailure(w, proxy);
    in.clear();
    if ((w = s.readAtLeast(in, 5)) != NetSocket::Wait::Ok)
        return waitFailure(w, proxy);
    const int rep = quint8(in.at(1));
    if (rep != 0) {
        // 3/4/5: the proxy works but cannot reach the destination.
        const HttpStage stage = rep >= 3 && rep <= 5 ? HttpStage::Connect : HttpStage::Proxy;
        return fail(stage, rep >= 3 && rep <= 5 ? QStringLiteral("connect.via-proxy") : QStringLiteral("proxy.rejected"),
                    //: %1 = proxy, %2 = destination host:port, %3 = reason
                    Tr::tr("The %1 could not connect to %2: %3.")
                        .arg(proxy.describe(), host + QLatin1Char(':') + QString::number(port),
                             socks5ReplyText(rep)));
    }
    // Consume the rest of the reply: BND.ADDR (by type) + BND.PORT.
    const int atyp = quint8(in.at(3));
    const int total = atyp == 1 ? 10 : atyp == 4 ? 22 : 7 + quint8(in.at(4));
    if ((w = s.readAtLeast(in, total)) != NetSocket::Wait::Ok)
        return waitFailure(w, proxy);
    if (in.size() > total) // cannot happen: the destination speaks only after our request
        return fail(HttpStage::Proxy, QStringLiteral("proxy.garbled"),
                    Tr::tr("The %1 sent an unexpected answer.").arg(proxy.describe()));
    return {};
}

TunnelOutcome socks4(NetSocket &s, const ProxySettings &proxy, const QString &host,
                     const QHostAddress &address, quint16 port)
{
    QByteArray req("\x04\x01", 2);
    req.append(portBytes(port));
    const bool v4 = !address.isNull() && address.protocol() == QAbstractSocket::IPv4Protocol;
    const quint32 ip = v4 ? address.toIPv4Address() : 1; // 0.0.0.1: SOCKS4a, name follows
    req.append(char(ip >> 24)).append(char(ip >> 16)).append(char(ip >> 8)).append(char(ip));
    req.append(proxy.user.toUtf8()).append('\0');
    if (!v4)
        req.append(host.toUtf8()).append('\0');
    NetSocket::Wait w = s.writeAll(req);
    if (w != NetSocket::Wait::Ok)
        return waitFailure(w, proxy);
    QByteArray in;
    if ((w = s.readAtLeast(in, 8)) != NetSocket::Wait::Ok)
        return waitFailure(w, proxy);
    const int code = quint8(in.at(1));
    if (code == 0x5a)
        return {};
    if (code == 0x5c || code == 0x5d)
        return fail(HttpStage::ProxyAuth, QStringLiteral("proxy.auth"),
                    Tr::tr("The %1 could not confirm the user (identd).").arg(proxy.describe()));
    return fail(HttpStage::Proxy, QStringLiteral("proxy.rejected"),
                Tr::tr("The %1 rejected or failed the connection to %2.")
                    .arg(proxy.describe(), host + QLatin1Char(':') + QString::number(port)));
}

TunnelOutcome httpConnect(NetSocket &s, const ProxySettings &proxy, const QString &host,
                          const QHostAddress &address, quint16 port)
{
    const QString authority = (address.isNull() ? host : address.toString()) + QLatin1Char(':')
                              + QString::number(port);
    QByteArray req = "CONNECT " + authority.toUtf8() + " HTTP/1.1\r\nHost: " + authority.toUtf8()
                     + "\r\n";
    if (!proxy.user.isEmpty())
        req += "Proxy-Authorization: Basic "
               + (proxy.user + QLatin1Char(':') + proxy.password).toUtf8().toBase64() + "\r\n";
    req += "\r\n";
    NetSocket::Wait w = s.writeAll(req);
    if (w != NetSocket::Wait::Ok)
        return waitFailure(w, proxy);
    QByteArray in;
    while (!in.contains("\r\n\r\n")) {
        if (in.size() > 64 * 1024)
            return fail(HttpStage::Proxy, QStringLiteral("proxy.garbled"),
                        Tr::tr("The %1 sent an unexpected answer.").arg(proxy.describe()));
        if ((w = s.readSome(in, 1)) != NetSocket::Wait::Ok) // byte-wise: the tunnel follows
            return waitFailure(w, proxy);
    }
    QString reason;
    const int status = parseStatusLine(in, &reason);
    TunnelOutcome o;
    o.status = status;
    if (status >= 200 && status < 300)
        return o;
    if (status == 407) {
        o = fail(HttpStage::ProxyAuth, QStringLiteral("proxy.auth"),
                 proxy.user.isEmpty()
                     ? Tr::tr("The %1 requires a user name and password (HTTP 407).").arg(proxy.describe())
                     : Tr::tr("The %1 rejected the user name or password (HTTP 407).").arg(proxy.describe()));
    } else {
        o = fail(HttpStage::Proxy, status < 0 ? QStringLiteral("proxy.garbled") : QStringLiteral("proxy.rejected"),
                 //: %1 = proxy, %2 = HTTP status and reason
                 Tr::tr("The %1 refused the tunnel: %2.")
                     .arg(proxy.describe(), status < 0 ? Tr::tr("not an HTTP answer")
                                                       : QString::number(status) + QLatin1Char(' ') + reason));
    }
    o.status = status;
    return o;
}

} // namespace

int parseStatusLine(const QByteArray &head, QString *reason)
{
    const qsizetype eol = head.indexOf("\r\n");
    const QByteArray line = eol >= 0 ? head.left(eol) : head;
    if (!line.startsWith("HTTP/1.") || line.size() < 12 || line.at(8) != ' ')
        return -1;
    bool ok = false;
    const int status = line.mid(9, 3).toInt(&ok);
    if (!ok || status < 100 || status > 999)
        return -1;
    if (reason)
        *reason = QString::fromLatin1(line.mid(13)).trimmed();
    return status;
}

TunnelOutcome openTunnel(NetSocket &socket, const ProxySettings &proxy, const QString &targetHost,
                         const QHostAddress &targetAddress, quint16 targetPort)
{
    switch (proxy.type) {
    case ProxySettings::Type::Socks5:
        return socks5(socket, proxy, targetHost, targetAddress, targetPort);
    case ProxySettings::Type::Socks4:
        return socks4(socket, proxy, targetHost, targetAddress, targetPort);
    case ProxySettings::Type::Http:
        return httpConnect(socket, proxy, targetHost, targetAddress, targetPort);
    case ProxySettings::Type::None:
        break;
    }
    return {};
}

} // namespace kb
