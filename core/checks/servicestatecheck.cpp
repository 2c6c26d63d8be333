#include "checks/servicestatecheck.h"

#include "host/host.h"

#include <QCoreApplication>

namespace kb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kb::ServiceStateCheck)
};
} // namespace

CheckResult ServiceStateCheck::run(const CheckContext &ctx) const
{
    CheckResult result;
    result.status = Status::Pass;
    int notRunning = 0;
    for (const QString &name : m_services) {
        const ServiceStatus st = ctx.host ? ctx.host->queryService(name) : NullHost().queryService(name);
        EvidenceRow row;
        row.item = Tr::tr("service %1").arg(name);
        row.expected = QStringLiteral("RUNNING");
        if (st.error) {
            row.found = st.error.message;
            result.evidence.append(row);
            result.status = Status::Error;
            result.message = st.error.message;
            continue;
        }
        if (!st.exists) {
            row.found = Tr::tr("not installed (error 1060)");
            ++notRunning;
        } else {
            row.found = serviceStateName(st.state);
            if (st.win32ExitCode != 0)
                row.note = Tr::tr("last exit code %1").arg(st.win32ExitCode);
            if (st.state != ServiceState::Running)
                ++notRunning;
        }
        result.evidence.append(row);
    }
    if (result.status == Status::Error)
        return result;
    if (notRunning > 0) {
        result.status = Status::Fail;
        result.message = Tr::tr("%n service(s) are not running.", nullptr, notRunning);
    } else {
        result.message = Tr::tr("All services are running.");
    }
    return result;
}

} // namespace kb
