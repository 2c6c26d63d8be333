#pragma once

#include "fixes/fix.h"
#include "ini/inirule.h"

#include <QList>

namespace kb {

// Writes IniRule::fixValue into every line that breaks its rule, keeping each key's own
// spelling, spacing and the file's encoding. When a rule's key is absent and the rule fails on
// absence, the key is inserted (first spelling) into the section the user picks, offered as
// `insertSection`. Optionally restarts a service afterwards.
class IniValueFix final : public Fix
{
public:
    struct Options
    {
        QString insertSection;   // offered section for an absent key
        QString restartService;  // "" = none
        QString description;     // one or two sentences, translated
        QStringList notes;       // trade-offs shown with the preview
    };
    IniValueFix(QList<IniRule> rules, Options options)
        : m_rules(std::move(rules)), m_options(std::move(options)) {}

    QString description() const override { return m_options.description; }
    QList<FixInput> inputs(const CheckContext &ctx) const override;
    FixPlan plan(const CheckContext &ctx, const QVariantMap &inputValues) const override;
    FixScope scope() const override
    {
        return {m_options.restartService.isEmpty() ? QStringList() : QStringList{m_options.restartService}, {}, {}};
    }

private:
    QList<IniRule> m_rules;
    Options m_options;
};

} // namespace kb
