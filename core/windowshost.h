#pragma once

#include "host.h"
#include "toolrunner.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QString>
#include <QStringList>

namespace kb {

// The real backend: sc, icacls, appcmd and reg through ToolRunner, their output read by the
// parsers in scparser/icaclsparser/appcmdparser/regparser.
//
// With a remote server name, sc gets `\\server` as its first argument, reg keys are prefixed
// with `\\server\`, paths are used as given (pass UNC paths), and IIS calls fail with
// iis.remoteUnsupported (appcmd has no remote mode).
//
// Stateless apart from its settings, so several worker threads may use one instance.
class WindowsHost final : public Host
{
    Q_DECLARE_TR_FUNCTIONS(kb::WindowsHost)

public:
    explicit WindowsHost(const QString &remoteServer = QString());

    QString kind() const override { return QStringLiteral("windows"); }
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

    ToolRunner m_runner;
    QString m_server;
    int m_toolTimeoutMs = 60000;
    int m_minPollMs = 250;
};

} // namespace kb
