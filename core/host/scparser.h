#pragma once

#include "host/host.h"
#include "kberror.h"

#include <QString>
#include <QStringList>

namespace kb {

// Parsers for sc.exe output. They key on numbers, English state/type constants and the fixed
// field order: sc keeps `RUNNING`, `WIN32_OWN_PROCESS`, `AUTO_START` in English on localized
// Windows, but labels (`STATE` -> `ESTADO`, `ÉTAT`, `STATUS`), messages and even `FAILED`
// (pt-BR `FALHOU`) are translated. Tolerates CRLF/LF, tab or 8-space indents, trailing spaces.

// `[SC] <Api> FAILED <n>:` + blank line + message.
struct ScFailure
{
    bool failed = false;
    QString api;          // e.g. "StartService", "EnumQueryServicesStatus:OpenService"
    quint32 code = 0;     // the Win32 error: 5, 1053, 1056, 1058, 1060, 1062, ...
    QString message;      // sc's (possibly localized) message line
};

// The status block printed by `sc query|queryex|start|stop|pause|continue`.
struct ScServiceBlock
{
    bool valid = false;           // a STATE value was found
    QString name;                 // SERVICE_NAME
    quint32 type = 0;             // TYPE number as printed (hex digits: 110 = 0x110)
    QString typeName;             // WIN32_OWN_PROCESS, WIN32_SHARE_PROCESS, WIN32, KERNEL_DRIVER...
    bool interactive = false;     // "(interactive)"
    ServiceState state = ServiceState::Unknown;
    QStringList controls;         // STOPPABLE, NOT_PAUSABLE, ACCEPTS_SHUTDOWN ...
    quint32 win32ExitCode = 0;
    quint32 serviceExitCode = 0;
    quint32 checkpoint = 0;
    quint32 waitHintMs = 0;
    bool hasPid = false;          // queryex / start print PID and FLAGS
    quint32 pid = 0;
    QString flags;                // empty or a number
};

struct ScQueryResult
{
    ScServiceBlock service;
    ScFailure failure;
};

// `sc qc <svc>`.
struct ScServiceConfig
{
    bool valid = false;
    QString name;
    quint32 type = 0;
    QString typeName;
    int startType = -1;           // 0 BOOT, 1 SYSTEM, 2 AUTO, 3 DEMAND, 4 DISABLED
    QString startTypeName;        // AUTO_START, DEMAND_START, DISABLED ...
    bool delayedStart = false;    // "AUTO_START  (DELAYED)"
    int errorControl = -1;
    QString binaryPath;           // as printed, quotes and arguments included
    QString loadOrderGroup;
    QString tag;
    QString displayName;
    QStringList dependencies;
    QString account;              // SERVICE_START_NAME: LocalSystem, NT AUTHORITY\LocalService, ...
    ScFailure failure;
};

ScFailure parseScFailure(const QString &text);
ScQueryResult parseScQuery(const QString &text);
ScServiceConfig parseScQc(const QString &text);

// Maps a state constant ("RUNNING") or number (4) to ServiceState; Unknown when neither.
ServiceState serviceStateFromSc(const QString &constantOrNumber);

// A KbError for a failed sc call. Codes: service.accessDenied (5), service.timeout (1053),
// service.alreadyRunning (1056), service.disabled (1058), service.notFound (1060),
// service.notStarted (1062), service.failed (others).
KbError scError(quint32 win32Code, const QString &serviceName, const QString &scMessage = QString());

// `sc query`/`queryex` output (and sc's exit code) as the Host interface reports it. A missing
// service (1060) is an answer, not an error: exists=false, error empty.
ServiceStatus serviceStatusFromSc(const QString &serviceName, const QString &output, int exitCode);

} // namespace kb
