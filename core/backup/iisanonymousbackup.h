#pragma once

#include "kberror.h"

#include <QString>
#include <QStringList>

namespace kb {

class Host;

// Backing up and restoring the anonymous identity of an IIS site (the iis-anonymous fix).
//
// What is saved: a small JSON file (schema "kbwizard-iis-anonymous/1") with the site path, the
// `enabled` flag, the user name, whether a password was stored, the user name the fix sets,
// and the section as read with its password already masked. It never holds a password: IIS
// keeps it encrypted in applicationHost.config, appcmd prints it decrypted (and our reader
// masks it before anything sees it), so the only way to carry it would be to write a clear-text
// password into the backup folder.
//
// What undo therefore does (the honest version):
//   - the site used the application pool identity (userName "") or an account without a stored
//     password (the built-in IUSR): restored exactly, user name and an empty password;
//   - the site used a specific user WITH a password: undo cannot put that password back. It
//     changes nothing and fails with backup.iisPasswordUnknown, whose message names the
//     previous user and tells the user where to type its password again in IIS Manager. The
//     fix's preview says so before anything is changed.
// When the site already holds the saved identity (a rollback after appcmd refused the change),
// nothing is done and that is reported.

// Saves the current identity of `site` to `file` (written atomically). `userNameAfter` is the
// user the fix is about to set (kept to tell the user when someone changed it afterwards).
KbError saveIisAnonymousIdentity(Host &host, const QString &site, const QString &userNameAfter,
                                 const QString &file);

// Puts the identity saved in `file` back on `site` (see above). `messages` receives what was done.
KbError restoreIisAnonymousIdentity(Host &host, const QString &site, const QString &file,
                                    QStringList *messages);

} // namespace kb
