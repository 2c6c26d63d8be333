#include "fixes/fixexecutor.h"

#include "backup/atomicfile.h"
#include "backup/pathguard.h"
#include "host/host.h"
#include "ini/ansicodepage.h"
#include "report/linediff.h"
#include "report/redact.h"
#include "logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace kb {

// backup/atomicfile.cpp: whether the atomic replace could rename over `path` (Windows: no other
// handle without FILE_SHARE_DELETE); `why` gets the system's reason.
bool canReplaceFile(const QString &path, QString *why);

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kb::FixExecutor)
};

// Before anything is backed up, every file a plan touches must lie inside the installation
// folder (a link that leads elsewhere is refused, so a fix never writes outside it), must not be
// read-only, and must open for writing: a file another program holds locked, or a read-only
// share, is refused here, with nothing changed.
KbError checkCanChange(const FileEdit &edit, const QString &root)
{
    const QFileInfo file(edit.path);
    if (!QFileInfo(root).isDir())
        return KbError::make(QStringLiteral("file.outside"),
                             Tr::tr("The installation folder %1 cannot be opened; nothing was changed.")
                                 .arg(QDir::toNativeSeparators(root)),
                             edit.path);
    if (KbError e = checkPathInsideRoot(edit.path, root))
        return e;
    if (edit.createsFile)
        return {};
    if (!(file.permissions() & QFileDevice::WriteOwner))
        return KbError::make(QStringLiteral("file.read-only"),
                             Tr::tr("The file is read-only. Nothing was changed. Clear its "
                                    "read-only attribute (in the file's Properties) and run the fix "
                                    "again."),
                             edit.path);
    QFile probe(edit.path);
    if (!probe.open(QIODevice::ReadWrite)) // opens without truncating; changes nothing
        return KbError::make(QStringLiteral("file.locked"),
                             Tr::tr("The file cannot be opened for writing: %1. Another program "
                                    "may hold it open, or the folder is read-only. Nothing was "
                                    "changed.")
                                 .arg(probe.errorString()),
                             edit.path);
    // The atomic replace renames a new file over this one: on Windows a program that holds the
    // file open without delete sharing (as most do, e.g. with fopen) lets it be opened for
    // writing above but not be replaced. Refused here, before the backup, rather than failing
    // after it (tst_winpaths).
    probe.close();
    QString why;
    if (!canReplaceFile(edit.path, &why))
        return KbError::make(QStringLiteral("file.locked"),
                             Tr::tr("The file cannot be opened for writing: %1. Another program "
                                    "may hold it open, or the folder is read-only. Nothing was "
                                    "changed.")
                                 .arg(why),
                             edit.path);
    return {};
}
// The fix's outcome stands; only the set's state on disk is stale (a full disk, say).
QString stateNotRecorded(const KbError &e)
{
    return Tr::tr("Warning: the backup set's state could not be recorded (%1); it will be listed as "
                  "interrupted, and undoing it is still safe.")
        .arg(e.toString());
}

} // namespace

QString HostAction::describe() const
{
    switch (kind) {
    case Kind::RestartService:
        return QCoreApplication::translate("kb::FixExecutor", "Restart the service %1 and wait until it is running.")
            .arg(target);
    case Kind::StartService:
        return QCoreApplication::translate("kb::FixExecutor", "Start the service %1 and wait until it is running.")
            .arg(target);
    case Kind::GrantAcl:
        return QCoreApplication::translate("kb::FixExecutor", "Grant %1 the rights %2 on %3 (the current permissions are saved first).")
            .arg(principal, rights, target);
    case Kind::SetIisAnonymous:
        return userName.isEmpty()
                   ? QCoreApplication::translate("kb::FixExecutor", "Set the anonymous identity of the IIS site %1 to the application pool identity.")
                         .arg(target)
                   : QCoreApplication::translate("kb::FixExecutor", "Set the anonymous identity of the IIS site %1 to the user %2 (password not shown).")
                         .arg(target, userName);
    }
    return QString();
}

QString FixExecutor::preview(const FixPlan &plan)
{
    if (plan.error)
        return plan.error.toString();
    QString out;
    if (plan.prepare)
        out += Tr::tr("First:") + QStringLiteral("\n  - ") + plan.prepare->describe() + QLatin1Char('\n');
    for (const FileEdit &edit : plan.edits) {
        if (edit.deletesFile)
            //: %1 = file path relative to PCCSRV, %2 = its size in bytes
            out += Tr::tr("Delete %1 (%L2 bytes; backed up first)").arg(edit.displayPath).arg(edit.before.size())
                   + QLatin1Char('\n');
        else if (edit.isStreamed()) // a pattern file: not text, and never read into memory
            //: %1 = file path relative to PCCSRV, %2 = size in bytes, %3 = SHA-256 in hex
            out += (edit.createsFile ? Tr::tr("Create %1 (%L2 bytes, SHA-256 %3)")
                                     : Tr::tr("Replace %1 (%L2 bytes, SHA-256 %3; the current file is backed up first)"))
                       .arg(edit.displayPath).arg(edit.afterSize).arg(edit.afterSha256)
                   + QLatin1Char('\n');
        else
            out += unifiedDiff(edit.before, edit.after, edit.displayPath);
    }
    if (!plan.actions.isEmpty()) {
        if (!out.isEmpty())
            out += QLatin1Char('\n');
        out += Tr::tr("Then:") + QLatin1Char('\n');
        for (const HostAction &a : plan.actions)
            out += QStringLiteral("  - ") + a.describe() + QLatin1Char('\n');
    }
    for (const FollowUpCheck &f : plan.followUps)
        out += QStringLiteral("  - ") + Tr::tr("Check the step %1 again.").arg(f.stepId) + QLatin1Char('\n');
    for (const QString &note : plan.notes)
        out += QStringLiteral("\n") + note + QLatin1Char('\n');
    // Context lines of a diff can hold encrypted blobs or password values: never shown.
    return redactText(out);
}

