#pragma once

#include "check.h"
#include "kberror.h"

#include <QList>

namespace kb {

// `disk-cleaner`: damaged component files in the server's ActiveUpdate download cache. Every
// component the cache's own index (its copy of server.ini) lists is compared with the file on
// disk: zero bytes, a size other than the index's, or (when a checksum list is there) a digest
// mismatch is damage; a listed file that is absent was simply not downloaded. Also says whether
// the Disk Cleaner tool is on the server and how to run it. DownloadCacheFix removes the damaged
// files (backed up first) from what scan() finds; the wizard never runs Disk Cleaner itself.
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
    // A cached component file that does not match the index.
    struct Damage
    {
        QString relativePath; // relative to PCCSRV, '/' separators: "Download/ActiveUpdate/pattern/..."
        qint64 size = 0;      // on disk
        QString problem;      // "0 bytes (empty)", ...
    };
    // What run() reports, before it is worded: read-only, the same on every call for the same disk.
    struct Scan
    {
        KbError error;              // the index could not be read
        bool indexPresent = false;
        QList<Damage> damaged;      // in index order
        int checked = 0;            // components found in the cache
        int absent = 0;             // components not downloaded
        bool toolPresent = false;
        QString toolPath;           // absolute, native separators
        QList<EvidenceRow> rows;    // one per component (without the tool's row)
    };
    explicit DownloadCacheCheck(Layout layout) : m_layout(std::move(layout)) {}
    const Layout &layout() const { return m_layout; }
    Scan scan(const CheckContext &ctx) const;
    CheckResult run(const CheckContext &ctx) const override;
    int timeoutMs() const override { return 60000; } // hashes every cached pattern file

private:
    Layout m_layout;
};

} // namespace kb
