#include "fixes/downloadcachefix.h"

#include "backup/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace kb {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kb::DownloadCacheFix)
};

// Case-insensitive (the server's file system is), '/' separators, no "." or "..".
QString key(const QString &absolute)
{
    return QDir::cleanPath(QDir::fromNativeSeparators(absolute)).toLower();
}

} // namespace

QString DownloadCacheFix::description() const
{
    return Tr::tr("Remove the damaged files (and the .sig file beside each) from the ActiveUpdate "
                  "download cache, after backing them up, so that the next update downloads them again.");
}

FixPlan DownloadCacheFix::plan(const CheckContext &ctx, const QVariantMap &inputValues) const
{
    Q_UNUSED(inputValues);
    FixPlan plan;
    const DownloadCacheCheck::Layout &layout = m_check->layout();
    const DownloadCacheCheck::Scan scan = m_check->scan(ctx);
    if (scan.error) {
        plan.error = scan.error;
        return plan;
    }
    if (scan.damaged.isEmpty())
        return plan; // nothing damaged: nothing to do

    const QString cacheDir = key(ctx.target.path(layout.cacheDir));
    QSet<QString> never{key(ctx.target.path(layout.cacheDir + QLatin1Char('/') + layout.indexFile))};
    if (!layout.checksumFile.isEmpty())
        never.insert(key(ctx.target.path(layout.cacheDir + QLatin1Char('/') + layout.checksumFile)));
    QSet<QString> planned;
    QStringList skipped;

    // One edit per file; anything it must not touch goes to `skipped` with the reason.
    auto addDeletion = [&](const QString &relative) {
        const QString path = ctx.target.path(relative);
        const QString k = key(path);
        const QString display = Target::displayPath(relative);
        const QFileInfo fi(path);
        if (!k.startsWith(cacheDir + QLatin1Char('/')) || never.contains(k)) {
            skipped << Tr::tr("%1 (outside the download cache, or its index)").arg(display);
            return;
        }
        if (fi.isSymLink() || !fi.isFile()) {
            skipped << Tr::tr("%1 (not a plain file)").arg(display);
            return;
        }
        // The real location must be inside the cache too (a linked folder on the way out).
        const QString canonicalCache = QFileInfo(ctx.target.path(layout.cacheDir)).canonicalFilePath();
        if (canonicalCache.isEmpty() || !key(fi.canonicalFilePath()).startsWith(key(canonicalCache) + QLatin1Char('/'))) {
            skipped << Tr::tr("%1 (outside the download cache, or its index)").arg(display);
            return;
        }
        if (planned.contains(k))
            return;
        FileEdit edit;
        edit.path = path;
        edit.displayPath = display;
        edit.deletesFile = true;
        if (KbError e = readWholeFile(path, &edit.before)) {
            plan.error = e;
            return;
        }
        planned.insert(k);
        plan.edits.append(edit);
    };

    for (const DownloadCacheCheck::Damage &d : scan.damaged) {
        addDeletion(d.relativePath);
        if (plan.error)
            return plan;
        const QString sig = d.relativePath + QStringLiteral(".sig");
        if (QFileInfo(ctx.target.path(sig)).isFile() && planned.contains(key(ctx.target.path(d.relativePath)))) {
            addDeletion(sig);
            if (plan.error)
                return plan;
        }
    }
    if (plan.edits.isEmpty()) {
        plan.error = KbError::make(QStringLiteral("fix.unsafe"),
                                   Tr::tr("None of the damaged files can be removed safely: %1. Clean the "
                                          "cache by hand or with Disk Cleaner.")
                                       .arg(skipped.join(QLatin1String(", "))),
                                   ctx.target.path(layout.cacheDir));
        return plan;
    }

    plan.notes << Tr::tr("The damaged files are removed from the download cache (backed up first); the next "
                         "update downloads them again.");
    plan.notes << Tr::tr("The .sig file beside each damaged file is removed with it, as the manual procedure "
                         "does. Undo puts every file back as it was, unless an update has since written a "
                         "new one at the same place.");
    if (!skipped.isEmpty())
        plan.notes << Tr::tr("Left alone (clean them by hand): %1.").arg(skipped.join(QLatin1String(", ")));
    if (scan.toolPresent)
        //: %1 = the tool's path, %2 = its arguments
        plan.notes << Tr::tr("Disk Cleaner is on the server: you may also run it yourself with \"%1\" %2. "
                             "The wizard does not run it.")
                          .arg(scan.toolPath, layout.toolArguments);
    plan.notes << Tr::tr("Afterwards, start a manual update in the console.");
    return plan;
}

} // namespace kb
