#pragma once

#include "host/host.h"

#include <QJsonObject>

namespace kb {

// The simulated Windows host of the demo server: the same state a real server has (services,
// folder ACLs, IIS anonymous identity, registry), kept in `host-state.json` inside the demo
// sandbox so it survives restarts. Thread-safe; every change is written atomically.
// Paths given to the ACL calls are mapped to keys relative to the sandbox root.
class DemoHost final : public Host
{
public:
    explicit DemoHost(const QString &sandboxRoot);

    HostKind kind() const override { return HostKind::Demo; }
    QString stateFile() const;

    ServiceStatus queryService(const QString &name) override;
    ServiceControlResult startService(const QString &name, int timeoutMs) override;
    ServiceControlResult stopService(const QString &name, int timeoutMs) override;
    AclListing readAcl(const QString &path) override;
    KbError grantAcl(const QString &path, const QString &principal, const QString &rights) override;
    KbError saveAcl(const QString &path, const QString &saveFile) override;
    KbError restoreAcl(const QString &path, const QString &saveFile) override;
    IisAnonymousIdentity iisAnonymousIdentity(const QString &site) override;
    KbError setIisAnonymousIdentity(const QString &site, const QString &userName,
                                    const QString &password) override;
    RegistryValue readRegistry(const QString &key, const QString &valueName) override;

    // host-state.json "computerName".
    QString computerName() override;
    // host-state.json "elevated" (true when absent).
    ElevationStatus elevation() override;
    // A site is any "iis" entry named `siteName` or starting with `siteName/`; its "id" and
    // "logDirectory" when the entry has them (else id unknown, the IIS default folder).
    IisSiteInfo iisSite(const QString &siteName) override;
    // The sandbox's "wfbs" folder plays the system drive of the demo server (it holds
    // inetpub\logs\LogFiles): %SystemDrive% -> <sandbox>/wfbs, %windir% and %SystemRoot% ->
    // <sandbox>/wfbs/Windows. Other paths cannot be mapped.
    QString hostPath(const QString &windowsPath) override;

private:
    ServiceControlResult startLocked(const QString &name);
    ServiceControlResult stopLocked(const QString &name);
    KbError load(QJsonObject *state) const;
    KbError store(const QJsonObject &state) const;
    QString aclKey(const QString &path) const;

    QString m_root;
};

} // namespace kb
