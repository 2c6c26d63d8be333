#include "repair/repairplan.h"

#include "backup/atomicfile.h"
#include "fixes/fixexecutor.h"
#include "ini/ansicodepage.h"
#include "logging.h"
#include "report/redact.h"
#include "session.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace kb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kb::RepairPlan)
};

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// SHA-256 of the file now ("" when it does not exist; "?" when it cannot be read).
QString currentSha256(const QString &path)
{
    QFile f(path);
    if (!QFileInfo::exists(path))
        return QString();
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    QCryptographicHash h(QCryptographicHash::Sha256);
    if (!h.addData(&f))
        return QStringLiteral("?");
    return QString::fromLatin1(h.result().toHex());
}

// `path` relative to the installation folder, or "" when it lies outside.
QString relativeInside(const QString &path, const QString &pccsrv)
{
    const QString root = QDir::cleanPath(QFileInfo(pccsrv).absoluteFilePath());
    const QString p = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    const QString prefix = root + QLatin1Char('/');
#ifdef Q_OS_WIN
    const Qt::CaseSensitivity cs = Qt::CaseInsensitive;
#else
    const Qt::CaseSensitivity cs = Qt::CaseSensitive;
#endif
    if (!p.startsWith(prefix, cs))
        return QString();
    return Target::displayPath(p.mid(prefix.size()));
}

bool isNothing(const FixPlan &plan)
{
    return plan.error.code == QLatin1String("fix.nothing") || (!plan.error && plan.isEmpty());
}

bool isProblem(Status s)
{
    return s == Status::Fail || s == Status::Warn;
}

} // namespace

QString reachId(Step::Reach r)
{
    switch (r) {
    case Step::Reach::Always: return QStringLiteral("always");
    case Step::Reach::IfPersists: return QStringLiteral("if-persists");
    case Step::Reach::Optional: return QStringLiteral("optional");
    }
    return QString();
}

// --- PlannedStep -----------------------------------------------------------------------------

bool PlannedStep::isNothingToDo() const
{
    return bound && isNothing(fix);
}

// --- the rules -------------------------------------------------------------------------------

namespace {
// Walks the article in order; calls `take(step, heldBack)` for every step with a fix to offer.
template<typename F>
void walkOffered(const Article &article, const ArticleRun &run, F take)
{
    bool waiting = false; // an earlier step still waits for its fix
    for (const Step &s : article.steps) {
        const StepRun *sr = run.step(s.id);
        const bool fixable = s.fix && sr && isProblem(sr->result.status)
                             && !(sr->outcome && sr->outcome->succeeded());
        if (!fixable)
            continue;
        const bool heldBack = s.reach == Step::Reach::IfPersists && waiting;
        take(s, heldBack);
        if (s.reach != Step::Reach::Optional && !sr->outcome)
            waiting = true;
    }
}
} // namespace

QStringList RepairPlan::offeredSteps(const Article &article, const ArticleRun &run)
{
    QStringList ids;
    walkOffered(article, run, [&](const Step &s, bool heldBack) {
        if (!heldBack)
            ids.append(s.id);
    });
    return ids;
}

QStringList RepairPlan::heldBackSteps(const Article &article, const ArticleRun &run)
{
    QStringList ids;
    walkOffered(article, run, [&](const Step &s, bool heldBack) {
        if (heldBack)
            ids.append(s.id);
    });
    return ids;
}

QStringList RepairPlan::defaultSteps(const Article &article, const QStringList &offered)
{
    QStringList ids;
    for (const QString &id : offered)
        if (const Step *s = article.step(id); s && isTickedByDefault(*s))
            ids.append(id);
    return ids;
}

CheckResult RepairPlan::presented(const Step &step, CheckResult result)
{
    if (step.reach != Step::Reach::Optional || result.status != Status::Fail)
        return result;
    result.status = Status::Warn;
    if (!step.reachNote.isEmpty())
        result.message = result.message.isEmpty() ? step.reachNote
                                                  : result.message + QLatin1Char(' ') + step.reachNote;
    return result;
}

