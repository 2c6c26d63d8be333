#pragma once

#include "host/hostkind.h"
#include "kberror.h"
#include "target.h"

#include <QList>
#include <QString>

namespace kb {

// The three ways the Target page (and the wizard shell) look for installations besides the
// registry. Each may take long (a slow share, a server that does not answer, copying the demo):
// call them off the UI thread.
struct InstallationSearch
{
    QList<Target> targets;
    KbError error;
    QString server; // set when a server was asked by name (as typed)

    // PCCSRV folders under `path` (local or \\server\share\...).
    static InstallationSearch inFolder(const QString &path);
    // A fresh copy of the demo server, or (`latest`) the most recent sandbox made before.
    static InstallationSearch inDemo(bool latest);
    // A server by name: its registry through the Windows tools (unless another backend was
    // asked for), else its default install folders over the admin shares.
    static InstallationSearch onServer(const QString &typed, HostKind requested);
};

} // namespace kb
