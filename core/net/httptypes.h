#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QUrl>
#include <atomic>
#include <functional>

class QIODevice;

namespace kb {

// A proxy as the server's console stores it. The password is a secret: never logged, never
// put into an error text or a report.
struct ProxySettings
{
    enum class Type { None, Http, Socks4, Socks5 };
    Type type = Type::None;
    QString host;
    quint16 port = 0;
    QString user;
    QString password;

    bool isSet() const { return type != Type::None && !host.isEmpty() && port != 0; }
    QString describe() const; // "HTTP proxy proxy.corp:8080 (user bob)", no password
};

// Where an HTTP request failed, in the order a request goes through them.
enum class HttpStage {
    None,         // an HTTP response arrived (whatever its status)
    Dns,          // the name did not resolve
    Connect,      // TCP connect refused / unreachable / timed out
    Proxy,        // the proxy refused, is unreachable, or did not answer
    ProxyAuth,    // 407 / SOCKS authentication failed
    Tls,          // TLS handshake failed
    Timeout,      // the whole request took longer than timeoutMs
    Stalled,      // no byte arrived for stallTimeoutMs
    Reset,        // the connection was reset / closed before the body was complete
    TooLarge,     // the body exceeded maxBodyBytes
    RedirectLoop, // more than maxRedirects redirects, or one refused (another host, https to http)
    Cancelled,
};
QString httpStageId(HttpStage s);   // "dns", "connect", ... (JSON, tests)
QString httpStageText(HttpStage s); // translated explanation
// "It hung at the first byte: the request was sent and no answer came." for HttpResult::hungAt.
QString httpHangText(const QString &hungAt);

// Redirects are followed only on the request's own host, never from https to http, and at
// most this many times (httpGet).
constexpr int kMaxRedirects = 3;

struct HttpRequest
{
    QUrl url;
    ProxySettings proxy;            // Type::None = direct, never the system proxy
    int timeoutMs = 15000;          // whole request
    int stallTimeoutMs = 10000;     // longest silence while waiting for bytes
    qint64 maxBodyBytes = 1 << 20;  // the most body bytes taken, in memory or into the sink:
                                    // one more and the request fails (TooLarge) at once
    QIODevice *sink = nullptr;      // download target (opened for writing); body not kept
    int maxRedirects = kMaxRedirects; // at most kMaxRedirects, whatever is asked
    const std::atomic<bool> *cancelled = nullptr;
    std::function<void(qint64 received, qint64 total)> progress; // total -1 when unknown
};

struct HttpResult
{
    HttpStage failedStage = HttpStage::None;
    int status = 0;                 // HTTP status code when a response arrived
    QString reason;
    QByteArray body;
    qint64 bytes = 0;               // body bytes received (also with a sink)
    qint64 contentLength = -1;
    QList<QHostAddress> addresses;  // what the name resolved to (direct requests)
    qint64 dnsMs = -1, connectMs = -1, tlsMs = -1, firstByteMs = -1, totalMs = -1;
    QUrl finalUrl;
    QString error;                  // plain explanation; never contains a password
    // Additions (issue #3): a finer, stable sub-code of failedStage ("dns", "connect.refused",
    // "proxy.dns", "proxy.refused", "proxy.silent", "proxy.auth", "stalled", "reset", ...),
    // whether the request went through request.proxy, what the proxy's name resolved to, and
    // the time the SOCKS / CONNECT handshake took. Timings: dnsMs/connectMs are the lookup and
    // TCP connect of the first hop (the proxy when there is one), firstByteMs is from the
    // request being sent to the first response byte, totalMs the whole call (all redirects).
    QString code;
    // Where a request that ran out of time hung (issue 16): "dns", "connect", "proxy", "tls",
    // "first-byte" or "body"; empty when it did not hang (an answer, a refusal, a reset, ...).
    // httpGet() also ends `error` with httpHangText() of it.
    QString hungAt;
    bool viaProxy = false;
    QList<QHostAddress> proxyAddresses;
    qint64 proxyMs = -1;

    bool ok() const { return failedStage == HttpStage::None && status >= 200 && status < 300; }
};

} // namespace kb
