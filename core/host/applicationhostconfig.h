#pragma once

#include "host/host.h"

#include <QByteArray>
#include <QString>

namespace kb {

// Reading IIS 7+'s applicationHost.config directly, for a remote server where appcmd cannot go
// (the file is %windir%\System32\inetsrv\config\applicationHost.config, on a remote server
// \\server\ADMIN$\System32\inetsrv\config\applicationHost.config, which needs administrator
// rights there). Element shapes per the IIS configuration reference (learn.microsoft.com
// /iis/configuration: <anonymousAuthentication>, <location path="...">, <sites><site name id>,
// <logFile directory>, <siteDefaults>). Read only; the wizard never writes this file.

// The anonymous identity that applies at `configPath` ("OfficeScan", "Default Web Site/OfficeScan"):
// the server-wide <anonymousAuthentication> under <system.webServer>, overridden attribute by
// attribute by <location path="Site">, then <location path="Site/App">. A password attribute
// (stored as [enc:...:enc]) sets hasPassword; its value is never kept. The site (and the
// application, for a two-part path) must exist in <sites>, else error iis.siteNotFound.
// Unreadable XML: iis.unexpectedOutput.
IisAnonymousIdentity anonymousIdentityFromApplicationHost(const QByteArray &xml, const QString &configPath);

// The site's id and log folder (<site><logFile directory>, else <siteDefaults><logFile>, else
// the IIS default %SystemDrive%\inetpub\logs\LogFiles). found = false when there is no such site.
IisSiteInfo siteFromApplicationHost(const QByteArray &xml, const QString &siteName);

} // namespace kb
