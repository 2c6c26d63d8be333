#pragma once

#include "check.h"

namespace kb {

// Counts the pattern files in a folder of the installation (LWCS\wcspatterns: fup*.ptn). Passes
// with at least `minCount` non-empty files. Evidence: the folder and each matching file with its
// size; empty files are listed but do not count.
class PatternFilesCheck final : public Check
{
public:
    struct Options
    {
        QString folder;       // relative to PCCSRV
        QString nameFilter;   // QDir wildcard, case-insensitive, e.g. "fup*.ptn"
        int minCount = 1;
        QString note;         // e.g. "[article]"
    };

    explicit PatternFilesCheck(Options options) : m_options(std::move(options)) {}
    CheckResult run(const CheckContext &ctx) const override;
    const Options &options() const { return m_options; }

private:
    Options m_options;
};

} // namespace kb
