// httpGet(): a small HTTP/1.1 client on a plain (or TLS) socket.
//
// Why not QNetworkAccessManager: the checks must say *which* stage failed and how long each
// took (DNS, TCP connect, proxy handshake, TLS, first byte), and QNAM hides all of them behind
// one reply. QNAM also resolves names itself (QHostInfo), so it could not honour NameResolver's
// test map without breaking TLS name checks, it reports a bad SOCKS password and a missing one
// alike, and it cannot tell a refused proxy from a silent one. A GET with "Connection: close"
// is small enough to speak directly; SOCKS and CONNECT are in proxytunnel.cpp and the response
// parser in httpresponsereader.cpp.
#include "net/netprobe.h"

#include "net/httpresponsereader.h"
#include "logging.h"
#include "net/netsocket.h"
#include "net/proxytunnel.h"
#include "report/redact.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QSslError>

namespace kb {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kb::NetProbe)
};

bool fail(HttpResult &r, HttpStage stage, const QString &code, const QString &error)
{
    r.failedStage = stage;
    r.code = code;
    r.error = error;
    return false;
}

QString hostPort(const QString &host, quint16 port)
{
    return host + QLatin1Char(':') + QString::number(port);
}

// "host[:port]" for a request line or Host header; IPv6 literals in brackets.
QByteArray authority(const QString &host, quint16 port, bool defaultPort)
{
    QByteArray a = host.contains(QLatin1Char(':')) ? '[' + host.toLatin1() + ']' : host.toLatin1();
    if (!defaultPort)
        a += ':' + QByteArray::number(port);
    return a;
}

class Exchange
{
public:
    Exchange(const HttpRequest &request, const QElapsedTimer &clock)
        : m_req(request), m_clock(clock)
    {
    }

    // One request/response for `url`; on a redirect status returns true with `redirect` set.
    bool run(const QUrl &url, HttpResult &r, QUrl *redirect);

private:
    qint64 remaining() const { return m_req.timeoutMs - m_clock.elapsed(); }
    int phaseLimit() const { return int(qMax<qint64>(1, qMin<qint64>(m_req.stallTimeoutMs, remaining()))); }
    bool connectDirect(NetSocket &s, const QString &host, quint16 port, HttpResult &r);
    bool connectProxy(NetSocket &s, HttpResult &r);

    const HttpRequest &m_req;
    const QElapsedTimer &m_clock;
};

bool Exchange::connectDirect(NetSocket &s, const QString &host, quint16 port, HttpResult &r)
{
    const NameResolver::Result dns = NameResolver::resolve(host, phaseLimit());
    r.dnsMs = dns.elapsedMs;
    r.addresses = dns.addresses;
    if (dns.timedOut)
        r.hungAt = QStringLiteral("dns");
    if (!dns.error.isEmpty())
        return fail(r, HttpStage::Dns, QStringLiteral("dns"), dns.error);
    const qint64 start = m_clock.elapsed();
    QString lastError;
    for (const QHostAddress &address : dns.addresses) {
        const int limit = phaseLimit();
        const NetSocket::Wait w = s.connectTo(address, port, limit);
        r.connectMs = m_clock.elapsed() - start;
        if (w == NetSocket::Wait::Timeout || w == NetSocket::Wait::Stalled)
            r.hungAt = QStringLiteral("connect");
        switch (w) {
        case NetSocket::Wait::Ok:
            return true;
        case NetSocket::Wait::Cancelled:
            return fail(r, HttpStage::Cancelled, QStringLiteral("cancelled"), Tr::tr("Cancelled."));
        case NetSocket::Wait::Timeout:
            return fail(r, HttpStage::Timeout, QStringLiteral("timeout"),
                        Tr::tr("The request took longer than the %L1 ms allowed while connecting to %2.")
                            .arg(m_req.timeoutMs).arg(hostPort(host, port)));
        case NetSocket::Wait::Stalled:
            //: %1 = host:port, %2 = address, %3 = milliseconds
            return fail(r, HttpStage::Connect, QStringLiteral("connect.timeout"),
                        Tr::tr("Connecting to %1 (%2) got no answer within %L3 ms: a firewall may drop the traffic.")
                            .arg(hostPort(host, port), address.toString()).arg(limit));
        case NetSocket::Wait::Closed:
            if (s.error() == QAbstractSocket::ConnectionRefusedError)
                //: %1 = host:port, %2 = address
                lastError = Tr::tr("Connection to %1 (%2) was refused: nothing accepts connections on that port.")
                                .arg(hostPort(host, port), address.toString());
            else
                //: %1 = host:port, %2 = address, %3 = system error
                lastError = Tr::tr("Connecting to %1 (%2) failed: %3")
                                .arg(hostPort(host, port), address.toString(), s.errorString());
            break;
        }
    }
    const bool refused = s.error() == QAbstractSocket::ConnectionRefusedError;
    return fail(r, HttpStage::Connect,
                refused ? QStringLiteral("connect.refused") : QStringLiteral("connect.failed"), lastError);
}

