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
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace kb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kb::RepairPlan)
};

const QString kFormat = QStringLiteral("kbwizard-repair-plan");
constexpr int kVersion = 1;

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

QString editAction(const FileEdit &e)
{
    return e.deletesFile ? QStringLiteral("delete") : e.createsFile ? QStringLiteral("create") : QStringLiteral("edit");
}

QString hostActionId(HostAction::Kind k)
{
    switch (k) {
    case HostAction::Kind::RestartService: return QStringLiteral("restart-service");
    case HostAction::Kind::StartService: return QStringLiteral("start-service");
    case HostAction::Kind::GrantAcl: return QStringLiteral("grant-acl");
    case HostAction::Kind::SetIisAnonymous: return QStringLiteral("set-iis-anonymous");
    }
    return QString();
}

bool isNothing(const FixPlan &plan)
{
    return plan.error.code == QLatin1String("fix.nothing") || (!plan.error && plan.isEmpty());
}

bool isProblem(Status s)
{
    return s == Status::Fail || s == Status::Warn;
}

QStringList secretValues(const QVariantMap &secrets)
{
    QStringList out;
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it)
        if (it.value().toString().size() >= 3)
            out << it.value().toString();
    return out;
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

// --- PlannedStep -----------------------------------------------------------------------------

bool PlannedStep::isNothingToDo() const
{
    return bound && isNothing(fix);
}

