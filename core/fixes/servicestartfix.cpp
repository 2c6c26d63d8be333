#include "fixes/servicestartfix.h"

namespace kb {

FixPlan ServiceStartFix::plan(const CheckContext &, const QVariantMap &) const
{
    FixPlan plan;
    for (const QString &name : m_services) {
        HostAction a;
        a.kind = HostAction::Kind::RestartService; // stops first when it runs, then starts
        a.target = name;
        a.timeoutMs = 120000;
        a.errorHelp = m_errorHelp;
        plan.actions.append(a);
    }
    return plan;
}

} // namespace kb
