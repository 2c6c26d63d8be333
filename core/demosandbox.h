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
// The sandbox is recorded (see registryFile) so that later runs on it are demo runs.
// Returns the sandbox folder.
QString create(const QString &dir, KbError *error);
// True when `dir` is (the root of) a demo sandbox this program created for this user: its
// marker file must be there AND the registry must list `dir` (canonical) with the marker's
// random nonce. A marker alone (copied, or planted on a share) never makes a folder a demo:
// demo mode changes the host backend, the backup folder and the network, so it is decided
// only by --demo or this record.
bool isSandbox(const QString &dir);
// The sandbox root containing `path` (up to 12 levels up), or "" when `path` is not inside a
// recorded sandbox.
QString sandboxRootOf(const QString &path);
// The record of the sandboxes this user's program created:
// <AppLocalDataLocation>/demo-sandboxes.json, {"sandboxes": [{"path", "nonce"}]}.
QString registryFile();
// Records `dir` (a folder holding a marker) in `registry` (default registryFile()), dropping
// entries whose folder is gone. Tests use it to hand a sandbox made in-process to the binary.
KbError record(const QString &dir, const QString &registry = QString());
// The recorded sandbox folders that still exist.
QStringList recorded(const QString &registry = QString());
// The most recently created sandbox in the default location, or "".
QString latest();
QString defaultParent();

} // namespace DemoSandbox

} // namespace kb
