#pragma once

#include "fixes/fix.h"

#include <QStringList>

namespace kb {

// Restarts (or starts) the listed services in order, waiting for RUNNING each time.
class ServiceRestartFix final : public Fix
{
public:
    ServiceRestartFix(QStringList services, QString description)
        : m_services(std::move(services)), m_description(std::move(description)) {}
    QString description() const override { return m_description; }
    FixPlan plan(const CheckContext &ctx, const QVariantMap &inputValues) const override;
    FixScope scope() const override { return {m_services, {}, {}}; }

private:
    QStringList m_services;
    QString m_description;
};

} // namespace kb