bool Exchange::connectProxy(NetSocket &s, HttpResult &r)
{
    const ProxySettings &p = m_req.proxy;
    r.viaProxy = true;
    const NameResolver::Result dns = NameResolver::resolve(p.host, phaseLimit());
    r.dnsMs = dns.elapsedMs;
    r.proxyAddresses = dns.addresses;
    if (dns.timedOut)
        r.hungAt = QStringLiteral("dns");
    if (!dns.error.isEmpty())
        //: %1 = proxy description, %2 = resolver error
        return fail(r, HttpStage::Proxy, QStringLiteral("proxy.dns"),
                    Tr::tr("The %1 cannot be reached: its name does not resolve. %2").arg(p.describe(), dns.error));
    const qint64 start = m_clock.elapsed();
    for (const QHostAddress &address : dns.addresses) {
        const int limit = phaseLimit();
        const NetSocket::Wait w = s.connectTo(address, p.port, limit);
        r.connectMs = m_clock.elapsed() - start;
        if (w == NetSocket::Wait::Ok)
            return true;
        if (w == NetSocket::Wait::Cancelled)
            return fail(r, HttpStage::Cancelled, QStringLiteral("cancelled"), Tr::tr("Cancelled."));
        if (w == NetSocket::Wait::Stalled || w == NetSocket::Wait::Timeout)
            r.hungAt = QStringLiteral("proxy");
        if (w == NetSocket::Wait::Stalled || w == NetSocket::Wait::Timeout)
            return fail(r, HttpStage::Proxy, QStringLiteral("proxy.timeout"),
                        Tr::tr("The %1 did not accept the connection within %L2 ms.").arg(p.describe()).arg(limit));
    }
    if (s.error() == QAbstractSocket::ConnectionRefusedError)
        return fail(r, HttpStage::Proxy, QStringLiteral("proxy.refused"),
                    Tr::tr("The %1 refused the connection: nothing accepts connections on that port.").arg(p.describe()));
    return fail(r, HttpStage::Proxy, QStringLiteral("proxy.unreachable"),
                Tr::tr("The %1 cannot be reached: %2").arg(p.describe(), s.errorString()));
}

