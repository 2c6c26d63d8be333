#pragma once

#include "article.h"
#include "backup/backupstore.h"
#include "check.h"
#include "fixes/fix.h"
#include "repair/fixoutcome.h"
#include "target.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <atomic>
#include <functional>

namespace kb {

struct ArticleRun;

// A file a step's plan read (through readWholeFile or IniDocument::load) inside the
// installation, with the SHA-256 of what it read; `sha256` is empty when the file did not exist.
struct PlanRead
{
    QString path;        // absolute
    QString displayPath; // relative to PCCSRV, Windows separators
    QString sha256;      // hex; "" = absent
};

// One previewed step of a repair plan: the fix's plan (its exact edits and host actions), the
// inputs it was made with (secrets left out) and every file it read.
struct PlannedStep
{
    QString stepId;
    QString title;          // for display (translated when the plan was made)
    QString description;    // the fix's description
    Step::Reach reach = Step::Reach::Always;
    QVariantMap inputs;     // the values planned with, without passwords
    QStringList secretIds;  // password inputs the plan used: supplied again when applying
    FixPlan fix;            // empty (`bound` false) for a plan read from a file until bind()
    QList<PlanRead> reads;
    QVariantMap secrets;    // the passwords planned with: in memory only, never in content()
    bool bound = true;
    QJsonObject saved;      // unbound: the content read from the plan file
    QString savedPreview;   // unbound: the preview as saved

    // Nothing to change: an empty plan, or a fix saying so with the error fix.nothing.
    bool isNothingToDo() const;
    // The content that decides what is applied (hashes of every edit, the host actions without
    // secrets, the reads): equal contents apply the same bytes and the same actions.
    QJsonObject content() const;
};

// What applying a plan reports, step by step (on the applying thread).
struct RepairCallbacks
{
    std::function<void(const QString &stepId)> started;
    std::function<void(const QString &stepId, const FixOutcome &outcome)> finished;
    // Progress forwarder for one step's long work (a download); may be empty.
    std::function<std::function<void(qint64, qint64, const QString &)>(const QString &stepId)> progressFor;
};

// The repair plan: what the user saw is what is applied, in the wizard, headless and across an
// approval (a saved plan). It holds the rules of a repair, stated once:
//  - order: the article's step order, whatever order the steps were asked for;
//  - reach: a step the article takes only "if the issue persists" (Step::Reach::IfPersists) is
//    offered only when no earlier step of its article still waits for its fix; an Optional step
//    is offered unticked, never part of "all", and its failing check reads as warn;
//  - staleness: applying refuses before any backup when a file any step read changed since the
//    plan was made, naming the files (error "plan.changed");
//  - skip: after an earlier step of the batch changed something, a step is planned again from
//    what is there now; when nothing is left to change, an earlier fix resolved it
//    (FixOutcome::State::NothingToDo), its check is run again and nothing is written.
class RepairPlan
{
public:
    // --- the rules
    // Steps with a fix to offer, in article order: failing (fail or warn), not fixed yet in this
    // run, and reachable (an IfPersists step waits while an earlier Always step still needs its
    // fix). Optional steps are included (unticked by default: see isTickedByDefault).
    static QStringList offeredSteps(const Article &article, const ArticleRun &run);
    // Offered IfPersists steps held back because an earlier step still waits for its fix.
    static QStringList heldBackSteps(const Article &article, const ArticleRun &run);
    // What "--fix all" and the Fix page's ticked boxes start with: all but Optional steps.
    static bool isTickedByDefault(const Step &step) { return step.reach != Step::Reach::Optional; }
    static QStringList defaultSteps(const Article &article, const QStringList &offered);
    // A step's check result as the user sees it: an Optional step's failure is advice (warn),
    // its message followed by the article's own words and the trade-off (reachNote).
    static CheckResult presented(const Step &step, CheckResult result);
    // `ids` in the article's order (unknown ids dropped).
    static QStringList inArticleOrder(const Article &article, const QStringList &ids);

    // --- making a plan
    // Plans the steps `stepIds` (in article order) of `article` on ctx.target. `inputs`: what the
    // user entered per step (passwords included: used to plan, never kept in the plan).
    static RepairPlan make(const Article &article, const CheckContext &ctx, const QString &hostKind,
                           const QStringList &stepIds, const QHash<QString, QVariantMap> &inputs);
    // Plans one step (the Fix page's preview of one box uses it too).
    static PlannedStep planStep(const Step &step, const CheckContext &ctx, const QVariantMap &inputs);

    QString articleId;
    Target target;
    QString hostKind;
    QDateTime created;
    QList<PlannedStep> steps;
    QStringList heldBack; // IfPersists steps not in this plan yet (for the preview and the file)

    bool isEmpty() const { return steps.isEmpty(); }
    const PlannedStep *step(const QString &stepId) const;
    // The same plan with only `stepIds` (the boxes left ticked), in plan order.
    RepairPlan only(const QStringList &stepIds) const;
    // Files read by the plan whose content differs from when it was planned (or that appeared or
    // vanished); empty when none.
    QList<PlanRead> changedReads() const;
    // Empty, or "plan.changed" naming what changed (display paths).
    KbError checkUnchanged() const;

    // Applies the plan on the calling thread (a worker for the UI): first checkUnchanged() — on
    // a change every step gets a NotApplied outcome with "plan.changed" and nothing is touched;
    // then the steps in order, each by FixExecutor, with the skip rule above. `cancelled` is
    // honoured between steps and while a step prepares. Steps not reached get no outcome.
    // Returns the refusal (or empty).
    KbError apply(const Article &article, CheckContext ctx, const BackupStore &store,
                  const RepairCallbacks &callbacks) const;

    // --- saved plans (docs/plan-schema.md)
    // Readable JSON with the diffs and the digest (SHA-256 over the canonical content).
    QJsonObject toJson() const;
    // Reads a saved plan; refuses one whose digest does not match ("plan.edited") or that is not
    // a plan ("plan.format"). The steps are unbound: bind() them before applying.
    static RepairPlan fromJson(const QJsonObject &json, const QString &fileName, KbError *error);
    // Plans every step again on ctx.target with the saved inputs and `secrets` (passwords, per
    // step) and requires the same content: "plan.changed" naming files that changed,
    // "plan.secret" when a password is missing, "plan.differs" when the fix would now do
    // something else. On success the steps are bound (ready to apply).
    KbError bind(const Article &article, const CheckContext &ctx,
                 const QHash<QString, QVariantMap> &secrets);
    static QString digestOf(QJsonObject json); // SHA-256 hex of `json` without "digest"
};

QString reachId(Step::Reach r); // "always", "if-persists", "optional"

} // namespace kb
