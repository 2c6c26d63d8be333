#pragma once

#include "fixes/fix.h"

#include <QHash>
#include <QStringList>

namespace kb {

// Starts (or restarts) services in order, waiting for RUNNING each time, like ServiceRestartFix,
// and explains the Win32 errors the article names (e.g. 1053: the service is damaged, reinstall
// it with the ISPS tool) when a start fails with one of them.
class ServiceStartFix final : public Fix
{
public:
    ServiceStartFix(QStringList services, QHash<quint32, QString> errorHelp, QString description)
        : m_services(std::move(services)), m_errorHelp(std::move(errorHelp)),
          m_description(std::move(description)) {}
    QString description() const override { return m_description; }
    FixPlan plan(const CheckContext &ctx, const QVariantMap &inputValues) const override;
    FixScope scope() const override { return {m_services, {}, {}}; }

private:
    QStringList m_services;
    QHash<quint32, QString> m_errorHelp;
    QString m_description;
};

} // namespace kb
