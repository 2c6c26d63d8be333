#pragma once

#include "check.h"
#include "ini/inidocument.h"

#include <QList>
#include <QRegularExpression>

namespace kb {

// On/off entries whose names are not certain (FACTS.md: "find candidates by scanning, show them
// as evidence, and let the user confirm before a fix writes anything"). The names the wizard
// expects are checked; every other key whose name looks like one of them is listed as a
// candidate. Shared by IniFlagCheck and IniFlagFix, so they can never disagree.
struct IniFlagRule
{
    QString file;                   // relative to PCCSRV
    QString section;                // where the expected names live
    QStringList keys;               // expected names; each must hold `value`
    QRegularExpression candidates;  // other keys that may be these flags (case-insensitive)
    QString candidateText;          // what `candidates` matches, for the evidence ("WSS/LWCS ... install/enable")
    QString value;                  // "1"
    QString note;                   // shown with every expected key, e.g. "key name [inferred]"
};

// One key the rule looks at, as found in the file.
struct IniFlag
{
    IniDocument::Entry entry;       // line 0: an expected key that is absent
    bool expected = false;          // one of rule.keys (else a candidate found by scanning)
    bool counts = false;            // decides the status: expected keys, or candidates when an
                                    // expected key is absent
    bool ok = false;                // holds rule.value
};

// Pass: every expected key holds the value. Fail: one does not, or (an expected key is absent)
// a candidate does not. Warn: expected keys absent and every candidate holds the value (names
// unconfirmed), or nothing found at all.
class IniFlagCheck final : public Check
{
public:
    explicit IniFlagCheck(IniFlagRule rule) : m_rule(std::move(rule)) {}
    CheckResult run(const CheckContext &ctx) const override;
    const IniFlagRule &rule() const { return m_rule; }

    static QList<IniFlag> scan(const IniFlagRule &rule, const IniDocument &doc);

private:
    IniFlagRule m_rule;
};

} // namespace kb
