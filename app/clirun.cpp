#include "clicommands.h"

#include "articles/articles.h"
#include "cli.h"
#include "fixes/fixexecutor.h"
#include "host/hostfactory.h"
#include "options.h"
#include "session.h"
#include "backup/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QTextStream>

namespace kb::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kb::Cli)
};

bool isProblem(Status s)
{
    return s == Status::Fail || s == Status::Warn || s == Status::Error;
}
} // namespace

void printPreview(const Article &article, const PlannedStep &step, QTextStream &out)
{
    out << Tr::tr("--- Fix for %1: %2").arg(step.stepId, article.step(step.stepId)->fix->description()) << Qt::endl;
    out << FixExecutor::preview(step.fix) << Qt::endl;
}

bool printOutcome(const QString &stepId, const FixOutcome &outcome, QTextStream &out, QTextStream &err)
{
    for (const QString &m : outcome.messages)
        out << QStringLiteral("    ") << m << Qt::endl;
    switch (outcome.state()) {
    case FixOutcome::State::NothingToDo:
        out << Tr::tr("%1: nothing left to change.").arg(stepId) << Qt::endl;
        return true;
    case FixOutcome::State::Verified:
        out << Tr::tr("%1: fixed and verified (backup set %2).").arg(stepId, outcome.backupSetId) << Qt::endl;
        return true;
    default:
        err << Tr::tr("%1: the fix failed: %2").arg(stepId, outcome.error.toString()) << Qt::endl;
        return false;
    }
}

int fixArticle(Session &session, const Article &article, const QStringList &named, bool yes,
               const QString &planOut, QTextStream &out, QTextStream &err, bool *fixFailed)
{
    // `named` empty: "--fix all", the steps ticked by default (not Optional ones). Steps the
    // article takes only if the problem persists are planned in a later round, after the
    // diagnosis ran again (RepairPlan::offeredSteps holds them back until then).
    const bool all = named.isEmpty();
    QStringList done;
    QStringList waiting; // held back in the round before: the only candidates of the next round
    bool previewed = false;
    for (int round = 0; round < article.steps.size(); ++round) {
        const QStringList offered = session.fixableSteps();
        const QStringList held = session.heldBackSteps();
        QStringList chosen;
        if (all) {
            chosen = session.defaultFixSteps();
            if (round == 0)
                for (const QString &stepId : held)
                    out << Tr::tr("%1: the article takes this step only if the problem persists "
                                  "after the earlier fixes; it is planned after them.")
                               .arg(stepId)
                        << Qt::endl;
        } else {
            for (const QString &stepId : RepairPlan::inArticleOrder(article, named)) {
                if (round > 0 || offered.contains(stepId))
                    continue; // said in the first round
                if (held.contains(stepId)) {
                    out << Tr::tr("%1: the article takes this step only if the problem persists "
                                  "after the earlier fixes; it is planned after them.")
                               .arg(stepId)
                        << Qt::endl;
                    continue;
                }
                const StepRun *sr = session.currentRun() ? session.currentRun()->step(stepId) : nullptr;
                if (sr && sr->result.status == Status::Error)
                    out << Tr::tr("%1: not fixed: its check could not read what it needs (see the error).")
                               .arg(stepId)
                        << Qt::endl;
                else
                    out << Tr::tr("%1: nothing to fix.").arg(stepId) << Qt::endl;
            }
            for (const QString &stepId : offered)
                if (named.contains(stepId))
                    chosen.append(stepId);
        }
        if (round > 0) // later rounds: only what the article held back until the fixes before ran
            for (const QString &id : QStringList(chosen))
                if (!waiting.contains(id))
                    chosen.removeAll(id);
        waiting = held;
        for (const QString &id : std::as_const(done))
            chosen.removeAll(id);
        if (chosen.isEmpty())
            break;
        const RepairPlan plan = session.makePlan(chosen);
        for (const PlannedStep &s : plan.steps)
            printPreview(article, s, out);
        previewed = true;
        if (!planOut.isEmpty()) {
            if (KbError e = writeFileAtomically(planOut, QJsonDocument(plan.toJson()).toJson(QJsonDocument::Indented)))
                return inputError(err, e);
            out << Tr::tr("Plan written to %1; nothing was changed. Apply it with: kbwizard --headless "
                          "--apply %1 --yes")
                       .arg(QDir::toNativeSeparators(planOut))
                << Qt::endl;
            return 0;
        }
        if (!yes)
            break;
        session.applyPlanNow(plan, [&](const QString &stepId, const FixOutcome &outcome) {
            if (!printOutcome(stepId, outcome, out, err))
                *fixFailed = true;
        });
        done += chosen;
        // The report and the exit code describe the server after the fixes: every check runs
        // again (the fixes' outcomes are kept); a step held back may be offered now.
        waitForDiagnosis(session);
    }
    if (!yes && previewed)
        out << Tr::tr("Previews only: add --yes to apply (every change is backed up first).") << Qt::endl;
    return 0;
}

