#pragma once

#include "check.h"
#include "ini/updateconfiglayout.h"

#include <memory>

namespace kb {

class ProxyTestCredentials;

// `au-source`: the server's update source against the ActiveUpdate source of its detected
// version. Another version's ActiveUpdate source fails; a custom (alternate) source is accepted
// when it answers (its server.ini is fetched the way the server would) and fails when it does
// not. Where no known key holds the source, the lines found by scanning are shown.
class UpdateSourceCheck final : public Check
{
public:
    UpdateSourceCheck(UpdateConfigLayout layout, std::shared_ptr<ProxyTestCredentials> credentials,
                      int probeTimeoutMs = 12000);
    CheckResult run(const CheckContext &ctx) const override;
    int timeoutMs() const override { return m_probeTimeoutMs + 8000; }

private:
    UpdateConfigLayout m_layout;
    std::shared_ptr<ProxyTestCredentials> m_credentials;
    int m_probeTimeoutMs;
};

} // namespace kb
