#pragma once

#include "kberror.h"

#include <QString>

namespace kb {

// The bundled demo server (":/demo", built from resources/demo) copied to a sandbox folder.
// The bundled copy is never modified; the sandbox holds the broken WFBS 10.0 and OfficeScan
// 11.0 trees, the simulated host state and, once fixes are applied, the backups.
namespace DemoSandbox {

// Copies the demo into `dir` (created; must be empty or absent). With an empty `dir`, a fresh
// folder under the user's application data ("demo-sandboxes/<date-time>") is used.
// Returns the sandbox folder.
QString create(const QString &dir, KbError *error);
// True when `dir` is (the root of) a demo sandbox.
bool isSandbox(const QString &dir);
// The sandbox root containing `path`, or "" when `path` is not inside one.
QString sandboxRootOf(const QString &path);
// The most recently created sandbox in the default location, or "".
QString latest();
QString defaultParent();

} // namespace DemoSandbox

} // namespace kb
