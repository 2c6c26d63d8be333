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
// Where the backup sets of a target live: $KBWIZARD_BACKUP_DIR when set; the sandbox's
// "backups" folder for the demo; otherwise the user's application data, one folder per target.
QString backupRootFor(const Target &target);

} // namespace Installation

} // namespace kb
