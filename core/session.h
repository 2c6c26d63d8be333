#pragma once

#include "article.h"
#include "backup/backupstore.h"
#include "checkrunner.h"
#include "fixes/elevationcheckedfix.h"
#include "fixes/fixexecutor.h"
#include "host/host.h"
#include "repair/repairplan.h"
#include "target.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <memory>
#include <optional>

namespace kb {

struct StepRun
{
    QString stepId;
    CheckResult result;                 // latest diagnosis (NotRun before)
    std::optional<FixOutcome> outcome;  // set once a fix was attempted
};

struct ArticleRun
{
    QString articleId;
    Target target;
    HostKind hostKind = HostKind::None;
    QDateTime started;
    QDateTime finished;
    QList<StepRun> steps;               // in the article's order

    StepRun *step(const QString &id);
    const StepRun *step(const QString &id) const;
};

// The state the wizard's pages and the headless CLI share: target, host, chosen article,
// diagnosis results, fixes and backups. Pages read it in initializePage() and write it in
// validatePage(); they never talk to each other.
class Session : public QObject
{
    Q_OBJECT
public:
    explicit Session(QObject *parent = nullptr);
    ~Session() override;

    // --- where we repair: the Target and Symptom pages, the wizard shell and the CLI choose here
    // The backend the user asked for (--host; Auto by default), kept for every target chosen.
    void setRequestedHostKind(HostKind kind) { m_requestedHostKind = kind; }
    HostKind requestedHostKind() const { return m_requestedHostKind; }
    // The backend for `target`: the requested one, except that a remote \\server is reached
    // through the Windows tools (sc \\SBS01, reg \\SBS01\...) unless another one was asked for.
    HostKind hostKindFor(const Target &target) const;
    // Makes `target` the installation to repair: its host (kept when installation and backend
    // are the same, since checks cancelled by Back may still be finishing with it), the
    // installations an article may switch to (those of `found` in the same place: the same demo
    // sandbox, or outside any), and the demo's simulated network (on inside a demo sandbox, so
    // nothing reaches the internet; off again for a real server). On error nothing changes.
    KbError useInstallation(const Target &target, const QList<Target> &found = {});
    // Chooses the article to diagnose; when it is about another product than the current
    // target, switches to that product's installation (same backend). On error nothing changes.
    KbError chooseArticle(const QString &articleId);
    // Asks, off the UI thread, whether the wizard has the rights to change `target` (may run
    // `reg query`, for a remote server over the network); answers with elevationKnown().
    void probeElevation(const Target &target);

    // --- target and host (low level: tests, and the functions above)
    void setInstallations(const QList<Target> &targets) { m_installations = targets; }
    const QList<Target> &installations() const { return m_installations; }
    void setTarget(const Target &target);
    const Target &target() const { return m_target; }
    void setHost(std::unique_ptr<Host> host);
    Host *host() const { return m_host.get(); }
    QString backupRoot() const;
    BackupStore backupStore() const { return BackupStore(backupRoot()); }
    // Backup sets of the target whose fix never finished (the process was killed between the
    // backup and the end of the fix): their files may be old or new, and undo restores them.
    QList<BackupSet> interruptedFixes() const;
    void setDemoSandbox(const QString &dir) { m_demoSandbox = dir; }
    QString demoSandbox() const { return m_demoSandbox; }
    CheckContext context() const;

    // --- articles
    const QList<Article> &articles() const { return m_articles; }
    void retranslate(); // rebuilds the articles' texts after a language change
    void setArticleId(const QString &id) { m_articleId = id; }
    QString articleId() const { return m_articleId; }
    const Article *article() const;
    // The installation an article should run on (its product), or the current target.
    Target targetFor(const Article &article) const;

    // --- diagnosis
    void startDiagnosis(); // current article on the current target
    void cancelDiagnosis();
    bool isDiagnosing() const { return m_runner->isRunning(); }
    CheckRunner *runner() const { return m_runner; }
    const ArticleRun *currentRun() const;
    const QList<ArticleRun> &runs() const { return m_runs; }

