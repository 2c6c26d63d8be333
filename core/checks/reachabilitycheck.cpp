#include "checks/reachabilitycheck.h"

#include "net/probereport.h"
#include "fixes/proxytestcredentials.h"
#include "report/redact.h"
#include "ini/updateconfig.h"

#include <QCoreApplication>

#include <climits>

namespace kb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kb::ReachabilityCheck)
};
} // namespace

ReachabilityCheck::ReachabilityCheck(UpdateConfigLayout layout,
                                     std::shared_ptr<ProxyTestCredentials> credentials, StepIds steps,
                                     int maxProbeMs)
    : m_layout(std::move(layout)), m_credentials(std::move(credentials)), m_steps(std::move(steps)),
      m_maxProbeMs(maxProbeMs)
{
}

CheckResult ReachabilityCheck::run(const CheckContext &ctx) const
{
    const UpdateConfig cfg = UpdateConfig::read(ctx, m_layout, m_credentials.get());
    CheckResult result;
    const QString versionSource = UpdateConfig::activeUpdateSourceFor(m_layout, ctx.target.version);
    QString source = cfg.primarySource;
    if (source.isEmpty())
        source = versionSource;
    if (source.isEmpty()) {
        result.status = Status::Error;
        result.evidence = cfg.sourceEvidence;
        result.message = Tr::tr("No update source was found in the server's settings, and version %1 has no "
                            "known ActiveUpdate source.").arg(ctx.target.version);
        return result;
    }
    const bool sourceIsRight = UpdateConfig::normalized(source) == UpdateConfig::normalized(versionSource);

    // The scheduled update gives up after the configured timeout; so does this probe (up to the
    // check's own limit).
    const int configuredMs = int(qMin<qint64>(qint64(cfg.timeoutSeconds) * 1000, INT_MAX));
    HttpRequest req;
    req.url = UpdateConfig::serverIniUrl(m_layout, source);
    req.proxy = cfg.proxy;
    req.timeoutMs = qMax(1, qMin(configuredMs, m_maxProbeMs));
    // Silence for half the allowed time (at most 10 s) is a stall, told apart from slowness.
    req.stallTimeoutMs = qMax(1, qMin(req.timeoutMs / 2, 10000));
    req.maxBodyBytes = 4 << 20;
    req.cancelled = ctx.cancelled;
    const HttpResult r = httpGet(req);

    EvidenceRow route;
    route.item = Tr::tr("route");
    route.found = cfg.proxyEnabled ? Tr::tr("through the %1 (the server's own proxy setting)").arg(cfg.proxy.describe())
                                   : Tr::tr("direct (no proxy set for updates)");
    result.evidence.append(route);
    if (!cfg.timeoutEvidence.file.isEmpty())
        result.evidence.append(cfg.timeoutEvidence);
    result.evidence.append(ProbeReport::rows(req, r));

    const QString url = ProbeReport::displayUrl(req.url);
    const QString fixSource = sourceIsRight ? m_steps.firewall : m_steps.auSource;
    QString stage, points;
    switch (r.failedStage) {
    case HttpStage::None:
        if (r.ok()) {
            result.status = Status::Pass;
            result.message = Tr::tr("The update source answered: %1 (%2).").arg(url, ProbeReport::timings(r));
            return result;
        }
        stage = Tr::tr("HTTP status %1").arg(r.status);
        points = r.viaProxy && (r.status == 502 || r.status == 503 || r.status == 504)
                     ? m_steps.firewall // the proxy could not reach the source
                     : m_steps.auSource;
        break;
    case HttpStage::Dns:
        stage = Tr::tr("name lookup (DNS)");
        points = fixSource;
        break;
    case HttpStage::Connect:
        stage = Tr::tr("TCP connect");
        points = fixSource;
        break;
    case HttpStage::Proxy:
    case HttpStage::ProxyAuth:
        stage = Tr::tr("proxy");
        points = m_steps.proxy;
        break;
    case HttpStage::Tls:
        stage = Tr::tr("TLS");
        points = m_steps.firewall;
        break;
    case HttpStage::Timeout:
        stage = Tr::tr("too slow");
        points = configuredMs <= m_maxProbeMs ? m_steps.auTimeout : QString();
        break;
    case HttpStage::Stalled:
    case HttpStage::Reset:
        stage = r.failedStage == HttpStage::Stalled ? Tr::tr("transfer stalled") : Tr::tr("connection cut");
        points = m_steps.firewall;
        break;
    case HttpStage::TooLarge:
    case HttpStage::RedirectLoop:
        stage = httpStageText(r.failedStage);
        points = m_steps.auSource;
        break;
    case HttpStage::Cancelled:
        result.status = Status::Error;
        result.message = r.error;
        return result;
    }
    result.status = Status::Fail;
    if (r.failedStage == HttpStage::Timeout && points.isEmpty()) {
        result.status = Status::Warn;
        //: %1 = seconds the check waited, %2 = configured seconds
        result.message = Tr::tr("The download of server.ini took longer than this check waits (%L1 s); the "
                            "configured timeout (%L2 s) is longer, so the update may still complete.")
                             .arg(req.timeoutMs / 1000.0, 0, 'f', 1).arg(cfg.timeoutSeconds);
        return result;
    }
    if (r.failedStage == HttpStage::Timeout)
        //: %1 = URL, %2 = configured seconds, %3 = step id
        result.message = Tr::tr("Too slow: %1 did not finish within the configured download timeout of %L2 s. "
                            "Fix: step %3 (raise the timeout).")
                             .arg(url).arg(cfg.timeoutSeconds).arg(points);
    else
        //: %1 = stage, %2 = explanation, %3 = step id
        result.message = Tr::tr("Failed at the %1 stage: %2 Fix: step %3.")
                             .arg(stage, r.failedStage == HttpStage::None
                                             ? Tr::tr("the source answered HTTP %1 %2.").arg(QString::number(r.status), r.reason)
                                             : r.error,
                                  points);
    if (!cfg.proxy.password.isEmpty())
        result.message = redactText(result.message, {cfg.proxy.password});
    return result;
}

} // namespace kb
