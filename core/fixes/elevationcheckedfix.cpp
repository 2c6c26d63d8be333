#include "fixes/elevationcheckedfix.h"

#include "host/host.h"

#include <QCoreApplication>

namespace kb {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kb::ElevationCheckedFix)
};

bool hasBackend(const CheckContext &ctx)
{
    return ctx.host && ctx.host->kind() != HostKind::None;
}

QString serverOf(const CheckContext &ctx)
{
    return ctx.target.serverName.isEmpty() ? QString() : QStringLiteral("\\\\") + ctx.target.serverName;
}

} // namespace

ElevationStatus elevationOf(const CheckContext &ctx)
{
    return hasBackend(ctx) ? ctx.host->elevation() : ElevationStatus();
}

QString elevationWarningFor(const CheckContext &ctx)
{
    if (!hasBackend(ctx))
        return QString();
    return elevationWarning(ctx.host->elevation(), serverOf(ctx));
}

ElevationNotice elevationNotice(const CheckContext &ctx)
{
    ElevationNotice n;
    n.pccsrv = ctx.target.pccsrv;
    if (!hasBackend(ctx))
        return n;
    const ElevationStatus s = ctx.host->elevation(); // once: it may be a `reg query` over the network
    n.text = elevationWarning(s, serverOf(ctx));
    n.notElevated = !n.text.isEmpty() && s.state == ElevationStatus::State::NotElevated;
    return n;
}

FixPlan ElevationCheckedFix::plan(const CheckContext &ctx, const QVariantMap &inputValues) const
{
    FixPlan p = m_inner->plan(ctx, inputValues);
    if (p.actions.isEmpty() || p.error)
        return p;
    const QString warning = elevationWarningFor(ctx);
    if (!warning.isEmpty())
        p.notes.prepend(warning);
    return p;
}

CheckResult ElevationNotedCheck::run(const CheckContext &ctx) const
{
    CheckResult r = m_inner->run(ctx);
    appendElevationEvidence(ctx, &r);
    return r;
}

void appendElevationEvidence(const CheckContext &ctx, CheckResult *result)
{
    if (!result || !hasBackend(ctx))
        return;
    const ElevationStatus s = ctx.host->elevation();
    if (s.state != ElevationStatus::State::NotElevated)
        return;
    EvidenceRow row;
    row.item = ctx.target.serverName.isEmpty()
                   ? Tr::tr("administrator rights")
                   : Tr::tr("administrator rights on \\\\%1").arg(ctx.target.serverName);
    row.found = Tr::tr("no (%1)").arg(s.how);
    row.expected = Tr::tr("yes: the fixes change permissions, IIS settings and services");
    result->evidence.append(row);
}

} // namespace kb
