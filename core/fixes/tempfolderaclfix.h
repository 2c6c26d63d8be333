#pragma once

#include "fixes/fix.h"
#include "checks/tempfolderaclcheck.h"

namespace kb {

// temp-acl fix: `icacls <folder> /grant <account>:(OI)(CI)(R,W)` (one argument). FixExecutor
// saves the folder's ACL first (`icacls <folder> /save`), re-runs the check, and undo puts the
// saved ACL back (`icacls <parent> /restore`). A Deny entry is not overridden by a grant, so
// then the fix is not offered: the plan explains which entry to remove by hand.
class TempFolderAclFix final : public Fix
{
public:
    explicit TempFolderAclFix(TempFolderAclRule rule) : m_rule(std::move(rule)) {}
    QString description() const override;
    FixPlan plan(const CheckContext &ctx, const QVariantMap &inputValues) const override;
    FixScope scope() const override { return {{}, {m_rule.folder}, {}}; }

private:
    TempFolderAclRule m_rule;
};

} // namespace kb
