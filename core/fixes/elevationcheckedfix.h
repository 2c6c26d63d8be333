#pragma once

#include "check.h"
#include "fixes/fix.h"
#include "host/host.h"

#include <QMetaType>

namespace kb {

// Wraps a fix that changes the host (permissions, IIS, services): its plan gets, as the first
// note of the preview, the warning of elevationWarning() when the wizard is not elevated (or
// cannot tell), so the user reads it before pressing Apply. Everything else is the inner fix's.
class ElevationCheckedFix final : public Fix
{
public:
    explicit ElevationCheckedFix(FixPtr inner) : m_inner(std::move(inner)) {}
    QString description() const override { return m_inner->description(); }
    QList<FixInput> inputs(const CheckContext &ctx) const override { return m_inner->inputs(ctx); }
    FixScope scope() const override { return m_inner->scope(); }
    FixPlan plan(const CheckContext &ctx, const QVariantMap &inputValues) const override;
    const FixPtr &inner() const { return m_inner; }

private:
    FixPtr m_inner;
};

// Wraps a host-based check: when the wizard is not elevated its result gets the evidence row of
// appendElevationEvidence(), so the diagnosis already says so.
class ElevationNotedCheck final : public Check
{
public:
    explicit ElevationNotedCheck(CheckPtr inner) : m_inner(std::move(inner)) {}
    CheckResult run(const CheckContext &ctx) const override;
    int timeoutMs() const override { return m_inner->timeoutMs(); }
    bool needsHost() const override { return m_inner->needsHost(); }
    const CheckPtr &inner() const { return m_inner; }

private:
    CheckPtr m_inner;
};

// What the Target and Fix pages show about rights before a fix: the warning text ("" when
// elevated or without a backend) and whether the wizard is known not to be elevated.
struct ElevationNotice
{
    QString pccsrv;           // the installation it is about
    QString text;
    bool notElevated = false;
};
ElevationNotice elevationNotice(const CheckContext &ctx);

// The host's elevation for `ctx`, and the warning text for it ("" when elevated or no backend).
ElevationStatus elevationOf(const CheckContext &ctx);
QString elevationWarningFor(const CheckContext &ctx);

// Adds an evidence row "administrator rights: no" (with how it was found out) when the host
// says the wizard is not elevated. Nothing when elevated, unknown, or without a backend.
void appendElevationEvidence(const CheckContext &ctx, CheckResult *result);

} // namespace kb

Q_DECLARE_METATYPE(kb::ElevationNotice)
