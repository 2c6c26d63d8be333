#pragma once

#include "fixes/fix.h"
#include "ini/updateconfiglayout.h"

#include <memory>

namespace kb {

class ProxyTestCredentials;

// Writes the proxy type, address, port and user from a form into the keys the proxy settings
// file already has (never adds a key), or switches the proxy off. The password field is only
// used to test the connection: it is kept in memory (ProxyTestCredentials) for the checks that
// verify the fix, and never written — the product stores its password encrypted, in a form the
// wizard cannot produce — so the notes tell the technician to type it into the console.
class ProxyFix final : public Fix
{
public:
    ProxyFix(UpdateConfigLayout layout, std::shared_ptr<ProxyTestCredentials> credentials,
             QList<FollowUpCheck> followUps = {});
    QString description() const override;
    QList<FixInput> inputs(const CheckContext &ctx) const override;
    FixPlan plan(const CheckContext &ctx, const QVariantMap &inputValues) const override;

    static const QString kNone; // the "type" choice that switches the proxy off

private:
    UpdateConfigLayout m_layout;
    std::shared_ptr<ProxyTestCredentials> m_credentials;
    QList<FollowUpCheck> m_followUps;
};

} // namespace kb
