#pragma once

#include "check.h"
#include "fix.h"

#include <QStringList>

namespace kb {

// Passes when every listed service is installed and RUNNING. Evidence: one row per service
// (state found vs RUNNING, exit code when it stopped with one).
class ServiceStateCheck final : public Check
{
public:
    explicit ServiceStateCheck(QStringList services) : m_services(std::move(services)) {}
    CheckResult run(const CheckContext &ctx) const override;
    bool needsHost() const override { return true; }
    const QStringList &services() const { return m_services; }

private:
    QStringList m_services;
};

// Restarts (or starts) the listed services in order, waiting for RUNNING each time.
class ServiceRestartFix final : public Fix
{
public:
    ServiceRestartFix(QStringList services, QString description)
        : m_services(std::move(services)), m_description(std::move(description)) {}
    QString description() const override { return m_description; }
    FixPlan plan(const CheckContext &ctx, const QVariantMap &inputValues) const override;

private:
    QStringList m_services;
    QString m_description;
};

} // namespace kb