    // --- fixes (the rules live in RepairPlan, core/repair/)
    // The steps with a fix to offer now, in article order (RepairPlan::offeredSteps): failing,
    // not fixed yet, and reachable (an "if the issue persists" step waits for the earlier fixes).
    QStringList fixableSteps() const;
    // Offered steps that are ticked by default and make "--fix all" (all but Optional ones).
    QStringList defaultFixSteps() const;
    // "If the issue persists" steps held back until the earlier fixes of the article ran.
    QStringList heldBackSteps() const;
    void setFixInputs(const QString &stepId, const QVariantMap &values) { m_fixInputs[stepId] = values; }
    QVariantMap fixInputs(const QString &stepId) const { return m_fixInputs.value(stepId); }
    QList<FixInput> fixInputSpecs(const QString &stepId) const;
    FixPlan planFix(const QString &stepId) const; // planStep(stepId).fix
    // One step planned from the current inputs (what the Fix page previews in its box).
    PlannedStep planStep(const QString &stepId) const;
    // The repair plan of `stepIds` (article order) on the current target, from the current inputs.
    RepairPlan makePlan(const QStringList &stepIds) const;
    // The values planFix() uses: what the user entered, defaults for the rest (no passwords).
    QVariantMap effectiveInputs(const QString &stepId) const;
    // Undoes a backup set and records it on the step whose fix made it (the report then says
    // the fix was undone, and the step needs a new diagnosis).
    KbError undo(const QString &setId, bool force, QStringList *messages = nullptr);
    // Applies the fixes one after another on a worker thread; cancel takes effect between fixes,
    // and inside a fix only while it prepares (a download), before anything is changed.
    // Progress of that preparation arrives as fixProgress(). A fix's follow-up checks (e.g.
    // wcspatterns re-runs lwcs-status) update those steps' results in currentRun().
    // Applies exactly `plan` (the one the user saw; RepairPlan::apply: refused before any backup
    // when a file it read changed, each outcome recorded and announced by fixFinished).
    void applyPlan(const RepairPlan &plan);
    void applyFixes(const QStringList &stepIds) { applyPlan(makePlan(stepIds)); }
    void cancelFixes() { m_cancelFixes = true; }
    bool isApplying() const { return m_applying; }
    // Synchronous forms for the CLI and tests (not for the UI thread). applyPlanNow calls
    // `onEach` after each step's outcome was recorded; returns the plan's refusal, if any.
    KbError applyPlanNow(const RepairPlan &plan,
                         const std::function<void(const QString &stepId, const FixOutcome &)> &onEach = {});
    FixOutcome applyFixNow(const QString &stepId);

    QString operatorName() const; // who runs the tool (for the report)

Q_SIGNALS:
    void diagnosisStarted();
    void stepFinished(const QString &stepId);
    void diagnosisProgress(int done, int total);
    void diagnosisFinished();
    void fixStarted(const QString &stepId);
    // Long work inside a fix (a download): `done` of `total` bytes (total -1 when unknown);
    // `what` names the item, e.g. "fup_23517.zip". Throttled to about 200 updates per item.
    void fixProgress(const QString &stepId, qint64 done, qint64 total, const QString &what);
    void fixFinished(const QString &stepId, bool succeeded);
    void fixesFinished();
    void elevationKnown(const kb::ElevationNotice &notice);

private:
    ArticleRun *runFor(const QString &articleId);
    void recordOutcome(const QString &stepId, const FixOutcome &outcome);
    std::function<void(qint64, qint64, const QString &)> progressForwarder(const QString &stepId);

    HostKind m_requestedHostKind = HostKind::Auto;
    QList<Target> m_installations;
    Target m_target;
    std::shared_ptr<Host> m_host;
    QFuture<void> m_applyFuture;
    QString m_demoSandbox;
    QList<Article> m_articles;
    QString m_articleId;
    QList<ArticleRun> m_runs;
    QHash<QString, QVariantMap> m_fixInputs;
    CheckRunner *m_runner;
    std::atomic<bool> m_cancelFixes{false};
    bool m_applying = false;
};

} // namespace kb
