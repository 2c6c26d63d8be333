#include "fixexecutor.h"

#include "atomicfile.h"
#include "host.h"
#include "linediff.h"
#include "logging.h"

#include <QCoreApplication>
#include <QDir>

namespace kb {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("kb::FixExecutor", text);
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
    for (const FileEdit &edit : plan.edits)
        out += unifiedDiff(edit.before, edit.after, edit.displayPath);
    if (!plan.actions.isEmpty()) {
        if (!out.isEmpty())
            out += QLatin1Char('\n');
        out += tr("Then:") + QLatin1Char('\n');
        for (const HostAction &a : plan.actions)
            out += QStringLiteral("  - ") + a.describe() + QLatin1Char('\n');
    }
    for (const QString &note : plan.notes)
        out += QStringLiteral("\n") + note + QLatin1Char('\n');
    return out;
}

FixOutcome FixExecutor::apply(const QString &articleId, const Step &step, const CheckContext &ctx,
                              const FixPlan &plan, const BackupStore &store)
{
    FixOutcome out;
    if (plan.error) {
        out.error = plan.error;
        return out;
    }
    if (plan.isEmpty()) {
        out.error = KbError::make(QStringLiteral("fix.nothing"), tr("There is nothing to change."));
        return out;
    }
    for (const HostAction &a : plan.actions) {
        if (!ctx.host || ctx.host->kind() == QLatin1String("none")) {
            out.error = NullHost::noBackendError();
            out.error.message = tr("This fix needs the host backend: %1").arg(a.describe());
            return out;
        }
    }

    faultPoint("before-backup");
    BackupSet set;
    if (KbError e = store.createSet(articleId, step.id, ctx.target.pccsrv, plan.edits, &set)) {
        out.error = e;
        return out;
    }
    out.backupSetId = set.id;
    out.messages.append(QCoreApplication::translate("kb::FixExecutor",
                                                    "Backed up %n file(s) to %1 and verified the copies.",
                                                    nullptr, int(plan.edits.size()))
                            .arg(QDir::toNativeSeparators(set.dir)));
    for (const HostAction &a : plan.actions) {
        if (a.kind == HostAction::Kind::RestartService || a.kind == HostAction::Kind::StartService)
            set.services.append(a.target);
        if (a.kind == HostAction::Kind::GrantAcl) {
            BackupItem item;
            item.kind = BackupItem::Kind::Acl;
            item.path = a.target;
            item.displayPath = a.target;
            item.backupFile = QStringLiteral("acl-%1.save").arg(set.items.size() + 1);
            if (KbError e = ctx.host->saveAcl(a.target, QDir(set.dir).filePath(item.backupFile))) {
                out.error = e;
                store.setState(set, BackupSet::State::RolledBack);
                return out;
            }
            store.addItem(set, item);
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
        out.messages.append(rb ? tr("Rolling back failed: %1").arg(rb.toString())
                               : tr("Rolled back: the original files were restored."));
        if (step.check)
            out.after = step.check->run(ctx);
        return out;
    };

    for (const FileEdit &edit : plan.edits) {
        if (KbError e = writeFileAtomically(edit.path, edit.after))
            return fail(e);
        out.messages.append(tr("Wrote %1.").arg(edit.displayPath));
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
            if (!r.ok)
                e = r.error ? r.error
                            : KbError::make(QStringLiteral("service.control"),
                                            tr("The service %1 did not reach RUNNING (error %2).")
                                                .arg(a.target)
                                                .arg(r.win32Error));
            break;
        }
        case HostAction::Kind::GrantAcl:
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
    store.setState(set, BackupSet::State::Applied);

    faultPoint("before-verify");
    if (step.check) {
        out.after = step.check->run(ctx);
        if (out.after.status != Status::Pass && out.after.status != Status::Warn) {
            out.applied = false;
            return fail(KbError::make(QStringLiteral("fix.verify"),
                                      tr("The check still fails after the fix: %1")
                                          .arg(out.after.message)));
        }
    }
    out.verified = true;
    out.messages.append(tr("Verified: the check passes now."));
    return out;
}

} // namespace kb