QStringList RepairPlan::inArticleOrder(const Article &article, const QStringList &ids)
{
    QStringList out;
    for (const Step &s : article.steps)
        if (ids.contains(s.id))
            out.append(s.id);
    return out;
}

// --- making a plan ---------------------------------------------------------------------------

PlannedStep RepairPlan::planStep(const Step &step, const CheckContext &ctx, const QVariantMap &entered)
{
    PlannedStep ps;
    ps.stepId = step.id;
    ps.title = step.title;
    ps.reach = step.reach;
    if (!step.fix) {
        ps.fix.error = KbError::make(QStringLiteral("fix.none"),
                                     QCoreApplication::translate("kb::Session", "The step %1 has no automatic fix.")
                                         .arg(step.id));
        return ps;
    }
    ps.description = step.fix->description();
    FileReadLog log;
    QVariantMap values = entered;
    for (const FixInput &in : step.fix->inputs(ctx)) {
        if (in.kind == FixInput::Kind::Password) {
            if (!values.value(in.id).toString().isEmpty()) {
                ps.secretIds.append(in.id);
                ps.secrets.insert(in.id, values.value(in.id));
            }
            continue;
        }
        if (!values.contains(in.id))
            values.insert(in.id, in.defaultValue);
    }
    ps.fix = step.fix->plan(ctx, values);
    // L4: an ANSI INI file the server reads in another code page than the wizard would write.
    if (!ps.fix.error)
        for (const FileEdit &edit : std::as_const(ps.fix.edits))
            if (KbError e = AnsiCodePage::editProblem(edit)) {
                ps.fix.error = e;
                break;
            }
    for (const QString &id : std::as_const(ps.secretIds))
        values.remove(id);
    ps.inputs = values;

    // What it read inside the installation; the edited files as the plan saw them.
    QHash<QString, QString> reads;
    for (auto it = log.reads.cbegin(); it != log.reads.cend(); ++it)
        if (!relativeInside(it.key(), ctx.target.pccsrv).isEmpty())
            reads.insert(it.key(), it.value());
    for (const FileEdit &e : ps.fix.edits)
        reads.insert(QFileInfo(e.path).absoluteFilePath(), e.createsFile ? QString() : sha256Hex(e.before));
    for (auto it = reads.cbegin(); it != reads.cend(); ++it) {
        QString display = relativeInside(it.key(), ctx.target.pccsrv);
        if (display.isEmpty())
            display = QDir::toNativeSeparators(it.key());
        ps.reads.append({it.key(), display, it.value()});
    }
    std::sort(ps.reads.begin(), ps.reads.end(),
              [](const PlanRead &a, const PlanRead &b) { return a.displayPath < b.displayPath; });
    return ps;
}

RepairPlan RepairPlan::make(const Article &article, const CheckContext &ctx, const QString &hostKind,
                            const QStringList &stepIds, const QHash<QString, QVariantMap> &inputs)
{
    RepairPlan plan;
    plan.articleId = article.id;
    plan.target = ctx.target;
    plan.hostKind = hostKind;
    plan.created = QDateTime::currentDateTimeUtc();
    for (const QString &id : inArticleOrder(article, stepIds))
        plan.steps.append(planStep(*article.step(id), ctx, inputs.value(id)));
    return plan;
}

const PlannedStep *RepairPlan::step(const QString &stepId) const
{
    for (const PlannedStep &s : steps)
        if (s.stepId == stepId)
            return &s;
    return nullptr;
}

RepairPlan RepairPlan::only(const QStringList &stepIds) const
{
    RepairPlan p = *this;
    p.steps.clear();
    for (const PlannedStep &s : steps)
        if (stepIds.contains(s.stepId))
            p.steps.append(s);
    return p;
}

