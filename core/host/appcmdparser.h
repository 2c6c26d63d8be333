#pragma once

#include "host/host.h"
#include "kberror.h"

#include <QByteArray>
#include <QString>

namespace kb {

// Parsers for appcmd.exe (IIS) output.

inline constexpr char16_t kAnonymousAuthSection[] =
        u"system.webServer/security/authentication/anonymousAuthentication";

// `appcmd list config "<site>" -section:...anonymousAuthentication`, in the default text form
//   <system.webServer> <security> <authentication> <anonymousAuthentication .../> ...
// or the /xml form
//   <appcmd> <CONFIG ...> <system.webServer-security-authentication-anonymousAuthentication .../>
// `enabled` defaults to true when absent; a missing or empty userName means the application pool
// identity; a non-empty password attribute sets hasPassword. The password's value is never kept:
// rawSection has it replaced by "••••". `ERROR ( message:... )` or a non-zero exit code sets error
// (iis.error), unreadable XML sets iis.unexpectedOutput.
IisAnonymousIdentity parseAppcmdAnonymousAuth(const QString &output, int exitCode = 0);

// `appcmd set config ...`: "Applied configuration changes to section "..." for "..." at
// configuration commit path "..."" (success) or `ERROR ( message:... )`.
struct AppcmdSetResult
{
    bool ok = false;
    QString section;       // "system.webServer/security/authentication/anonymousAuthentication"
    QString configPath;    // "MACHINE/WEBROOT/APPHOST/Default Web Site/OfficeScan"
    QString commitPath;    // "MACHINE/WEBROOT/APPHOST"
    KbError error;
};
AppcmdSetResult parseAppcmdSetResult(const QString &output, int exitCode);

// The message of the first `ERROR ( message:... )`, or empty. Multi-line messages are joined.
QString appcmdErrorMessage(const QString &output);

// Replaces the value of every `password="..."` (or `...Password='...'`) attribute by "••••".
QString redactPasswordAttributes(const QString &xml);

// The document `appcmd set config -in` reads from standard input to set the anonymous identity
// of `site` ("Default Web Site/OfficeScan"), the same shape `appcmd list config ... /xml` writes:
//   <?xml version="1.0" encoding="UTF-8"?>
//   <appcmd>
//       <CONFIG CONFIG.SECTION="system.webServer/security/authentication/anonymousAuthentication"
//               path="MACHINE/WEBROOT/APPHOST/<site>">
//           <system.webServer-security-authentication-anonymousAuthentication userName=".." password=".." />
//       </CONFIG>
//   </appcmd>
// Values are XML-escaped. UTF-8.
QByteArray anonymousAuthInputXml(const QString &site, const QString &userName, const QString &password);

} // namespace kb
