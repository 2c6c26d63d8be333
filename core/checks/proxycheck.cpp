#include "checks/proxycheck.h"

#include "net/probereport.h"
#include "fixes/proxytestcredentials.h"
#include "report/redact.h"
#include "ini/updateconfig.h"

#include <QCoreApplication>

namespace kb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kb::ProxyCheck)
};
} // namespace

ProxyCheck::ProxyCheck(UpdateConfigLayout layout, std::shared_ptr<ProxyTestCredentials> credentials,
                       int probeTimeoutMs)
    : m_layout(std::move(layout)), m_credentials(std::move(credentials)), m_probeTimeoutMs(probeTimeoutMs)
{
}

CheckResult ProxyCheck::run(const CheckContext &ctx) const
{
    const UpdateConfig cfg = UpdateConfig::read(ctx, m_layout, m_credentials.get());
    CheckResult result;
    result.evidence = cfg.proxyEvidence;
    if (!cfg.proxyReadable) {
        result.status = Status::Error;
        result.inputError = cfg.errors.value(0);
        result.message = Tr::tr("The proxy settings could not be read: %1")
                             .arg(cfg.errors.isEmpty() ? QString() : cfg.errors.first().toString());
        return result;
    }
    if (!cfg.proxyEnabled) {
        result.status = Status::Pass;
        result.message = Tr::tr("No proxy is set for updates: the Security Server connects to the update "
                            "source directly.");
        return result;
    }
    const ProxySettings &proxy = cfg.proxy;
    if (proxy.host.isEmpty() || proxy.port == 0) {
        result.status = Status::Fail;
        result.message = Tr::tr("A proxy is switched on for updates, but its address or port is missing "
                            "or not a number.");
        return result;
    }

    QString source = cfg.primarySource;
    if (source.isEmpty())
        source = UpdateConfig::activeUpdateSourceFor(m_layout, ctx.target.version);
    HttpRequest req;
    req.url = UpdateConfig::serverIniUrl(m_layout, source);
    req.proxy = proxy;
    req.timeoutMs = m_probeTimeoutMs;
    req.stallTimeoutMs = qMin(m_probeTimeoutMs, 8000);
    req.maxBodyBytes = 4 << 20;
    req.cancelled = ctx.cancelled;
    const HttpResult r = httpGet(req);
    result.evidence.append(ProbeReport::rows(req, r));

    const bool testedPassword = !proxy.password.isEmpty();
    const QString who = proxy.describe();
    switch (r.failedStage) {
    case HttpStage::None:
        result.status = Status::Pass;
        result.message = r.ok() ? Tr::tr("The %1 forwarded the request: the update source answered through it.").arg(who)
                                : Tr::tr("The %1 forwarded the request (the answer was HTTP %2; see the "
                                     "reachability step).").arg(who).arg(r.status);
        if (!proxy.user.isEmpty() && !testedPassword && cfg.proxyPasswordStored)
            result.message += QLatin1Char(' ') + Tr::tr("It did not ask for the password, so the stored "
                                                    "password was not tested.");
        break;
    case HttpStage::ProxyAuth:
        if (testedPassword) {
            result.status = Status::Fail;
            result.message = Tr::tr("The %1 rejected the user name or the password typed into the proxy "
                                "form. Correct them in the console (Administration > Global Settings > Proxy).")
                                 .arg(who);
        } else if (proxy.user.isEmpty()) {
            result.status = Status::Fail;
            result.message = Tr::tr("The %1 requires a user name and password, but the server has none set.").arg(who);
        } else {
            result.status = Status::Warn;
            result.message = Tr::tr("The %1 asks for the password. The server's stored password is encrypted "
                                "and cannot be tested here: type it into the proxy form to test it "
                                "(it is not saved).").arg(who);
        }
        break;
    case HttpStage::Proxy:
        result.status = Status::Fail;
        if (r.code == QLatin1String("proxy.dns"))
            result.message = Tr::tr("The proxy's name %1 does not resolve, so no update can go through it.").arg(proxy.host);
        else if (r.code == QLatin1String("proxy.refused"))
            result.message = Tr::tr("Nothing accepts connections at %1:%2: the proxy address or port is wrong, "
                                "or the proxy is not running.").arg(proxy.host).arg(proxy.port);
        else if (r.code == QLatin1String("proxy.silent") || r.code == QLatin1String("proxy.timeout"))
            result.message = Tr::tr("The %1 does not answer: it accepted the connection (or never completed it) "
                                "and then stayed silent. Is it a proxy of this type?").arg(who);
        else
            result.message = Tr::tr("The %1 did not forward the request: %2").arg(who, r.error);
        break;
    case HttpStage::Cancelled:
        result.status = Status::Error;
        result.message = r.error;
        break;
    default:
        result.status = Status::Warn;
        result.message = Tr::tr("The %1 works, but the update source could not be reached through it (%2). "
                            "See the reachability step.").arg(who, httpStageText(r.failedStage));
        break;
    }
    // Belt and braces: nothing the check returns may carry the test password.
    if (testedPassword) {
        result.message = redactText(result.message, {proxy.password});
        for (EvidenceRow &row : result.evidence)
            row.found = redactText(row.found, {proxy.password});
    }
    return result;
}

} // namespace kb
