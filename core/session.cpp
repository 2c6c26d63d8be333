#include "session.h"

#include "installation.h"
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
                    const Step *step = article() ? article()->step(stepId) : nullptr;
                    if (StepRun *s = run->step(stepId))
                        s->result = step ? RepairPlan::presented(*step, result) : result;
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
    const Article *a = article();
    const ArticleRun *run = currentRun();
    return a && run ? RepairPlan::offeredSteps(*a, *run) : QStringList();
}

QStringList Session::defaultFixSteps() const
{
    const Article *a = article();
    return a ? RepairPlan::defaultSteps(*a, fixableSteps()) : QStringList();
}

QStringList Session::heldBackSteps() const
{
    const Article *a = article();
    const ArticleRun *run = currentRun();
    return a && run ? RepairPlan::heldBackSteps(*a, *run) : QStringList();
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

PlannedStep Session::planStep(const QString &stepId) const
{
    const Article *a = article();
    const Step *s = a ? a->step(stepId) : nullptr;
    if (!s) {
        Step missing;
        missing.id = stepId;
        return RepairPlan::planStep(missing, context(), {});
    }
    return RepairPlan::planStep(*s, context(), m_fixInputs.value(stepId));
}

FixPlan Session::planFix(const QString &stepId) const
{
    return planStep(stepId).fix;
}

RepairPlan Session::makePlan(const QStringList &stepIds) const
{
    const Article *a = article();
    if (!a)
        return RepairPlan();
    RepairPlan plan = RepairPlan::make(*a, context(), hostKindId(m_host->kind()), stepIds, m_fixInputs);
    plan.heldBack = heldBackSteps();
    return plan;
}

KbError Session::applyPlanNow(const RepairPlan &plan,
                              const std::function<void(const QString &, const FixOutcome &)> &onEach)
{
    const Article *a = article();
    if (!a)
        return {};
    RepairCallbacks cb;
    cb.finished = [&](const QString &stepId, const FixOutcome &out) {
        recordOutcome(stepId, out);
        if (onEach)
            onEach(stepId, out);
    };
    return plan.apply(*a, context(), backupStore(), cb);
}

FixOutcome Session::applyFixNow(const QString &stepId)
{
    FixOutcome result;
    applyPlanNow(makePlan({stepId}), [&](const QString &, const FixOutcome &out) { result = out; });
    return result;
}

void Session::recordOutcome(const QString &stepId, const FixOutcome &outcome)
{
    if (ArticleRun *run = runFor(m_articleId)) {
        const Article *a = article();
        auto present = [a](const QString &id, const CheckResult &r) {
            const Step *s = a ? a->step(id) : nullptr;
            return s ? RepairPlan::presented(*s, r) : r;
        };
        if (StepRun *sr = run->step(stepId)) {
            sr->outcome = outcome;
            if (outcome.after.status != Status::NotRun)
                sr->result = present(stepId, outcome.after);
        }
        for (const FollowUpResult &f : outcome.followUps)
            if (StepRun *other = run->step(f.stepId))
                other->result = present(f.stepId, f.result);
    }
}

void Session::applyPlan(const RepairPlan &plan)
{
    if (m_applying)
        return;
    const Article *a = article();
    if (!a)
        return;
    m_applying = true;
    m_cancelFixes = false;
    // The plan was made on the caller's thread, from the state the user previewed; the worker
    // only executes it (RepairPlan::apply).
    const Article article = *a;
    CheckContext ctx = context();
    ctx.cancelled = &m_cancelFixes; // honoured between fixes and while a fix prepares
    const BackupStore store = backupStore();

    auto *watcher = new QFutureWatcher<void>(this);
    connect(watcher, &QFutureWatcher<void>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_applying = false;
        Q_EMIT fixesFinished();
    });
    m_applyFuture = QtConcurrent::run([this, plan, article, ctx, store] {
        RepairCallbacks cb;
        cb.started = [this](const QString &id) {
            QMetaObject::invokeMethod(this, [this, id] { Q_EMIT fixStarted(id); }, Qt::QueuedConnection);
        };
        cb.progressFor = [this](const QString &id) { return progressForwarder(id); };
        cb.finished = [this](const QString &id, const FixOutcome &out) {
            QMetaObject::invokeMethod(this, [this, id, out] {
                recordOutcome(id, out);
                Q_EMIT fixFinished(id, out.succeeded());
            }, Qt::QueuedConnection);
        };
        plan.apply(article, ctx, store, cb);
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
    const KbError e = backupStore().undo(setId, m_target.pccsrv, force, m_host.get(), messages);
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