FixOutcome FixExecutor::apply(const QString &articleId, const Step &step, const CheckContext &ctx,
                              const FixPlan &planned, const BackupStore &store)
{
    FixOutcome out;
    FixPlan plan = planned; // the preparation may add edits
    if (plan.error) {
        out.error = plan.error;
        return out;
    }
    if (plan.isEmpty()) {
        out.error = KbError::make(QStringLiteral("fix.nothing"), Tr::tr("There is nothing to change."));
        return out;
    }
    for (const HostAction &a : plan.actions) {
        if (!ctx.host || ctx.host->kind() == HostKind::None) {
            out.error = NullHost::noBackendError();
            out.error.message = Tr::tr("This fix needs the host backend: %1").arg(a.describe());
            return out;
        }
    }

    if (plan.prepare) {
        // Downloads and the like: only temporary folders change, so a failure or a cancel here
        // needs no rollback.
        QList<FileEdit> prepared;
        KbError e = plan.prepare->run(ctx, &prepared, &out.messages);
        if (!e && ctx.isCancelled())
            e = KbError::make(QStringLiteral("fix.cancelled"), Tr::tr("Cancelled."));
        if (e) {
            out.error = e;
            out.messages.append(Tr::tr("Nothing was changed."));
            if (step.check)
                out.after = step.check->run(ctx);
            return out;
        }
        plan.edits.append(prepared);
        if (plan.edits.isEmpty() && plan.actions.isEmpty()) {
            out.error = KbError::make(QStringLiteral("fix.nothing"), Tr::tr("There is nothing to change."));
            return out;
        }
    }

    for (const FileEdit &edit : plan.edits) {
        KbError e = checkCanChange(edit, ctx.target.pccsrv);
        if (!e)
            e = AnsiCodePage::editProblem(edit);
        if (e) {
            out.error = e;
            qCWarning(lcCore) << "fix" << step.id << "refused:" << e.code << edit.displayPath;
            return out;
        }
    }
    // A folder whose permissions a fix changes gets the same check as a file: inside the
    // installation, not a link or junction, nothing on the way leading out.
    for (const HostAction &a : plan.actions) {
        if (a.kind != HostAction::Kind::GrantAcl)
            continue;
        if (KbError e = checkPathInsideRoot(a.target, ctx.target.pccsrv)) {
            out.error = e;
            qCWarning(lcCore) << "fix" << step.id << "refused:" << e.code << a.target;
            return out;
        }
    }

    faultPoint("before-backup");
    BackupSet set;
    if (KbError e = store.createSet(articleId, step.id, ctx.target.pccsrv, plan.edits, &set)) {
        out.error = e;
        out.messages.append(Tr::tr("The backup could not be made, so nothing was changed."));
        return out;
    }
    out.backupSetId = set.id;
    const int created = int(std::count_if(plan.edits.cbegin(), plan.edits.cend(),
                                          [](const FileEdit &e) { return e.createsFile; }));
    out.messages.append(QCoreApplication::translate("kb::FixExecutor",
                                                    "Backed up %n file(s) to %1 and verified the copies.",
                                                    nullptr, int(plan.edits.size()) - created)
                            .arg(QDir::toNativeSeparators(set.dir)));
    if (created > 0)
        out.messages.append(QCoreApplication::translate("kb::FixExecutor",
                                                        "Recorded %n new file(s) that undo will remove.",
                                                        nullptr, created));
    const int deleted = int(std::count_if(plan.edits.cbegin(), plan.edits.cend(),
                                          [](const FileEdit &e) { return e.deletesFile; }));
    if (deleted > 0)
        out.messages.append(QCoreApplication::translate("kb::FixExecutor",
                                                        "Recorded %n file(s) the fix removes; undo puts them back.",
                                                        nullptr, deleted));
    // What each host action is about to change is saved into the set first: a folder's ACL
    // (icacls /save), an IIS site's anonymous identity; restarted services are recorded so undo
    // restarts them too.
    for (const HostAction &a : plan.actions) {
        if (KbError e = store.backUpHostAction(set, a, *ctx.host)) {
            out.error = e;
            // Nothing was changed yet; a set that cannot be marked stays listed as interrupted,
            // and undoing it puts back the (unchanged) originals.
            if (KbError se = store.setState(set, BackupSet::State::RolledBack))
                out.messages.append(stateNotRecorded(se));
            return out;
        }
    }
    if (KbError e = store.saveManifest(set)) {
        out.error = e;
        return out;
    }
    faultPoint("after-backup");

    auto fail = [&](const KbError &e) {
        out.error = e;
        const KbError rb = store.rollback(set, ctx.host);
        out.rolledBack = !rb;
        out.messages.append(rb ? Tr::tr("Rolling back failed: %1").arg(rb.toString())
                               : Tr::tr("Rolled back: the original files were restored."));
        if (step.check)
            out.after = step.check->run(ctx);
        return out;
    };

    int removed = 0;
    for (const FileEdit &edit : plan.edits) {
        if (edit.deletesFile) {
            // A crash between two removals leaves some files removed and the rest untouched:
            // the manifest already lists them all, and undo restores the removed ones.
            if (removed > 0)
                faultPoint("mid-write");
            if (KbError e = checkPathInsideRoot(edit.path, ctx.target.pccsrv)) // again, just before
                return fail(e);
            QFile file(edit.path);
            if (!file.remove())
                return fail(KbError::make(QStringLiteral("file.remove"),
                                          Tr::tr("Cannot remove the file: %1").arg(file.errorString()),
                                          edit.path));
            ++removed;
            out.messages.append(Tr::tr("Removed %1.").arg(edit.displayPath));
            qCInfo(lcCore) << "fix" << step.id << "removed" << edit.displayPath;
            continue;
        }
        if (edit.createsFile && !QDir().mkpath(QFileInfo(edit.path).absolutePath()))
            return fail(KbError::make(QStringLiteral("file.write"), Tr::tr("Cannot create the folder."),
                                      QFileInfo(edit.path).absolutePath()));
        // Checked again immediately before the write: a link planted since the first check (while
        // the backup was made) is refused, not written through.
        if (KbError e = checkPathInsideRoot(edit.path, ctx.target.pccsrv))
            return fail(e);
        // A streamed edit (a pattern file) is copied in chunks from its staged file, whose digest
        // is checked while copying; the others are written from memory.
        if (KbError e = edit.isStreamed() ? copyFileAtomically(edit.path, edit.afterFile, edit.afterSha256, "mid-write")
                                          : writeFileAtomically(edit.path, edit.after, "mid-write"))
            return fail(e);
        out.messages.append(Tr::tr("Wrote %1.").arg(edit.displayPath));
        qCInfo(lcCore) << "fix" << step.id << "wrote" << edit.displayPath;
    }
    for (const HostAction &a : plan.actions) {
        KbError e;
        switch (a.kind) {
        case HostAction::Kind::RestartService:
        case HostAction::Kind::StartService: {
            const ServiceControlResult r = a.kind == HostAction::Kind::RestartService
                                               ? ctx.host->restartService(a.target, a.timeoutMs)
                                               : ctx.host->startService(a.target, a.timeoutMs);
            if (!r.ok) {
                e = r.error ? r.error
                            : KbError::make(QStringLiteral("service.control"),
                                            Tr::tr("The service %1 did not reach RUNNING (error %2).")
                                                .arg(a.target)
                                                .arg(r.win32Error));
                const QString help = a.errorHelp.value(r.win32Error);
                if (!help.isEmpty())
                    e.message += QLatin1Char(' ') + help;
            }
            break;
        }
        case HostAction::Kind::GrantAcl:
            e = checkPathInsideRoot(a.target, ctx.target.pccsrv); // again, just before
            if (!e)
                e = ctx.host->grantAcl(a.target, a.principal, a.rights);
            break;
        case HostAction::Kind::SetIisAnonymous:
            e = ctx.host->setIisAnonymousIdentity(a.target, a.userName, a.password);
            break;
        }
        if (e)
            return fail(e);
        out.messages.append(a.describe());
    }
    out.applied = true;

    // The set stays "prepared" until the fix is verified: a process killed before the end
    // leaves a set that the next start reports as interrupted (Session::interruptedFixes).
    faultPoint("before-verify");
    if (step.check) {
        out.after = step.check->run(ctx);
        if (out.after.status != Status::Pass && out.after.status != Status::Warn) {
            out.applied = false;
            return fail(KbError::make(QStringLiteral("fix.verify"),
                                      Tr::tr("The check still fails after the fix: %1")
                                          .arg(out.after.message)));
        }
    }
    out.verified = true;
    out.messages.append(Tr::tr("Verified: the check passes now."));
    if (KbError e = store.setState(set, BackupSet::State::Applied))
        out.messages.append(stateNotRecorded(e));
    for (const FollowUpCheck &f : plan.followUps) {
        if (!f.check)
            continue;
        const FollowUpResult r{f.stepId, f.check->run(ctx)};
        out.messages.append(Tr::tr("Checked %1 again (%2): %3")
                                .arg(f.stepId, statusText(r.result.status), r.result.message));
        out.followUps.append(r);
    }
    return out;
}

} // namespace kb