ArticleRunResult runArticles(Session &session, const Options &o, const QCommandLineParser &parser,
                             const QStringList &articleIds, const QList<Target> &targets,
                             const QString &root, QTextStream &out,
                             QTextStream &err)
{
    ArticleRunResult r;
    QStringList fixSteps;
    const bool fixAll = parser.value(o.fix) == QLatin1String("all");
    if (parser.isSet(o.fix) && !fixAll) {
        fixSteps = parser.value(o.fix).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (QString &s : fixSteps)
            s = s.trimmed();
        for (const QString &s : fixSteps) {
            bool known = false;
            for (const QString &aid : articleIds)
                known = known || findArticle(session.articles(), aid)->step(s.trimmed());
            if (!known) {
                r.exitCode = usageError(err, Tr::tr("unknown step \"%1\" for --fix.").arg(s));
                return r;
            }
        }
    }

    for (const QString &aid : articleIds) {
        const Article &article = *findArticle(session.articles(), aid);
        bool matched = false;
        Target target;
        for (const Target &t : targets)
            if (!matched && article.appliesTo(t.product)) {
                target = t;
                matched = true;
            }
        if (!matched) {
            if (articleIds.size() > 1) {
                out << Tr::tr("Skipped %1: it applies to %2 and no such installation was found under %3.")
                           .arg(aid, productName(article.products.value(0)), QDir::toNativeSeparators(root))
                    << Qt::endl;
                continue;
            }
            target = targets.constFirst();
            err << Tr::tr("warning: %1 applies to %2, but the installation looks like %3.")
                       .arg(aid, productName(article.products.value(0)), productName(target.product))
                << Qt::endl;
        }
        if (KbError hostError = session.useInstallation(target, targets)) {
            r.exitCode = inputError(err, hostError);
            return r;
        }
        session.setArticleId(aid);
        for (const BackupSet &s : session.interruptedFixes())
            err << Tr::tr("kbwizard: warning: the fix of %1/%2 started %3 was interrupted before it "
                          "finished; its backup is kept: undo it with --undo %4")
                       .arg(s.articleId, s.stepId, s.created.toString(Qt::ISODate), s.id)
                << Qt::endl;
        waitForDiagnosis(session);
        r.ran = true;

        if (parser.isSet(o.fix)) {
            const int code = fixArticle(session, article, fixAll ? QStringList() : fixSteps, parser.isSet(o.yes),
                                        parser.value(o.planOut), out, err, &r.fixFailed);
            if (code) {
                r.exitCode = code;
                return r;
            }
        }
        const ArticleRun *run = session.currentRun();
        printRun(article, *run, out);
        for (const StepRun &s : run->steps) {
            r.problems = r.problems || isProblem(s.result.status);
            if (s.result.inputError) {
                r.unreadable = true;
                err << Tr::tr("kbwizard: error: %1").arg(s.result.inputError.toString()) << Qt::endl;
            }
        }
    }
    return r;
}

} // namespace kb::cli
