#pragma once

#include "kberror.h"

#include <QString>

namespace kb {

// The one check every write, removal and ACL action on the server goes through (fixes, undo,
// rollback), run once before anything is backed up and again immediately before each write:
//   - `path` must lie inside `root` (the installation's PCCSRV folder), compared as written
//     (separators and "." / ".." normalised; case-insensitive for Windows paths), and, where
//     the folders exist on this machine, canonically (every link resolved);
//   - no folder between `root` and `path` may be a symbolic link, junction or other
//     name-surrogate reparse point that leads out of `root` (or nowhere);
//   - `path` itself must not be such a link (the wizard never writes, removes or changes the
//     permissions of anything through a link, wherever it leads).
// `--force` never bypasses it. Errors: file.link (a link), file.outside (outside the root);
// both name `path`. A root that does not exist on this machine (a simulated Windows server in
// the tests) can hold no link, so there only the written form is compared.
KbError checkPathInsideRoot(const QString &path, const QString &root);

// True when `path` (not following it) is a symbolic link, a junction or, on Windows, any other
// name-surrogate reparse point (a mount point, an AppExecLink ...).
bool isLinkOrReparsePoint(const QString &path);

// "\\?\C:\x", "C:/x/../y", "/a//b/" -> one written form with '/' separators, "." and ".."
// resolved, no trailing separator; "\\?\UNC\srv\share" -> "//srv/share".
QString normalizedPathForCompare(const QString &path);
// `path` is `root` or below it (both normalizedPathForCompare'd; case-insensitively when either
// looks like a Windows path or on Windows).
bool isPathInside(const QString &path, const QString &root);

} // namespace kb