bool Exchange::run(const QUrl &url, HttpResult &r, QUrl *redirect)
{
    const bool https = url.scheme() == QLatin1String("https");
    if ((!https && url.scheme() != QLatin1String("http")) || url.host().isEmpty())
        return fail(r, HttpStage::Connect, QStringLiteral("url.unsupported"),
                    Tr::tr("Not an http:// or https:// address: %1").arg(url.toDisplayString(QUrl::RemoveUserInfo)));
    const QString host = url.host();
    const quint16 port = quint16(url.port(https ? 443 : 80));
    const bool viaProxy = m_req.proxy.isSet();
    const bool httpProxyPlain = viaProxy && m_req.proxy.type == ProxySettings::Type::Http && !https;

    NetSocket s(m_req.timeoutMs, m_req.stallTimeoutMs, m_req.cancelled, m_clock, https);
    // With a proxy the proxy resolves the destination (remote DNS), except under a test map:
    // then the mapped address is sent, so a loopback proxy reaches the loopback test server.
    QHostAddress target;
    if (viaProxy) {
        if (!connectProxy(s, r))
            return false;
        if (NameResolver::isOverridden() || !QHostAddress(host).isNull()) {
            const NameResolver::Result dns = NameResolver::resolve(host, phaseLimit());
            if (dns.timedOut)
                r.hungAt = QStringLiteral("dns");
            if (!dns.error.isEmpty())
                return fail(r, HttpStage::Dns, QStringLiteral("dns"), dns.error);
            target = dns.addresses.constFirst();
            r.addresses = dns.addresses;
        }
        if (!httpProxyPlain) {
            const qint64 start = m_clock.elapsed();
            const TunnelOutcome t = openTunnel(s, m_req.proxy, host, target, port);
            r.proxyMs = m_clock.elapsed() - start;
            if (t.stage != HttpStage::None) {
                r.status = t.status;
                if (t.code == QLatin1String("proxy.silent"))
                    r.hungAt = QStringLiteral("proxy");
                return fail(r, t.stage, t.code, t.error);
            }
        }
    } else if (!connectDirect(s, host, port, r)) {
        return false;
    }

    if (https) {
        const qint64 start = m_clock.elapsed();
        const NetSocket::Wait w = s.startTls(host);
        r.tlsMs = m_clock.elapsed() - start;
        if (w == NetSocket::Wait::Cancelled)
            return fail(r, HttpStage::Cancelled, QStringLiteral("cancelled"), Tr::tr("Cancelled."));
        if (w == NetSocket::Wait::Timeout || w == NetSocket::Wait::Stalled)
            r.hungAt = QStringLiteral("tls");
        if (w != NetSocket::Wait::Ok) {
            QStringList why;
            for (const QSslError &e : s.sslSocket()->sslHandshakeErrors())
                why << e.errorString();
            if (why.isEmpty())
                why << (w == NetSocket::Wait::Closed ? s.errorString() : Tr::tr("no answer to the handshake"));
            //: %1 = host, %2 = reasons
            return fail(r, HttpStage::Tls, QStringLiteral("tls"),
                        Tr::tr("The TLS handshake with %1 failed: %2").arg(host, why.join(QLatin1String("; "))));
        }
    }

    // Request target: absolute form for an HTTP proxy, the mapped address in place of the name
    // under a test map; the Host header always carries the original name.
    const bool defaultPort = port == (https ? 443 : 80);
    QByteArray path = url.path(QUrl::FullyEncoded).toLatin1();
    if (path.isEmpty())
        path = "/";
    if (url.hasQuery())
        path += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    QByteArray requestTarget = path;
    if (httpProxyPlain) {
        const QString name = target.isNull() ? url.host(QUrl::FullyEncoded) : target.toString();
        requestTarget = "http://" + authority(name, port, defaultPort) + path;
    }
    QByteArray head = "GET " + requestTarget + " HTTP/1.1\r\nHost: "
                      + authority(url.host(QUrl::FullyEncoded), port, defaultPort)
                      + "\r\nUser-Agent: KBWizard\r\nAccept: */*\r\nAccept-Encoding: identity\r\n"
                        "Connection: close\r\n";
    if (httpProxyPlain && !m_req.proxy.user.isEmpty())
        head += "Proxy-Authorization: Basic "
                + (m_req.proxy.user + QLatin1Char(':') + m_req.proxy.password).toUtf8().toBase64() + "\r\n";
    head += "\r\n";

    const NetSocket::Wait w = s.writeAll(head);
    HttpResponseReader reader(s, m_req, m_clock, httpProxyPlain);
    if (w != NetSocket::Wait::Ok) {
        if (w == NetSocket::Wait::Cancelled)
            return fail(r, HttpStage::Cancelled, QStringLiteral("cancelled"), Tr::tr("Cancelled."));
        return fail(r, HttpStage::Reset, QStringLiteral("reset"),
                    Tr::tr("The connection was closed while the request was being sent."));
    }
    QString location;
    if (!reader.readHead(r, m_clock.elapsed(), &location))
        return false;
    const bool isRedirect = r.status == 301 || r.status == 302 || r.status == 303
                            || r.status == 307 || r.status == 308;
    if (isRedirect && !location.isEmpty()) {
        *redirect = url.resolved(QUrl(location));
        return true;
    }
    return reader.readBody(r);
}

} // namespace

