#pragma once

#include "kberror.h"

#include <QString>

namespace kb {

// Backups hold copies of files only administrators may read (ofcscan.ini with its !CRYPT blobs,
// a remote server's configuration), so the folders holding them are private:
//   POSIX    `dir` is created when missing and made 0700 (when this user owns it);
//            privateFile() makes a file 0600.
//   Windows  `dir` and each of its parents up to `top` (inclusive, when `top` is a parent of
//            `dir`) are created when missing and get the owner Administrators and a protected
//            DACL granting only Administrators and SYSTEM full control, inherited by
//            everything created below (SetNamedSecurityInfoW); privateFile() does nothing
//            (the file inherits the folder's DACL). NOT TESTED on Windows: written from the
//            Win32 documentation and compiled with mingw; needs an elevated process.
// Error code backup.private, naming the folder.
KbError makePrivateFolder(const QString &dir, const QString &top = QString());
void privateFile(const QString &path);

// Where backups of a real server live on Windows: %ProgramData%\KBWizard\backups, as the
// shell reports ProgramData (CSIDL_COMMON_APPDATA, not the environment variable a
// non-elevated process could have changed). "" elsewhere.
QString machineBackupBase();
QString machineBackupTop(); // %ProgramData%\KBWizard, the topmost folder made private

} // namespace kb
