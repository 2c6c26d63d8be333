#pragma once

#include "host/host.h"
#include "kberror.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace kb {

// Parsers for icacls output. Principal names and summary lines are localized
// (`VORDEFINIERT\IIS_IUSRS`, `NT-AUTORITÄT\SYSTEM`, "1 Dateien erfolgreich verarbeitet, ...");
// flags and rights are not. Tolerates CRLF/LF, trailing spaces and a missing summary.

// "Successfully processed 1 files; Failed processing 0 files" (en), and the de/fr forms:
// the first number is the success count, the second the failure count in all three.
struct IcaclsSummary
{
    bool found = false;
    int succeeded = 0;
    int failed = 0;
};

// One `PRINCIPAL:(I)(OI)(CI)(IO)(NP)(DENY)(RIGHTS)` string, as listed or as given to /grant.
// Flags may come in any order; rights are a simple right (F, M, RX, R, W, D, N) or a list of
// specific rights (WD,AD,WEA,WA / W,D,Rc,DC / GR,GE). A trailing bare right (`joe:F`, /grant
// syntax) is accepted too. Returns false when `text` is not an ACE.
bool parseAclEntry(const QString &text, AclEntry *out);

// The icacls form of an entry: principal:(I)(OI)(CI)(IO)(NP)(DENY)(rights).
QString formatAclEntry(const AclEntry &entry);

// Parses `icacls <path>` output. `path` is the path exactly as passed to icacls (icacls echoes
// it, and continuation lines are indented by its length + 1); when empty it is inferred from the
// indentation. A per-file error line (`<path>: Access is denied.`) or a non-zero exit code sets
// `error` (acl.accessDenied for 5, acl.notFound for 2/3, acl.failed otherwise).
AclListing parseIcaclsListing(const QString &output, const QString &path = QString(), int exitCode = 0);

IcaclsSummary parseIcaclsSummary(const QString &output);

// The `<path>: <message>` lines icacls prints for files it could not process.
QStringList icaclsErrorLines(const QString &output);

// The error of a change operation (/grant, /save, /restore): exit code first (icacls returns
// the last Win32 error), then the summary's failure count (it has been seen to exit 0 with
// "Failed processing 1 files"). Exit 0 is a success only with a summary that counts at least one
// processed and no failed file; without a summary: acl.unexpectedOutput (review L4). Codes:
// acl.accessDenied (5), acl.notFound (2, 3), acl.unknownPrincipal (1332), acl.invalidParameter
// (87), acl.unexpectedOutput, acl.failed.
KbError icaclsChangeError(const QString &output, int exitCode, const QString &path);

// --- evaluation --------------------------------------------------------------------------

// What an ACL grants one principal (under any of its aliases) on the object itself.
struct AclVerdict
{
    enum Result { Allowed, Denied, Missing };
    Result result = Missing;
    bool canRead = false;        // an Allow entry covers read data, no Deny covers it
    bool canWrite = false;       // an Allow entry covers write data, no Deny covers it
    bool readDenied = false;
    bool writeDenied = false;
    QList<AclEntry> matching;    // every entry (allow and deny) that names the principal
};

// Rights an entry covers. R: read data (R, RX, M, F, RD, GR, GA); W: write data (W, M, F, WD,
// GW, GA). Specific rights count only when they cover the data itself (RA/REA/Rc alone do not
// make "read"; AD/WA/WEA alone do not make "write"). N grants nothing.
bool aclRightsCoverRead(const QStringList &rights);
bool aclRightsCoverWrite(const QStringList &rights);

// True when `principal` (as icacls printed it) is one of `aliases`. Comparison ignores case and
// a leading '*' on SIDs; an alias without a domain ("IIS_IUSRS") matches any domain prefix
// (`BUILTIN\IIS_IUSRS`, `VORDEFINIERT\IIS_IUSRS`, `SERVER01\IIS_IUSRS`).
bool aclPrincipalMatches(const QString &principal, const QStringList &aliases);

// Does the ACL let the principal read and write the object (Allow, not denied)? Inherit-only
// (IO) entries do not apply to the object itself and are ignored. A Deny entry covering read
// or write wins: result Denied. Allowed needs read and write; anything less is Missing.
AclVerdict evaluateReadWrite(const AclListing &listing, const QStringList &principalAliases);

// The names IIS_IUSRS goes by: BUILTIN\IIS_IUSRS, VORDEFINIERT\IIS_IUSRS, IIS_IUSRS (any
// domain), S-1-5-32-568 and, when given, <server>\IIS_IUSRS.
QStringList iisIusrsAliases(const QString &serverName = QString());

} // namespace kb
