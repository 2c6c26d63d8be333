// Names and explanations of the stages an HTTP request can fail in (declared in netprobe.h).
#include "net/httptypes.h"

#include <QCoreApplication>

namespace kb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kb::NetProbe)
};
} // namespace

QString httpStageId(HttpStage s)
{
    switch (s) {
    case HttpStage::None: return QStringLiteral("none");
    case HttpStage::Dns: return QStringLiteral("dns");
    case HttpStage::Connect: return QStringLiteral("connect");
    case HttpStage::Proxy: return QStringLiteral("proxy");
    case HttpStage::ProxyAuth: return QStringLiteral("proxy-auth");
    case HttpStage::Tls: return QStringLiteral("tls");
    case HttpStage::Timeout: return QStringLiteral("timeout");
    case HttpStage::Stalled: return QStringLiteral("stalled");
    case HttpStage::Reset: return QStringLiteral("reset");
    case HttpStage::TooLarge: return QStringLiteral("too-large");
    case HttpStage::RedirectLoop: return QStringLiteral("redirect-loop");
    case HttpStage::Cancelled: return QStringLiteral("cancelled");
    }
    return QString();
}

QString httpHangText(const QString &hungAt)
{
    if (hungAt == QLatin1String("dns"))
        return Tr::tr("It hung at the DNS stage: the name server did not answer.");
    if (hungAt == QLatin1String("connect"))
        return Tr::tr("It hung at the connect stage: the TCP connection got no answer.");
    if (hungAt == QLatin1String("proxy"))
        return Tr::tr("It hung at the proxy stage: the proxy did not answer.");
    if (hungAt == QLatin1String("tls"))
        return Tr::tr("It hung at the TLS stage: the secure handshake got no answer.");
    if (hungAt == QLatin1String("first-byte"))
        return Tr::tr("It hung at the first byte: the request was sent and no answer came.");
    if (hungAt == QLatin1String("body"))
        return Tr::tr("It hung while the answer was arriving.");
    return QString();
}

QString httpStageText(HttpStage s)
{
    switch (s) {
    case HttpStage::None: return Tr::tr("An answer arrived.");
    case HttpStage::Dns: return Tr::tr("The name could not be resolved (DNS).");
    case HttpStage::Connect: return Tr::tr("The TCP connection could not be opened.");
    case HttpStage::Proxy: return Tr::tr("The proxy refused, could not be reached or did not answer.");
    case HttpStage::ProxyAuth: return Tr::tr("The proxy rejected the user name or password.");
    case HttpStage::Tls: return Tr::tr("The secure (TLS) connection could not be set up.");
    case HttpStage::Timeout: return Tr::tr("The whole request took longer than allowed.");
    case HttpStage::Stalled: return Tr::tr("The other side stopped sending data.");
    case HttpStage::Reset: return Tr::tr("The connection was closed before the answer was complete.");
    case HttpStage::TooLarge: return Tr::tr("The answer was larger than allowed.");
    case HttpStage::RedirectLoop: return Tr::tr("Too many redirects, or a redirect to another host or from https to http.");
    case HttpStage::Cancelled: return Tr::tr("Cancelled.");
    }
    return QString();
}

} // namespace kb
