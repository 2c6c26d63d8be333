#pragma once

#include "check.h"
#include "ini/updateconfiglayout.h"

#include <memory>

namespace kb {

class ProxyTestCredentials;

// `proxy`: the proxy the server itself uses for updates (the scheduled update runs as the
// service, so the browser's proxy does not matter). Shows the stored settings (never the
// password) and sends a GET for the update source's server.ini through that proxy, telling
// apart: the name of the proxy not resolving, the port refused, a proxy that accepts but never
// answers, a rejected user/password (HTTP 407, SOCKS5 authentication failure) and a proxy
// that works but cannot reach the source.
class ProxyCheck final : public Check
{
public:
    ProxyCheck(UpdateConfigLayout layout, std::shared_ptr<ProxyTestCredentials> credentials,
               int probeTimeoutMs = 12000);
    CheckResult run(const CheckContext &ctx) const override;
    int timeoutMs() const override { return m_probeTimeoutMs + 8000; }

private:
    UpdateConfigLayout m_layout;
    std::shared_ptr<ProxyTestCredentials> m_credentials;
    int m_probeTimeoutMs;
};

} // namespace kb
