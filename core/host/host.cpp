#include "host/host.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QMutexLocker>

namespace kb {

QString serviceStateName(ServiceState s)
{
    switch (s) {
    case ServiceState::Stopped: return QStringLiteral("STOPPED");
    case ServiceState::StartPending: return QStringLiteral("START_PENDING");
    case ServiceState::StopPending: return QStringLiteral("STOP_PENDING");
    case ServiceState::Running: return QStringLiteral("RUNNING");
    case ServiceState::ContinuePending: return QStringLiteral("CONTINUE_PENDING");
    case ServiceState::PausePending: return QStringLiteral("PAUSE_PENDING");
    case ServiceState::Paused: return QStringLiteral("PAUSED");
    case ServiceState::Unknown: break;
    }
    return QStringLiteral("UNKNOWN");
}

ServiceControlResult Host::restartService(const QString &name, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    const ServiceStatus st = queryService(name);
    if (st.error) {
        ServiceControlResult r;
        r.error = st.error;
        return r;
    }
    if (st.state != ServiceState::Stopped) {
        ServiceControlResult stopped = stopService(name, int(deadline.remainingTime()));
        // 1062: "The service has not been started" - fine, it is stopped.
        if (!stopped.ok && stopped.win32Error != 1062)
            return stopped;
    }
    return startService(name, int(qMax<qint64>(1000, deadline.remainingTime())));
}

// --- facts about the host ----------------------------------------------------------------------

namespace {

QString hostTr(const char *text)
{
    return QCoreApplication::translate("kb::Host", text);
}

const char *const kCurrentVersionKey = "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion";
const char *const kComputerNameKey = "HKLM\\SYSTEM\\CurrentControlSet\\Control\\ComputerName\\ComputerName";

int versionPart(const QString &version, int index)
{
    const QStringList parts = version.trimmed().split(QLatin1Char('.'));
    bool ok = false;
    const int n = parts.value(index).toInt(&ok);
    return ok ? n : 0;
}

} // namespace

QString elevationWarning(const ElevationStatus &status, const QString &server)
{
    switch (status.state) {
    case ElevationStatus::State::Elevated:
        return QString();
    case ElevationStatus::State::NotElevated:
        if (!server.isEmpty())
            return hostTr("Warning: you have no administrator rights on %1. Changing permissions, "
                          "IIS settings or services there will be refused (\"Access is denied\"). "
                          "Sign in to the wizard with an account that is an administrator on %1 "
                          "(a domain account: Windows does not give local accounts administrator "
                          "rights over the network), or run the wizard on the server itself.")
                .arg(server);
        return hostTr("Warning: the wizard is not running as an administrator. Changing permissions, "
                      "IIS settings or services will be refused (\"Access is denied\"). Close the "
                      "wizard, right-click it, choose \"Run as administrator\" and start again.");
    case ElevationStatus::State::Unknown:
        break;
    }
    return hostTr("Note: the wizard could not tell whether it has administrator rights%1. If a change "
                  "is refused with \"Access is denied\", run the wizard as an administrator.")
        .arg(status.error ? QStringLiteral(" (%1)").arg(status.error.message) : QString());
}

int WindowsVersion::majorVersion() const
{
    return versionPart(currentVersion, 0);
}

int WindowsVersion::minorVersion() const
{
    return versionPart(currentVersion, 1);
}

QString WindowsVersion::display() const
{
    if (!isKnown())
        return error ? error.message : hostTr("unknown");
    QString s = productName.isEmpty() ? QStringLiteral("Windows") : productName;
    s += QStringLiteral(" (") + currentVersion;
    if (!build.isEmpty())
        s += hostTr(", build %1").arg(build);
    return s + QLatin1Char(')');
}

ElevationStatus Host::elevation()
{
    return ElevationStatus();
}

WindowsVersion Host::windowsVersion()
{
    WindowsVersion v;
    const QString key = QLatin1String(kCurrentVersionKey);
    const RegistryValue current = readRegistry(key, QStringLiteral("CurrentVersion"));
    if (current.error) {
        v.error = current.error;
        return v;
    }
    if (!current.found) {
        v.error = KbError::make(QStringLiteral("host.windowsVersion"),
                                hostTr("The registry does not name the Windows version (%1, value "
                                       "CurrentVersion).").arg(key));
        return v;
    }
    v.currentVersion = current.data.trimmed();
    v.productName = readRegistry(key, QStringLiteral("ProductName")).data.trimmed();
    v.build = readRegistry(key, QStringLiteral("CurrentBuild")).data.trimmed();
    return v;
}

QString Host::computerName()
{
    const RegistryValue v = readRegistry(QLatin1String(kComputerNameKey), QStringLiteral("ComputerName"));
    return v.found ? v.data.trimmed() : QString();
}

IisSiteInfo Host::iisSite(const QString &siteName)
{
    IisSiteInfo info;
    info.name = siteName;
    info.error = KbError::make(QStringLiteral("iis.unsupported"),
                               hostTr("This host backend cannot list IIS sites."));
    return info;
}

QString Host::hostPath(const QString &)
{
    return QString();
}

void Host::setProgressHandler(HostProgressHandler handler)
{
    QMutexLocker lock(&m_progressMutex);
    m_progress = std::move(handler);
}

void Host::reportProgress(const QString &message) const
{
    HostProgressHandler handler;
    {
        QMutexLocker lock(&m_progressMutex);
        handler = m_progress;
    }
    if (handler)
        handler(message);
}

KbError NullHost::noBackendError()
{
    return KbError::make(QStringLiteral("host.none"),
                         QCoreApplication::translate(
                             "kb::Host",
                             "No host backend: service, permission, IIS and registry checks need "
                             "the Windows backend (run on the server, or use --host windows) or "
                             "the demo server (--demo)."));
}

ServiceStatus NullHost::queryService(const QString &name)
{
    ServiceStatus s;
    s.name = name;
    s.error = noBackendError();
    return s;
}

ServiceControlResult NullHost::startService(const QString &, int)
{
    ServiceControlResult r;
    r.error = noBackendError();
    return r;
}

ServiceControlResult NullHost::stopService(const QString &name, int timeoutMs)
{
    return startService(name, timeoutMs);
}

ServiceControlResult NullHost::restartService(const QString &name, int timeoutMs)
{
    return startService(name, timeoutMs);
}

AclListing NullHost::readAcl(const QString &path)
{
    AclListing l;
    l.path = path;
    l.error = noBackendError();
    return l;
}

KbError NullHost::grantAcl(const QString &, const QString &, const QString &) { return noBackendError(); }
KbError NullHost::saveAcl(const QString &, const QString &) { return noBackendError(); }
KbError NullHost::restoreAcl(const QString &, const QString &) { return noBackendError(); }

IisAnonymousIdentity NullHost::iisAnonymousIdentity(const QString &)
{
    IisAnonymousIdentity id;
    id.error = noBackendError();
    return id;
}

KbError NullHost::setIisAnonymousIdentity(const QString &, const QString &, const QString &)
{
    return noBackendError();
}

RegistryValue NullHost::readRegistry(const QString &, const QString &)
{
    RegistryValue v;
    v.error = noBackendError();
    return v;
}

} // namespace kb
