#pragma once

#include "checks/downloadcachecheck.h"
#include "fixes/fix.h"

#include <memory>

namespace kb {

// `disk-cleaner`, automatically: removes the cached component files DownloadCacheCheck finds
// damaged, and the .sig file beside each (the manual procedure removes both), so that the next
// update downloads them again. Every removal is a FileEdit with deletesFile: the executor backs
// the file up (verified copy) before removing it, and undo puts it back byte for byte.
// Never plans anything outside the cache folder, never the cache's index or checksum list, never
// a symbolic link. Does not run Disk Cleaner (external programs stay off the ToolRunner
// allow-list); when the tool is on the server, a note gives its exact command line.
class DownloadCacheFix final : public Fix
{
public:
    explicit DownloadCacheFix(std::shared_ptr<const DownloadCacheCheck> check) : m_check(std::move(check)) {}
    QString description() const override;
    FixPlan plan(const CheckContext &ctx, const QVariantMap &inputValues) const override;

private:
    std::shared_ptr<const DownloadCacheCheck> m_check;
};

} // namespace kb
