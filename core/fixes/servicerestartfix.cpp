#include "fixes/servicerestartfix.h"

namespace kb {

FixPlan ServiceRestartFix::plan(const CheckContext &ctx, const QVariantMap &) const
{
    Q_UNUSED(ctx);
    FixPlan plan;
    for (const QString &name : m_services) {
        HostAction a;
        a.kind = HostAction::Kind::RestartService;
        a.target = name;
        a.timeoutMs = 120000;
        plan.actions.append(a);
    }
    return plan;
}

} // namespace kb
