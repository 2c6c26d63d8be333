#pragma once

#include "host/hostkind.h"
#include "kberror.h"

#include <QList>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <functional>

namespace kb {

// Windows service states, numbered as SERVICE_STATUS.dwCurrentState / `sc query` prints them.
enum class ServiceState {
    Unknown = 0,
    Stopped = 1,
    StartPending = 2,
    StopPending = 3,
    Running = 4,
    ContinuePending = 5,
    PausePending = 6,
    Paused = 7,
};
QString serviceStateName(ServiceState s); // "RUNNING", "STOPPED", ... as sc prints them

struct ServiceStatus
{
    QString name;             // short service name (sc's SERVICE_NAME)
    bool exists = false;      // false: error 1060, not installed
    ServiceState state = ServiceState::Unknown;
    quint32 win32ExitCode = 0;
    quint32 pid = 0;
    KbError error;            // set when the query itself failed (access denied, tool missing, ...)
};

// Result of a service control (start/stop/restart). `win32Error` is the Win32 code sc.exe
// reports (1053 timeout, 5 access denied, 1056 already running, 1058 disabled, 1060 missing,
// 1062 not started), 0 on success.
struct ServiceControlResult
{
    bool ok = false;
    quint32 win32Error = 0;
    ServiceState finalState = ServiceState::Unknown;
    KbError error;
};

// One access control entry as icacls lists it: `PRINCIPAL:(I)(OI)(CI)(DENY)(R,W)`.
struct AclEntry
{
    QString principal;        // as printed, e.g. "BUILTIN\\IIS_IUSRS", "VORDEFINIERT\\IIS_IUSRS", "S-1-5-..."
    bool deny = false;
    bool inherited = false;   // (I)
    QStringList flags;        // inheritance flags in order: OI, CI, IO, NP
    QStringList rights;       // simple rights: F, M, RX, R, W, D, N  or specific: WD, AD, WEA, WA, Rc, ...
};

struct AclListing
{
    QString path;
    QList<AclEntry> entries;
    KbError error;
};

// The Anonymous Authentication identity of an IIS site or application.
struct IisAnonymousIdentity
{
    bool enabled = true;
    QString userName;         // empty: the application pool identity
    bool hasPassword = false; // a password is stored (its value is never carried around)
    QString rawSection;       // the section XML as read (secrets already redacted), for the backup/evidence
    KbError error;
};

// Whether this process may change the machine: administrator rights, past UAC. On Windows the
// process token answers (Administrators enabled in it: CheckTokenMembership); for a remote
// server `reg query \\server\HKU\S-1-5-19` (the LocalService hive, readable only by an
// administrator; see WindowsHost::elevation() for the sources); the demo reads
// host-state.json "elevated".
struct ElevationStatus
{
    enum class State { Unknown, Elevated, NotElevated };
    State state = State::Unknown;
    QString how;        // what was asked and what came back, for evidence ("reg query ... -> denied")
    KbError error;      // the question itself could not be asked (state Unknown)

    bool isElevated() const { return state == State::Elevated; }
};

// What the user reads before a fix when the wizard is not (or may not be) elevated: what will
// fail and what to do. Empty when elevated. `server` names a remote server (\\SBS01).
QString elevationWarning(const ElevationStatus &status, const QString &server = QString());

// `HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion`: ProductName, CurrentVersion, CurrentBuild.
struct WindowsVersion
{
    QString productName;     // "Windows Server 2012 R2 Standard"
    QString currentVersion;  // "6.3" (5.0 = 2000, 5.2 = 2003, 6.0 = 2008, 6.1 = 2008 R2, 6.3 = 2012 R2+)
    QString build;           // "9600"
    KbError error;

