#pragma once

#include "checkresult.h"
#include "fixes/fix.h"
#include "kberror.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace kb {

// What became of one fix. The flags are the executor's record; state() is what they mean, the
// one reading every page, the CLI and the report use (with fixOutcomeText()).
struct FixOutcome
{
    enum class State {
        Verified,          // applied, and the step's check passes now
        AppliedUnverified, // applied, but the check did not confirm it (or an error followed)
        RolledBack,        // something failed after the backup; the originals were put back
        NotApplied,        // refused or failed before anything changed (the error says why)
        NothingToDo,       // nothing to change (an earlier fix of the batch may have resolved it)
        Undone,            // applied, then its backup set was restored (Session::undo)
    };

    bool applied = false;    // the changes were written and the host actions ran
    bool verified = false;   // the step's check passes afterwards
    bool rolledBack = false; // something failed and the originals were put back
    bool undone = false;     // the backup set was restored later (Session::undo)
    QString backupSetId;
    KbError error;
    CheckResult after;       // the check's result after the fix (or after the rollback)
    QList<FollowUpResult> followUps; // other steps checked again after a successful fix
    QStringList messages;    // what was done, in order, for the log and the report

    // Precedence: undone, nothing to do, verified, rolled back, applied, not applied.
    State state() const;
    // Applied and verified (whether or not undone later): the step needs no fix in this run.
    bool succeeded() const { return applied && verified && !error; }
};

// The JSON id of a state ("verified", "applied-unverified", "rolled-back", "not-applied",
// "nothing-to-do", "undone"), and back (nullopt-like: NotApplied for an unknown id, *ok false).
QString fixOutcomeStateId(FixOutcome::State s);
FixOutcome::State fixOutcomeStateFromId(const QString &id, bool *ok = nullptr);
// The state in words, translated: "applied and verified", "failed, rolled back", ...
QString fixOutcomeText(FixOutcome::State s);

} // namespace kb
