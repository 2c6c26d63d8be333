#pragma once

#include "check.h"
#include "host/iisconsolesite.h"
#include "host/iislogfinder.h"

namespace kb {

// Where the support-bundle step looks; the values live in the article's facts table.
struct IisLogRule
{
    QList<IisSiteCandidate> sites;     // the console site's configuration paths
    QList<IisLogLocation> locations;   // default log folders (IIS 7 and later, IIS 6, ...)
    QStringList patterns;              // "ex*.log", ...
    QString patternsMark;
    int newest = 3;                    // how many of the newest logs go into the bundle
};

// support-bundle: lists the IIS logs of the console site, newest first (evidence), so the
// user sees what SupportBundle::write() will pack. Status Manual: the Case Diagnostic Tool part
// is done by hand. Never changes anything.
class IisLogsCheck final : public Check
{
public:
    explicit IisLogsCheck(IisLogRule rule) : m_rule(std::move(rule)) {}
    CheckResult run(const CheckContext &ctx) const override;
    bool needsHost() const override { return true; }
    const IisLogRule &rule() const { return m_rule; }

    // The site (first candidate that answers, else the first) and its logs, newest first.
    IisLogSearch search(const CheckContext &ctx) const;

private:
    IisLogRule m_rule;
};

} // namespace kb
