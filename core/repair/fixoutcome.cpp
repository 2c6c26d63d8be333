#include "repair/fixoutcome.h"

#include <QCoreApplication>

namespace kb {

// --- FixOutcome ------------------------------------------------------------------------------

FixOutcome::State FixOutcome::state() const
{
    if (undone)
        return State::Undone;
    if (!applied && error.code == QLatin1String("fix.nothing"))
        return State::NothingToDo;
    if (applied && verified && !error)
        return State::Verified;
    if (rolledBack)
        return State::RolledBack;
    if (applied)
        return State::AppliedUnverified;
    return State::NotApplied;
}

QString fixOutcomeStateId(FixOutcome::State s)
{
    switch (s) {
    case FixOutcome::State::Verified: return QStringLiteral("verified");
    case FixOutcome::State::AppliedUnverified: return QStringLiteral("applied-unverified");
    case FixOutcome::State::RolledBack: return QStringLiteral("rolled-back");
    case FixOutcome::State::NotApplied: return QStringLiteral("not-applied");
    case FixOutcome::State::NothingToDo: return QStringLiteral("nothing-to-do");
    case FixOutcome::State::Undone: return QStringLiteral("undone");
    }
    return QString();
}

FixOutcome::State fixOutcomeStateFromId(const QString &id, bool *ok)
{
    for (FixOutcome::State s : {FixOutcome::State::Verified, FixOutcome::State::AppliedUnverified,
                                FixOutcome::State::RolledBack, FixOutcome::State::NotApplied,
                                FixOutcome::State::NothingToDo, FixOutcome::State::Undone})
        if (fixOutcomeStateId(s) == id) {
            if (ok)
                *ok = true;
            return s;
        }
    if (ok)
        *ok = false;
    return FixOutcome::State::NotApplied;
}

QString fixOutcomeText(FixOutcome::State s)
{
    switch (s) {
    case FixOutcome::State::Verified:
        return QCoreApplication::translate("kb::FixOutcome", "applied and verified");
    case FixOutcome::State::AppliedUnverified:
        return QCoreApplication::translate("kb::FixOutcome", "applied, not verified");
    case FixOutcome::State::RolledBack:
        return QCoreApplication::translate("kb::FixOutcome", "failed, rolled back");
    case FixOutcome::State::NotApplied:
        return QCoreApplication::translate("kb::FixOutcome", "not applied");
    case FixOutcome::State::NothingToDo:
        return QCoreApplication::translate("kb::FixOutcome", "nothing to change");
    case FixOutcome::State::Undone:
        return QCoreApplication::translate("kb::FixOutcome", "applied, then undone");
    }
    return QString();
}

} // namespace kb
