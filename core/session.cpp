#include "session.h"

#include "installation.h"
#include "ini/ansicodepage.h"
#include "articles/articles.h"

#include <QtConcurrent/QtConcurrentRun>
#include <QCoreApplication>
#include <QDir>
#include <QThread>

namespace kb {

StepRun *ArticleRun::step(const QString &id)
{
    for (StepRun &s : steps)
        if (s.stepId == id)
            return &s;
    return nullptr;
}

const StepRun *ArticleRun::step(const QString &id) const
{
    return const_cast<ArticleRun *>(this)->step(id);
}

Session::Session(QObject *parent)
    : QObject(parent), m_host(std::make_shared<NullHost>()), m_articles(allArticles()),
      m_runner(new CheckRunner(this))
{
    connect(m_runner, &CheckRunner::stepFinished, this,
            [this](const QString &stepId, const CheckResult &result) {
                if (ArticleRun *run = runFor(m_articleId)) {
                    if (StepRun *s = run->step(stepId))
                        s->result = result;
                }
                Q_EMIT stepFinished(stepId);
            });
    connect(m_runner, &CheckRunner::progress, this, &Session::diagnosisProgress);
    connect(m_runner, &CheckRunner::finished, this, [this] {
        if (ArticleRun *run = runFor(m_articleId))
            run->finished = QDateTime::currentDateTime();
        Q_EMIT diagnosisFinished();
    });
}

Session::~Session()
{
    // The apply worker uses this object: stop it between fixes and wait for it.
    m_cancelFixes = true;
    m_applyFuture.waitForFinished();
}

void Session::setTarget(const Target &target)
{
    m_target = target;
}

void Session::setHost(std::unique_ptr<Host> host)
{
    m_host = host ? std::shared_ptr<Host>(std::move(host)) : std::make_shared<NullHost>();
}

QList<BackupSet> Session::interruptedFixes() const
{
    QList<BackupSet> out;
    if (!m_target.isValid())
        return out;
    for (const BackupSet &s : backupStore().list())
        if (s.state == BackupSet::State::Prepared)
            out.append(s);
    return out;
}

QString Session::backupRoot() const
{
    return Installation::backupRootFor(m_target);
}

CheckContext Session::context() const
{
    CheckContext ctx;
    ctx.target = m_target;
    ctx.host = m_host.get();
    ctx.hostOwner = m_host;
    return ctx;
}

void Session::retranslate()
{
    m_articles = allArticles();
}

const Article *Session::article() const
{
    return findArticle(m_articles, m_articleId);
}

Target Session::targetFor(const Article &article) const
{
    if (article.appliesTo(m_target.product))
        return m_target;
    for (const Target &t : m_installations)
        if (article.appliesTo(t.product))
            return t;
    return m_target;
}

ArticleRun *Session::runFor(const QString &articleId)
{
    for (ArticleRun &r : m_runs)
        if (r.articleId == articleId)
            return &r;
    return nullptr;
}

const ArticleRun *Session::currentRun() const
{
    return const_cast<Session *>(this)->runFor(m_articleId);
}

void Session::startDiagnosis()
{
    const Article *a = article();
    if (!a)
        return;
    ArticleRun fresh;
    fresh.articleId = a->id;
    fresh.target = m_target;
    fresh.hostKind = m_host->kind();
    fresh.started = QDateTime::currentDateTime();
    QList<CheckRunner::Item> items;
    for (const Step &s : a->steps) {
        StepRun sr;
        sr.stepId = s.id;
        if (s.check)
            items.append({s.id, s.check});
        else
            sr.result = CheckResult::make(Status::Manual, s.manual);
        fresh.steps.append(sr);
    }
    if (ArticleRun *old = runFor(a->id)) {
        // A new diagnosis keeps what was fixed in this session (for the report), unless the
        // target changed.
        if (old->target.pccsrv == fresh.target.pccsrv)
            for (StepRun &s : fresh.steps)
                if (const StepRun *before = old->step(s.stepId))
                    s.outcome = before->outcome;
        *old = fresh;
    }
    else
        m_runs.append(fresh);
    Q_EMIT diagnosisStarted();
    m_runner->start(items, context());
}

void Session::cancelDiagnosis()
{
    m_runner->cancel();
}

QStringList Session::fixableSteps() const
{
    QStringList ids;
    const Article *a = article();
    const ArticleRun *run = currentRun();
    if (!a || !run)
        return ids;
    for (const Step &s : a->steps) {
        const StepRun *sr = run->step(s.id);
        if (s.fix && sr && (sr->result.status == Status::Fail || sr->result.status == Status::Warn)
            && !(sr->outcome && sr->outcome->succeeded()))
            ids.append(s.id);
    }
    return ids;
}

QList<FixInput> Session::fixInputSpecs(const QString &stepId) const
{
    const Article *a = article();
    const Step *s = a ? a->step(stepId) : nullptr;
    return s && s->fix ? s->fix->inputs(context()) : QList<FixInput>();
}

QVariantMap Session::effectiveInputs(const QString &stepId) const
{
    const Article *a = article();
    const Step *s = a ? a->step(stepId) : nullptr;
    QVariantMap values = m_fixInputs.value(stepId);
    if (s && s->fix)
        for (const FixInput &in : s->fix->inputs(context()))
            if (!values.contains(in.id) && in.kind != FixInput::Kind::Password)
                values.insert(in.id, in.defaultValue);
    return values;
}

FixPlan Session::planFix(const QString &stepId) const
{
    const Article *a = article();
    const Step *s = a ? a->step(stepId) : nullptr;
    FixPlan plan;
    if (!s || !s->fix) {
        plan.error = KbError::make(QStringLiteral("fix.none"),
                                   QCoreApplication::translate("kb::Session", "The step %1 has no automatic fix.")
                                       .arg(stepId));
        return plan;
    }
    plan = s->fix->plan(context(), effectiveInputs(stepId));
    // L4: an ANSI INI file the server reads in another code page than the wizard would write.
    if (!plan.error)
        for (const FileEdit &edit : std::as_const(plan.edits))
            if (KbError e = AnsiCodePage::editProblem(edit)) {
                plan.error = e;
                break;
            }
    return plan;
}

FixOutcome Session::applyFixNow(const QString &stepId)
{
    const Article *a = article();
    const Step *s = a ? a->step(stepId) : nullptr;
    FixOutcome out;
    const FixPlan plan = planFix(stepId);
    if (!s || plan.error) {
        out.error = plan.error;
    } else {
        out = FixExecutor::apply(a->id, *s, context(), plan, backupStore());
    }
    recordOutcome(stepId, out);
    return out;
}

void Session::recordOutcome(const QString &stepId, const FixOutcome &outcome)
{
    if (ArticleRun *run = runFor(m_articleId)) {
        if (StepRun *sr = run->step(stepId)) {
            sr->outcome = outcome;
            if (outcome.after.status != Status::NotRun)
                sr->result = outcome.after;
        }
        for (const FollowUpResult &f : outcome.followUps)
            if (StepRun *other = run->step(f.stepId))
                other->result = f.result;
    }
}

void Session::applyFixes(const QStringList &stepIds)
{
    if (m_applying)
        return;
    const Article *a = article();
    if (!a)
        return;
    m_applying = true;
    m_cancelFixes = false;
    // Plans are made here, on the caller's thread, from the state the user previewed; the
    // worker only executes them.
    struct Job
    {
        QString stepId;
        Step step;
        FixPlan plan;
        QVariantMap inputs;
    };
    QList<Job> jobs;
    for (const QString &id : stepIds)
        if (const Step *s = a->step(id))
            jobs.append({id, *s, planFix(id), effectiveInputs(id)});
    const QString articleId = a->id;
    CheckContext ctx = context();
    ctx.cancelled = &m_cancelFixes; // honoured while a fix prepares, before it changes anything
    const BackupStore store = backupStore();

    auto *watcher = new QFutureWatcher<void>(this);
    connect(watcher, &QFutureWatcher<void>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_applying = false;
        Q_EMIT fixesFinished();
    });
    m_applyFuture = QtConcurrent::run([this, jobs, articleId, ctx, store] {
        bool changedSomething = false;
        for (const Job &job : jobs) {
            if (m_cancelFixes)
                break;
            QMetaObject::invokeMethod(this, [this, id = job.stepId] { Q_EMIT fixStarted(id); },
                                      Qt::QueuedConnection);
            CheckContext jobCtx = ctx;
            jobCtx.progress = progressForwarder(job.stepId);
            // The plan the user previewed, unless an earlier fix of this batch changed the
            // server since: then plan again from what is there now (two steps may edit the
            // same file), and skip a step an earlier fix already resolved.
            FixPlan plan = job.plan;
            if (changedSomething && job.step.fix)
                plan = job.step.fix->plan(jobCtx, job.inputs);
            FixOutcome out;
            if (plan.error) {
                out.error = plan.error;
            } else if (changedSomething && plan.isEmpty()) {
                out.error = KbError::make(QStringLiteral("fix.nothing"),
                                          QCoreApplication::translate("kb::Session",
                                                                      "Nothing left to change: an earlier fix in this batch already resolved it."));
                if (job.step.check) {
                    out.after = job.step.check->run(jobCtx);
                    out.verified = out.after.status == Status::Pass;
                }
            } else {
                out = FixExecutor::apply(articleId, job.step, jobCtx, plan, store);
                changedSomething = changedSomething || out.applied || out.rolledBack;
            }
            QMetaObject::invokeMethod(this, [this, id = job.stepId, out] {
                recordOutcome(id, out);
                Q_EMIT fixFinished(id, out.succeeded());
            }, Qt::QueuedConnection);
        }
    });
    watcher->setFuture(m_applyFuture);
}

