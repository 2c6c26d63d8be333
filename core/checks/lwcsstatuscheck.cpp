#include "checks/lwcsstatuscheck.h"

#include "ini/inidocument.h"
#include "net/netprobe.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>

namespace kb {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kb::LwcsStatusCheck)
};

struct Port
{
    quint16 port = 0;
    EvidenceRow row;
};

Port readPort(const LwcsStatusCheck::Options &o, const Target &target)
{
    Port p;
    p.port = o.defaultPort;
    p.row.file = Target::displayPath(o.portFile);
    p.row.section = o.portSection;
    p.row.key = o.portKey;
    p.row.expected = Tr::tr("TCP port of the Web Reputation service");
    KbError err;
    const QString path = target.path(o.portFile);
    const IniDocument doc = QFileInfo::exists(path) ? IniDocument::load(path, &err) : IniDocument();
    bool found = false;
    const QString value = err ? QString() : doc.value(o.portSection, o.portKey, QString(), &found).trimmed();
    bool ok = false;
    const uint n = value.toUInt(&ok);
    if (found && ok && n > 0 && n < 65536) {
        p.port = quint16(n);
        p.row.found = value;
        p.row.note = o.portNote;
    } else {
        p.row.found = err ? err.toString()
                    : found ? Tr::tr("\"%1\" is not a port number; using %2").arg(value).arg(o.defaultPort)
                            : Tr::tr("(absent); using %1").arg(o.defaultPort);
        p.row.note = o.portNote + QStringLiteral("; ") + o.defaultNote;
    }
    return p;
}

} // namespace

int LwcsStatusCheck::timeoutMs() const
{
    return int(m_options.paths.size()) * m_options.requestTimeoutMs + 5000;
}

QString LwcsStatusCheck::hostFor(const Target &target)
{
    return target.serverName.isEmpty() ? QStringLiteral("localhost") : target.serverName;
}

QString LwcsStatusCheck::pageText(const QByteArray &body, int maxChars)
{
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8.decode(body);
    if (utf8.hasError())
        text = QString::fromLatin1(body);
    static const QRegularExpression scripts(QStringLiteral("<(script|style)\\b.*?</\\1\\s*>"),
                                            QRegularExpression::CaseInsensitiveOption
                                                | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    text.remove(scripts);
    text.replace(tags, QStringLiteral(" "));
    text.replace(QLatin1String("&nbsp;"), QLatin1String(" "));
    text.replace(QLatin1String("&lt;"), QLatin1String("<"));
    text.replace(QLatin1String("&gt;"), QLatin1String(">"));
    text.replace(QLatin1String("&quot;"), QLatin1String("\""));
    text.replace(QLatin1String("&amp;"), QLatin1String("&"));
    text = text.simplified();
    if (text.size() > maxChars)
        text = text.left(maxChars - 1) + QChar(0x2026);
    return text;
}

QString LwcsStatusCheck::describeResult(const HttpResult &r, int stallTimeoutMs)
{
    switch (r.failedStage) {
    case HttpStage::None:
        return QStringLiteral("HTTP %1 %2").arg(r.status).arg(r.reason).trimmed();
    case HttpStage::Connect:
        return r.code == QLatin1String("connect.refused")
                   ? Tr::tr("connection refused: nothing listens on that port")
                   : Tr::tr("no connection: %1").arg(r.error);
    case HttpStage::Stalled:
        return Tr::tr("no answer: nothing arrived for %L1 s").arg(stallTimeoutMs / 1000.0);
    case HttpStage::Timeout:
        return Tr::tr("no complete answer in time (timeout)");
    case HttpStage::Dns:
        return Tr::tr("the server name did not resolve: %1").arg(r.error);
    case HttpStage::Reset:
        return Tr::tr("the connection closed before the answer was complete");
    case HttpStage::Cancelled:
        return Tr::tr("cancelled");
    default:
        return r.error.isEmpty() ? httpStageText(r.failedStage) : r.error;
    }
}

CheckResult LwcsStatusCheck::run(const CheckContext &ctx) const
{
    CheckResult result;
    const Port port = readPort(m_options, ctx.target);
    result.evidence.append(port.row);
    const QString host = hostFor(ctx.target);

    bool healthy = false;
    QList<HttpResult> results;
    for (const QString &path : m_options.paths) {
        QUrl url;
        url.setScheme(QStringLiteral("http"));
        url.setHost(host);
        url.setPort(port.port);
        url.setPath(path);
        HttpRequest req;
        req.url = url;                   // proxy stays Type::None: the article says no proxy
        req.timeoutMs = m_options.requestTimeoutMs;
        req.stallTimeoutMs = m_options.stallTimeoutMs;
        req.maxBodyBytes = 256 * 1024;
        req.maxRedirects = 0;
        req.cancelled = ctx.cancelled;
        const HttpResult r = httpGet(req);
        results.append(r);

        EvidenceRow row;
        row.item = Tr::tr("GET %1 (no proxy)").arg(url.toString());
        row.expected = Tr::tr("HTTP 200 with the status page");
        row.found = describeResult(r, m_options.stallTimeoutMs);
        if (r.failedStage == HttpStage::None) {
            const QString text = pageText(r.body);
            row.note = text.isEmpty() ? Tr::tr("empty page") : Tr::tr("page text: %1").arg(text);
            healthy = healthy || r.status == 200;
        } else {
            row.note = r.error;
        }
        result.evidence.append(row);
        if (r.failedStage == HttpStage::Cancelled || ctx.isCancelled()) {
            result.status = Status::Error;
            result.message = Tr::tr("Cancelled.");
            return result;
        }
    }
    if (healthy) {
        result.status = Status::Pass;
        result.message = Tr::tr("The Local Web Classification Server answers on %1 port %2.").arg(host).arg(port.port);
        return result;
    }
    result.status = Status::Fail;
    // The first URL tells the story; the second one almost always fails the same way.
    const HttpResult &r = results.value(0);
    switch (r.failedStage) {
    case HttpStage::None:
        result.message = Tr::tr("The status page answered %1 instead of 200. Check the web server log "
                            "(IIS or Apache) on the server.")
                             .arg(describeResult(r, m_options.stallTimeoutMs));
        break;
    case HttpStage::Connect:
        result.message = r.code == QLatin1String("connect.refused")
                             ? Tr::tr("Nothing listens on %1 port %2 (connection refused): the Local Web "
                                  "Classification Server is not running, or it uses another port.")
                                   .arg(host).arg(port.port)
                             : Tr::tr("No connection to %1 port %2: %3").arg(host).arg(port.port).arg(r.error);
        break;
    case HttpStage::Stalled:
    case HttpStage::Timeout:
        result.message = Tr::tr("%1 port %2 accepted the connection but the status page did not answer "
                            "in time: the service hangs or a firewall interferes.")
                             .arg(host).arg(port.port);
        break;
    case HttpStage::Dns:
        result.message = Tr::tr("The server name %1 did not resolve.").arg(host);
        break;
    default:
        result.message = Tr::tr("The status page could not be read: %1")
                             .arg(describeResult(r, m_options.stallTimeoutMs));
        break;
    }
    return result;
}

} // namespace kb
