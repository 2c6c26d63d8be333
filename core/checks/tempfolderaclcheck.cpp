#include "checks/tempfolderaclcheck.h"

#include "fixes/elevationcheckedfix.h"

#include <QCoreApplication>
#include <QDir>

namespace kb {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kb::TempFolderAclCheck)
};

bool isGroupEntry(const AclEntry &e, const TempFolderAclRule &rule, const QStringList &accountAliases)
{
    return !aclPrincipalMatches(e.principal, accountAliases) && aclPrincipalMatches(e.principal, rule.groups);
}

} // namespace

QString hostFolderPath(const Target &target, const QString &relative)
{
    QString rel = relative;
    if (target.pccsrv.contains(QLatin1Char('\\'))) {
        rel.replace(QLatin1Char('/'), QLatin1Char('\\'));
        QString base = target.pccsrv;
        base.replace(QLatin1Char('/'), QLatin1Char('\\'));
        while (base.endsWith(QLatin1Char('\\')))
            base.chop(1);
        return base + QLatin1Char('\\') + rel;
    }
    return QDir::toNativeSeparators(target.path(rel));
}

TempFolderAccount temporaryFolderAccount(const TempFolderAclRule &rule, Host &host)
{
    TempFolderAccount a;
    a.version = host.windowsVersion();
    a.computerName = host.computerName();
    const bool legacy = a.version.isKnown() && a.version.majorVersion() < rule.legacyBeforeMajor;
    if (legacy && !a.computerName.isEmpty()) {
        a.account = rule.legacyAccount.arg(a.computerName);
        a.aliases = {a.account, a.computerName + QLatin1Char('\\') + a.account};
    } else {
        a.account = rule.account;
        a.aliases = rule.account.compare(QLatin1String("IIS_IUSRS"), Qt::CaseInsensitive) == 0
                        ? iisIusrsAliases(a.computerName)
                        : QStringList{rule.account};
    }

    EvidenceRow version;
    version.item = Tr::tr("Windows version");
    version.found = a.version.display();
    version.note = rule.accountNote;
    a.evidence.append(version);

    EvidenceRow account;
    account.item = Tr::tr("account the web console runs as");
    account.found = a.account;
    if (!a.version.isKnown())
        account.note = Tr::tr("Windows version unknown: assumed 2008 or later");
    else if (legacy && a.computerName.isEmpty())
        account.note = Tr::tr("computer name unknown, so IUSR_<server> could not be formed: %1 used")
                           .arg(rule.account);
    else
        account.note = legacy ? Tr::tr("Windows 2000/2003") : Tr::tr("Windows 2008 or later");
    a.evidence.append(account);
    return a;
}

TempFolderAclCheck::Reading TempFolderAclCheck::read(const TempFolderAclRule &rule, const CheckContext &ctx)
{
    Reading r;
    NullHost none;
    Host &host = ctx.host ? *ctx.host : static_cast<Host &>(none);
    r.account = temporaryFolderAccount(rule, host);
    r.folderPath = hostFolderPath(ctx.target, rule.folder);
    r.listing = host.readAcl(r.folderPath);
    r.evidence = r.account.evidence;
    if (r.listing.error)
        return r;
    r.verdict = evaluateReadWrite(r.listing, r.account.aliases + rule.groups);

    const QString file = Target::displayPath(rule.folder);
    const QString expected = Tr::tr("Read and Write (Allow)");
    int rows = 0;
    for (const AclEntry &e : r.listing.entries) {
        const bool names = aclPrincipalMatches(e.principal, r.account.aliases + rule.groups);
        if (!names)
            continue;
        EvidenceRow row;
        row.file = file;
        row.item = QStringLiteral("icacls \"%1\"").arg(r.folderPath);
        row.found = formatAclEntry(e);
        row.expected = expected;
        QStringList notes;
        if (isGroupEntry(e, rule, r.account.aliases))
            notes << Tr::tr("a group %1 belongs to [%2]").arg(r.account.account, rule.groupsMark);
        if (e.flags.contains(QLatin1String("IO"), Qt::CaseInsensitive))
            notes << Tr::tr("inherit-only (IO): applies to the files and folders inside, not to the folder itself");
        if (e.deny)
            notes << Tr::tr("Deny entry");
        if (e.inherited)
            notes << Tr::tr("inherited from the parent folder");
        row.note = notes.join(QStringLiteral("; "));
        r.evidence.append(row);
        ++rows;
    }
    if (rows == 0) {
        EvidenceRow row;
        row.file = file;
        row.item = QStringLiteral("icacls \"%1\"").arg(r.folderPath);
        row.found = Tr::tr("no entry for %1 or a group it belongs to").arg(r.account.account);
        row.expected = expected;
        r.evidence.append(row);
    }
    EvidenceRow groups;
    groups.item = Tr::tr("groups whose entries count for %1").arg(r.account.account);
    groups.found = rule.groups.join(QStringLiteral(", "));
    groups.note = QStringLiteral("[%1]").arg(rule.groupsMark);
    r.evidence.append(groups);
    return r;
}

CheckResult TempFolderAclCheck::run(const CheckContext &ctx) const
{
    const Reading r = read(m_rule, ctx);
    CheckResult result;
    result.evidence = r.evidence;
    const QString folder = QStringLiteral("PCCSRV\\") + Target::displayPath(m_rule.folder);
    if (r.listing.error) {
        result.status = Status::Error;
        result.message = Tr::tr("Could not read the permissions of %1: %2").arg(folder, r.listing.error.message);
        appendElevationEvidence(ctx, &result);
        return result;
    }
    const QString account = r.account.account;
    switch (r.verdict.result) {
    case AclVerdict::Allowed:
        result.status = Status::Pass;
        result.message = Tr::tr("%1 may read and write %2.").arg(account, folder);
        break;
    case AclVerdict::Denied: {
        QStringList denied;
        for (const AclEntry &e : r.verdict.matching)
            if (e.deny)
                denied << formatAclEntry(e);
        result.status = Status::Fail;
        result.message = Tr::tr("A Deny entry forbids %1 to %2 %3: %4. Deny entries win over Allow "
                            "entries, so the console cannot use the folder.")
                             .arg(account,
                                  r.verdict.readDenied && r.verdict.writeDenied ? Tr::tr("read and write")
                                  : r.verdict.readDenied                        ? Tr::tr("read")
                                                                                : Tr::tr("write"),
                                  folder, denied.join(QStringLiteral(", ")));
        break;
    }
    case AclVerdict::Missing:
        result.status = Status::Fail;
        if (r.verdict.canRead)
            result.message = Tr::tr("%1 may read %2 but not write to it; the console stores its "
                                "session files there.").arg(account, folder);
        else if (r.verdict.canWrite)
            result.message = Tr::tr("%1 may write to %2 but not read it.").arg(account, folder);
        else
            result.message = Tr::tr("%1 has neither Read nor Write permission on %2.").arg(account, folder);
        break;
    }
    appendElevationEvidence(ctx, &result);
    return result;
}

} // namespace kb