std::function<void(qint64, qint64, const QString &)> Session::progressForwarder(const QString &stepId)
{
    // Called on the worker thread for every block received: forward only when the item changes,
    // at the end, or after another 0.5 % (256 KiB when the total is unknown), so a large download
    // does not flood the event loop.
    struct Last
    {
        qint64 done = -1;
        QString what;
    };
    auto last = std::make_shared<Last>();
    return [this, stepId, last](qint64 done, qint64 total, const QString &what) {
        const qint64 step = total > 0 ? qMax<qint64>(total / 200, 1) : 256 * 1024;
        const bool due = last->done < 0 || what != last->what || done == total
                         || done < last->done || done - last->done >= step;
        if (!due)
            return;
        last->done = done;
        last->what = what;
        QMetaObject::invokeMethod(this, [this, stepId, done, total, what] {
            Q_EMIT fixProgress(stepId, done, total, what);
        }, Qt::QueuedConnection);
    };
}

KbError Session::undo(const QString &setId, bool force, QStringList *messages)
{
    const KbError e = backupStore().undo(setId, force, m_host.get(), messages);
    if (e)
        return e;
    // The restore may run on a worker thread; the run records belong to the session's thread.
    auto record = [this, setId] {
        for (ArticleRun &run : m_runs)
            for (StepRun &sr : run.steps)
                if (sr.outcome && sr.outcome->backupSetId == setId) {
                    sr.outcome->undone = true;
                    sr.result = CheckResult::make(Status::NotRun,
                                                  QCoreApplication::translate("kb::Session",
                                                                              "The fix was undone; run the diagnosis again."));
                }
    };
    if (QThread::currentThread() == thread())
        record();
    else
        QMetaObject::invokeMethod(this, record, Qt::QueuedConnection); // before the caller's finished event
    return {};
}

QString Session::operatorName() const
{
    QString user = qEnvironmentVariable("USERNAME");
    for (const char *var : {"USER", "LOGNAME"})
        if (user.isEmpty())
            user = qEnvironmentVariable(var);
    if (user.isEmpty())
        user = QDir::home().dirName();
    const QString domain = qEnvironmentVariable("USERDOMAIN");
    return domain.isEmpty() ? user : domain + QLatin1Char('\\') + user;
}

} // namespace kb
