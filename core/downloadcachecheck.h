#pragma once

#include "check.h"

namespace kb {

// `disk-cleaner`: damaged component files in the server's ActiveUpdate download cache. Every
// component the cache's own index (its copy of server.ini) lists is compared with the file on
// disk: zero bytes, a size other than the index's, or (when a checksum list is there) a digest
// mismatch is damage; a listed file that is absent was simply not downloaded. Also says whether
// the Disk Cleaner tool is on the server and how to run it; the cleanup itself is manual.
class DownloadCacheCheck final : public Check
{
public:
    struct Layout
    {
        QString cacheDir;          // relative to PCCSRV: "Download/ActiveUpdate"
        QString indexFile;         // inside cacheDir: "server.ini"
        QString checksumFile;      // inside cacheDir: "checksum.ini" ("" = none)
        QString checksumSection;   // "Files"
        QString toolPath;          // relative to PCCSRV: where Disk Cleaner is looked for
        QString toolArguments;     // "/hide /log"
        QString note;              // marks for the cache layout
        QString toolNote;          // marks for the tool's name and location
    };
    explicit DownloadCacheCheck(Layout layout) : m_layout(std::move(layout)) {}
    CheckResult run(const CheckContext &ctx) const override;
    int timeoutMs() const override { return 60000; } // hashes every cached pattern file

private:
    Layout m_layout;
};

} // namespace kb
