#pragma once

#include "fixes/fix.h"
#include "checks/iniflagcheck.h"

namespace kb {

// Sets the flags of an IniFlagRule to its value, one confirmed key at a time: every failing key
// is an input ("set to 1" or "leave it"), offered as "1" for the keys the check counts and as
// the current value for look-alike keys it does not. Never inserts a key. Optionally restarts a
// service afterwards.
class IniFlagFix final : public Fix
{
public:
    IniFlagFix(IniFlagRule rule, QString restartService, QString description)
        : m_rule(std::move(rule)), m_restartService(std::move(restartService)),
          m_description(std::move(description)) {}

    QString description() const override { return m_description; }
    QList<FixInput> inputs(const CheckContext &ctx) const override;
    FixPlan plan(const CheckContext &ctx, const QVariantMap &inputValues) const override;
    FixScope scope() const override { return {m_restartService.isEmpty() ? QStringList() : QStringList{m_restartService}, {}, {}}; }

    static QString inputId(const IniDocument::Entry &entry); // "set:[Section]Key"

private:
    IniFlagRule m_rule;
    QString m_restartService;
    QString m_description;
};

} // namespace kb
