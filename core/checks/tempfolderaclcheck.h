#pragma once

#include "check.h"
#include "host/host.h"
#include "host/icaclsparser.h"

#include <QStringList>

namespace kb {

// What the temp-acl step needs to know; the values live in the article's facts table.
struct TempFolderAclRule
{
    QString folder;              // relative to PCCSRV: "Temp"
    QString legacyAccount;       // account before legacyBeforeMajor, %1 = computer name: "IUSR_%1"
    QString account;             // account from that version on: "IIS_IUSRS"
    int legacyBeforeMajor = 6;   // Windows CurrentVersion major (5.x = 2000/2003, 6.0 = 2008)
    QString grantRights;         // icacls rights the fix grants: "(OI)(CI)(R,W)"
    QStringList groups;          // groups whose entries apply to the account too (aliases, SIDs)
    QString groupsMark;          // "inferred": shown next to every entry matched through a group
    QString accountNote;         // evidence note on the account choice, e.g. "... [article]"
};

// The account the rule names on this host, and every name icacls may print for it.
struct TempFolderAccount
{
    QString account;             // as given to icacls /grant: "IIS_IUSRS", "IUSR_SBS03"
    QStringList aliases;         // the account's own names
    WindowsVersion version;
    QString computerName;
    QList<EvidenceRow> evidence; // Windows version and the account chosen
};

TempFolderAccount temporaryFolderAccount(const TempFolderAclRule &rule, Host &host);

// The folder as the host backend wants it: Windows separators when PCCSRV is a Windows path
// (local or \\server\share), the target's own form otherwise (demo sandbox).
QString hostFolderPath(const Target &target, const QString &relative);

// temp-acl: PCCSRV\Temp must allow the IIS account (directly or through a group icacls lists)
// Read and Write. Reads the ACL with `icacls <folder>`; inherit-only (IO) entries do not count;
// a Deny entry covering read or write fails the step and is named. Evidence: the Windows
// version, the account, every entry that names the account or one of its groups.
class TempFolderAclCheck final : public Check
{
public:
    explicit TempFolderAclCheck(TempFolderAclRule rule) : m_rule(std::move(rule)) {}
    CheckResult run(const CheckContext &ctx) const override;
    bool needsHost() const override { return true; }
    const TempFolderAclRule &rule() const { return m_rule; }

    // The shared reading for the check and the fix.
    struct Reading
    {
        TempFolderAccount account;
        QString folderPath;
        AclListing listing;
        AclVerdict verdict;
        QList<EvidenceRow> evidence;
    };
    static Reading read(const TempFolderAclRule &rule, const CheckContext &ctx);

private:
    TempFolderAclRule m_rule;
};

} // namespace kb
