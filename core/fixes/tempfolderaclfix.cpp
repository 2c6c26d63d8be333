#include "fixes/tempfolderaclfix.h"

#include <QCoreApplication>

namespace kb {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kb::TempFolderAclFix)
};

} // namespace

QString TempFolderAclFix::description() const
{
    return Tr::tr("Give the IIS account (%1 on Windows 2008 and later, %2 on Windows 2000/2003) Read "
              "and Write on PCCSRV\\%3, after saving the folder's current permissions.")
        .arg(m_rule.account, m_rule.legacyAccount.arg(QStringLiteral("<server>")),
             Target::displayPath(m_rule.folder));
}

FixPlan TempFolderAclFix::plan(const CheckContext &ctx, const QVariantMap &) const
{
    FixPlan plan;
    const TempFolderAclCheck::Reading r = TempFolderAclCheck::read(m_rule, ctx);
    const QString folder = QStringLiteral("PCCSRV\\") + Target::displayPath(m_rule.folder);
    if (r.listing.error) {
        plan.error = r.listing.error;
        return plan;
    }
    if (r.verdict.result == AclVerdict::Allowed) {
        plan.error = KbError::make(QStringLiteral("fix.nothing"),
                                   Tr::tr("%1 may already read and write %2.").arg(r.account.account, folder));
        return plan;
    }
    if (r.verdict.result == AclVerdict::Denied) {
        QStringList denied;
        for (const AclEntry &e : r.verdict.matching)
            if (e.deny)
                denied << formatAclEntry(e);
        plan.error = KbError::make(
            QStringLiteral("fix.denyEntry"),
            Tr::tr("%1 has a Deny entry (%2). Granting Read and Write would not help, because Windows "
               "applies Deny entries first, and the wizard does not remove Deny entries. Remove it "
               "by hand: right-click the folder, Properties, Security, Advanced, select the Deny "
               "entry, Remove (if it is inherited, remove it on the parent folder), then run the "
               "check again.")
                .arg(folder, denied.join(QStringLiteral(", "))));
        return plan;
    }
    HostAction a;
    a.kind = HostAction::Kind::GrantAcl;
    a.target = r.folderPath;
    a.principal = r.account.account;
    a.rights = m_rule.grantRights;
    plan.actions.append(a);
    plan.notes.append(Tr::tr("The current permissions of %1 are saved first (icacls /save) and undo "
                         "puts them back exactly (icacls /restore).").arg(folder));
    plan.notes.append(Tr::tr("(OI)(CI) lets the files and folders the console creates inside %1 inherit "
                         "the permission.").arg(folder));
    return plan;
}

} // namespace kb