HttpResult httpGet(const HttpRequest &request)
{
    // Sockets register with the thread's event dispatcher when they are created; a thread not
    // started by Qt (std::thread) gets one only when its first event loop is constructed.
    { QEventLoop ensureDispatcher; }
    QElapsedTimer clock;
    clock.start();
    HttpResult r;
    QUrl url = request.url;
    url.setUserInfo(QString()); // credentials in a URL are never sent nor echoed
    Exchange exchange(request, clock);
    // Redirects: at most kMaxRedirects, only on the request's own host, never from https to
    // http (a downgrade would give up the only transport protection a download has). For every
    // caller: checks, server.ini and the pattern download alike.
    const int maxRedirects = qBound(0, request.maxRedirects, kMaxRedirects);
    for (int hops = 0;; ++hops) {
        HttpResult hop;
        QUrl next;
        exchange.run(url, hop, &next);
        hop.addresses = hop.addresses.isEmpty() ? r.addresses : hop.addresses;
        r = hop;
        r.finalUrl = url;
        if (next.isEmpty() || r.failedStage != HttpStage::None)
            break;
        next.setUserInfo(QString());
        const QString shown = next.toDisplayString(QUrl::RemoveUserInfo);
        if (next.host().compare(request.url.host(), Qt::CaseInsensitive) != 0) {
            fail(r, HttpStage::RedirectLoop, QStringLiteral("redirect.host"),
                 //: %1 = URL, %2 = host name
                 Tr::tr("The answer redirects to %1, another host than %2; not followed.")
                     .arg(shown, request.url.host()));
            break;
        }
        if (url.scheme() == QLatin1String("https") && next.scheme() != QLatin1String("https")) {
            fail(r, HttpStage::RedirectLoop, QStringLiteral("redirect.downgrade"),
                 //: %1 = URL
                 Tr::tr("The answer redirects from https to %1, which is not encrypted; not followed.").arg(shown));
            break;
        }
        if (hops >= maxRedirects) {
            fail(r, HttpStage::RedirectLoop, QStringLiteral("redirect.loop"),
                 //: %1 = count, %2 = URL
                 Tr::tr("More than %1 redirects; the last one pointed to %2.")
                     .arg(maxRedirects).arg(shown));
            break;
        }
        url = next;
    }
    // Some proxies (tinyproxy 1.11) answer a wrong password with 401 instead of 407. A 401 to a
    // request that carried proxy credentials is the proxy's only if the same request without
    // them draws a 407 from it; an origin server would answer 401 again.
    if (r.status == 401 && r.failedStage == HttpStage::None && request.proxy.isSet()
        && request.proxy.type == ProxySettings::Type::Http && !request.proxy.user.isEmpty()
        && r.finalUrl.scheme() == QLatin1String("http")) {
        HttpRequest bare = request;
        bare.url = r.finalUrl;
        bare.proxy.user.clear();
        bare.proxy.password.clear();
        bare.sink = nullptr;
        bare.progress = nullptr;
        const HttpResult b = httpGet(bare);
        if (b.failedStage == HttpStage::ProxyAuth)
            fail(r, HttpStage::ProxyAuth, QStringLiteral("proxy.auth"),
                 Tr::tr("The %1 rejected the user name or password (HTTP 401; without them it asks for "
                    "them with 407).").arg(request.proxy.describe()));
    }
    r.totalMs = clock.elapsed();
    if (r.failedStage == HttpStage::None || r.failedStage == HttpStage::Cancelled)
        r.hungAt.clear();
    else if (!r.hungAt.isEmpty())
        r.error += QLatin1Char(' ') + httpHangText(r.hungAt);
    if (!request.proxy.password.isEmpty())
        r.error = redactText(r.error, {request.proxy.password});
    qCDebug(lcNet).noquote() << "GET" << r.finalUrl.toDisplayString(QUrl::RemoveUserInfo)
                             << httpStageId(r.failedStage) << r.status << r.code << r.totalMs << "ms";
    return r;
}

} // namespace kb
