#pragma once

#include "check.h"
#include "ini/updateconfiglayout.h"

#include <memory>

namespace kb {

class ProxyTestCredentials;

// `au-reachability`: GET <update source>/server.ini the way the server's scheduled update
// would (through the server's own proxy, within the configured download timeout), timing each
// stage: name lookup, TCP connect, proxy, TLS, first byte, total. A failure names its stage and
// the step that fixes it: proxy (proxy stages), au-source (a wrong or dead source, HTTP errors),
// firewall (DNS, blocked or cut connections), au-timeout (slower than the configured timeout).
class ReachabilityCheck final : public Check
{
public:
    struct StepIds
    {
        QString proxy, auSource, firewall, auTimeout;
    };
    ReachabilityCheck(UpdateConfigLayout layout, std::shared_ptr<ProxyTestCredentials> credentials,
                      StepIds steps, int maxProbeMs = 15000);
    CheckResult run(const CheckContext &ctx) const override;
    int timeoutMs() const override { return m_maxProbeMs + 8000; }

private:
    UpdateConfigLayout m_layout;
    std::shared_ptr<ProxyTestCredentials> m_credentials;
    StepIds m_steps;
    int m_maxProbeMs;
};

} // namespace kb
