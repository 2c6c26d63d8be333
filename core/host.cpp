#include "host.h"

#include <QCoreApplication>
#include <QDeadlineTimer>

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
