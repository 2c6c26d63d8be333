#pragma once

#include "check.h"
#include "ini/updateconfiglayout.h"

#include <QHostAddress>

namespace kb {

// `firewall`: resolves every host name the server must reach for updates (the article's list
// plus the hosts of the server's own update-source lines) through NameResolver, shows each
// name's addresses and their a.b.c.0–a.b.c.255 blocks ("change the last octet to .255"), and
// builds the allow-list a firewall administrator can copy. Names that do not resolve are shown
// with the resolver's answer, never dropped.
class FirewallCheck final : public Check
{
public:
    struct HostName
    {
        QString purpose;  // "ActiveUpdate", "license", ... (translated)
        QString host;     // may contain {code}: the version's ActiveUpdate code ("wfbs100")
        QString note;     // e.g. "[inferred]"
    };
    // `unknownPurposes`: servers the article lists whose names are not known (lost from the
    // stored article); shown as such in the evidence and the allow-list, never guessed.
    FirewallCheck(UpdateConfigLayout layout, QList<HostName> hosts, QStringList unknownPurposes = {},
                  int perNameTimeoutMs = 5000);
    CheckResult run(const CheckContext &ctx) const override;
    int timeoutMs() const override { return m_perNameTimeoutMs + 8000; }

    // "203.0.113.0–203.0.113.255" for an IPv4 address; "" otherwise.
    static QString block(const QHostAddress &address, const QString &dash);

private:
    UpdateConfigLayout m_layout;
    QList<HostName> m_hosts;
    QStringList m_unknownPurposes;
    int m_perNameTimeoutMs;
};

} // namespace kb
