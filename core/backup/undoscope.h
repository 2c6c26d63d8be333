#pragma once

#include "backup/backupstore.h"
#include "fixes/fix.h"
#include "kberror.h"

namespace kb {

// What undo of a backup set may touch, from the program's own articles, never from the
// manifest: the scope (services, ACL folders, IIS sites) of the fix of the step the set names,
// and files only inside the installation being undone.
FixScope fixScopeOf(const QString &articleId, const QString &stepId);

// Refuses, naming the entry, a set whose manifest says anything the fix never does: another
// installation ("root"/"target" are not the folder `installationRoot` is), a file or ACL folder
// outside `installationRoot` or reached through a link out of it, a service / ACL folder / IIS
// site that is not in the fix's scope. Paths the set wrote under another spelling of the same
// installation ("target") are rewritten to `installationRoot`'s spelling. Runs before anything
// is restored; --force never bypasses it. Codes: backup.foreign, backup.untrusted,
// file.outside, file.link.
KbError checkSetScope(BackupSet &set, const QString &installationRoot);

// How an item is shown, computed from its real path (never the manifest's "display"):
// PCCSRV-relative with backslashes for files and folders, "IIS site …" for IIS items.
QString trustedDisplay(const BackupItem &item, const QString &installationRoot);

} // namespace kb
