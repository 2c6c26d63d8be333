#pragma once

#include "article.h"
#include "backup/backupstore.h"
#include "fixes/fix.h"
#include "repair/fixoutcome.h"

#include <QStringList>

namespace kb {

// Applies any Fix's plan the same way: [preparation, e.g. a download, which changes nothing]
// -> backup (verified copy) -> atomic writes -> host actions -> verification by re-running the
// step's check -> [follow-up checks of other steps]. Every outcome starts as failed; it becomes a
// success only when the check proves it. On any failure the originals are restored.
// ctx.cancelled is honoured only during the preparation (nothing changed yet); once the backup
// starts, the fix runs to its end or rolls back, never stopping half-way.
class FixExecutor
{
public:
    // Human-readable preview: unified diffs of the file edits, then the host actions and notes.
    static QString preview(const FixPlan &plan);
    static FixOutcome apply(const QString &articleId, const Step &step, const CheckContext &ctx,
                            const FixPlan &plan, const BackupStore &store);
};

} // namespace kb
