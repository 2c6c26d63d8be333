#pragma once

#include "check.h"
#include "host/iisconsolesite.h"

namespace kb {

// iis-anonymous: the console site's Anonymous Authentication must be enabled and run as a
// "Specific user" (the article's fix), not as the application pool identity. Reads it with
// `appcmd list config "<site>" -section:...anonymousAuthentication` (WindowsHost; the stored
// password is masked before anything keeps it) or the demo state. Evidence: the configuration
// path used (and the candidates that did not answer), the identity found, the section as read.
class IisAnonymousCheck final : public Check
{
public:
    explicit IisAnonymousCheck(QList<IisSiteCandidate> candidates) : m_candidates(std::move(candidates)) {}
    CheckResult run(const CheckContext &ctx) const override;
    bool needsHost() const override { return true; }
    const QList<IisSiteCandidate> &candidates() const { return m_candidates; }

    // "the application pool identity" / "the specific user X (a password is stored)" ...
    static QString describeIdentity(const IisAnonymousIdentity &id);

private:
    QList<IisSiteCandidate> m_candidates;
};

} // namespace kb
