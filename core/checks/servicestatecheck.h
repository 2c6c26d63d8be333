#pragma once

#include "check.h"

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

} // namespace kb