QJsonObject PlannedStep::content() const
{
    if (!bound)
        return saved;
    QJsonArray edits;
    for (const FileEdit &e : fix.edits)
        edits.append(QJsonObject{
            {QStringLiteral("path"), e.displayPath},
            {QStringLiteral("action"), editAction(e)},
            {QStringLiteral("sha256Before"), e.createsFile ? QString() : sha256Hex(e.before)},
            {QStringLiteral("sha256After"), e.deletesFile ? QString() : sha256Hex(e.after)},
        });
    QJsonArray actions;
    for (const HostAction &a : fix.actions) // never the password
        actions.append(QJsonObject{
            {QStringLiteral("kind"), hostActionId(a.kind)},
            {QStringLiteral("target"), a.target},
            {QStringLiteral("principal"), a.principal},
            {QStringLiteral("rights"), a.rights},
            {QStringLiteral("userName"), a.userName},
        });
    QJsonArray followUps;
    for (const FollowUpCheck &f : fix.followUps)
        followUps.append(f.stepId);
    QJsonArray readList;
    for (const PlanRead &r : reads)
        readList.append(QJsonObject{{QStringLiteral("path"), r.displayPath},
                                    {QStringLiteral("sha256"), r.sha256}});
    return QJsonObject{
        {QStringLiteral("step"), stepId},
        {QStringLiteral("inputs"), QJsonObject::fromVariantMap(inputs)},
        {QStringLiteral("secretInputs"), QJsonArray::fromStringList(secretIds)},
        {QStringLiteral("error"), fix.error.code},
        {QStringLiteral("edits"), edits},
        {QStringLiteral("actions"), actions},
        {QStringLiteral("prepare"), bool(fix.prepare)},
        {QStringLiteral("followUps"), followUps},
        {QStringLiteral("reads"), readList},
    };
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

// --- saved plans -----------------------------------------------------------------------------

QString RepairPlan::digestOf(QJsonObject json)
{
    json.remove(QStringLiteral("digest"));
    return sha256Hex(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

QJsonObject RepairPlan::toJson() const
{
    QJsonArray stepList;
    for (const PlannedStep &s : steps) {
        const QStringList known = secretValues(s.secrets);
        QJsonArray notes;
        for (const QString &n : s.fix.notes)
            notes.append(redactText(n, known));
        FixPlan shown = s.fix;
        shown.notes.clear();
        stepList.append(QJsonObject{
            {QStringLiteral("id"), s.stepId},
            {QStringLiteral("title"), s.title},
            {QStringLiteral("reach"), reachId(s.reach)},
            {QStringLiteral("description"), s.description},
            {QStringLiteral("preview"), s.bound ? redactText(FixExecutor::preview(shown), known) : QString()},
            {QStringLiteral("notes"), notes},
            {QStringLiteral("errorMessage"), s.fix.error ? redactText(s.fix.error.toString(), known) : QString()},
            {QStringLiteral("content"), s.content()},
        });
    }
    QJsonObject json{
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("version"), kVersion},
        {QStringLiteral("created"), created.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("article"), articleId},
        {QStringLiteral("host"), hostKind},
        {QStringLiteral("target"), QJsonObject{
             {QStringLiteral("pccsrv"), QDir::toNativeSeparators(target.pccsrv)},
             {QStringLiteral("product"), productId(target.product)},
             {QStringLiteral("version"), target.version},
             {QStringLiteral("serverName"), target.serverName},
         }},
        {QStringLiteral("steps"), stepList},
        {QStringLiteral("heldBack"), QJsonArray::fromStringList(heldBack)},
    };
    json.insert(QStringLiteral("digest"), digestOf(json));
    return json;
}

RepairPlan RepairPlan::fromJson(const QJsonObject &json, const QString &fileName, KbError *error)
{
    RepairPlan plan;
    auto fail = [&](const QString &code, const QString &message) {
        if (error)
            *error = KbError::make(code, message, fileName);
        return RepairPlan();
    };
    if (json.value(QLatin1String("format")).toString() != kFormat
        || json.value(QLatin1String("version")).toInt() != kVersion)
        return fail(QStringLiteral("plan.format"),
                    Tr::tr("This is not a KB Wizard repair plan (format %1, version %2).")
                        .arg(kFormat).arg(kVersion));
    if (json.value(QLatin1String("digest")).toString() != digestOf(json))
        return fail(QStringLiteral("plan.edited"),
                    Tr::tr("The plan was changed after it was made (its digest does not match its "
                           "content). Nothing was changed; make the plan again."));
    plan.articleId = json.value(QLatin1String("article")).toString();
    plan.hostKind = json.value(QLatin1String("host")).toString();
    plan.created = QDateTime::fromString(json.value(QLatin1String("created")).toString(), Qt::ISODate);
    const QJsonObject t = json.value(QLatin1String("target")).toObject();
    plan.target.pccsrv = QDir::fromNativeSeparators(t.value(QLatin1String("pccsrv")).toString());
    plan.target.product = productFromId(t.value(QLatin1String("product")).toString());
    plan.target.version = t.value(QLatin1String("version")).toString();
    plan.target.serverName = t.value(QLatin1String("serverName")).toString();
    for (const QJsonValue &v : json.value(QLatin1String("heldBack")).toArray())
        plan.heldBack.append(v.toString());
    for (const QJsonValue &v : json.value(QLatin1String("steps")).toArray()) {
        const QJsonObject o = v.toObject();
        PlannedStep ps;
        ps.bound = false;
        ps.stepId = o.value(QLatin1String("id")).toString();
        ps.title = o.value(QLatin1String("title")).toString();
        ps.description = o.value(QLatin1String("description")).toString();
        ps.saved = o.value(QLatin1String("content")).toObject();
        ps.savedPreview = o.value(QLatin1String("preview")).toString();
        ps.inputs = ps.saved.value(QLatin1String("inputs")).toObject().toVariantMap();
        for (const QJsonValue &id : ps.saved.value(QLatin1String("secretInputs")).toArray())
            ps.secretIds.append(id.toString());
        for (const QJsonValue &r : ps.saved.value(QLatin1String("reads")).toArray()) {
            const QString display = r.toObject().value(QLatin1String("path")).toString();
            ps.reads.append({plan.target.path(display), display,
                             r.toObject().value(QLatin1String("sha256")).toString()});
        }
        plan.steps.append(ps);
    }
    if (plan.articleId.isEmpty() || !plan.target.isValid())
        return fail(QStringLiteral("plan.format"), Tr::tr("The plan names no article or no installation."));
    return plan;
}

KbError RepairPlan::bind(const Article &article, const CheckContext &ctx,
                         const QHash<QString, QVariantMap> &secrets)
{
    if (KbError e = checkUnchanged())
        return e;
    QList<PlannedStep> bound;
    for (const PlannedStep &saved : std::as_const(steps)) {
        const Step *step = article.step(saved.stepId);
        if (!step)
            return KbError::make(QStringLiteral("plan.differs"),
                                 Tr::tr("The article %1 has no step %2.").arg(article.id, saved.stepId));
        QVariantMap values = saved.inputs;
        for (const QString &id : saved.secretIds) {
            const QVariant v = secrets.value(saved.stepId).value(id);
            if (v.toString().isEmpty())
                return KbError::make(QStringLiteral("plan.secret"),
                                     Tr::tr("The step %1 needs the password \"%2\": give it in the --inputs "
                                            "file ({\"%1\": {\"%2\": \"...\"}}); plans never hold passwords.")
                                         .arg(saved.stepId, id));
            values.insert(id, v);
        }
        PlannedStep again = planStep(*step, ctx, values);
        if (again.content() != saved.saved)
            return KbError::make(QStringLiteral("plan.differs"),
                                 Tr::tr("The fix of %1 would now do something other than the plan "
                                        "shows. Nothing was changed; make the plan again.")
                                     .arg(saved.stepId));
        again.title = saved.title; // as the approver read it
        bound.append(again);
    }
    steps = bound;
    return {};
}

} // namespace kb