QList<PlanRead> RepairPlan::changedReads() const
{
    QList<PlanRead> changed;
    QStringList seen;
    for (const PlannedStep &s : steps)
        for (const PlanRead &r : s.reads) {
            if (seen.contains(r.path))
                continue;
            if (currentSha256(r.path) != r.sha256) {
                changed.append(r);
                seen.append(r.path);
            }
        }
    return changed;
}

KbError RepairPlan::checkUnchanged() const
{
    const QList<PlanRead> changed = changedReads();
    if (changed.isEmpty())
        return {};
    QStringList names;
    for (const PlanRead &r : changed)
        names.append(r.displayPath);
    return KbError::make(QStringLiteral("plan.changed"),
                         Tr::tr("Changed since the plan was made: %1. Nothing was changed; make the "
                                "plan again from what is there now.")
                             .arg(names.join(QStringLiteral(", "))),
                         changed.constFirst().path);
}

// --- applying --------------------------------------------------------------------------------

KbError RepairPlan::apply(const Article &article, CheckContext ctx, const BackupStore &store,
                          const RepairCallbacks &cb) const
{
    auto finish = [&](const QString &id, const FixOutcome &out) {
        if (cb.finished)
            cb.finished(id, out);
    };
    // Before any backup: everything the plan read must be as it was.
    if (const KbError changed = checkUnchanged()) {
        qCWarning(lcCore) << "plan refused:" << changed.message;
        for (const PlannedStep &ps : steps) {
            FixOutcome out;
            out.error = changed;
            out.messages.append(Tr::tr("Nothing was changed."));
            finish(ps.stepId, out);
        }
        return changed;
    }
    bool changedSomething = false;
    QHash<QString, CheckResult> rechecked; // follow-up checks of earlier fixes in this batch
    for (const PlannedStep &ps : steps) {
        if (ctx.isCancelled())
            break;
        const Step *step = article.step(ps.stepId);
        if (!step || !ps.bound)
            continue;
        if (cb.started)
            cb.started(ps.stepId);
        CheckContext stepCtx = ctx;
        if (cb.progressFor)
            stepCtx.progress = cb.progressFor(ps.stepId);
        FixOutcome out;
        FixPlan plan = ps.fix;
        bool resolvedEarlier = false;
        // A follow-up check of an earlier fix found this step passing already.
        if (rechecked.contains(ps.stepId) && rechecked.value(ps.stepId).status == Status::Pass) {
            out.error = KbError::make(QStringLiteral("fix.nothing"),
                                      QCoreApplication::translate("kb::Session",
                                                                  "Nothing left to change: an earlier fix in this batch already resolved it."));
            out.after = rechecked.value(ps.stepId);
            out.verified = true;
            finish(ps.stepId, out);
            continue;
        }
        // An earlier fix of this batch changed the server: plan again from what is there now
        // (two steps may edit the same file), and skip a step an earlier fix already resolved.
        if (changedSomething && step->fix) {
            QVariantMap values = ps.inputs;
            for (auto it = ps.secrets.cbegin(); it != ps.secrets.cend(); ++it)
                values.insert(it.key(), it.value());
            plan = step->fix->plan(stepCtx, values);
            resolvedEarlier = isNothing(plan);
        }
        if (resolvedEarlier) {
            out.error = KbError::make(QStringLiteral("fix.nothing"),
                                      QCoreApplication::translate("kb::Session",
                                                                  "Nothing left to change: an earlier fix in this batch already resolved it."));
            if (step->check) {
                out.after = step->check->run(stepCtx);
                out.verified = out.after.status == Status::Pass;
            }
        } else if (plan.error) {
            out.error = plan.error;
        } else {
            out = FixExecutor::apply(article.id, *step, stepCtx, plan, store);
            changedSomething = changedSomething || out.applied || out.rolledBack;
            for (const FollowUpResult &f : out.followUps)
                rechecked.insert(f.stepId, f.result);
        }
        finish(ps.stepId, out);
    }
    return {};
}

} // namespace kb
