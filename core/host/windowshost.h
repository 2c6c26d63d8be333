#pragma once

#include "host/host.h"
#include "host/toolrunner.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QString>
#include <QStringList>

#include <optional>

namespace kb {

// The real backend: sc, icacls, appcmd and reg through ToolRunner, their output read by the
// parsers in scparser/icaclsparser/appcmdparser/regparser.
//
// With a remote server name, sc gets `\\server` as its first argument, reg keys are prefixed
// with `\\server\`, paths are used as given (pass UNC paths). appcmd has no remote mode: IIS
// settings are read from \\server\ADMIN$\System32\inetsrv\config\applicationHost.config
// (administrator rights on the server needed; error iis.remoteUnsupported when it cannot be
// read) and cannot be changed remotely (iis.remoteUnsupported).
//
// Stateless apart from its settings and two cached answers (elevation, the remote system
// root), each behind a mutex, so several worker threads may use one instance.
class WindowsHost final : public Host
{
    Q_DECLARE_TR_FUNCTIONS(kb::WindowsHost)

public:
    explicit WindowsHost(const QString &remoteServer = QString());

    HostKind kind() const override { return HostKind::Windows; }
    QString remoteServer() const { return m_server; } // "\\\\name" or empty

    // Limit for a single tool run (default 60 s). Service waits are bounded by their own timeout.
    void setToolTimeoutMs(int ms) { m_toolTimeoutMs = ms; }
    int toolTimeoutMs() const { return m_toolTimeoutMs; }
    // Shortest pause between two `sc query` polls (default 250 ms); the pause otherwise follows
    // the service's WAIT_HINT (a tenth of it, at most 2 s), as Microsoft's samples do.
    void setMinPollIntervalMs(int ms) { m_minPollMs = ms; }

    ServiceStatus queryService(const QString &name) override;
    ServiceControlResult startService(const QString &name, int timeoutMs) override;
    ServiceControlResult stopService(const QString &name, int timeoutMs) override;
    ServiceControlResult restartService(const QString &name, int timeoutMs) override;

    AclListing readAcl(const QString &path) override;
    KbError grantAcl(const QString &path, const QString &principal, const QString &rights) override;
    KbError saveAcl(const QString &path, const QString &saveFile) override;
    KbError restoreAcl(const QString &path, const QString &saveFile) override;

    IisAnonymousIdentity iisAnonymousIdentity(const QString &site) override;
    KbError setIisAnonymousIdentity(const QString &site, const QString &userName,
                                    const QString &password) override;

    RegistryValue readRegistry(const QString &key, const QString &valueName) override;

    // Remote: `reg query \\server\HKU\S-1-5-19`. Local on Windows: the process token
    // (localTokenElevation); local elsewhere (tests with fake tools): `reg query HKU\S-1-5-19`.
    // Cached once answered.
    ElevationStatus elevation() override;
#ifdef Q_OS_WIN
    // Administrators enabled in this process's token (CheckTokenMembership), i.e. elevated.
    static ElevationStatus localTokenElevation();
#endif
    // Remote: the server name; local: %COMPUTERNAME%, else the registry.
    QString computerName() override;
    // `appcmd list site "<name>"` and `appcmd list site "<name>" /text:logFile.directory`.
    // Remote: read from applicationHost.config through \\server\ADMIN$ (see iisAnonymousIdentity).
    IisSiteInfo iisSite(const QString &siteName) override;
    // Local: environment variables expanded (%SystemDrive% defaults to C:, %windir% to
    // C:\Windows); on other systems (tests with fake tools) '\' becomes '/'. Remote: drive paths
    // through the admin shares (\\server\C$\..., %windir% = \\server\ADMIN$), the system drive
    // read from the server's registry (SystemRoot).
    QString hostPath(const QString &windowsPath) override;

    // The folder icacls /restore must be given: the save file names objects relative to it.
    // Handles `C:\a\b`, `C:\a\b\`, `C:\a` -> `C:\`, UNC `\\srv\share\dir` and `/unix/paths`.
    static QString parentPath(const QString &path);

private:
    QStringList scArgs(const QStringList &args) const;
    ToolResult runTool(const QString &tool, const QStringList &args, int timeoutMs,
                       const QByteArray &stdinData = QByteArray(),
                       const QStringList &secrets = QStringList()) const;
    ServiceControlResult control(const QString &name, bool start, const QDeadlineTimer &deadline);
    ServiceControlResult waitForState(const QString &name, ServiceState target, quint32 waitHintMs,
                                      const QDeadlineTimer &deadline);

    QString remoteSystemDrive();
    KbError readRemoteApplicationHost(QByteArray *xml);

    ToolRunner m_runner;
    QString m_server;
    QMutex m_cacheMutex;
    std::optional<ElevationStatus> m_elevation;
    QString m_remoteSystemDrive;
    int m_toolTimeoutMs = 60000;
    int m_minPollMs = 250;
};

} // namespace kb
