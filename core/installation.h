#pragma once

#include "kberror.h"
#include "target.h"

#include <QList>

namespace kb {

class Host;

// Finding server installations.
namespace Installation {

// Every PCCSRV folder at or below `root` (a PCCSRV folder itself, an install folder, a demo
// sandbox, or any folder up to three levels above PCCSRV folders), each described.
// `root` may be a local path or a UNC path (\\server\share\...).
QList<Target> findUnder(const QString &root, KbError *error);
// The installation the registry names: key HKLM\SOFTWARE[\WOW6432Node]\TrendMicro\OfficeScan
// \service\Information, value Local_Path = the PCCSRV folder with a trailing backslash.
QList<Target> fromRegistry(Host &host, KbError *error);
// Fills product, version, build and evidence from the files of a PCCSRV folder.
Target describe(const QString &pccsrv, const QString &source);
// A remote server given by name ("SBS01", "\\SBS01", "\\SBS01\"): the installations found
// there through its admin shares. First the folder the server's registry names (read through
// `host`, a WindowsHost for that server, when given: reg query \\SBS01\HKLM\...\Information
// Local_Path, mapped from C:\... to \\SBS01\C$\...), then the default install folders of
// candidatesForServer(). Every Target has serverName set, so makeHost() gives a remote
// WindowsHost (sc \\SBS01 ..., icacls on the UNC path). Errors: target.server (not a server
// name), target.not-found (nothing reachable: the message lists where it looked and says that
// the C$ share needs administrator rights on the server).
QList<Target> forServer(const QString &server, Host *host, KbError *error);
// The default PCCSRV folders on `server` through its C$ share: WFBS (Security Server) and
// OfficeScan, under Program Files (x86) and Program Files.
QStringList candidatesForServer(const QString &server);
// "C:\Program Files\x" on `server` -> "\\server\C$\Program Files\x"; other paths unchanged.
QString adminSharePath(const QString &server, const QString &localPath);
// "\\SBS01\", "SBS01", " sbs01 " -> the bare name as typed ("SBS01", "sbs01"); "" when the text
// is not a server name (empty, or a path below the server such as \\SBS01\share).
QString normalizedServerName(const QString &server);

// The server a path names, "" for a local one: drive paths; \\?\C:\..., \\.\C:\... and
// other Win32 device paths; \\localhost\..., \\127.0.0.1\..., \\<this computer>\... .
// \\server\share\... and \\?\UNC\server\share\... give "server".
QString serverOfPath(const QString &path);
// "", ".", "?", localhost, 127.0.0.1, ::1 and this computer's own name (short or full).
bool isLocalServerName(const QString &name);

// Where the backup sets of a target live: $KBWIZARD_BACKUP_DIR when set; the sandbox's
// "backups" folder for the demo; otherwise, one folder per target, on Windows under
// %ProgramData%\KBWizard\backups (private to Administrators and SYSTEM), elsewhere under the
// user's application data.
QString backupRootFor(const Target &target);

} // namespace Installation

} // namespace kb
