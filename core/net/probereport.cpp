#include "net/probereport.h"

#include "report/redact.h"

#include <QCoreApplication>

namespace kb {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kb::ProbeReport)
};

QString ms(qint64 v)
{
    //: a measured duration in milliseconds
    return Tr::tr("%L1 ms").arg(v);
}

QString addresses(const QList<QHostAddress> &list)
{
    QStringList out;
    for (const QHostAddress &a : list)
        out << a.toString();
    return out.join(QLatin1String(", "));
}

// The stages in request order; `reached` is the index of the failing stage.
enum Stage { SDns, SConnect, SProxy, STls, SGet };

int failingStage(const HttpResult &r, bool viaProxy)
{
    switch (r.failedStage) {
    case HttpStage::Dns: return viaProxy ? SProxy : SDns;
    case HttpStage::Connect: return viaProxy && r.connectMs >= 0 && r.code == QLatin1String("connect.via-proxy") ? SProxy : SConnect;
    case HttpStage::Proxy:
        if (r.code == QLatin1String("proxy.dns"))
            return SDns;
        if (r.code == QLatin1String("proxy.refused") || r.code == QLatin1String("proxy.timeout")
            || r.code == QLatin1String("proxy.unreachable"))
            return SConnect;
        return r.proxyMs >= 0 || r.firstByteMs < 0 ? SProxy : SGet;
    case HttpStage::ProxyAuth: return r.proxyMs >= 0 ? SProxy : SGet;
    case HttpStage::Tls: return STls;
    case HttpStage::None:
    case HttpStage::Timeout:
    case HttpStage::Stalled:
    case HttpStage::Reset:
    case HttpStage::TooLarge:
    case HttpStage::RedirectLoop:
    case HttpStage::Cancelled:
        break;
    }
    if (r.failedStage != HttpStage::None && r.connectMs < 0)
        return r.dnsMs < 0 ? SDns : SConnect;
    return SGet;
}

} // namespace

QString ProbeReport::displayUrl(const QUrl &url)
{
    return url.toDisplayString(QUrl::RemoveUserInfo);
}

QString ProbeReport::timings(const HttpResult &r)
{
    QStringList parts;
    if (r.dnsMs >= 0)
        parts << Tr::tr("name lookup %1").arg(ms(r.dnsMs));
    if (r.connectMs >= 0)
        parts << Tr::tr("connect %1").arg(ms(r.connectMs));
    if (r.proxyMs >= 0)
        parts << Tr::tr("proxy handshake %1").arg(ms(r.proxyMs));
    if (r.tlsMs >= 0)
        parts << Tr::tr("TLS %1").arg(ms(r.tlsMs));
    if (r.firstByteMs >= 0)
        parts << Tr::tr("first byte %1").arg(ms(r.firstByteMs));
    if (r.totalMs >= 0)
        parts << Tr::tr("total %1").arg(ms(r.totalMs));
    return parts.join(QLatin1String(", "));
}

QList<EvidenceRow> ProbeReport::rows(const HttpRequest &req, const HttpResult &r)
{
    const bool viaProxy = req.proxy.isSet();
    const bool https = req.url.scheme() == QLatin1String("https");
    const int failing = r.failedStage == HttpStage::None ? SGet + 1 : failingStage(r, viaProxy);
    const QString failedNote = Tr::tr("failed here: %1").arg(httpStageText(r.failedStage));
    const QString notReached = Tr::tr("(not reached)");
    const QString host = viaProxy ? req.proxy.host : req.url.host();
    const quint16 port = viaProxy ? req.proxy.port : quint16(req.url.port(https ? 443 : 80));
    QList<EvidenceRow> rows;
    auto add = [&](int stage, const QString &item, const QString &ok, const QString &expected) {
        EvidenceRow row;
        row.item = item;
        row.expected = expected;
        if (stage < failing) {
            row.found = ok;
        }
        else if (stage == failing) {
            row.found = r.error;
            row.note = failedNote;
        } else
            row.found = notReached;
        rows.append(row);
    };
    //: %1 = host name; "proxy" variant when the name is the proxy's
    add(SDns, viaProxy ? Tr::tr("name lookup of the proxy %1").arg(host) : Tr::tr("name lookup of %1").arg(host),
        Tr::tr("%1 (%2)").arg(addresses(viaProxy ? r.proxyAddresses : r.addresses), ms(r.dnsMs)),
        Tr::tr("resolves"));
    add(SConnect, Tr::tr("TCP connect to %1:%2").arg(host).arg(port), ms(r.connectMs), Tr::tr("connects"));
    if (viaProxy)
        add(SProxy, Tr::tr("through the %1").arg(req.proxy.describe()),
            r.proxyMs >= 0 ? Tr::tr("tunnel open (%1)").arg(ms(r.proxyMs)) : Tr::tr("request forwarded"),
            Tr::tr("the proxy forwards the request"));
    if (https)
        add(STls, Tr::tr("TLS handshake with %1").arg(req.url.host()), ms(r.tlsMs), Tr::tr("secure connection"));
    QString got;
    if (r.status > 0)
        //: %1 = HTTP status, %2 = reason, %3 = bytes, %4 = timings
        got = Tr::tr("HTTP %1 %2, %L3 bytes; %4")
                  .arg(QString::number(r.status), r.reason, QString::number(r.bytes), timings(r));
    EvidenceRow get;
    get.item = Tr::tr("GET %1").arg(displayUrl(req.url));
    get.expected = Tr::tr("HTTP 200 within %L1 s").arg(req.timeoutMs / 1000.0, 0, 'f', req.timeoutMs % 1000 ? 1 : 0);
    if (failing < SGet) {
        get.found = notReached;
    } else if (r.failedStage != HttpStage::None) {
        get.found = got.isEmpty() ? r.error + QStringLiteral(" (") + timings(r) + QLatin1Char(')')
                                  : got + QStringLiteral(" — ") + r.error;
        get.note = failedNote;
    } else {
        get.found = got;
        if (r.status < 200 || r.status >= 300)
            get.note = Tr::tr("failed here: the server answered with an error status");
    }
    rows.append(get);
    if (!req.proxy.password.isEmpty())
        for (EvidenceRow &row : rows) {
            row.found = redactText(row.found, {req.proxy.password});
            row.item = redactText(row.item, {req.proxy.password});
        }
    return rows;
}

} // namespace kb
