#pragma once

#include "check.h"
#include "ini/inidocument.h"
#include "ini/inirule.h"

#include <QList>

namespace kb {

// Passes when every rule is satisfied by every matching key=value line. Evidence: one row per
// matching line (file, section, key as spelled, found, expected), or one "absent" row.
class IniValueCheck final : public Check
{
public:
    explicit IniValueCheck(QList<IniRule> rules) : m_rules(std::move(rules)) {}
    CheckResult run(const CheckContext &ctx) const override;
    const QList<IniRule> &rules() const { return m_rules; }

    struct Match
    {
        const IniRule *rule;
        IniDocument::Entry entry;
        bool ok;
    };
    // Matching lines of `rule` in an already parsed document.
    static QList<Match> matches(const IniRule &rule, const IniDocument &doc);

private:
    QList<IniRule> m_rules;
};

} // namespace kb
