#include "fixes/serviceadvicefix.h"

#include "fixes/serviceadvice.h"

namespace kb {

FixPlan ServiceAdviceFix::plan(const CheckContext &ctx, const QVariantMap &inputValues) const
{
    FixPlan p = m_inner->plan(ctx, inputValues);
    const QString server = ctx.target.serverName.isEmpty() ? QString()
                                                           : QStringLiteral("\\\\") + ctx.target.serverName;
    for (HostAction &a : p.actions) {
        if (a.kind != HostAction::Kind::RestartService && a.kind != HostAction::Kind::StartService)
            continue;
        const QHash<quint32, QString> help = serviceErrorHelp(a.target, server);
        for (auto it = help.cbegin(); it != help.cend(); ++it)
            if (!a.errorHelp.contains(it.key()))
                a.errorHelp.insert(it.key(), it.value());
    }
    return p;
}

} // namespace kb