    bool isKnown() const { return majorVersion() > 0; }
    int majorVersion() const; // 0 when unknown
    int minorVersion() const;
    QString display() const;  // "Windows Server 2012 R2 Standard (6.3, build 9600)"
};

// An IIS web site as `appcmd list site` describes it.
struct IisSiteInfo
{
    bool found = false;
    QString name;            // "OfficeScan", "Default Web Site"
    quint32 id = 0;          // the number in W3SVC<id>; 0 = unknown
    QString logDirectory;    // logFile.directory as configured (%SystemDrive%\inetpub\logs\LogFiles); "" = unknown
    KbError error;
};

// Receives one-line progress reports ("Stopping W3SVC...", "W3SVC: STOP_PENDING") while a host
// call waits. Called on the thread that runs the host call: a UI must queue it to its own thread.
using HostProgressHandler = std::function<void(const QString &message)>;

struct RegistryValue
{
    bool found = false;
    QString type;             // REG_SZ, REG_DWORD, ...
    QString data;
    KbError error;
};

// Everything the wizard does to the machine besides editing files goes through this interface.
// Implementations: WindowsHost (sc/icacls/appcmd/reg via ToolRunner), DemoHost (JSON state in the
// demo sandbox) and NullHost (no backend: every call returns error "host.none").
// Implementations must be safe to call from several worker threads at once.
class Host
{
public:
    virtual ~Host() = default;

    virtual HostKind kind() const = 0;

    virtual ServiceStatus queryService(const QString &name) = 0;
    virtual ServiceControlResult startService(const QString &name, int timeoutMs) = 0;
    virtual ServiceControlResult stopService(const QString &name, int timeoutMs) = 0;
    // Stop (when running) then start, waiting for RUNNING until timeoutMs.
    virtual ServiceControlResult restartService(const QString &name, int timeoutMs);

    virtual AclListing readAcl(const QString &path) = 0;
    // Grants `rights` (icacls syntax, e.g. "(OI)(CI)(R,W)") to `principal` on `path`.
    virtual KbError grantAcl(const QString &path, const QString &principal, const QString &rights) = 0;
    // `icacls path /save saveFile` and `icacls parentOfPath /restore saveFile`.
    virtual KbError saveAcl(const QString &path, const QString &saveFile) = 0;
    virtual KbError restoreAcl(const QString &path, const QString &saveFile) = 0;

    // `site` is an IIS config path such as "Default Web Site/OfficeScan".
    virtual IisAnonymousIdentity iisAnonymousIdentity(const QString &site) = 0;
    // An empty userName selects the application pool identity. The password never appears on a
    // command line (WindowsHost passes it through standard input or a restricted temporary file).
    virtual KbError setIisAnonymousIdentity(const QString &site, const QString &userName,
                                            const QString &password) = 0;

    virtual RegistryValue readRegistry(const QString &key, const QString &valueName) = 0;

    // --- facts about the host (defaults: answered through readRegistry / "unknown") ---------

    // Administrator rights of this process on the host. Default: Unknown.
    virtual ElevationStatus elevation();
    // From the registry (CurrentVersion key) by default.
    virtual WindowsVersion windowsVersion();
    // The NetBIOS computer name (the <ServerName> of IUSR_<ServerName>); "" when unknown.
    // Default: HKLM\SYSTEM\CurrentControlSet\Control\ComputerName\ComputerName, value ComputerName.
    virtual QString computerName();
    // The IIS site called `siteName` (a site, not a config path: "Default Web Site", not
    // "Default Web Site/OfficeScan"). Default: error iis.unsupported.
    virtual IisSiteInfo iisSite(const QString &siteName);
    // A Windows path of the host, which may start with %SystemDrive%, %windir% or %SystemRoot%,
    // as this process can open it (expanded; for a remote server through its admin shares; for
    // the demo inside the sandbox). Empty when it cannot be mapped. Default: empty.
    virtual QString hostPath(const QString &windowsPath);

    // Progress of long calls (service waits). Thread-safe; an empty handler switches it off.
    void setProgressHandler(HostProgressHandler handler);

protected:
    void reportProgress(const QString &message) const;

private:
    mutable QMutex m_progressMutex;
    HostProgressHandler m_progress;
};

// No backend: every host-based step reports an error that says so; file-based steps still run.
class NullHost final : public Host
{
public:
    HostKind kind() const override { return HostKind::None; }
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

    static KbError noBackendError();
};

} // namespace kb
