#pragma once

#include "check.h"

#include <QRegularExpression>
#include <QStringList>

namespace kb {

// Looks for an installer or tool by file name in a few folders of the installation. Found:
// Pass, with every match as evidence and what to do with it. Not found: Manual, with where it
// looked and how to get the tool.
class InstallerCheck final : public Check
{
public:
    struct Folder
    {
        QString path;          // relative to PCCSRV ("." = PCCSRV, ".." = the install folder)
        int depth = 0;         // 0 = this folder only
    };
    struct Options
    {
        QList<Folder> folders;
        QRegularExpression name;   // file names that count (case-insensitive)
        QString nameText;          // what `name` matches, for the evidence
        QString note;              // e.g. "file names [inferred]"
        QString foundAdvice;       // %1 = the first match (relative path)
        QString howToGet;          // the manual step when nothing is found
        int maxEntries = 20000;    // stop scanning a huge tree
    };

    explicit InstallerCheck(Options options) : m_options(std::move(options)) {}
    CheckResult run(const CheckContext &ctx) const override;
    const Options &options() const { return m_options; }

private:
    Options m_options;
};

} // namespace kb
