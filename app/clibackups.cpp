#include "clicommands.h"

#include "backup/backupstore.h"
#include "backup/undoscope.h"
#include "cli.h"
#include "host/hostfactory.h"
#include "installation.h"

#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

namespace kb::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kb::Cli)
};

// The folders to search for backup sets of the installations under `root`.
QStringList backupRoots(const QList<Target> &targets)
{
    QStringList roots;
    for (const Target &t : targets) {
        const QString r = Installation::backupRootFor(t);
        if (!roots.contains(r))
            roots.append(r);
    }
    return roots;
}
} // namespace

int listBackups(const QList<Target> &targets, QTextStream &out, QTextStream &err)
{
    for (const QString &root : backupRoots(targets)) {
        QList<KbError> problems;
        const QList<BackupSet> sets = BackupStore(root).list(&problems);
        for (const KbError &p : problems)
            err << Tr::tr("warning: %1").arg(p.toString()) << Qt::endl;
        out << Tr::tr("Backup sets in %1:").arg(QDir::toNativeSeparators(root)) << Qt::endl;
        for (const BackupSet &s : sets) {
            out << QStringLiteral("  %1  %2  %3/%4  %5")
                       .arg(s.id, backupStateId(s.state), s.articleId, s.stepId,
                            s.created.toString(Qt::ISODate))
                << Qt::endl;
            // The real path (the manifest's "display" is only a label anyone could have written).
            for (const BackupItem &i : s.items)
                out << QStringLiteral("      %1").arg(i.kind == BackupItem::Kind::IisAnonymous
                                                          ? trustedDisplay(i, s.targetPath)
                                                          : QDir::toNativeSeparators(i.path))
                    << Qt::endl;
            if (s.state == BackupSet::State::Prepared)
                out << QStringLiteral("      ")
                    << Tr::tr("(interrupted: the fix did not finish; undo it with --undo %1)").arg(s.id)
                    << Qt::endl;
        }
        if (sets.isEmpty())
            out << Tr::tr("  (none)") << Qt::endl;
    }
    return Exit_AllPass;
}

int undoSet(const QList<Target> &targets, const QString &id, bool force, HostKind hostKind,
            QTextStream &out, QTextStream &err)
{
    for (const Target &t : targets) {
        const BackupStore store(Installation::backupRootFor(t));
        KbError e;
        const BackupSet set = store.load(id, &e);
        if (e)
            continue;
        Target setTarget = t;
        for (const Target &candidate : targets)
            if (QDir::cleanPath(candidate.pccsrv) == QDir::cleanPath(set.targetPath))
                setTarget = candidate;
        KbError hostError;
        std::unique_ptr<Host> host = makeHost(hostKind, setTarget, &hostError);
        if (hostError)
            return inputError(err, hostError);
        QStringList messages;
        // Undone for the installation found under --root, never for whatever the manifest says.
        const KbError undoError = store.undo(id, setTarget.pccsrv, force, host.get(), &messages);
        for (const QString &m : messages)
            out << m << Qt::endl;
        if (undoError) {
            err << Tr::tr("kbwizard: undo refused: %1").arg(undoError.toString()) << Qt::endl;
            return undoError.code == QLatin1String("backup.changed-since")
                           || undoError.code == QLatin1String("backup.already-undone")
                       ? Exit_Problems
                       : Exit_Usage;
        }
        out << Tr::tr("Backup set %1 was restored.").arg(id) << Qt::endl;
        return Exit_AllPass;
    }
    return usageError(err, Tr::tr("no backup set with the id \"%1\" for this server.").arg(id));
}

} // namespace kb::cli
