#pragma once

#include "fixes/fix.h"

namespace kb {

// Wraps a fix that starts or restarts services: each of its Start/RestartService actions gets
// HostAction::errorHelp from serviceErrorHelp(), so a failure (Error 1053, access denied, ...)
// reaches the user with a plain explanation and what to do, not only sc's code.
class ServiceAdviceFix final : public Fix
{
public:
    explicit ServiceAdviceFix(FixPtr inner) : m_inner(std::move(inner)) {}
    QString description() const override { return m_inner->description(); }
    QList<FixInput> inputs(const CheckContext &ctx) const override { return m_inner->inputs(ctx); }
    FixScope scope() const override { return m_inner->scope(); }
    FixPlan plan(const CheckContext &ctx, const QVariantMap &inputValues) const override;

private:
    FixPtr m_inner;
};

} // namespace kb
